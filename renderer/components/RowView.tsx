/**
 * One row: a matched group of statements side by side with the word differences
 * marked, or a statement only one side made with the other side's gap marked.
 * Differences are shown by underline style and a label for screen readers, never
 * by colour alone. A sentence the article's claims or commentary are linked to
 * starts with their markers ("c2", "q1"), which select the item in the article panel;
 * one where an annotation starts, with the annotation's ("✎3"), which selects it in
 * the annotations panel. Annotated passages are highlighted (SourceText.tsx).
 */
import { Fragment, memo, useMemo, useState } from 'react';
import type { Comparison } from '../../shared/compare/compare';
import type { SentenceId, Side } from '../../shared/model/types';
import { NO_MARKS, type AnnotationMarks } from '../../shared/view/annotations';
import type { ArticleItemId, SentenceMarkers } from '../../shared/view/article';
import { rowDiff } from '../../shared/view/row-diff';
import { markRuns, rowTypedMarks, type MarkedRun } from '../../shared/view/typed-marks';
import { TypedBadge } from './TypedBadge';
import type { Reason } from '../../shared/align/align';
import { CONFIDENT, confidenceText } from '../../shared/align/strength';
import { isWeakRow } from '../../shared/view/corrections';
import { CorrectionBar, type CorrectionRequest } from './CorrectionBar';
import type { Row } from '../../shared/view/rows';
import type { SearchMatch } from '../../shared/view/search';
import { sentenceOf } from '../../shared/view/sentence-of';
import { SourceText } from './SourceText';
import { LinkEndIds } from './LinkEndIds';
import { NO_LINK_ENDS, type LinkEnds } from '../state/link-ends';

/** What the markers of a row need. */
interface MarkerProps {
  markers: SentenceMarkers;
  selected: ArticleItemId | null;
  /** Whether the markers are in the Tab order (the row is current). */
  tabbable: boolean;
  onMarker: (id: ArticleItemId) => void;
  /** The annotations, their marks and the one selected; a marker selects its annotation in the panel. */
  marks: AnnotationMarks;
  selectedAnnotation: string | null;
  onAnnotation: (id: string) => void;
}

/** The markers of the article items linked to a sentence, then of the annotations that start in it. */
function Markers({ sentence, markers, selected, tabbable, onMarker, marks, selectedAnnotation, onAnnotation }: MarkerProps & { sentence: SentenceId }) {
  const ids = markers[sentence] ?? [];
  const annotations = marks.bySentence[sentence] ?? [];
  if (ids.length === 0 && annotations.length === 0) return null;
  return (
    <span className="markers">
      {annotations.map((id) => (
        <button
          key={id}
          type="button"
          className={`marker marker-annotation${id === selectedAnnotation ? ' marker-selected' : ''}${marks.changed[id] ? ' marker-changed' : ''}`}
          tabIndex={tabbable ? 0 : -1}
          aria-label={`Annotation ${marks.numbers[id]}, on ${sentence}${marks.changed[id] ? ', the passage has changed' : ''}: show it in the annotations panel`}
          title={marks.changed[id] ? `Annotation ${marks.numbers[id]}: the passage has changed: check it in the annotations panel` : `Annotation ${marks.numbers[id]} in the annotations panel`}
          onClick={(e) => { e.stopPropagation(); onAnnotation(id); }}
        >
          <span aria-hidden="true">{marks.changed[id] ? '⚠' : '✎'}</span>{marks.numbers[id]}
        </button>
      ))}
      {ids.map((id) => {
        const claim = id.startsWith('c');
        return (
          <button
            key={id}
            type="button"
            className={`marker marker-${claim ? 'claim' : 'commentary'}${id === selected ? ' marker-selected' : ''}`}
            tabIndex={tabbable ? 0 : -1}
            aria-label={`${claim ? 'Claim' : 'Commentary'} ${id}, linked to ${sentence}: show it in the article panel`}
            title={`${claim ? 'Claim' : 'Commentary'} ${id} in the article panel`}
            onClick={(e) => { e.stopPropagation(); onMarker(id); }}
          >
            {id}
          </button>
        );
      })}
    </span>
  );
}

