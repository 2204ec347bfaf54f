/** Link F1 (micro-averaged over the nine gold pairs by the official scorer) that issue 2 asks for. */
export const LINK_F1_TARGET = 0.85;
/** Omission F1 (micro-averaged over the nine gold pairs by the official scorer) that issue 2 asks for. */
export const OMISSION_F1_TARGET = 0.85;

/**
 * Regression floors, exact (not rounded), at or just under the figures the aligner
 * reaches now (link 0.857, omission 0.912; see docs/alignment.md) and never under the
 * targets above, which are met. Raise them as the aligner improves; never lower them.
 */
export const LINK_F1_FLOOR = 0.85;
export const OMISSION_F1_FLOOR = 0.9;
