/**
 * Which rows the alignment is unsure of, for the "Uncertain" filter and the overview
 * map: a matched row whose links are all weak, or a statement shown as one-sided
 * whose omission is not sure. Where the comparison carries confidences (the
 * probability that a link is right, or that a statement really is one-sided), they
 * decide; a comparison without them (an older file) falls back on the link's score.
 * The thresholds live in shared/align/strength.ts, with the alignment's marks.
 */
import type { Comparison } from '../compare/compare';
import { isWeakMatch } from '../align/strength';
import type { Row } from './rows';

/** Below this probability a link or an omission is uncertain: the app says "weak match" / "probably only in …". */
export const UNCERTAIN_BELOW = 0.5;

type Confident = { confidence?: number | null };

/** Whether the row is uncertain (see the module's comment). Analyst links and checked statements are never uncertain. */
export function isUncertainRow(row: Row, c: Comparison): boolean {
  if (row.kind === 'matched') {
    const pairs = row.pairs as ReadonlyArray<Row['pairs'][number] & Confident & { by?: string; checked?: boolean }>;
    if (pairs.some((p) => p.by === 'analyst' || p.checked)) return false;
    const confidences = pairs.map((p) => p.confidence).filter((x): x is number => typeof x === 'number');
    if (confidences.length === pairs.length && pairs.length > 0) return confidences.every((x) => x < UNCERTAIN_BELOW);
    return isWeakMatch(pairs.map((p) => p.score));
  }
  const id = row.a[0] ?? row.b[0];
  const omission = c.omissions.find((o) => o.id === id) as (Comparison['omissions'][number] & Confident & { checked?: boolean }) | undefined;
  if (!omission || omission.checked) return false;
  return typeof omission.confidence === 'number' && omission.confidence < UNCERTAIN_BELOW;
}
