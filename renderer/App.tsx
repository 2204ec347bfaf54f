/**
 * The window: sources on top, a toolbar, the rows of the comparison and, beside
 * them, the article panel. State lives in a pure reducer (state/view.ts); this
 * component connects it to the main process and the keyboard.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { LoadedComparison, ReadoutsApi, RendererCommand, Result, SampleInfo } from '../shared/ipc/contract';
import type { ArticleItemId } from '../shared/view/article';
import { ArticlePanel } from './components/ArticlePanel';
import { ErrorBanner } from './components/ErrorBanner';
import { RowList } from './components/RowList';
import { SourceHeader } from './components/SourceHeader';
import { Toolbar } from './components/Toolbar';
import { INITIAL_VIEW, viewReducer } from './state/view';

const focusInPanel = (): boolean => document.activeElement?.closest('.article-panel') != null;

export function App({ api }: { api: ReadoutsApi }) {
  const [state, dispatch] = useReducer(viewReducer, INITIAL_VIEW);
  const [samples, setSamples] = useState<SampleInfo[]>([]);
  const searchRef = useRef<HTMLInputElement>(null);

  const show = useCallback((result: Result<LoadedComparison>) => {
    if (result.ok) dispatch({ type: 'loaded', loaded: result.value });
    else if (result.error.code === 'cancelled') dispatch({ type: 'cancelled' });
    else dispatch({ type: 'failed', message: result.error.message });
  }, []);

  // Requests are numbered: only the answer to the latest one is shown (a slow earlier
  // answer must not replace a newer comparison).
  const latest = useRef(0);
  const run = useCallback(async (request: () => Promise<Result<LoadedComparison>>) => {
    const seq = ++latest.current;
    dispatch({ type: 'loading' });
    const result = await request();
    if (seq === latest.current) show(result);
  }, [show]);

  const command = useCallback((c: RendererCommand) => {
    switch (c) {
      case 'next-difference': return dispatch({ type: 'difference', direction: 1 });
      case 'previous-difference': return dispatch({ type: 'difference', direction: -1 });
      case 'find': searchRef.current?.focus(); searchRef.current?.select(); return;
      case 'filter-all': return dispatch({ type: 'filter', filter: 'all' });
      case 'filter-differences': return dispatch({ type: 'filter', filter: 'differences' });
      case 'filter-omissions': return dispatch({ type: 'filter', filter: 'omissions' });
      case 'toggle-article-panel': {
        // Hiding the panel that has focus hands focus to the rows.
        const inPanel = focusInPanel();
        dispatch({ type: 'toggle-article' });
        if (inPanel) dispatch({ type: 'focus-pane', pane: 'rows' });
        return;
      }
      case 'switch-pane':
        // From the article panel to the rows, from anywhere else to the panel.
        return dispatch({ type: 'focus-pane', pane: focusInPanel() ? 'rows' : 'article' });
    }
  }, []);

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

  // The accelerators also work where no native menu sends them (the browser tests, Linux without a menu bar).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A form control keeps its own Alt+Arrow (it opens a select's list).
      const inControl = e.target instanceof HTMLSelectElement || e.target instanceof HTMLTextAreaElement;
      if (e.altKey && !e.ctrlKey && !e.metaKey && !inControl && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
        e.preventDefault();
        command(e.key === 'ArrowDown' ? 'next-difference' : 'previous-difference');
      } else if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        command('find');
      } else if (e.key === 'F6' && !e.altKey && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        command('switch-pane');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [command]);

  const focusRow = useCallback((index: number, reveal?: boolean) => dispatch({ type: 'focus-row', index, reveal }), []);
  const showItem = useCallback((id: ArticleItemId) => dispatch({ type: 'select-item', id, focus: true }), []);
  const openLink = useCallback((url: string) => void api.openExternal(url).then((r) => {
    if (!r.ok) dispatch({ type: 'failed', message: `${url}: ${r.error.message}` });
  }), [api]);
  const loaded = state.loaded;
  const article = loaded?.article ?? null;
  return (
    <div className="app" aria-busy={state.busy}>
      <header className="app-header">
        <Toolbar
          samples={samples}
          state={state}
          dispatch={dispatch}
          searchRef={searchRef}
          onOpenSample={(id) => void run(() => api.openSample(id))}
          onCompareFiles={() => void run(() => api.compareFilesDialog())}
          onOpenArticle={() => void run(() => api.openArticleDialog())}
        />
        {state.error && <ErrorBanner message={state.error} onDismiss={() => dispatch({ type: 'dismiss-error' })} />}
        {loaded && <SourceHeader loaded={loaded} onOpenLink={openLink} />}
      </header>
      <div className="app-body">
        <main className="app-main" aria-label="Comparison">
          {loaded ? (
            <RowList key={state.loadSeq} state={state} loaded={loaded} onFocusRow={focusRow} onMarker={showItem} />
          ) : (
            <p className="placeholder">{state.busy ? 'Comparing…' : 'No comparison loaded.'}</p>
          )}
        </main>
        {loaded && article && state.articleOpen && <ArticlePanel state={state} loaded={loaded} article={article} dispatch={dispatch} onOpenLink={openLink} />}
      </div>
      <div className="status" role="status" aria-live="polite">{state.status}</div>
    </div>
  );
}