/**
 * A side's runs, each sentence led by its markers; in a one-sided row (`plain`) the whole text is the statement, so no word is marked.
 * Each run's text is marked with its place in the readout (SourceText), so a selection maps to the text; the space joining two sentences is not.
 */
function Runs({ side, comparison, runs, query, labels, plain, allWords, marking, linkEnd }: {
  side: Side; comparison: Comparison; runs: MarkedRun[]; query: string; labels: { a: string; b: string }; plain: boolean;
  /** The statement of this side marked as an end of the next link: its text is outlined. */
  linkEnd: SentenceId | null;
  /** Show every word difference (del/ins); otherwise words only one side has are shown quietly, and the typed differences lead. */
  allWords: boolean; marking: MarkerProps;
}) {
  let last: SentenceId | null = null;
  const spans = marking.marks.spans[side];
  return (
    <>
      {runs.map((run, i) => {
        const lead = run.sentence !== null && run.sentence !== last ? <Markers sentence={run.sentence} {...marking} /> : null;
        if (run.sentence === null) return <Fragment key={i}>{run.text}</Fragment>;
        last = run.sentence;
        const offset = (sentenceOf(comparison[side], run.sentence)?.start ?? 0) + run.start;
        const text = { source: side, offset, text: run.text, spans, selected: marking.selectedAnnotation, numbers: marking.marks.numbers, query };
        const common = plain || run.kind === 'same' || run.kind === 'equivalent';
        const body = common
          ? <SourceText className={run.kind === 'equivalent' ? 'equivalent' : undefined} title={run.equivalent && `The same concept: “${run.equivalent.a}” ~ “${run.equivalent.b}”`} {...text} />
          : allWords
            ? <SourceText as={run.kind === 'only-a' ? 'del' : 'ins'} className={run.kind} title={run.kind === 'only-a' ? `Only in ${labels.a}'s wording` : `Only in ${labels.b}'s wording`} {...text} />
            : <SourceText className="quiet-diff" {...text} />;
        const marked = run.mark
          ? <mark className={`typed typed-${run.mark.type}`} title={run.mark.explanation} data-typed={run.mark.number}>{run.lead && <TypedBadge mark={run.mark} />}{body}</mark>
          : body;
        return <Fragment key={i}>{lead}{run.sentence === linkEnd ? <span className="link-end-text">{marked}</span> : marked}</Fragment>;
      })}
    </>
  );
}

/** How each side words a reason: “ceasefire” ~ “truce”, or the one word both use. */
function ReasonWords({ reason: r }: { reason: Reason }) {
  return r.a && r.b && r.a !== r.b ? <>: “{r.a}” ~ “{r.b}”</> : r.a || r.b ? <>: “{r.a || r.b}”</> : null;
}

