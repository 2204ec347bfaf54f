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
    else if (result.error.code !== 'cancelled') dispatch({ type: 'failed', message: result.error.message });
    else dispatch({ type: 'dismiss-error' });
  }, []);

  const run = useCallback(async (request: () => Promise<Result<LoadedComparison>>) => {
    dispatch({ type: 'loading' });
    show(await request());
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
      if (e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
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

  const focusRow = useCallback((index: number) => dispatch({ type: 'focus-row', index }), []);
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
          <RowList state={state} loaded={loaded} onFocusRow={focusRow} />
        ) : (
          <p className="placeholder">{state.busy ? 'Comparing…' : 'No comparison loaded.'}</p>
        )}
      </main>
      <div className="status" role="status" aria-live="polite">{state.status}</div>
    </div>
  );
}
