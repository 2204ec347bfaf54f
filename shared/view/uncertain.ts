/**
 * Which rows the alignment is unsure of, for the "Uncertain" filter: the rows the app
 * marks "weak match", the statements it words "probably (or possibly) only in …", and the
 * statements "matched only weakly" (all their links too weak to join rows). One threshold
 * decides both, `CONFIDENT` in shared/align/strength.ts (docs/alignment.md). What the
 * analyst linked or checked is never uncertain.
 */
import type { Comparison, Omission } from '../compare/compare';
import { isUncertain } from '../align/strength';
import { omissionKind } from '../compare/one-sided';
import { isWeakRow } from './corrections';
import type { Row } from './rows';

/** Whether the row is uncertain (see the module's comment); `omissions` indexes the comparison's omissions by id. */
export function isUncertainRow(row: Row, omissions: ReadonlyMap<string, Omission>): boolean {
  if (row.kind === 'matched') return !row.pairs.some((p) => p.checked) && isWeakRow(row.pairs);
  const omission = omissions.get(row.a[0] ?? row.b[0] ?? '');
  // A statement matched only weakly (its links too weak to join rows) is no omission, and unsure.
  if (omission === undefined) return row.weak.length > 0;
  // Only a counted statement is worded with a hedge: a heading, or one the analyst only unlinked, is never uncertain (shared/compare/one-sided.ts).
  return omissionKind(omission) === 'counted' && !omission.checked && omission.by !== 'analyst' && isUncertain(omission.confidence);
}

/** The comparison's omissions by sentence id. */
export function omissionIndex(c: Comparison): Map<string, Omission> {
  return new Map(c.omissions.map((o) => [o.id as string, o]));
}
