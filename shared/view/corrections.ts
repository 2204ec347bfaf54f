/**
 * How a row reads once the analyst corrected the alignment: "linked by you" when the
 * analyst linked any of its statements, "not the same point" (unlinked) when the
 * analyst took away the link that had made it matched, "checked by you" when every
 * link or omission in it was confirmed, "unlinked and checked by you" when the analyst took the
 * link away and then confirmed the statement one-sided (tester 8, U11). The same marks in the app, the PDF and the
 * terminal; null for a row as the machine left it.
 */
import { isWeakMatch } from '../align/strength';
import type { Comparison, Pair } from '../compare/compare';
import type { Row } from './rows';

/** What the analyst did to a row. */
export type RowCorrection = 'linked' | 'unlinked' | 'unlinked-checked' | 'checked';

/** The analyst's mark on `row` of the corrected comparison `c`, or null. */
export function rowCorrection(row: Row, c: Pick<Comparison, 'omissions'>): RowCorrection | null {
  if (row.kind === 'matched') {
    if (row.pairs.some((p) => p.by === 'analyst')) return 'linked';
    return row.pairs.length > 0 && row.pairs.every((p) => p.checked) ? 'checked' : null;
  }
  const ids = new Set<string>([...row.a, ...row.b]);
  const omissions = c.omissions.filter((o) => ids.has(o.id));
  const checked = omissions.length > 0 && omissions.every((o) => o.checked);
  if (omissions.some((o) => o.by === 'analyst')) return checked ? 'unlinked-checked' : 'unlinked';
  return checked ? 'checked' : null;
}

/** The words the app shows for each mark (the analyst is "you" there). */
export const CORRECTION_WORDS: Record<RowCorrection, string> = { linked: 'linked by you', unlinked: 'unlinked by you', 'unlinked-checked': 'unlinked and checked by you', checked: 'checked by you' };

/** Whether the mark says the analyst confirmed the row already (no "Checked" is offered again). */
export const isChecked = (mark: RowCorrection | null): boolean => mark === 'checked' || mark === 'unlinked-checked';

/** The labels (`Row.label`, in `rows`' order) of the rows with each mark, for the PDF's legend. */
export function correctedRows(rows: readonly Row[], c: Pick<Comparison, 'omissions'>): Record<RowCorrection, string[]> {
  const out: Record<RowCorrection, string[]> = { linked: [], unlinked: [], 'unlinked-checked': [], checked: [] };
  for (const row of rows) {
    const mark = rowCorrection(row, c);
    if (mark) out[mark].push(row.label);
  }
  return out;
}

/** Whether a matched row is a weak match: the aligner is unsure of every link of it (shared/align/strength.ts), and the analyst linked none of it. */
export function isWeakRow(pairs: readonly Pair[]): boolean {
  return !pairs.some((p) => p.by === 'analyst') && isWeakMatch(pairs.map((p) => p.confidence));
}
