/**
 * The window: sources on top, a toolbar, the rows of the comparison. State lives in
 * a pure reducer (state/view.ts); this component connects it to the main process
 * and the keyboard.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { LoadedComparison, ReadoutsApi, RendererCommand, Result, SampleInfo } from '../shared/ipc/contract';
import { ErrorBanner } from './components/ErrorBanner';
import { RowList } from './components/RowList';
import { SourceHeader } from './components/SourceHeader';
import { Toolbar } from './components/Toolbar';
import { INITIAL_VIEW, viewReducer } from './state/view';

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
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [command]);

  const focusRow = useCallback((index: number, reveal?: boolean) => dispatch({ type: 'focus-row', index, reveal }), []);
  const loaded = state.loaded;
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
        />
        {state.error && <ErrorBanner message={state.error} onDismiss={() => dispatch({ type: 'dismiss-error' })} />}
        {loaded && <SourceHeader loaded={loaded} onOpenLink={(url) => void api.openExternal(url)} />}
      </header>
      <main className="app-main" aria-label="Comparison">
        {loaded ? (
          <RowList key={state.loadSeq} state={state} loaded={loaded} onFocusRow={focusRow} />
        ) : (
          <p className="placeholder">{state.busy ? 'Comparing…' : 'No comparison loaded.'}</p>
        )}
      </main>
      <div className="status" role="status" aria-live="polite">{state.status}</div>
    </div>
  );
}
