/**
 * How sure the comparison is of a link or a one-sided statement, for people
 * reading it. Links and one-sided statements carry a confidence in [0, 1] (the
 * selection model's probability, calibrated by cross-validation over pairs:
 * docs/alignment.md); below `CONFIDENT` a matched row is a "weak match" and a
 * one-sided statement is worded "probably only in …" (shared/compare/wording.ts).
 * Links an analyst made carry `null`: they are not in doubt. Its own module, so
 * that the renderer can use it without bundling the aligner.
 */
export const CONFIDENT = 0.8;

/** True when a confidence is known and below `CONFIDENT`. */
export function isUncertain(confidence: number | null | undefined): boolean {
  return typeof confidence === 'number' && confidence < CONFIDENT;
}

/** True when no link of a group is confident: every link has a known confidence below `CONFIDENT`. */
export function isWeakMatch(confidences: ReadonlyArray<number | null>): boolean {
  return confidences.length > 0 && confidences.every((c) => isUncertain(c));
}

/** A confidence as people read it: "confidence 0.62", or "made by an analyst" for `null`. */
export function confidenceText(confidence: number | null): string {
  return confidence === null ? 'made by an analyst' : `confidence ${confidence.toFixed(2)}`;
}
