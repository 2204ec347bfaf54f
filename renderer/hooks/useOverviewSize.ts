/**
 * What the overview map needs of the window: whether it is wide enough for the map to
 * be shown until the analyst chooses (`useWideWindow`, `isWideWindow`), and the size of
 * the box it is drawn in (`useBoxSize`), followed as the window is resized.
 */
import { useEffect, useState, useSyncExternalStore, type RefObject } from 'react';

/**
 * The window width from which the map is shown until the analyst chooses. From 1200 px
 * the rows keep, beside the side panel (34% of the width) and the map's 120 px, at least
 * the width they have at 1000 px without the map (about 660 px); below it the map starts
 * hidden, so the readouts' columns are not squeezed.
 */
export const WIDE_WINDOW = '(min-width: 1200px)';

/** Whether the window is wide enough for the map (false where the page cannot tell). */
export function isWideWindow(): boolean {
  return typeof matchMedia === 'function' && matchMedia(WIDE_WINDOW).matches;
}

function subscribe(changed: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const query = matchMedia(WIDE_WINDOW);
  query.addEventListener('change', changed);
  return () => query.removeEventListener('change', changed);
}

/** `isWideWindow()`, rendered again when it changes. */
export function useWideWindow(): boolean {
  return useSyncExternalStore(subscribe, isWideWindow);
}

/** The content box of `ref`'s element in CSS pixels, whole numbers (0 × 0 until it is measured). */
export function useBoxSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const next = { width: Math.floor(entry.contentRect.width), height: Math.floor(entry.contentRect.height) };
      setSize((prev) => (prev.width === next.width && prev.height === next.height ? prev : next));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
