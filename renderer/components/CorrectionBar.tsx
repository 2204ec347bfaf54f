/**
 * What the analyst can say about a row's pairing, under the row: "Not the same point"
 * (take a link away), "Checked" (confirm the links or the omission), "Link with…" (the
 * picker), and what the analyst already said ("linked by you", "checked by you").
 */
import type { MouseEvent } from 'react';
import type { Comparison } from '../../shared/compare/compare';
import type { CorrectionOp } from '../../shared/corrections/model';
import type { SentenceId, Side } from '../../shared/model/types';
import { CORRECTION_WORDS, isChecked, rowCorrection } from '../../shared/view/corrections';
import type { Row } from '../../shared/view/rows';

/** A correction the analyst asks for from a row (the caller gives it an id and the time). */
export type CorrectionRequest =
  | { op: CorrectionOp; a: SentenceId | null; b: SentenceId | null }
  | { pick: { side: Side; sentence: SentenceId } };

export function CorrectionBar({ row, comparison, tabbable, onCorrection }: {
  row: Row; comparison: Comparison; tabbable: boolean; onCorrection: (r: CorrectionRequest) => void;
}) {
  const mark = rowCorrection(row, comparison);
  const tab = tabbable ? 0 : -1;
  const act = (r: CorrectionRequest) => (e: MouseEvent) => { e.stopPropagation(); onCorrection(r); };
  const machinePairs = row.pairs.filter((p) => p.by !== 'analyst');
  const side: Side = row.kind === 'only-b' ? 'b' : 'a';
  const other = comparison[side === 'a' ? 'b' : 'a'].label;
  return (
    <span className="correction-bar">
      {mark && <span className={`corrected corrected-${mark}`}>{CORRECTION_WORDS[mark]}</span>}
      {row.pairs.map((p) => (
        <button key={`${p.a[0]}|${p.b[0]}`} type="button" className="correct" tabIndex={tab} onClick={act({ op: 'unlink', a: p.a[0]!, b: p.b[0]! })}
          title={`Say that ${p.a[0]} and ${p.b[0]} do not report the same point: the link is taken away`}>
          Not the same point{row.pairs.length > 1 ? ` (${p.a[0]}–${p.b[0]})` : ''}
        </button>
      ))}
      {row.kind === 'matched' && machinePairs.length > 0 && !isChecked(mark) && (
        <button type="button" className="correct" tabIndex={tab} onClick={(e) => { e.stopPropagation(); for (const p of machinePairs) onCorrection({ op: 'confirm', a: p.a[0]!, b: p.b[0]! }); }}>
          Checked: same point
        </button>
      )}
      {row.kind !== 'matched' && (
        <>
          <button type="button" className="correct" tabIndex={tab} onClick={act({ pick: { side, sentence: row[side][0]! } })}>Link with…</button>
          {!isChecked(mark) && (
            <button type="button" className="correct" tabIndex={tab} onClick={act({ op: 'confirm', a: side === 'a' ? row.a[0]! : null, b: side === 'b' ? row.b[0]! : null })}
              title={`Confirm that ${other} does not report it`}>
              Checked: {row.wording}
            </button>
          )}
        </>
      )}
    </span>
  );
}
