/** Link F1 that issue 14 asks for, micro-averaged, on pairs nobody here has read (proxy: leave-one-pair-out CV). */
export const LINK_F1_TARGET = 0.85;
/** Omission F1 that issue 14 asks for, micro-averaged (proxy: leave-one-pair-out CV). */
export const OMISSION_F1_TARGET = 0.85;

/**
 * Regression floors, exact (not rounded), at or just under the figures the aligner
 * reaches now on these fixture pairs. They were 0.85 / 0.90, reached with lexicon
 * phrases copied from these very pairs; issue 14 removed those (docs/lexicon.md, "What
 * was removed"), which lowered the figures on these pairs to link 0.84, omission 0.88.
 * They are development figures, not a quality estimate (docs/alignment.md quotes the
 * cross-validated one). Raise them as the aligner improves.
 */
export const LINK_F1_FLOOR = 0.83;
export const OMISSION_F1_FLOOR = 0.87;

/**
 * Regression floors on the leave-one-pair-out cross-validated figures over the twenty
 * development pairs (docs/alignment.md: link 0.785, omission 0.724 at the last fit, with
 * the second look of the selection and the threshold chosen over a ±0.05 window; 0.783 /
 * 0.722 before the window, 0.756 / 0.710 before the second look), just under them. Raise
 * them as the aligner improves; never lower them.
 */
export const CV_LINK_F1_FLOOR = 0.78;
export const CV_OMISSION_F1_FLOOR = 0.72;
