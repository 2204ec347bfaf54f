/**
 * Carries out a panel's request for keyboard focus (`ViewState.focusRequest`): once per
 * request, a frame after it (when the panel has rendered), focus goes to the element
 * `selector` names inside the panel and it is scrolled into view.
 */
import { useEffect, type RefObject } from 'react';

/**
 * @param seq the request's number for this panel (0: none)
 * @param selector the element to focus, read when the request comes (null: none)
 * @param ready false while the panel's content is not rendered yet: the request waits
 */
export function useFocusRequest(rootRef: RefObject<HTMLElement | null>, seq: number, selector: () => string | null, ready = true): void {
  useEffect(() => {
    if (seq === 0 || !ready) return;
    const wanted = selector();
    if (wanted === null) return;
    const frame = requestAnimationFrame(() => {
      const target = rootRef.current?.querySelector<HTMLElement>(wanted);
      target?.focus({ preventScroll: true });
      target?.scrollIntoView({ block: 'nearest' });
    });
    return () => cancelAnimationFrame(frame);
  }, [seq, ready]); // only a new request moves focus (to what is selected at that moment)
}
