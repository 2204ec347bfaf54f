/**
 * The rows of the comparison, virtualised: only the rows in view (and a few around
 * them) are in the DOM, so a comparison of thousands of rows scrolls smoothly.
 * Rows have their own heights (long prose wraps), measured as they render.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { LoadedComparison } from '../../shared/ipc/contract';
import type { ArticleItemId } from '../../shared/view/article';
import type { SentenceId, Side } from '../../shared/model/types';
import type { ViewState } from '../state/view';
import type { CorrectionRequest } from './CorrectionBar';
import { RowView } from './RowView';

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

export function RowList({ state, loaded, onFocusRow, onMarker, onAnnotation, onCorrection, onMarkEnd, onRange }: {
  state: ViewState; loaded: LoadedComparison;
  onFocusRow: (index: number, reveal?: boolean) => void;
  /** A marker was activated: select its item in the article panel. */
  onMarker: (id: ArticleItemId) => void;
  /** An annotation's marker was activated: select it in the annotations panel. */
  onAnnotation: (id: string) => void;
  /** The analyst corrects a row's pairing. */
  onCorrection?: (r: CorrectionRequest) => void;
  /** Marks a statement as its side's end of the next link (or unmarks it). */
  onMarkEnd?: (side: Side, sentence: SentenceId) => void;
  /** The rows in view changed: the first and last index into `state.visible` (last < first: none). */
  onRange?: (first: number, last: number) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = state.visible;
  // Each row's number among all rows, as the findings, the status line and the PDF give it (a filter shows fewer).
  const numbers = useMemo(() => new Map(state.rows.map((r, i) => [r.key, i + 1])), [state.rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 96,
    overscan: 6,
    getItemKey: (index) => rows[index]!.key,
  });

  // The rows in view, for the overview map (the range leaves out the rows rendered around them;
  // getVirtualItems computes it).
  const items = virtualizer.getVirtualItems();
  const first = rows.length === 0 ? 0 : virtualizer.range?.startIndex ?? 0;
  const last = rows.length === 0 ? -1 : virtualizer.range?.endIndex ?? -1;
  useEffect(() => onRange?.(first, last), [onRange, first, last]);

  // Keyboard, difference and search moves bring the current row into view (a click does not:
  // the row under the pointer must stay there).
  useEffect(() => {
    if (state.reveal && state.reveal.index < rows.length) virtualizer.scrollToIndex(state.reveal.index, { align: 'auto' });
  }, [state.reveal, rows, virtualizer]);

  // While focus is in the list, it follows the current row (once rendered: the list is virtualised).
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
    return whenRendered(
      () => (currentRef.current === target && stillHere() ? list.querySelector<HTMLElement>(`[data-index="${target}"] [role="listitem"]`) : null),
      (el) => el.focus({ preventScroll: true }),
    );
  }, [state.current, state.reveal]);

  // A request to move focus into the list (a link followed from the article panel, F6): the current row, once rendered.
  const focusSeq = state.focusRequest?.pane === 'rows' ? state.focusRequest.seq : 0;
  useEffect(() => {
    const list = scrollRef.current;
    if (focusSeq === 0 || !list) return;
    const target = currentRef.current;
    return whenRendered(
      () => (currentRef.current === target ? list.querySelector<HTMLElement>(`[data-index="${target}"] [role="listitem"]`) : null),
      (el) => el.focus({ preventScroll: true }),
    );
  }, [focusSeq]);

  // Arrow keys, Home and End move between rows.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || rows.length === 0) return;
    if (e.target instanceof HTMLButtonElement && (e.key === 'Home' || e.key === 'End')) return;
    const to = e.key === 'ArrowDown' ? state.current + 1 : e.key === 'ArrowUp' ? state.current - 1
      : e.key === 'Home' ? 0 : e.key === 'End' ? rows.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    onFocusRow(Math.max(0, Math.min(rows.length - 1, to)), true);
  };

  const c = loaded.comparison;
  const currentMatch = state.matchIndex >= 0 ? state.matches[state.matchIndex] : undefined;
  return (
    <div className="rows-frame">
      <div className="rows-heading" aria-hidden="true">
        <div>{c.a.label}</div>
        <div>{c.b.label}</div>
      </div>
      <div ref={scrollRef} className="rows-scroll" data-testid="rows-scroll" onKeyDown={onKeyDown}>
        {rows.length === 0 ? (
          <p className="placeholder">No rows match this filter.</p>
        ) : (
          <div role="list" aria-label={`${rows.length} ${rows.length === 1 ? 'row' : 'rows'}`} style={{ height: virtualizer.getTotalSize() }} className="rows">
            {items.map((item) => {
              const row = rows[item.index]!;
              return (
                <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="row-slot" style={{ transform: `translateY(${item.start}px)` }}>
                  <RowView
                    row={row}
                    index={item.index}
                    number={numbers.get(row.key) ?? item.index + 1}
                    comparison={c}
                    language={c.a.language}
                    current={item.index === state.current}
                    anyCurrent={state.current >= 0}
                    query={state.query}
                    currentMatch={currentMatch?.rowIndex === item.index ? currentMatch : undefined}
                    onFocusRow={onFocusRow}
                    markers={state.markers}
                    selected={state.selected}
                    onMarker={onMarker}
                    marks={state.work.marks}
                    selectedAnnotation={state.selectedAnnotation}
                    onAnnotation={onAnnotation}
                    onCorrection={onCorrection}
                    linkEnds={state.linkEnds}
                    onMarkEnd={onMarkEnd}
                  />
                </div>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}
