/**
 * Brings an element of a panel into view (scrolled, not focused) when what it shows
 * changes: the article panel's current match in the list, the selected item's passage
 * in the Text view, an annotation's passage shown from the annotations panel.
 */
import { useEffect, type RefObject } from 'react';

/**
 * @param selector the element to bring into view, inside `rootRef` (null: nothing to do)
 * @param block where it lands: 'nearest' (the least scroll) or 'center'
 * @param again a value that, when it changes, brings it into view again with the same selector (the match's index)
 */
export function useInView(rootRef: RefObject<HTMLElement | null>, selector: string | null, block: ScrollLogicalPosition = 'nearest', again: unknown = null): void {
  useEffect(() => {
    if (selector !== null) rootRef.current?.querySelector(selector)?.scrollIntoView({ block });
  }, [rootRef, selector, block, again]);
}
