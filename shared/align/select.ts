/**
 * Which scored candidates become links: those the selection model (link-model.ts)
 * gives a probability of at least its threshold, many-to-many, each sentence
 * keeping at most a few (its most probable). The threshold is fitted with the
 * model by cross-validation over pairs (docs/alignment.md); it replaced the
 * hand-set rule "score ≥ 0.25 and within 70% of a sentence's best", which dropped
 * the second link of a sentence reporting two points. coverage.ts (`chooseLinks`) may add
 * further links of a sentence already linked, when the model carries a coverage rule.
 */
import type { Candidate, CandidateColumns } from './score';

/** Options of the selection. */
export interface SelectOptions {
  /** Minimum score of a candidate: below it a pair is not scored to the end, nor considered. */
  threshold: number;
  /** Most links one sentence keeps (its most probable): a sentence reports a few points, not dozens. */
  maxLinksPerSentence: number;
}

/** A candidate with the model's probability that it is a right link. */
export interface RatedCandidate extends Candidate {
  confidence: number;
}

/** -1, 0 or 1 as `x` comes before, with or after `y` in descending order (an integer: a fractional comparator result is boxed at every call). */
export const descending = (x: number, y: number): number => (x > y ? -1 : x < y ? 1 : 0);

/**
 * Keeps the candidates whose confidence reaches `linkThreshold`; then each sentence
 * keeps at most `maxLinksPerSentence` links, most confident first (ties: higher
 * score, then earlier sentence), so the output stays linear in the readouts' length.
 * Sorted by A index, then B index.
 */
export function select(candidates: readonly RatedCandidate[], nA: number, nB: number, linkThreshold: number, options: SelectOptions): RatedCandidate[] {
  const columns = {
    length: candidates.length,
    a: Int32Array.from(candidates, (c) => c.a), b: Int32Array.from(candidates, (c) => c.b), score: Float64Array.from(candidates, (c) => c.score),
  };
  const confidence = Float64Array.from(candidates, (c) => c.confidence);
  return Array.from(selectIndices(columns, confidence, nA, nB, linkThreshold, options), (k) => candidates[k]!);
}

/** `select` of candidates as columns with their confidences: the indices of the kept ones, sorted by A index, then B index. */
export function selectIndices(
  candidates: Pick<CandidateColumns, 'length' | 'a' | 'b' | 'score'>, confidence: Float64Array, nA: number, nB: number, linkThreshold: number, options: SelectOptions,
): Int32Array {
  const { a, b, score } = candidates;
  const kept: number[] = [];
  for (let k = 0; k < candidates.length; k++) if (confidence[k]! >= linkThreshold) kept.push(k);
  const ranked = Int32Array.from(kept).sort((x, y) => descending(confidence[x]!, confidence[y]!) || descending(score[x]!, score[y]!) || a[x]! - a[y]! || b[x]! - b[y]!);
  const countA = new Int32Array(nA);
  const countB = new Int32Array(nB);
  const out: number[] = [];
  for (const k of ranked) {
    if (countA[a[k]!]! >= options.maxLinksPerSentence || countB[b[k]!]! >= options.maxLinksPerSentence) continue;
    countA[a[k]!]!++;
    countB[b[k]!]!++;
    out.push(k);
  }
  return Int32Array.from(out).sort((x, y) => a[x]! - a[y]! || b[x]! - b[y]!);
}
