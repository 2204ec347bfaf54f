/**
 * The requests that bring a comparison to the screen: each answer is shown (or its
 * failure said), and only the latest request's answer is shown, so a slow earlier
 * answer never replaces a newer comparison.
 */
import { useCallback, useRef, type Dispatch } from 'react';
import type { LoadedComparison, ReadoutsApi, Result } from '../../shared/ipc/contract';
import type { ViewAction } from '../state/view';

export function useRequests(api: ReadoutsApi, dispatch: Dispatch<ViewAction>) {
  const show = useCallback((result: Result<LoadedComparison>) => {
    if (result.ok) dispatch({ type: 'loaded', loaded: result.value });
    else if (result.error.code === 'cancelled') dispatch({ type: 'cancelled' });
    else dispatch({ type: 'failed', message: result.error.message, offer: result.error.backup ? 'open-backup' : undefined });
  }, [dispatch]);

  // Requests are numbered: only the answer to the latest one is shown.
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
  }, [show, api, dispatch]);

  return { run, show };
}
