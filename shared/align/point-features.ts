/**
 * Point features of a candidate link (issue 14, cause 1: one sentence reporting several points
 * against several sentences on the other side, each sharing only part of it). Each sentence is
 * split into its points by the clause split of vectors.ts (commas, semicolons, "and", "as well
 * as", the words that introduce an item); a one-clause sentence is one point. For a candidate:
 * how much of the other sentence one point covers (all the shared weight and its topical part),
 * and, on each side, whether the candidate is the best of its sentence's candidates *for the point
 * it matches best*, although another candidate is better for the sentence as a whole: the second
 * partner of a two-point sentence. Numbers only; computed by link-features.ts when asked for.
 */
import type { SentenceVector } from './vectors';

/** Clauses beyond this index share the last slot, as in score.ts and link-features.ts. */
export const MAX_POINTS = 8;

/** What two sentences share by clause of each, with the topical part (neither word generic). */
export interface SharedByPoint {
  byPointA: Float64Array;
  byPointB: Float64Array;
  topicalByPointA: Float64Array;
  topicalByPointB: Float64Array;
}

/** Per candidate, on each side: the point of that side's sentence that best matches the whole other sentence, and its cosine. */
export interface PointColumns {
  clauseA: Int32Array;
  scoreA: Float64Array;
  clauseB: Int32Array;
  scoreB: Float64Array;
}

/** Room for `n` candidates' points. */
export function pointColumns(n: number): PointColumns {
  return { clauseA: new Int32Array(n), scoreA: new Float64Array(n), clauseB: new Int32Array(n), scoreB: new Float64Array(n) };
}

/** Copies candidate `from`'s points to candidate `to` (two candidates with the same two vectors). */
export function copyPoints(p: PointColumns, from: number, to: number): void {
  p.clauseA[to] = p.clauseA[from]!;
  p.scoreA[to] = p.scoreA[from]!;
  p.clauseB[to] = p.clauseB[from]!;
  p.scoreB[to] = p.scoreB[from]!;
}

/** The weight of a vector's topical entries (not generic). */
export function topicalTotal(v: SentenceVector): number {
  let t = 0;
  for (let s = 0; s < v.entries.length; s++) if (!v.entries[s]!.generic) t += v.entries[s]!.weight;
  return t;
}

const cosine = (s: number, x: number, y: number): number => (x > 0 && y > 0 ? Math.min(1, s / Math.sqrt(x * y)) : 0);
const part = (s: number, of: number): number => (of > 0 ? Math.min(1, s / of) : 0);

/** The best point of `clauses` (their totals) against a whole sentence of total `other`: its index and cosine. */
function bestPoint(shared: Float64Array, clauses: readonly number[], other: number): { clause: number; score: number } {
  let clause = 0;
  let score = 0;
  const n = Math.min(clauses.length, MAX_POINTS);
  for (let c = 0; c < n; c++) {
    const s = cosine(shared[c]!, clauses[c]!, other);
    if (s > score) { score = s; clause = c; }
  }
  return { clause, score };
}

/**
 * Candidate `k`'s points (into `p`) and its two coverage features: the largest share of one
 * sentence's weight that one point of the other shares (`cover`), and the same of topical weight
 * (`topicalCover`; `topX`, `topY`: the sentences' topical totals).
 */
export function pointsOf(sh: SharedByPoint, x: SentenceVector, y: SentenceVector, topX: number, topY: number, p: PointColumns, k: number): { cover: number; topicalCover: number } {
  const a = bestPoint(sh.byPointA, (x.pointTotals ?? x.clauseTotals), y.total);
  const b = bestPoint(sh.byPointB, (y.pointTotals ?? y.clauseTotals), x.total);
  p.clauseA[k] = a.clause;
  p.scoreA[k] = a.score;
  p.clauseB[k] = b.clause;
  p.scoreB[k] = b.score;
  let cover = 0;
  let topicalCover = 0;
  for (let c = 0; c < Math.min((x.pointTotals ?? x.clauseTotals).length, MAX_POINTS); c++) {
    cover = Math.max(cover, part(sh.byPointA[c]!, y.total));
    topicalCover = Math.max(topicalCover, part(sh.topicalByPointA[c]!, topY));
  }
  for (let c = 0; c < Math.min((y.pointTotals ?? y.clauseTotals).length, MAX_POINTS); c++) {
    cover = Math.max(cover, part(sh.byPointB[c]!, x.total));
    topicalCover = Math.max(topicalCover, part(sh.topicalByPointB[c]!, topX));
  }
  return { cover, topicalCover };
}

/** Per sentence and point: the best cosine any candidate of that sentence has on that point. */
function bestByPoint(own: Int32Array, clause: Int32Array, score: Float64Array, n: number, sentences: number): Float64Array {
  const best = new Float64Array(sentences * MAX_POINTS);
  for (let k = 0; k < n; k++) {
    const at = own[k]! * MAX_POINTS + clause[k]!;
    if (score[k]! > best[at]!) best[at] = score[k]!;
  }
  return best;
}

/** The candidates' ends and their ranks by score in each end's sentence (1 = best). */
export interface PointEnds {
  length: number;
  a: Int32Array;
  b: Int32Array;
  rankA: Int32Array;
  rankB: Int32Array;
}

/**
 * Per candidate: its point cosine as a share of the best any candidate of the same sentence has
 * on the same point (the larger of the two sides: `ratio`), and 1 when on a side whose sentence
 * has several points the candidate is the best for its point but not its sentence's best
 * candidate (`second`). `pointsA`/`pointsB`: how many points each sentence has.
 */
export function pointRanks(ends: PointEnds, p: PointColumns, pointsA: readonly number[], pointsB: readonly number[]): { ratio: Float64Array; second: Uint8Array } {
  const bestA = bestByPoint(ends.a, p.clauseA, p.scoreA, ends.length, pointsA.length);
  const bestB = bestByPoint(ends.b, p.clauseB, p.scoreB, ends.length, pointsB.length);
  const ratio = new Float64Array(ends.length);
  const second = new Uint8Array(ends.length);
  for (let k = 0; k < ends.length; k++) {
    const a = ends.a[k]!;
    const b = ends.b[k]!;
    const topA = bestA[a * MAX_POINTS + p.clauseA[k]!]!;
    const topB = bestB[b * MAX_POINTS + p.clauseB[k]!]!;
    const rA = topA > 0 ? p.scoreA[k]! / topA : 0;
    const rB = topB > 0 ? p.scoreB[k]! / topB : 0;
    ratio[k] = Math.max(rA, rB);
    const secondA = pointsA[a]! > 1 && rA >= 1 - 1e-9 && ends.rankA[k]! > 1;
    const secondB = pointsB[b]! > 1 && rB >= 1 - 1e-9 && ends.rankB[k]! > 1;
    second[k] = secondA || secondB ? 1 : 0;
  }
  return { ratio, second };
}
