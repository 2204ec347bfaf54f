/**
 * The rows of the comparison, virtualised: only the rows in view (and a few around
 * them) are in the DOM, so a comparison of thousands of rows scrolls smoothly.
 * Rows have their own heights (long prose wraps), measured as they render.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { afterNextPaint } from '../after-paint';
import type { LoadedComparison } from '../../shared/ipc/contract';
import type { ArticleItemId } from '../../shared/view/article';
import { listKeyTarget } from '../../shared/view/navigate';
import type { SentenceId, Side } from '../../shared/model/types';
import type { ViewState } from '../state/view';
import type { CorrectionRequest } from './CorrectionBar';
import { useRowFocus } from '../hooks/useRowFocus';
import { RowView } from './RowView';

/** The list's props; the callbacks are stable across renders (the rows are memoised). */
export interface RowListProps {
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
  /** Goes to the row holding a sentence (a weak link's other end). */
  onShowSentence?: (sentence: SentenceId) => void;
}

/** Rows rendered beyond those in view, each way, once the first frame is painted. */
const OVERSCAN = 6;

/**
 * The virtualiser over `rows`, which tells `onRange` the rows in view (for the overview map) and
 * brings the current row into view on keyboard, difference and search moves (a click does not:
 * the row under the pointer must stay there).
 */
function useVirtualRows(scrollRef: RefObject<HTMLDivElement | null>, rows: ViewState['visible'], reveal: ViewState['reveal'], onRange: RowListProps['onRange']) {
  // The first frame of a comparison has the rows in view only; the rows around them, which
  // make scrolling smooth, follow once it is painted (bench: first_paint_ms).
  const [painted, setPainted] = useState(false);
  useEffect(() => afterNextPaint(() => setPainted(true)), []);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 96,
    overscan: painted ? OVERSCAN : 0,
    getItemKey: (index) => rows[index]!.key,
  });
  // The range leaves out the rows rendered around those in view; getVirtualItems computes it.
  const items = virtualizer.getVirtualItems();
  const first = rows.length === 0 ? 0 : virtualizer.range?.startIndex ?? 0;
  const last = rows.length === 0 ? -1 : virtualizer.range?.endIndex ?? -1;
  useEffect(() => onRange?.(first, last), [onRange, first, last]);
  useEffect(() => {
    if (reveal && reveal.index < rows.length) virtualizer.scrollToIndex(reveal.index, { align: 'auto' });
  }, [reveal, rows, virtualizer]);
  return { virtualizer, items };
}

export function RowList({ state, loaded, onFocusRow, onMarker, onAnnotation, onCorrection, onMarkEnd, onRange, onShowSentence }: RowListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = state.visible;
  const { virtualizer, items } = useVirtualRows(scrollRef, rows, state.reveal, onRange);
  useRowFocus(scrollRef, state);

  // Arrow keys, Home and End move between rows.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || rows.length === 0) return;
    if (e.target instanceof HTMLButtonElement && (e.key === 'Home' || e.key === 'End')) return;
    const to = listKeyTarget(e, state.current, rows.length);
    if (to === null) return;
    e.preventDefault();
    onFocusRow(to, true);
  };

  const c = loaded.comparison;
  const currentMatch = state.matchIndex >= 0 ? state.matches[state.matchIndex] : undefined;
  // What every row is given alike.
  const common = {
    comparison: c, language: c.a.language, anyCurrent: state.current >= 0, query: state.query, onFocusRow, markers: state.markers, selected: state.selected,
    onMarker, marks: state.work.marks, selectedAnnotation: state.selectedAnnotation, onAnnotation, onCorrection, linkEnds: state.linkEnds, onMarkEnd, onShowSentence,
  };
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
                    {...common} row={row} index={item.index} number={row.label} current={item.index === state.current}
                    currentMatch={currentMatch?.rowIndex === item.index ? currentMatch : undefined}
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
