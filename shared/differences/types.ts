/**
 * Typed differences: how two accounts of the same point differ, in the terms an
 * analyst would use in a story (docs/differences.md). Pure data, serialisable as JSON.
 */
import type { SentenceId } from '../model/types';

/** The kinds of difference, in the order they are listed within a pair (most telling first). */
export const DIFFERENCE_TYPES = ['actor', 'commitment', 'number', 'condition', 'scope', 'polarity', 'modality', 'evaluation'] as const;

/**
 * - `number`: a quantity, duration, count or percentage given by one side only or differently;
 * - `modality`: the certainty, obligation or tense of the same act ("will" / "would");
 * - `polarity`: one side negates what the other affirms;
 * - `actor`: who performs the act differs ("the leaders agreed" / "Trump proposed");
 * - `commitment`: the act differs in strength or kind ("agreed" / "noted");
 * - `evaluation`: a judgement of the talks or of a party on one side only, or another one;
 * - `scope`: a qualifier that narrows or widens the point on one side only ("complete", "only");
 * - `condition`: a condition, precondition or purpose only one side states.
 */
export type DifferenceType = (typeof DIFFERENCE_TYPES)[number];

/** The words that carry a difference on one side. */
export interface DifferenceSpan {
  /** The sentence they lie in. */
  id: SentenceId;
  /** UTF-16 offsets into that sentence's text (end exclusive). */
  start: number;
  end: number;
  /** Exactly the sentence's text from `start` to `end`. */
  text: string;
}

/** One difference between the two sentences of a pair. */
export interface TypedDifference {
  type: DifferenceType;
  /** The words on side A, or null when A lacks what B says. */
  a: DifferenceSpan | null;
  b: DifferenceSpan | null;
  /** One line for people: what differs, naming the readouts. */
  explanation: string;
}
