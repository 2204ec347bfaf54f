/**
 * The window: sources on top, a toolbar, the rows of the comparison and, beside
 * them, the article panel or the annotations panel. State lives in a pure reducer
 * (state/view.ts); this component connects it to the main process, the keyboard
 * and the page's text selection, and reports every change to the analyst's work to
 * main, which autosaves it.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { ExportFormat } from '../shared/annotations/export';
import type { AnnotationLink } from '../shared/annotations/model';
import type { ImportedFile, ImportTarget, LoadedComparison, ReadoutsApi, RendererCommand, Result, SampleInfo, SaveMode } from '../shared/ipc/contract';
import { defaultPageSize, DEFAULT_REPORT_OPTIONS, type ReportOptions } from '../shared/report/options';
import { dropPlan } from '../shared/view/drop';
import type { ArticleItemId } from '../shared/view/article';
import { AboutDialog } from './components/AboutDialog';
import { AnnotationsPanel } from './components/AnnotationsPanel';
import { ArticlePanel } from './components/ArticlePanel';
import { DropOverlay } from './components/DropOverlay';
import { ErrorBanner } from './components/ErrorBanner';
import { ExportDialog } from './components/ExportDialog';
import { Intro } from './components/Intro';
import { RowList } from './components/RowList';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { SourceHeader } from './components/SourceHeader';
import { Toolbar } from './components/Toolbar';
import { useHelp } from './help';
import { selectedSpan } from './selection';
import { passageTarget, rowTargetOf, type SourceTexts } from './state/annotations';
import { editsOf, fileName, INITIAL_VIEW, viewReducer, writeFailureOffer, type ErrorOffer, type ViewState } from './state/view';

const focusInPanel = (): boolean => document.activeElement?.closest('.side-panel') != null;
const inTextField = (target: EventTarget | null): boolean =>
  target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type !== 'radio' && target.type !== 'checkbox') || (target instanceof HTMLElement && target.isContentEditable);

/** A dropped file's bytes with its name (no folder: the renderer never sees or sends a path). */
async function readDropped(file: File): Promise<ImportedFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

const textsOf = (loaded: LoadedComparison): SourceTexts => ({ a: loaded.a.text, b: loaded.b.text, article: loaded.article?.doc.text ?? null });

/** The window's title: the comparison file (• when it holds unsaved changes), or the event. */
function windowTitle(state: ViewState): string {
  const loaded = state.loaded;
  if (!loaded) return 'Readout Compare';
  const name = state.work.path ? fileName(state.work.path) : loaded.event ?? `${loaded.comparison.a.label} and ${loaded.comparison.b.label}`;
  return `${name}${state.work.unsaved ? ' •' : ''} — Readout Compare`;
}

