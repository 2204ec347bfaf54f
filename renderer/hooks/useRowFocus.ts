/**
 * Focus in the rows' list (renderer/components/RowList.tsx), which is virtualised: a row far
 * away is rendered a few frames after the scroll, so focus waits for it. While focus is in the
 * list it follows the current row; a request to move focus into the list (a link followed from
 * a panel, F6, the busy bar gone) takes it to the current row.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { ViewState } from '../state/view';

/** Calls `focus` once the element it needs is rendered: the list is virtualised, so a row far away appears a few frames after the scroll. */
function whenRendered(find: () => HTMLElement | null | undefined, focus: (el: HTMLElement) => void, frames = 12): () => void {
  let handle = 0;
  const attempt = (left: number) => {
    const el = find();
    if (el) focus(el);
    else if (left > 0) handle = requestAnimationFrame(() => attempt(left - 1));
  };
  handle = requestAnimationFrame(() => attempt(frames));
  return () => cancelAnimationFrame(handle);
}

/** The row at `index` in the list, when rendered. */
const rowAt = (list: HTMLElement, index: number) => list.querySelector<HTMLElement>(`[data-index="${index}"] [role="listitem"]`);
const focusRow = (el: HTMLElement) => el.focus({ preventScroll: true });

export function useRowFocus(scrollRef: RefObject<HTMLDivElement | null>, state: Pick<ViewState, 'current' | 'reveal' | 'focusRequest'>): void {
  // The latest current row: a focus scheduled for an earlier one must not take focus back.
  const currentRef = useRef(state.current);
  currentRef.current = state.current;
  useEffect(() => {
    const list = scrollRef.current;
    if (!list || state.current < 0 || !list.contains(document.activeElement)) return;
    const target = state.current;
    // Focus may have gone elsewhere meanwhile (a marker sends it to the article panel); a row
    // the list unmounted while scrolling leaves it on the body.
    const stillHere = () => list.contains(document.activeElement) || document.activeElement === document.body || document.activeElement === null;
    return whenRendered(() => (currentRef.current === target && stillHere() ? rowAt(list, target) : null), focusRow);
  }, [scrollRef, state.current, state.reveal]);

  // A request to move focus into the list: the current row, once rendered.
  const focusSeq = state.focusRequest?.pane === 'rows' ? state.focusRequest.seq : 0;
  useEffect(() => {
    const list = scrollRef.current;
    if (focusSeq === 0 || !list) return;
    const target = currentRef.current;
    return whenRendered(() => (currentRef.current === target ? rowAt(list, target) : null), focusRow);
  }, [scrollRef, focusSeq]);
}
