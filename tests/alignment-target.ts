/** Link F1 that issue 14 asks for, micro-averaged, on pairs nobody here has read (proxy: leave-one-pair-out CV). */
export const LINK_F1_TARGET = 0.85;
/** Omission F1 that issue 14 asks for, micro-averaged (proxy: leave-one-pair-out CV). */
export const OMISSION_F1_TARGET = 0.85;

/**
 * Regression floors on the leave-one-pair-out cross-validated figures over the twenty
 * development pairs (docs/alignment.md: link 0.789, omission 0.776 at the last fit),
 * just under them. Raise them as the aligner improves; never lower them.
 */
export const CV_LINK_F1_FLOOR = 0.78;
export const CV_OMISSION_F1_FLOOR = 0.76;