export function App({ api }: { api: ReadoutsApi }) {
  const [state, dispatch] = useReducer(viewReducer, INITIAL_VIEW);
  const [samples, setSamples] = useState<SampleInfo[]>([]);
  const searchRef = useRef<HTMLInputElement>(null);
  // The report's options dialog, and the options last used (the page size first from the locale).
  const [exportOpen, setExportOpen] = useState(false);
  const [reportOptions, setReportOptions] = useState<ReportOptions>(() => ({ ...DEFAULT_REPORT_OPTIONS, pageSize: defaultPageSize(navigator.language) }));
  const help = useHelp();
  const { openDialog, showIntro } = help;
  // The latest state, for handlers that outlive a render (keys, menu commands, answers from main).
  const stateRef = useRef(state);
  stateRef.current = state;

  const show = useCallback((result: Result<LoadedComparison>) => {
    if (result.ok) dispatch({ type: 'loaded', loaded: result.value });
    else if (result.error.code === 'cancelled') dispatch({ type: 'cancelled' });
    else dispatch({ type: 'failed', message: result.error.message, offer: result.error.backup ? 'open-backup' : undefined });
  }, []);

  // Requests are numbered: only the answer to the latest one is shown (a slow earlier
  // answer must not replace a newer comparison).
  const latest = useRef(0);
  const run = useCallback(async (request: () => Promise<Result<LoadedComparison>>) => {
    const seq = ++latest.current;
    dispatch({ type: 'loading' });
    const result = await request();
    if (seq !== latest.current) return;
    show(result);
    // At start the rows come first and the article after (`articlePending`): ask for it, and show it
    // with the same comparison unless another request came meanwhile.
    if (result.ok && result.value.articlePending) {
      const withArticle = await api.pendingArticle(result.value.document);
      if (seq !== latest.current) return;
      if (!withArticle.ok) dispatch({ type: 'failed', message: withArticle.error.message });
      else if (withArticle.value) dispatch({ type: 'loaded', loaded: withArticle.value });
    }
  }, [show, api]);

  const save = useCallback(async (mode: SaveMode) => {
    const s = stateRef.current;
    if (!s.loaded) return;
    const result = await api.saveComparison({ document: s.work.document, edits: editsOf(s), mode });
    if (result.ok) {
      dispatch({ type: 'saved', path: result.value.path });
      return;
    }
    const { code, message } = result.error;
    if (code === 'cancelled') return;
    dispatch({ type: 'failed', message, offer: writeFailureOffer('save', code) });
  }, [api]);

  // The last annotation export's format: "Save As…" after a refusal exports it again.
  const lastFormat = useRef<ExportFormat>('jsonld');
  const exportAs = useCallback(async (format: ExportFormat) => {
    const s = stateRef.current;
    if (!s.loaded) return;
    lastFormat.current = format;
    const result = await api.exportAnnotations({ document: s.work.document, edits: editsOf(s), format });
    if (result.ok) {
      const n = s.work.annotations.length;
      dispatch({ type: 'exported', message: `Exported ${n} ${n === 1 ? 'annotation' : 'annotations'} to ${result.value.path}` });
    } else if (result.error.code !== 'cancelled') {
      dispatch({ type: 'failed', message: result.error.message, offer: writeFailureOffer('export-annotations', result.error.code) });
    }
  }, [api]);

  const exportReport = useCallback(async (options: ReportOptions) => {
    setExportOpen(false);
    // The choices as made are the next export's defaults (claims too, when this comparison has no article to include).
    setReportOptions(options);
    const s = stateRef.current;
    if (!s.loaded) return;
    dispatch({ type: 'announce', message: 'Exporting the PDF report…' });
    const result = await api.exportReport({ document: s.work.document, edits: editsOf(s), options: { ...options, claims: options.claims && s.loaded.article !== null } });
    if (result.ok) dispatch({ type: 'exported', message: `PDF report saved to ${result.value.path}` });
    else if (result.error.code === 'cancelled') dispatch({ type: 'announce', message: '' });
    else dispatch({ type: 'failed', message: result.error.message, offer: writeFailureOffer('export-report', result.error.code) });
  }, [api]);

  /** The passage the page's selection covers, as a target; `mixed` across two sources; null without one. */
  const selectionTarget = () => {
    const loaded = stateRef.current.loaded;
    const span = selectedSpan(document.getSelection());
    if (!loaded || span === null) return null;
    if (span === 'mixed') return 'mixed';
    return passageTarget(span.source, textsOf(loaded), span.start, span.end);
  };

  /** Annotates the selected text, or else the row in focus. */
  const annotate = useCallback(() => {
    const s = stateRef.current;
    if (!s.loaded) return;
    const target = selectionTarget();
    if (target === 'mixed') return dispatch({ type: 'announce', message: 'Select text in one readout (or in the article) to annotate it; the two readouts of a row are annotated together as the row' });
    if (target) return dispatch({ type: 'annotate', target });
    const row = s.visible[s.current];
    if (!row) return dispatch({ type: 'announce', message: 'Select text in a readout or the article, or focus a row, to annotate it' });
    dispatch({ type: 'annotate', target: rowTargetOf(row, s.loaded.comparison, textsOf(s.loaded)) });
  }, []);

  /** The passage selected now, as a link (for the editor's "Link the selected text"). */
  const selectedPassage = (): AnnotationLink | null => {
    const target = selectionTarget();
    return target && target !== 'mixed' && target.kind === 'passage'
      ? { kind: 'passage', source: target.source, quote: target.quote, position: target.position, status: 'anchored' }
      : null;
  };

  const command = useCallback((c: RendererCommand) => {
    switch (c) {
      case 'next-difference': return dispatch({ type: 'difference', direction: 1 });
      case 'previous-difference': return dispatch({ type: 'difference', direction: -1 });
      case 'find': searchRef.current?.focus(); searchRef.current?.select(); return;
      case 'filter-all': return dispatch({ type: 'filter', filter: 'all' });
      case 'filter-differences': return dispatch({ type: 'filter', filter: 'differences' });
      case 'filter-omissions': return dispatch({ type: 'filter', filter: 'omissions' });
      case 'toggle-article-panel':
      case 'toggle-annotations-panel': {
        // Hiding the panel that has focus hands focus to the rows.
        const inPanel = focusInPanel();
        dispatch({ type: c === 'toggle-article-panel' ? 'toggle-article' : 'toggle-annotations' });
        if (inPanel) dispatch({ type: 'focus-pane', pane: 'rows' });
        return;
      }
      case 'switch-pane':
        // From the panel beside the rows to the rows, from anywhere else to the panel shown (the article's when none is).
        return dispatch({ type: 'focus-pane', pane: focusInPanel() ? 'rows' : stateRef.current.annotationsOpen ? 'annotations' : 'article' });
      case 'annotate': return annotate();
      case 'undo': return dispatch({ type: 'undo' });
      case 'open-comparison': return void run(() => api.openComparisonDialog());
      case 'save': return void save('save');
      case 'save-as': return void save('save-as');
      case 'export-jsonld': return void exportAs('jsonld');
      case 'export-csv': return void exportAs('csv');
      case 'export-md': return void exportAs('md');
      case 'export-pdf': return void (stateRef.current.loaded && setExportOpen(true));
      case 'about': return openDialog('about');
      case 'shortcuts': return openDialog('shortcuts');
      case 'introduction': return showIntro();
    }
  }, [annotate, api, run, save, exportAs, openDialog, showIntro]);

  // The report's page size starts as the settings say (settings.json; from the locale until changed).
  useEffect(() => {
    void api.getSettings().then((r) => {
      if (r.ok) setReportOptions((o) => ({ ...o, pageSize: r.value.pdfPageSize }));
    });
  }, [api]);

  useEffect(() => {
    void run(() => api.initial());
    void api.listSamples().then((r) => r.ok && setSamples(r.value));
    const offLoaded = api.onComparisonLoaded(show);
    const offCommand = api.onCommand(command);
    return () => {
      offLoaded();
      offCommand();
    };
  }, [api, run, show, command]);

  // Every change to the analyst's work goes to main, which autosaves it a moment later.
  useEffect(() => {
    const s = stateRef.current;
    if (s.work.seq === 0 || !s.loaded) return;
    void api.autosave({ document: s.work.document, edits: editsOf(s) }).then((r) => {
      if (!r.ok && r.error.code !== 'stale' && stateRef.current.error !== r.error.message) dispatch({ type: 'failed', message: r.error.message });
    });
  }, [api, state.work.seq, state.work.document]);

  const title = windowTitle(state);
  useEffect(() => {
    document.title = title;
  }, [title]);

  // The accelerators also work where no native menu sends them (the browser tests, Linux without a menu bar).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A Help dialog is modal: the page's keys wait until it is closed.
      if (document.querySelector('dialog[open]')) return;
      // A form control keeps its own Alt+Arrow (it opens a select's list).
      const inControl = e.target instanceof HTMLSelectElement || e.target instanceof HTMLTextAreaElement;
      const mod = (e.ctrlKey || e.metaKey) && !(e.ctrlKey && e.metaKey);
      const key = e.key.toLowerCase();
      if (e.altKey && !e.ctrlKey && !e.metaKey && !inControl && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
        e.preventDefault();
        command(e.key === 'ArrowDown' ? 'next-difference' : 'previous-difference');
      } else if (mod && !e.altKey && !e.shiftKey && key === 'f') {
        e.preventDefault();
        command('find');
      } else if (e.key === 'F6' && !e.altKey && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        command('switch-pane');
      } else if (mod && e.shiftKey && !e.altKey && key === 'a') {
        e.preventDefault();
        command('annotate');
      } else if (mod && !e.altKey && key === 's') {
        e.preventDefault();
        command(e.shiftKey ? 'save-as' : 'save');
      } else if (mod && e.altKey && !e.shiftKey && (key === 'o' || e.code === 'KeyO') && !inTextField(e.target)) {
        // (Ctrl+Alt is AltGr on some keyboards: in a text field it types a letter.)
        e.preventDefault();
        command('open-comparison');
      } else if (mod && !e.altKey && !e.shiftKey && key === 'p') {
        // The browser's own print would print the window: the report is what is printed.
        e.preventDefault();
        command('export-pdf');
      } else if (mod && !e.altKey && !e.shiftKey && key === 'z' && !inTextField(e.target) && stateRef.current.work.undo.length > 0) {
        // Outside a text field, Ctrl/Cmd+Z undoes the last change to the annotations (in one, the typing).
        e.preventDefault();
        command('undo');
      } else if ((e.key === 'F1' || e.key === '?') && !e.ctrlKey && !e.metaKey && !e.altKey && !inTextField(e.target)) {
        e.preventDefault();
        command('shortcuts');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [command]);

  // Files dropped on a target replace that source, two are compared (shared/view/drop.ts); bytes go to main, never a path.
  const importFiles = useCallback((target: ImportTarget, files: File[]) => {
    const plan = dropPlan(files.map((f) => ({ name: f.name, size: f.size })), target);
    if (plan.kind === 'refuse') return dispatch({ type: 'failed', message: plan.message });
    void run(async (): Promise<Result<LoadedComparison>> => {
      const reading = plan.kind === 'compare' ? [files[plan.a]!, files[plan.b]!] : [files[plan.file]!];
      let read: ImportedFile[];
      try {
        read = await Promise.all(reading.map(readDropped));
      } catch (e) {
        return { ok: false, error: { code: 'unreadable', message: `${reading.map((f) => f.name).join(', ')}: could not be read (${e instanceof Error ? e.message : String(e)}); drop files, not folders` } };
      }
      return plan.kind === 'compare' ? api.compareImported({ a: read[0]!, b: read[1]! }) : api.importSource({ target: plan.target, file: read[0]! });
    });
  }, [api, run]);

  // While files are dragged over the window, the drop targets show; a drop outside them opens nothing.
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const withFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const enter = (e: DragEvent) => { if (withFiles(e)) { depth++; setDragging(true); } };
    const leave = (e: DragEvent) => { if (withFiles(e)) { depth = Math.max(0, depth - 1); if (depth === 0) setDragging(false); } };
    const over = (e: DragEvent) => { if (withFiles(e)) e.preventDefault(); };
    const drop = (e: DragEvent) => { depth = 0; setDragging(false); if (withFiles(e)) e.preventDefault(); };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop, true);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop, true);
    };
  }, []);

  // "Paste" on a source, or Ctrl/Cmd+V on a readout's card or in the article panel, replaces that
  // source with what was copied. Main reads the clipboard itself: copied HTML never reaches the page,
  // only the text the importers take out of it.
  const pasteInto = useCallback((target: ImportTarget) => void run(() => api.pasteSource(target)), [api, run]);
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      if (inTextField(e.target) || !stateRef.current.loaded) return;
      const zone = (e.target instanceof Element ? e.target : document.activeElement)?.closest('[data-import-target]');
      if (!zone) {
        dispatch({ type: 'announce', message: 'To paste a readout or an article, click its card (or the article panel), then paste, or use its Paste button' });
        return;
      }
      e.preventDefault();
      pasteInto(zone.getAttribute('data-import-target') as ImportTarget);
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [pasteInto]);

  const focusRow = useCallback((index: number, reveal?: boolean) => dispatch({ type: 'focus-row', index, reveal }), []);
  const showItem = useCallback((id: ArticleItemId) => dispatch({ type: 'select-item', id, focus: true }), []);
  const showAnnotation = useCallback((id: string) => dispatch({ type: 'select-annotation', id, focus: true }), []);
  const openLink = useCallback((url: string) => void api.openExternal(url).then((r) => {
    if (!r.ok) dispatch({ type: 'failed', message: `${url}: ${r.error.message}` });
  }), [api]);
  const loaded = state.loaded;
  const article = loaded?.article ?? null;
  const sideOpen = loaded !== null && (state.annotationsOpen || (article !== null && state.articleOpen));
  const offers: Record<ErrorOffer, Array<{ label: string; onClick: () => void }>> = {
    replace: [{ label: 'Replace it', onClick: () => void save('replace') }, { label: 'Save As…', onClick: () => void save('save-as') }],
    'open-backup': [{ label: 'Open the backup', onClick: () => void run(() => api.openComparisonBackup()) }],
    'save-as': [{ label: 'Save As…', onClick: () => void save('save-as') }],
    'export-annotations-as': [{ label: 'Save As…', onClick: () => void exportAs(lastFormat.current) }],
    'export-report-as': [{ label: 'Save As…', onClick: () => void exportReport(reportOptions) }],
  };
  const errorActions = state.errorOffer ? offers[state.errorOffer] : [];
  return (
    <div className="app" aria-busy={state.busy} data-intro-target={help.intro ? help.target ?? undefined : undefined}>
      <header className="app-header">
        <Toolbar
          samples={samples}
          state={state}
          dispatch={dispatch}
          searchRef={searchRef}
          onOpenSample={(id) => void run(() => api.openSample(id))}
          onCompareFiles={() => void run(() => api.compareFilesDialog())}
          onOpenArticle={() => void run(() => api.openArticleDialog())}
          onOpenComparison={() => command('open-comparison')}
          onSave={() => command('save')}
          onAnnotate={annotate}
          onExportPdf={() => command('export-pdf')}
          onHelp={() => openDialog('shortcuts')}
        />
        {state.error && <ErrorBanner message={state.error} actions={errorActions} onDismiss={() => dispatch({ type: 'dismiss-error' })} />}
        {state.notice && <ErrorBanner kind="notice" message={state.notice} onDismiss={() => dispatch({ type: 'dismiss-notice' })} />}
        {loaded && <SourceHeader loaded={loaded} onOpenLink={openLink} onEditDetails={(source, meta) => dispatch({ type: 'edit-details', source, meta })} onPaste={pasteInto} />}
      </header>
      <div className="app-body">
        <main className="app-main" aria-label="Comparison">
          {loaded && help.intro && (
            <Intro
              platform={help.platform} target={help.target}
              // pointing at the claims shows the article panel they are in
              onTarget={(t) => { help.setTarget(t); if (t === 'claims' && article) dispatch({ type: 'toggle-article', open: true }); }}
              onDismiss={() => { help.dismissIntro(); dispatch({ type: 'focus-pane', pane: 'rows' }); }}
              onAbout={() => openDialog('about')} onShortcuts={() => openDialog('shortcuts')}
            />
          )}
          {loaded ? (
            <RowList key={state.loadSeq} state={state} loaded={loaded} onFocusRow={focusRow} onMarker={showItem} onAnnotation={showAnnotation} />
          ) : (
            <p className="placeholder">{state.busy ? 'Comparing…' : 'No comparison loaded.'}</p>
          )}
        </main>
        {sideOpen && (
          <aside className="side-panel" aria-label="Side panel">
            <div className="side-tabs" role="group" aria-label="Show in the side panel">
              <button type="button" aria-pressed={!state.annotationsOpen} disabled={article === null} onClick={() => dispatch({ type: 'toggle-article', open: true })}>Article</button>
              <button type="button" aria-pressed={state.annotationsOpen} onClick={() => dispatch({ type: 'toggle-annotations', open: true })}>
                Annotations <span className="tab-count">{state.work.annotations.length}</span>
              </button>
            </div>
            {state.annotationsOpen
              ? <AnnotationsPanel state={state} loaded={loaded} dispatch={dispatch} selectedPassage={selectedPassage} onSave={(as) => void save(as ? 'save-as' : 'save')} onExport={(f) => void exportAs(f)} />
              : article && <ArticlePanel state={state} loaded={loaded} article={article} dispatch={dispatch} onOpenLink={openLink} onPaste={() => pasteInto('article')} />}
          </aside>
        )}
      </div>
      {exportOpen && loaded && (
        <ExportDialog
          initial={reportOptions}
          annotations={state.work.annotations.length}
          hasArticle={loaded.article !== null}
          onExport={(options) => void exportReport(options)}
          onClose={() => setExportOpen(false)}
        />
      )}
      {dragging && (
        <DropOverlay
          labels={{ a: loaded?.a.meta.label ?? null, b: loaded?.b.meta.label ?? null, article: article?.doc.meta.label ?? null }}
          onDrop={(target, files) => { setDragging(false); importFiles(target, files); }}
        />
      )}
      <footer className="status-bar">
        <div className="status" role="status" aria-live="polite">{state.status}</div>
        {state.toast && (
          <div className="toast">
            <span>{state.toast.message}</span>
            {state.toast.undo && <button type="button" onClick={() => dispatch({ type: 'undo' })} title="Ctrl/Cmd+Z">Undo</button>}
            <button type="button" className="toast-close" aria-label="Dismiss" onClick={() => dispatch({ type: 'dismiss-toast' })}>×</button>
          </div>
        )}
      </footer>
      {help.dialog === 'about' && <AboutDialog api={api} onClose={help.closeDialog} onShortcuts={() => openDialog('shortcuts')} />}
      {help.dialog === 'shortcuts' && (
        <ShortcutsDialog
          platform={help.platform} onClose={help.closeDialog} onAbout={() => openDialog('about')}
          onIntroduction={() => { help.closeDialog(); showIntro(); }}
        />
      )}
    </div>
  );
}
