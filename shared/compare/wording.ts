/**
 * The wording of a statement only one side made. Its own module so that the
 * renderer can use it without bundling the aligner.
 */

/**
 * How a statement that `maker` made and `other` did not is worded: "only in
 * White House", or "not in Kremlin's (incomplete) copy" when the other side's
 * copy is known to be incomplete (the statement may be in the full text).
 */
export function omissionWording(maker: { label: string }, other: { label: string; complete: boolean }): string {
  return other.complete ? `only in ${maker.label}` : `not in ${other.label}'s (incomplete) copy`;
}
