/**
 * The window: sources on top, a toolbar, the rows of the comparison and, beside
 * them, the findings, article or annotations panel. State lives in a pure reducer
 * (state/view.ts); each part of the window is a component over its slice of it
 * (components/), and the hooks (hooks/) connect it to the main process, the
 * keyboard and the page's text selection. Every change to the analyst's work is
 * reported to main, which autosaves it.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { ReadoutsApi, SampleInfo } from '../shared/ipc/contract';
import { Banners } from './components/Banners';
import { BusyBar } from './components/BusyBar';
import { DropOverlay } from './components/DropOverlay';
import { ExportDialog } from './components/ExportDialog';
import { HelpDialogs } from './components/HelpDialogs';
import { MainPane } from './components/MainPane';
import { SidePanel, sideOpen } from './components/SidePanel';
import { SourceHeader } from './components/SourceHeader';
import { StatusBar } from './components/StatusBar';
import { Toolbar } from './components/Toolbar';
import { useHelp } from './help';
import { useMainSession } from './hooks/useMainSession';
import { INITIAL_VIEW, viewReducer } from './state/view';

export function App({ api }: { api: ReadoutsApi }) {
  const [state, dispatch] = useReducer(viewReducer, INITIAL_VIEW);
  const [samples, setSamples] = useState<SampleInfo[]>([]);
  const searchRef = useRef<HTMLInputElement>(null);
  const help = useHelp(api);
  const s = useMainSession(api, state, dispatch, searchRef, help);
  useEffect(() => void api.listSamples().then((r) => r.ok && setSamples(r.value)), [api]);
  const openLink = useCallback((url: string) => void api.openExternal(url).then((r) => {
    if (!r.ok) dispatch({ type: 'failed', message: `${url}: ${r.error.message}` });
  }), [api]);
  const loaded = state.loaded;
  return (
    <div className="app" aria-busy={state.busy?.task === 'compare'} data-intro-target={help.intro ? help.target ?? undefined : undefined}>
      <header className="app-header">
        <Toolbar
          samples={samples} state={state} dispatch={dispatch} searchRef={searchRef}
          actions={{
            onOpenSample: (id) => void s.run(() => api.openSample(id)),
            onCompareFiles: () => void s.run(() => api.compareFilesDialog()),
            onOpenArticle: () => void s.run(() => api.openArticleDialog()),
            onOpenComparison: () => s.command('open-comparison'),
            onExportPdf: () => s.command('export-pdf'),
          }}
          onSave={() => s.command('save')}
          onAnnotate={s.annotate}
          onHelp={() => help.openDialog('shortcuts')}
        />
        <Banners
          error={state.error} errorOffer={state.errorOffer} notices={state.notices} dispatch={dispatch}
          onReplace={() => void s.save('replace')} onSaveAs={() => void s.save('save-as')} onOpenBackup={() => void s.run(() => api.openComparisonBackup())}
          onExportAnnotationsAs={s.exportAnnotationsAgain} onExportReportAs={s.exportReportAgain}
        />
        {loaded && <SourceHeader loaded={loaded} onOpenLink={openLink} onEditDetails={(source, meta) => dispatch({ type: 'edit-details', source, meta })} onPaste={s.pasteInto} />}
      </header>
      <div className="app-body">
        <MainPane state={state} dispatch={dispatch} help={help} />
        {loaded && sideOpen(state) && (
          <SidePanel
            state={state} loaded={loaded} dispatch={dispatch} selectedPassage={s.selectedPassage}
            onSave={(as) => void s.save(as ? 'save-as' : 'save')} onExport={(f) => void s.exportAs(f)} onOpenLink={openLink} onPaste={s.pasteInto}
            onCopyFindings={s.copyFindings}
          />
        )}
      </div>
      {s.exportOpen && loaded && (
        <ExportDialog
          initial={s.reportOptions} annotations={state.work.annotations.length} hasArticle={loaded.article !== null}
          onExport={(options) => void s.exportReport(options)} onClose={() => s.setExportOpen(false)}
        />
      )}
      {s.dragging && (
        <DropOverlay
          labels={{ a: loaded?.a.meta.label ?? null, b: loaded?.b.meta.label ?? null, article: loaded?.article?.doc.meta.label ?? null }}
          onDrop={(target, files) => { s.setDragging(false); s.importFiles(target, files); }}
        />
      )}
      {/* Cancel pressed, the bar goes: focus to the row in focus (none: the toolbar's first button), not to the page. */}
      <BusyBar
        busy={state.busy} onCancel={s.cancel}
        onFocusLost={() => (state.visible.length > 0 ? dispatch({ type: 'focus-pane', pane: 'rows' }) : document.querySelector<HTMLElement>('.toolbar button')?.focus())}
      />
      <StatusBar status={state.status} toast={state.toast} dispatch={dispatch} />
      <HelpDialogs api={api} help={help} />
    </div>
  );
}
