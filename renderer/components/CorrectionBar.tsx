/**
 * What the analyst can say about a row's pairing, under the row: "Not the same point"
 * (take a link away), "Checked" (confirm the links or the omission), "Link with…" (the
 * picker), and what the analyst already said ("linked by you", "checked by you").
 */
import type { MouseEvent } from 'react';
import type { Comparison } from '../../shared/compare/compare';
import type { CorrectionOp } from '../../shared/corrections/model';
import { otherSide, type SentenceId, type Side } from '../../shared/model/types';
import { checkedOmissionWording, CORRECTION_WORDS, isChecked, rowCorrection } from '../../shared/view/corrections';
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
  const machinePairs = row.pairs.filter((p) => p.by !== 'analyst' && !p.checked);
  const side: Side = row.kind === 'only-b' ? 'b' : 'a';
  const other = comparison[otherSide(side)].label;
  // A statement matched only weakly has no omission to confirm: what can be checked is each weak link (tester 9, V4).
  const weakOnly = row.kind !== 'matched' && !comparison.omissions.some((o) => o.id === row[side][0]);
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
      {weakOnly && row.weak.map((w) => (
        <WeakLinkButtons key={`${w.own}|${w.other}`} own={w.own} other={w.other} side={side} tab={tab} act={act} />
      ))}
      {row.kind !== 'matched' && (
        <>
          {/* Also for a weakly matched statement: its real partner may be another statement (cold review). */}
          <button type="button" className="correct" tabIndex={tab} onClick={act({ pick: { side, sentence: row[side][0]! } })}>Link with…</button>
          {!weakOnly && !isChecked(mark) && (
            <button type="button" className="correct" tabIndex={tab} onClick={act({ op: 'confirm', a: side === 'a' ? row.a[0]! : null, b: side === 'b' ? row.b[0]! : null })}
              title={`Confirm that ${other} does not report it`}>
              Checked: {checkedOmissionWording(comparison, side, row[side][0]!)}
            </button>
          )}
        </>
      )}
    </span>
  );
}

/**
 * A weak link of a statement matched only weakly, with what each button settles: "Checked: same point as a3"
 * confirms the link (the statements then share a row, "partly checked by you"), "Not the same point (b3–a3)"
 * takes it away (the statement is then one-sided, "unlinked by you"). The old single "Checked: matched only
 * weakly with X" recorded a check of an omission the statement did not have, and nothing showed it (tester 9, V4).
 */
function WeakLinkButtons({ own, other, side, tab, act }: {
  own: SentenceId; other: SentenceId; side: Side; tab: number; act: (r: CorrectionRequest) => (e: MouseEvent) => void;
}) {
  const [a, b] = side === 'a' ? [own, other] : [other, own];
  return (
    <>
      <button type="button" className="correct" tabIndex={tab} onClick={act({ op: 'confirm', a, b })}
        title={`Confirm that ${own} and ${other} report the same point: the weak link then joins their rows`}>
        Checked: same point as {other}
      </button>
      <button type="button" className="correct" tabIndex={tab} onClick={act({ op: 'unlink', a, b })}
        title={`Say that ${own} and ${other} do not report the same point: the weak link is taken away`}>
        Not the same point ({own}–{other})
      </button>
    </>
  );
}
