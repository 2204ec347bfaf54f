/**
 * A reason a pair was scored as it was, in the texts' own words: "United", "used ~ use", "both open
 * with the call (spoke ~ conversation)", "refers back to a3". The label alone ("unity") may be a
 * concept's name found in neither text (tester 8, U12), so people are shown the words; the label
 * only where the words are missing or too long to quote. The terminal and the PDF both use it.
 */
import type { Reason } from './align';

/** Reasons the aligner gives beyond a shared word or concept (shared/align/align.ts). */
const STRUCTURAL = /^both open with the call$|, by (?:the same party|.+ in both)$/u;

/** One reason for people: the words each side has, or what it is when it is more than a shared word. */
export function reasonText(r: Reason): string {
  if (r.via) return `refers back to ${r.via.id}`;
  if (!r.a || !r.b || r.a.length > 30 || r.b.length > 30) return r.label;
  const words = r.a.toLowerCase() === r.b.toLowerCase() ? r.a : `${r.a} ~ ${r.b}`;
  // A reason that is more than the words shared says what it is: "both open with the call (spoke ~ conversation)".
  return STRUCTURAL.test(r.label) ? `${r.label} (${words})` : words;
}