function Reasons({ row }: { row: Row }) {
  return (
    <>
      <p className="reasons-legend">
        Score from 0 to 1: how much of the two statements’ weighted terms they share (rare terms weigh more than
        the words every readout uses). The percentage is each reason’s share of the score.
      </p>
      <ul className="reasons">
        {row.pairs.map((p) => (
          <li key={`${p.a.join()}|${p.b.join()}`}>
            <span className="reason-ids">{p.a.join(', ')} ↔ {p.b.join(', ')}</span>{' '}
            {p.by === 'analyst'
              ? <span className="reason-by">linked by you{p.reasons.length > 0 ? '; they share:' : ' (they share no content word)'}</span>
              : <span className="reason-score">score {p.score.toFixed(2)}, {confidenceText(p.confidence)}{p.checked ? ', checked by you' : ''}</span>}
            <ul>
              {p.reasons.slice(0, 8).map((r, i) => (
                <li key={i}>
                  <strong>{r.label}</strong>
                  {r.via
                    ? <>: {p[r.via.side].join(', ')} continues {r.via.id}, “{r.a || r.b}”</>
                    : <ReasonWords reason={r} />}
                  {p.score > 0 && <span className="reason-share"> ({Math.round((r.contribution / Math.max(p.score, 1e-9)) * 100)}%)</span>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * For a statement only one side made: the other side's statement that came closest,
 * its score and what they share, or that nothing there came close. The analyst checks
 * an omission against it before reporting it.
 */
function Nearest({ row, comparison }: { row: Row; comparison: Comparison }) {
  const side = row.kind === 'only-a' ? 'a' : 'b';
  const other = comparison[side === 'a' ? 'b' : 'a'].label;
  return (
    <ul className="reasons">
      {row[side].map((id) => {
        const omission = comparison.omissions.find((o) => o.id === id);
        const nearest = omission?.nearest;
        const sure = <span className="reason-score">{confidenceText(omission?.confidence ?? null)}</span>;
        return (
          <li key={id}>
            {nearest ? (
              <>
                <span className="reason-ids">{id}: closest in {other} is {nearest.id}</span>{' '}
                (<span className="reason-score">score {nearest.score.toFixed(2)}, {confidenceText(nearest.confidence)}</span>). Not linked: the
                aligner’s confidence that they report the same point was too low. One-sided: {sure}. They share:
                <ul>
                  {nearest.reasons.slice(0, 8).map((r, i) => (
                    <li key={i}><strong>{r.label}</strong><ReasonWords reason={r} /></li>
                  ))}
                </ul>
              </>
            ) : (
              <><span className="reason-ids">{id}</span>: no statement of {other} shares enough with it to be scored.</>
            )}
          </li>
        );
      })}
    </ul>
  );
}

const NO_MARKERS: SentenceMarkers = {};
const noMarker = () => {};

function RowViewImpl({
  row, index, number, comparison, language, current, anyCurrent, query, currentMatch, onFocusRow, markers = NO_MARKERS, selected = null, onMarker = noMarker,
  marks = NO_MARKS, selectedAnnotation = null, onAnnotation = noMarker, onCorrection, linkEnds = NO_LINK_ENDS, onMarkEnd = noMarker,
}: {
  row: Row; index: number; comparison: Comparison; language: string; current: boolean;
  /** The row's number among all rows (the findings' and the PDF's "Row 12"); none shown without it. */
  number?: number;
  /** Whether some row is current; if none is, the first row takes the Tab stop. */
  anyCurrent: boolean;
  query: string; currentMatch?: SearchMatch;
  /** Stable across renders, so rows that did not change are not rendered again while scrolling. */
  onFocusRow: (index: number, reveal?: boolean) => void;
  /** The article items linked to each readout sentence, and the one selected in the panel. */
  markers?: SentenceMarkers;
  selected?: ArticleItemId | null;
  /** Selects an item in the article panel (stable across renders). */
  onMarker?: (id: ArticleItemId) => void;
  /** Where the annotations are, and the one selected in the annotations panel. */
  marks?: AnnotationMarks;
  selectedAnnotation?: string | null;
  /** Selects an annotation in the annotations panel (stable across renders). */
  onAnnotation?: (id: string) => void;
  /** Corrects the row's pairing (stable across renders); without it, the row offers no correction. */
  onCorrection?: (r: CorrectionRequest) => void;
  /** The statements marked as the ends of the next link, and how one is marked (stable across renders). */
  linkEnds?: LinkEnds;
  onMarkEnd?: (side: Side, sentence: SentenceId) => void;
}) {
  const onFocus = () => onFocusRow(index);
  const labels = { a: comparison.a.label, b: comparison.b.label };
  const [why, setWhy] = useState(false);
  const [allWords, setAllWords] = useState(false);
  const diff = useMemo(() => {
    const runs = rowDiff(row, comparison, language);
    const marks = rowTypedMarks(row);
    return { a: markRuns(runs.a, marks.a), b: markRuns(runs.b, marks.b) };
  }, [row, comparison, language]);
  const wordDiffs = row.kind === 'matched' && [...diff.a, ...diff.b].some((r) => r.kind === 'only-a' || r.kind === 'only-b');
  const marking: MarkerProps = { markers, selected, tabbable: current, onMarker, marks, selectedAnnotation, onAnnotation };
  const sentences = [...row.a, ...row.b];
  const linked = selected !== null && sentences.some((id) => markers[id]?.includes(selected));
  // A whole row annotated: every sentence of it carries the annotation.
  const rowAnnotations = [...new Set(sentences.flatMap((id) => marks.rows[id] ?? []))];
  const annotatedRow = rowAnnotations.length > 0;
  const rowSelected = selectedAnnotation !== null && rowAnnotations.includes(selectedAnnotation);
  const kindLabel = row.kind === 'matched' ? (row.changed ? 'Matched, worded differently' : 'Matched, same words') : (row.wording ?? '');
  const gap = (
    <div className="gap" aria-hidden="true">
      <span className="gap-marker">{row.kind === 'only-a' ? '◀' : '▶'} {row.wording}</span>
    </div>
  );
  return (
    <div
      role="listitem"
      aria-current={current ? 'true' : undefined}
      className={`row row-${row.kind}${current ? ' row-current' : ''}${row.changed ? ' row-changed' : ''}${currentMatch ? ' row-match' : ''}${linked ? ' row-linked' : ''}${annotatedRow ? ' row-annotated' : ''}${rowSelected ? ' row-annotation-selected' : ''}`}
      tabIndex={current || (index === 0 && !anyCurrent) ? 0 : -1}
      onFocus={onFocus}
      onClick={onFocus}
      data-row-key={row.key}
    >
      {/* Read first, as part of the row (an aria-label would replace the row's text for screen readers). */}
      <span className="row-kind visually-hidden">{kindLabel}{annotatedRow ? `, annotated as a whole (${rowAnnotations.map((id) => `annotation ${marks.numbers[id]}`).join(', ')})` : ''}: </span>
      {(['a', 'b'] as const).map((side) => row[side].length > 0 ? (
        <div key={side} className={`cell cell-${side}`} lang={comparison[side].language} role="group" aria-label={labels[side]}>
          <LinkEndIds side={side} ids={row[side]} marked={linkEnds[side]} label={labels[side]} tabbable={current} onMark={onMarkEnd} />
          <Runs side={side} comparison={comparison} runs={diff[side]} query={query} labels={labels} plain={row.kind !== 'matched'} allWords={allWords} marking={marking} linkEnd={linkEnds[side]} />
        </div>
      ) : (
        // The empty side of a one-sided row is no group: its caption is the row's kind, read first.
        <div key={side} className={`cell cell-${side}`}>{gap}</div>
      ))}
      <div className="row-footer">
        {number !== undefined && <span className="row-number" title="The row’s number, as the findings and the PDF report give it">Row {number}</span>}
        {row.kind === 'matched' && (
          <button type="button" className="why" tabIndex={current ? 0 : -1} aria-expanded={why} onClick={(e) => { e.stopPropagation(); setWhy(!why); }}>
            {why ? 'Hide why matched' : 'Why matched?'}
          </button>
        )}
        {wordDiffs && (
          <button type="button" className="why all-words" tabIndex={current ? 0 : -1} aria-pressed={allWords} onClick={(e) => { e.stopPropagation(); setAllWords(!allWords); }}>
            {allWords ? 'Hide word differences' : 'Show all word differences'}
          </button>
        )}
        {row.kind === 'matched' && isWeakRow(row.pairs) && (
          <span className="weak-match" title={`The aligner's confidence that these statements report the same point is under ${CONFIDENT} (${row.pairs.map((p) => confidenceText(p.confidence)).join(', ')}). Check it before quoting it.`}>
            weak match
          </span>
        )}
        {row.kind !== 'matched' && (
          <button type="button" className="why" tabIndex={current ? 0 : -1} aria-expanded={why} onClick={(e) => { e.stopPropagation(); setWhy(!why); }}>
            {why ? 'Hide what came closest' : 'Why not matched?'}
          </button>
        )}
        {onCorrection && <CorrectionBar row={row} comparison={comparison} tabbable={current} onCorrection={onCorrection} />}
        {why && (row.kind === 'matched' ? <Reasons row={row} /> : <Nearest row={row} comparison={comparison} />)}
      </div>
    </div>
  );
}

export const RowView = memo(RowViewImpl);
