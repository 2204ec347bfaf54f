/** Link F1 (micro-averaged over the nine gold pairs by the official scorer) that issue 2 asks for. */
export const LINK_F1_TARGET = 0.85;
/** Omission F1 (micro-averaged over the nine gold pairs by the official scorer) that issue 2 asks for. */
export const OMISSION_F1_TARGET = 0.85;

/**
 * Regression floors, exact (not rounded): just under the figures the aligner reaches now
 * (link 0.753, omission 0.828; see docs/alignment.md).
 * The targets above are not met yet; until they are, the test holds the aligner at
 * these floors and prints the gap. Raise them as the aligner improves; never lower them.
 */
export const LINK_F1_FLOOR = 0.75;
export const OMISSION_F1_FLOOR = 0.82;
