/**
 * Which scored candidates become links: a global, many-to-many choice in which
 * each sentence looks at the whole other readout.
 */
import type { Candidate } from './score';

/** Options of the selection. */
export interface SelectOptions {
  /** Minimum score of any link. */
  threshold: number;
  /** Score from which a link stands on its own; below it, a link must be (near) the best of both its sentences. */
  strongThreshold: number;
  /** "Near the best": at least this share of the best link's score. */
  ratio: number;
  /** Most links one sentence keeps (its best ones): a sentence reports a few points, not dozens. */
  maxLinksPerSentence: number;
}

/**
 * Keeps the links that stand on their own (score ≥ strongThreshold) and come near
 * the best link of one of their sentences, and the weaker links (≥ threshold) that
 * come near the best of both. Then each sentence keeps at most
 * `maxLinksPerSentence` links, best first (ties: earlier sentence first), so the
 * output stays linear in the length of the readouts.
 */
export function select(candidates: Candidate[], nA: number, nB: number, options: SelectOptions): Candidate[] {
  const above = candidates.filter((c) => c.score >= options.threshold);
  const bestA = new Float64Array(nA);
  const bestB = new Float64Array(nB);
  for (const c of above) {
    if (c.score > bestA[c.a]!) bestA[c.a] = c.score;
    if (c.score > bestB[c.b]!) bestB[c.b] = c.score;
  }
  const kept = above.filter((c) => {
    const nearA = c.score >= options.ratio * bestA[c.a]!;
    const nearB = c.score >= options.ratio * bestB[c.b]!;
    return c.score >= options.strongThreshold ? nearA || nearB : nearA && nearB;
  });
  return capPerSentence(kept, nA, nB, options.maxLinksPerSentence);
}

function capPerSentence(links: Candidate[], nA: number, nB: number, cap: number): Candidate[] {
  const ranked = [...links].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const countA = new Int32Array(nA);
  const countB = new Int32Array(nB);
  const out: Candidate[] = [];
  for (const c of ranked) {
    if (countA[c.a]! >= cap || countB[c.b]! >= cap) continue;
    countA[c.a]!++;
    countB[c.b]!++;
    out.push(c);
  }
  return out.sort((x, y) => x.a - y.a || x.b - y.b);
}
