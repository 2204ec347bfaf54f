/**
 * Under a row: its number among all rows, "Why matched?" / "Why not matched?" (and what it
 * shows), "Show all word differences", "weak match", and the analyst's corrections.
 */
import { CONFIDENT, confidenceText, PROBABLE } from '../../../shared/align/strength';
import type { Comparison } from '../../../shared/compare/compare';
import { isWeakRow } from '../../../shared/view/corrections';
import { rowCertainty, rowMachineLink } from '../../../shared/view/row-certainty';
import type { SentenceId } from '../../../shared/model/types';
import { weakLinkWording, type Row } from '../../../shared/view/rows';
import { CorrectionBar, type CorrectionRequest } from '../CorrectionBar';
import { Nearest, Reasons } from './Reasons';

/** A toggle under the row, in the Tab order only while the row is current; a click does not reach the row. */
function RowToggle({ current, onToggle, label, ...aria }: {
  current: boolean; onToggle: () => void; label: string; 'aria-expanded'?: boolean; 'aria-pressed'?: boolean; className: string;
}) {
  return <button type="button" tabIndex={current ? 0 : -1} {...aria} onClick={(e) => { e.stopPropagation(); onToggle(); }}>{label}</button>;
}

/**
 * The row's weak links to other rows (too weak to join them: shared/view/rows.ts), each a
 * button that goes to the other row: "a5 possibly matches row 3 / b4 (link confidence 0.46)".
 */
function WeakLinks({ row, current, onShowSentence }: { row: Row; current: boolean; onShowSentence?: (sentence: SentenceId) => void }) {
  if (row.weak.length === 0) return null;
  return (
    <span className="weak-links">
      {row.weak.map((w) => (
        <button key={`${w.own}-${w.other}`} type="button" className="weak-link" tabIndex={current ? 0 : -1} disabled={!onShowSentence}
          title={`Too weak to join the rows (under ${PROBABLE}); go to row ${w.row}`}
          onClick={(e) => { e.stopPropagation(); onShowSentence?.(w.other); }}>
          {w.own} {weakLinkWording(w)}
        </button>
      ))}
    </span>
  );
}

export function RowFooter({ row, comparison, number, current, wordDiffs, why, setWhy, allWords, setAllWords, onCorrection, onShowSentence }: {
  row: Row; comparison: Comparison; current: boolean;
  /** The row's number among all rows (the findings' and the PDF's "Row 12"); none shown without it. */
  number?: string;
  /** Whether the matched row has words only one side uses (the toggle shows only then). */
  wordDiffs: boolean;
  why: boolean; setWhy: (why: boolean) => void;
  allWords: boolean; setAllWords: (all: boolean) => void;
  onCorrection?: (r: CorrectionRequest) => void;
  /** Goes to the row holding a sentence (a weak link's other end). */
  onShowSentence?: (sentence: SentenceId) => void;
}) {
  const matched = row.kind === 'matched';
  const whyLabel = matched ? (why ? 'Hide why matched' : 'Why matched?') : (why ? 'Hide what came closest' : 'Why not matched?');
  const certainty = matched ? null : rowCertainty(row, comparison);
  // A statement the analyst unlinked: the aligner's view of the link taken away, after the analyst's decision (the row's wording).
  const machineLink = matched ? null : rowMachineLink(row, comparison);
  const whyToggle = <RowToggle className="why" current={current} aria-expanded={why} onToggle={() => setWhy(!why)} label={whyLabel} />;
  return (
    <div className="row-footer">
      {number !== undefined && <span className="row-number" title="The row’s number, as the findings and the PDF report give it">Row {number}</span>}
      {matched && whyToggle}
      {wordDiffs && (
        <RowToggle className="why all-words" current={current} aria-pressed={allWords} onToggle={() => setAllWords(!allWords)}
          label={allWords ? 'Hide word differences' : 'Show all word differences'} />
      )}
      {matched && isWeakRow(row.pairs) && (
        <>
          {/* The mark and its figures are read first with the row (rowKindLabel); the advice is read here. */}
          <span className="weak-match" aria-hidden="true" title={`The aligner's confidence that these statements report the same point is under ${CONFIDENT} (${row.pairs.map((p) => confidenceText(p.confidence, 'link')).join(', ')}). Check it before quoting it.`}>
            weak match
          </span>
          <span className="visually-hidden">Check this weak match before quoting it.</span>
        </>
      )}
      {/* Read first with the row (rowKindLabel), so hidden here from screen readers. */}
      {!matched && certainty && <span className="weak-match one-sided-confidence" aria-hidden="true" title="The aligner's probability that only this readout reports the statement">{certainty}</span>}
      {machineLink && <span className="weak-match one-sided-confidence machine-link" aria-hidden="true" title="What the aligner had said of the link you took away: your decision stands">{machineLink}</span>}
      {!matched && whyToggle}
      <WeakLinks row={row} current={current} onShowSentence={onShowSentence} />
      {onCorrection && <CorrectionBar row={row} comparison={comparison} tabbable={current} onCorrection={onCorrection} />}
      {why && (matched ? <Reasons row={row} /> : <Nearest row={row} comparison={comparison} />)}
    </div>
  );
}
