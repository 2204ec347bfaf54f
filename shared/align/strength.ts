/**
 * How sure the comparison is of a link or a one-sided statement, for people
 * reading it. Links and one-sided statements carry a confidence in [0, 1] (the
 * selection model's probability, calibrated by cross-validation over pairs:
 * docs/alignment.md); below `CONFIDENT` a matched row is a "weak match" and a
 * one-sided statement is worded "probably only in …" (at `PROBABLE` or above) or
 * "possibly only in …" (below it) (shared/compare/wording.ts).
 * Links an analyst made carry `null`: they are not in doubt. Its own module, so
 * that the renderer can use it without bundling the aligner.
 */
export const CONFIDENT = 0.8;

/**
 * A confidence as it is shown, to 2 decimals (0.4996 → 0.5): the one rounding, done here,
 * on which the hedge, the weak-match mark and the printed figure are all decided, so that
 * the word never contradicts the figure next to it ("possibly … 0.50").
 */
export function shownConfidence(confidence: number): number {
  return Number(confidence.toFixed(2));
}

/** True when a confidence is known and, as shown, below `CONFIDENT`. */
export function isUncertain(confidence: number | null | undefined): boolean {
  return typeof confidence === 'number' && shownConfidence(confidence) < CONFIDENT;
}

/** True when no link of a group is confident: every link has a known confidence below `CONFIDENT`. */
export function isWeakMatch(confidences: ReadonlyArray<number | null>): boolean {
  return confidences.length > 0 && confidences.every((c) => isUncertain(c));
}

/**
 * At or above `PROBABLE` (and under `CONFIDENT`) a one-sided statement is "probably"
 * only in one readout; under it, "possibly": the word follows the probability
 * (calibration of the bands: docs/alignment.md, "One threshold for the marks").
 */
export const PROBABLE = 0.5;

/** The hedge a one-sided statement's wording opens with: '' when confident or decided, else "probably " or "possibly ". */
export function oneSidedHedge(confidence: number | null | undefined): string {
  if (!isUncertain(confidence)) return '';
  return shownConfidence(confidence as number) >= PROBABLE ? 'probably ' : 'possibly ';
}

/**
 * What a confidence is the probability of: that a link is right ("link"), or that a
 * statement is reported by one side only ("one-sided"). Every confidence shown to people
 * names it, so that 74% of a link is never read as 74% of an omission.
 */
export type ConfidenceOf = 'link' | 'one-sided';

const CONFIDENCE_NAME: Record<ConfidenceOf, string> = { link: 'link confidence', 'one-sided': 'one-sided confidence' };
const DECIDED: Record<ConfidenceOf, string> = { link: 'made by an analyst', 'one-sided': 'decided by an analyst' };

/** A confidence as people read it: "link confidence 0.62", "one-sided confidence 0.40", or who decided for `null`. */
export function confidenceText(confidence: number | null, of: ConfidenceOf): string {
  return confidence === null ? DECIDED[of] : `${CONFIDENCE_NAME[of]} ${shownConfidence(confidence).toFixed(2)}`;
}

/** The same as a percentage, for the findings' sentences: "link confidence 74%", "one-sided confidence 73%". */
export function confidencePercent(confidence: number, of: ConfidenceOf): string {
  return `${CONFIDENCE_NAME[of]} ${percent(confidence)}%`;
}

const percent = (confidence: number): number => Math.round(shownConfidence(confidence) * 100);

/** Several confidences as one: "one-sided confidence 53–73%", or as `confidencePercent` when they show the same. */
export function confidenceRangePercent(confidences: readonly number[], of: ConfidenceOf): string {
  const lo = percent(Math.min(...confidences));
  const hi = percent(Math.max(...confidences));
  return lo === hi ? `${CONFIDENCE_NAME[of]} ${lo}%` : `${CONFIDENCE_NAME[of]} ${lo}–${hi}%`;
}
