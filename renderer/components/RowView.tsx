/**
 * One row: a matched group of statements side by side with the word differences
 * marked, or a statement only one side made with the other side's gap marked.
 * Differences are shown by underline style and a label for screen readers, never
 * by colour alone. A sentence the article's claims or commentary are linked to
 * starts with their markers ("c2", "q1"), which select the item in the article panel;
 * one where an annotation starts, with the annotation's ("✎3"), which selects it in
 * the annotations panel. Annotated passages are highlighted (SourceText.tsx).
 */
import { memo, useState } from 'react';
import type { Comparison } from '../../shared/compare/compare';
import type { SentenceId, Side } from '../../shared/model/types';
import { NO_MARKS, type AnnotationMarks } from '../../shared/view/annotations';
import type { ArticleItemId, SentenceMarkers } from '../../shared/view/article';
import { isStructuralRow, rowKindLabel } from '../../shared/view/row-certainty';
import { hedgeMeasured } from '../../shared/compare/wording';
import type { Row } from '../../shared/view/rows';
import type { SearchMatch } from '../../shared/view/search';
import { useRowParts } from '../hooks/useRowParts';
import { NO_LINK_ENDS, type LinkEnds } from '../state/link-ends';
import type { CorrectionRequest } from './CorrectionBar';
import { LinkEndIds } from './LinkEndIds';
import type { MarkerProps } from './row/Markers';
import { RowFooter } from './row/RowFooter';
import { Runs, type RunsProps } from './row/Runs';

/** A row's props; the callbacks are stable across renders, so rows that did not change are not rendered again while scrolling. */
export interface RowViewProps {
  row: Row; index: number; comparison: Comparison; language: string; current: boolean;
  /** The row's number among all rows (the findings' and the PDF's "Row 12"); none shown without it. */
  number?: string;
  /** Whether some row is current; if none is, the first row takes the Tab stop. */
  anyCurrent: boolean;
  query: string; currentMatch?: SearchMatch;
  onFocusRow: (index: number, reveal?: boolean) => void;
  /** The article items linked to each readout sentence, and the one selected in the panel. */
  markers?: SentenceMarkers;
  selected?: ArticleItemId | null;
  /** Selects an item in the article panel. */
  onMarker?: (id: ArticleItemId) => void;
  /** Where the annotations are, and the one selected in the annotations panel. */
  marks?: AnnotationMarks;
  selectedAnnotation?: string | null;
  /** Selects an annotation in the annotations panel. */
  onAnnotation?: (id: string) => void;
  /** Corrects the row's pairing; without it, the row offers no correction. */
  onCorrection?: (r: CorrectionRequest) => void;
  /** The statements marked as the ends of the next link, and how one is marked. */
  linkEnds?: LinkEnds;
  onMarkEnd?: (side: Side, sentence: SentenceId) => void;
  /** Goes to the row holding a sentence (a weak link's other end). */
  onShowSentence?: (sentence: SentenceId) => void;
}

/** A side of the row: its statements' ids and text, or, for the side that said nothing, the gap with the row's caption. */
function Cell({ row, current, linkEnds, onMarkEnd, ...runs }: Omit<RunsProps, 'runs' | 'linkEnd' | 'plain'> & {
  row: Row; runs: RunsProps['runs']; current: boolean; linkEnds: LinkEnds; onMarkEnd: (side: Side, sentence: SentenceId) => void;
}) {
  const { side, comparison, labels } = runs;
  // The empty side of a one-sided row is no group: its caption is the row's kind, read first.
  if (row[side].length === 0) {
    return <div className={`cell cell-${side}`}><div className="gap" aria-hidden="true"><span className="gap-marker" title={hedgeMeasured(row.wording) ?? undefined}>{row.kind === 'only-a' ? '◀' : '▶'} {row.wording}</span></div></div>;
  }
  return (
    <div className={`cell cell-${side}`} lang={comparison[side].language} role="group" aria-label={labels[side]}>
      <LinkEndIds side={side} ids={row[side]} marked={linkEnds[side]} label={labels[side]} tabbable={current} onMark={onMarkEnd} />
      <Runs {...runs} plain={row.kind !== 'matched'} linkEnd={linkEnds[side]} />
    </div>
  );
}

const NO_MARKERS: SentenceMarkers = {};
const noMarker = () => {};

function RowViewImpl({
  row, index, number, comparison, language, current, anyCurrent, query, currentMatch, onFocusRow, markers = NO_MARKERS, selected = null, onMarker = noMarker,
  marks = NO_MARKS, selectedAnnotation = null, onAnnotation = noMarker, onCorrection, linkEnds = NO_LINK_ENDS, onMarkEnd = noMarker, onShowSentence,
}: RowViewProps) {
  const onFocus = () => onFocusRow(index);
  const labels = { a: comparison.a.label, b: comparison.b.label };
  const [why, setWhy] = useState(false);
  const [allWords, setAllWords] = useState(false);
  const { diff, wordDiffs, linked, rowAnnotations, rowSelected } = useRowParts(row, comparison, language, { markers, selected, marks, selectedAnnotation });
  const marking: MarkerProps = { markers, selected, tabbable: current, onMarker, marks, selectedAnnotation, onAnnotation };
  const annotatedRow = rowAnnotations.length > 0;
  const kindLabel = rowKindLabel(row, comparison);
  return (
    <div
      role="listitem"
      aria-current={current ? 'true' : undefined}
      className={`row row-${row.kind}${current ? ' row-current' : ''}${row.changed ? ' row-changed' : ''}${currentMatch ? ' row-match' : ''}${linked ? ' row-linked' : ''}${annotatedRow ? ' row-annotated' : ''}${rowSelected ? ' row-annotation-selected' : ''}${isStructuralRow(row, comparison) ? ' row-structural' : ''}`}
      tabIndex={current || (index === 0 && !anyCurrent) ? 0 : -1}
      onFocus={onFocus}
      onClick={onFocus}
      data-row-key={row.key}
    >
      {/* Read first, as part of the row (an aria-label would replace the row's text for screen readers). */}
      <span className="row-kind visually-hidden">{kindLabel}{annotatedRow ? `, annotated as a whole (${rowAnnotations.map((id) => `annotation ${marks.numbers[id]}`).join(', ')})` : ''}: </span>
      {(['a', 'b'] as const).map((side) => (
        <Cell key={side} side={side} row={row} runs={diff[side]} current={current} linkEnds={linkEnds} onMarkEnd={onMarkEnd}
          comparison={comparison} query={query} labels={labels} allWords={allWords} marking={marking} />
      ))}
      <RowFooter row={row} comparison={comparison} number={number} current={current} wordDiffs={wordDiffs}
        why={why} setWhy={setWhy} allWords={allWords} setAllWords={setAllWords} onCorrection={onCorrection} onShowSentence={onShowSentence} />
    </div>
  );
}

export const RowView = memo(RowViewImpl);
