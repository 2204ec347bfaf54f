/**
 * Which scored candidates become links: those the selection model (link-model.ts)
 * gives a probability of at least its threshold, many-to-many, each sentence
 * keeping at most a few (its most probable). The threshold is fitted with the
 * model by cross-validation over pairs (docs/alignment.md); it replaced the
 * hand-set rule "score ≥ 0.25 and within 70% of a sentence's best", which dropped
 * the second link of a sentence reporting two points.
 */
import type { Candidate } from './score';

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
const descending = (x: number, y: number): number => (x > y ? -1 : x < y ? 1 : 0);

/**
 * Keeps the candidates whose confidence reaches `linkThreshold`; then each sentence
 * keeps at most `maxLinksPerSentence` links, most confident first (ties: higher
 * score, then earlier sentence), so the output stays linear in the readouts' length.
 * Sorted by A index, then B index.
 */
export function select(candidates: readonly RatedCandidate[], nA: number, nB: number, linkThreshold: number, options: SelectOptions): RatedCandidate[] {
  const kept = candidates.filter((c) => c.confidence >= linkThreshold);
  const ranked = [...kept].sort((x, y) => descending(x.confidence, y.confidence) || descending(x.score, y.score) || x.a - y.a || x.b - y.b);
  const countA = new Int32Array(nA);
  const countB = new Int32Array(nB);
  const out: RatedCandidate[] = [];
  for (const c of ranked) {
    if (countA[c.a]! >= options.maxLinksPerSentence || countB[c.b]! >= options.maxLinksPerSentence) continue;
    countA[c.a]!++;
    countB[c.b]!++;
    out.push(c);
  }
  return out.sort((x, y) => x.a - y.a || x.b - y.b);
}
