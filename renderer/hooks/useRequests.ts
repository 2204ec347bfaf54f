/**
 * The requests that bring a comparison to the screen: each answer is shown (or its
 * failure said), and only the latest request's answer is shown, so a slow earlier
 * answer never replaces a newer comparison.
 */
import { useCallback, useRef, type Dispatch } from 'react';
import type { LoadedComparison, ReadoutsApi, Result } from '../../shared/ipc/contract';
import { begin, isLatest, NO_REQUESTS } from '../../shared/ipc/latest';
import { afterNextPaint } from '../after-paint';
import type { ViewAction } from '../state/view';

/** Resolves once the next frame has been painted (after-paint.ts). */
const painted = (): Promise<void> => new Promise((resolve) => void afterNextPaint(resolve));

export function useRequests(api: ReadoutsApi, dispatch: Dispatch<ViewAction>) {
  // Main puts off its compare worker and the start's article analysis until the window has painted
  // its first answer, so that they do not take the processor from that frame (docs/ARCHITECTURE.md, "First paint").
  const told = useRef(false);
  const show = useCallback((result: Result<LoadedComparison>) => {
    if (result.ok) dispatch({ type: 'loaded', loaded: result.value });
    else if (result.error.code === 'cancelled') dispatch({ type: 'cancelled' });
    else dispatch({ type: 'failed', message: result.error.message, offer: result.error.backup ? 'open-backup' : undefined });
    if (!told.current) {
      told.current = true;
      void painted().then(() => api.shown());
    }
  }, [dispatch, api]);

  // Requests are numbered: only the answer to the latest one is shown (shared/ipc/latest.ts; main applies the same rule).
  const requests = useRef(NO_REQUESTS);
  const run = useCallback(async (request: () => Promise<Result<LoadedComparison>>) => {
    requests.current = begin(requests.current);
    const seq = requests.current.started;
    dispatch({ type: 'loading' });
    const result = await request();
    if (!isLatest(requests.current, seq)) return;
    show(result);
    // At start the rows come first and the article after (`articlePending`): ask for it once they are
    // painted (main starts its analysis then), and show it with the same comparison unless another request came meanwhile.
    if (result.ok && result.value.articlePending) {
      await painted();
      const withArticle = await api.pendingArticle(result.value.document);
      if (!isLatest(requests.current, seq)) return;
      if (!withArticle.ok) dispatch({ type: 'failed', message: withArticle.error.message });
      else if (withArticle.value) dispatch({ type: 'loaded', loaded: withArticle.value });
    }
  }, [show, api, dispatch]);

  // A comparison main sends (the system opened a file, a recent file from the menu) is the latest request,
  // already answered: an answer still awaited (the one asked at start) no longer takes the screen.
  const pushed = useCallback((result: Result<LoadedComparison>) => {
    requests.current = begin(requests.current);
    show(result);
  }, [show]);

  return { run, show, pushed };
}
