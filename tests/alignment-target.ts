/** Link F1 (micro-averaged over the nine gold pairs by the official scorer) that issue 2 asks for. */
export const LINK_F1_TARGET = 0.85;
/** Omission F1 (micro-averaged over the nine gold pairs by the official scorer) that issue 2 asks for. */
export const OMISSION_F1_TARGET = 0.85;

/**
 * Regression floors, exact (not rounded): just under the figures the aligner reaches now
 * (link 0.848, omission 0.912; see docs/alignment.md).
 * The link target above is not met yet; until it is, the test holds the aligner at
 * these floors and prints the gap. Raise them as the aligner improves; never lower them.
 */
export const LINK_F1_FLOOR = 0.84;
export const OMISSION_F1_FLOOR = 0.9;
