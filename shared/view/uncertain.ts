/**
 * Which rows the alignment is unsure of, for the "Uncertain" filter: the rows the app
 * marks "weak match", the statements it words "probably (or possibly) only in …", and the
 * statements "matched only weakly" (all their links too weak to join rows). One threshold
 * decides both, `CONFIDENT` in shared/align/strength.ts (docs/alignment.md). What the
 * analyst linked or checked is never uncertain.
 */
import type { Comparison } from '../compare/compare';
import { isUncertain } from '../align/strength';
import { omissionKind, omissionOf } from '../compare/one-sided';
import { isWeakRow } from './corrections';
import type { Row } from './rows';

/** Whether the row is uncertain (see the module's comment); its omission is looked up in the comparison's index (`omissionOf`). */
export function isUncertainRow(row: Row, comparison: Pick<Comparison, 'omissions'>): boolean {
  if (row.kind === 'matched') return isWeakRow(row.pairs);
  const omission = omissionOf(comparison, row.a[0] ?? row.b[0] ?? '');
  // A statement matched only weakly (its links too weak to join rows) is no omission, and unsure.
  if (omission === undefined) return row.weak.length > 0;
  // Only a counted statement is worded with a hedge: a heading, or one the analyst only unlinked, is never uncertain (shared/compare/one-sided.ts).
  return omissionKind(omission) === 'counted' && !omission.checked && omission.by !== 'analyst' && isUncertain(omission.confidence);
}

