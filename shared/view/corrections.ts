/**
 * How a row reads once the analyst corrected the alignment: "linked by you" when the
 * analyst linked any of its statements, "not the same point" (unlinked) when the
 * analyst took away the link that had made it matched, "checked by you" when every
 * link or omission in it was confirmed, "partly checked by you" when some of its links were (a weak
 * link the analyst confirmed joins a row of other links), "unlinked and checked by you" when the analyst took the
 * link away and then confirmed the statement one-sided (tester 8, U11). The same marks in the app, the PDF and the
 * terminal; null for a row as the machine left it.
 */
import { isWeakMatch } from '../align/strength';
import type { Comparison, Pair } from '../compare/compare';
import { omissionMayBeMissing } from '../compare/missing';
import { omissionWording } from '../compare/wording';
import { omissionOf } from '../compare/one-sided';
import type { Row } from './rows';

/** What the analyst did to a row. */
export type RowCorrection = 'linked' | 'unlinked' | 'unlinked-checked' | 'checked' | 'partly-checked';

/** The analyst's mark on `row` of the corrected comparison `c`, or null. */
export function rowCorrection(row: Row, c: Pick<Comparison, 'omissions'>): RowCorrection | null {
  if (row.kind === 'matched') {
    if (row.pairs.some((p) => p.by === 'analyst')) return 'linked';
    if (row.pairs.length > 0 && row.pairs.every((p) => p.checked)) return 'checked';
    // Some links checked, not all: a weak link the analyst confirmed joined this row (tester 9, V4).
    return row.pairs.some((p) => p.checked) ? 'partly-checked' : null;
  }
  const ids = new Set<string>([...row.a, ...row.b]);
  const omissions = [...ids].flatMap((id) => omissionOf(c, id) ?? []);
  const checked = omissions.length > 0 && omissions.every((o) => o.checked);
  if (omissions.some((o) => o.by === 'analyst')) return checked ? 'unlinked-checked' : 'unlinked';
  return checked ? 'checked' : null;
}

/** The words the app shows for each mark (the analyst is "you" there). */
export const CORRECTION_WORDS: Record<RowCorrection, string> = {
  linked: 'linked by you', unlinked: 'unlinked by you', 'unlinked-checked': 'unlinked and checked by you', checked: 'checked by you', 'partly-checked': 'partly checked by you',
};

/** Whether the mark says the analyst confirmed the row already (no "Checked" is offered again). */
export const isChecked = (mark: RowCorrection | null): boolean => mark === 'checked' || mark === 'unlinked-checked';

/** The labels (`Row.label`, in `rows`' order) of the rows with each mark, for the PDF's legend. */
export function correctedRows(rows: readonly Row[], c: Pick<Comparison, 'omissions'>): Record<RowCorrection, string[]> {
  const out: Record<RowCorrection, string[]> = { linked: [], unlinked: [], 'unlinked-checked': [], checked: [], 'partly-checked': [] };
  for (const row of rows) {
    const mark = rowCorrection(row, c);
    if (mark) out[mark].push(row.label);
  }
  return out;
}

/**
 * Whether a matched row is a weak match: the aligner is unsure of every link of it (shared/align/strength.ts),
 * and the analyst linked or checked none of it. One rule for the row's mark, the PDF's, the findings, the
 * "Uncertain" filter and the count line (which counts a checked link as sure: shared/compare/weak-links.ts).
 */
export function isWeakRow(pairs: readonly Pair[]): boolean {
  return !pairs.some((p) => p.by === 'analyst' || p.checked === true) && isWeakMatch(pairs.map((p) => p.confidence));
}

/**
 * What "Checked" on a one-sided statement confirms, as the button, the status and the undo history say it:
 * the analyst's "only in X" (no hedge), also for a statement the analyst unlinked, whose own wording
 * ("not the same point as …") is not what the check records (tester 9, V4/V5).
 */
export function checkedOmissionWording(c: Pick<Comparison, 'a' | 'b' | 'pairs'>, side: 'a' | 'b', id: string): string {
  const [maker, other] = side === 'a' ? [c.a, c.b] : [c.b, c.a];
  return omissionWording(maker, other, null, omissionMayBeMissing(c, side, id));
}
