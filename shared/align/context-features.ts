/**
 * The second look of the selection model (link-model.ts, `context`): a candidate's
 * features (link-features.ts) and, from the first model's probabilities of all the
 * candidates, how it stands beside the other candidates of its two sentences: the
 * best other probability of each sentence, whether that sentence is already taken by
 * another link (its best other candidate reaches the first model's threshold), and
 * the candidate's margin over each. A sentence reporting two points, whose first point
 * is linked already, may take a second link to a sentence that nothing else claims;
 * two sentences that both remain without any link are more likely each other's
 * partner than their score alone says, unless what they share is thin (the log score of a
 * pair of free ends). Numbers only, one row per candidate.
 * Method and figures: docs/alignment.md.
 */
import { blockOf, LINK_FEATURES, type FeatureBlock } from './link-features';

/** The features added to a candidate's row, in order. */
export const CONTEXT_EXTRA = ['logit', 'otherA', 'otherB', 'bothFree', 'onlyBFree', 'onlyAFree', 'marginA', 'marginB', 'freeLogScore'] as const;
/** The features of the second look: the candidate's row, then CONTEXT_EXTRA. */
export const CONTEXT_FEATURES: readonly string[] = [...LINK_FEATURES, ...CONTEXT_EXTRA];

const LOG_SCORE = LINK_FEATURES.indexOf('logScore');

/** A candidate's two sentences (0-based indices). */
interface Ends { a: number; b: number }

/** The candidates' two sentences as columns: candidate k joins sentence a[k] of A and b[k] of B. */
export interface EndColumns { a: ArrayLike<number>; b: ArrayLike<number> }

/** The ends of candidate objects as columns. */
export function endColumns(candidates: readonly Ends[]): EndColumns {
  return { a: Int32Array.from(candidates, (c) => c.a), b: Int32Array.from(candidates, (c) => c.b) };
}

const logit = (p: number): number => {
  const q = Math.min(1 - 1e-3, Math.max(1e-3, p));
  return Math.log(q / (1 - q));
};

/** Per sentence of one side: the largest and second-largest first-look probability of its candidates. */
function topTwo(ends: ArrayLike<number>, probs: ArrayLike<number>, n: number): Float64Array {
  // [best, second] per sentence, flat.
  const top = new Float64Array(2 * n);
  for (let k = 0; k < probs.length; k++) {
    const i = ends[k]!;
    const p = probs[k]!;
    if (p > top[2 * i]!) { top[2 * i + 1] = top[2 * i]!; top[2 * i] = p; } else if (p > top[2 * i + 1]!) top[2 * i + 1] = p;
  }
  return top;
}

/** The best probability among a sentence's candidates other than one with probability `p`. */
const otherOf = (top: Float64Array, i: number, p: number): number => (top[2 * i] === p ? top[2 * i + 1]! : top[2 * i]!);

/**
 * The CONTEXT_EXTRA of each candidate, on demand: `rows` are the candidates' LINK_FEATURES
 * rows, `probs` the first model's probabilities (one per candidate), `reference` what counts
 * as taken. The returned function writes candidate `k`'s extras into `into` from offset `o`
 * (CONTEXT_EXTRA.length of them), so that the app needs no row of its own per candidate (link-model.ts).
 */
export function contextScan(ends: EndColumns, rows: FeatureBlock, probs: ArrayLike<number>, nA: number, nB: number, reference: number): (k: number, into: Float64Array, o: number) => void {
  const topA = topTwo(ends.a, probs, nA);
  const topB = topTwo(ends.b, probs, nB);
  return (k, into, o) => {
    const p = probs[k]!;
    const oa = otherOf(topA, ends.a[k]!, p);
    const ob = otherOf(topB, ends.b[k]!, p);
    const freeA = oa < reference ? 1 : 0;
    const freeB = ob < reference ? 1 : 0;
    into[o] = logit(p);
    into[o + 1] = logit(oa);
    into[o + 2] = logit(ob);
    into[o + 3] = freeA * freeB;
    into[o + 4] = freeB * (1 - freeA);
    into[o + 5] = freeA * (1 - freeB);
    into[o + 6] = p - oa;
    into[o + 7] = p - ob;
    // How much the two share when both are free: a free pair on one common word is no partner.
    into[o + 8] = freeA * freeB * rows.data[k * rows.width + LOG_SCORE]!;
  };
}

/** One row of CONTEXT_FEATURES per candidate (the fit's rows; arguments as for contextScan). */
export function contextRows(candidates: readonly Ends[], rows: readonly ArrayLike<number>[], probs: ArrayLike<number>, nA: number, nB: number, reference: number): Float64Array[] {
  const base = LINK_FEATURES.length;
  const scan = contextScan(endColumns(candidates), blockOf(rows, base), probs, nA, nB, reference);
  const width = CONTEXT_FEATURES.length;
  const block = new Float64Array(candidates.length * width);
  const out = new Array<Float64Array>(candidates.length);
  for (let k = 0; k < candidates.length; k++) {
    const row = block.subarray(k * width, (k + 1) * width);
    row.set(rows[k]!);
    scan(k, row, base);
    out[k] = row;
  }
  return out;
}
