/**
 * How strong a link is, for people reading it: a link scoring at least
 * `STRONG_LINK` stands on its own (docs/alignment.md, step 5); a weaker one was kept
 * only because it is the best of both its sentences, and the app says so. Its own
 * module, so that the renderer can use it without bundling the aligner.
 */
export const STRONG_LINK = 0.25;

/** True when no link of a group reaches `STRONG_LINK`. */
export function isWeakMatch(scores: readonly number[]): boolean {
  return scores.length > 0 && scores.every((s) => s < STRONG_LINK);
}
