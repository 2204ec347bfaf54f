/**
 * What every difference rule reads about a pair: both sentences' tokens (with
 * what they share), the readouts' labels, and how to make a span of tokens.
 */
import type { Sentence, Side } from '../model/types';
import type { Shared, Tok } from './tokens';
import type { DifferenceSpan, DifferenceType, TypedDifference } from './types';

/** Longest span, in words, that carries a difference (a leader's name with title may be longer). */
export const MAX_SPAN_WORDS = 6;

/** A pair of sentences ready for the rules. */
export interface PairContext {
  sentences: Record<Side, Sentence>;
  tokens: Record<Side, readonly Tok[]>;
  /** Which tokens of each side the other shares (tokens.ts). */
  shared: Record<Side, Shared>;
  /** The readouts' labels, for explanations ("White House", "Kremlin"). */
  labels: Record<Side, string>;
  /** The concepts the aligner matched, each side's words (lower case): "talks" ~ "conversation". */
  concepts?: ReadonlyArray<{ a: string; b: string }>;
}

/** The span of tokens `from` to `to` (exclusive) of a side, at most `max` words. */
export function spanOf(ctx: PairContext, side: Side, from: number, to: number, max = MAX_SPAN_WORDS): DifferenceSpan {
  const tokens = ctx.tokens[side];
  const last = Math.min(to, from + max) - 1;
  const s = ctx.sentences[side];
  const { start, end } = wholeWords(s.text, tokens[from]!.start, tokens[last]!.end);
  return { id: s.id, start, end, text: s.text.slice(start, end) };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** What joins two parts of one word: a hyphen, an apostrophe ("Russia’s"). */
const JOINER = /[-\u2010\u2011'’]/u;

/**
 * `start`..`end` widened to whole words: a span that begins or ends inside a word or a hyphenated
 * compound takes the whole of it ("people" of "people-to-people"), so that a quoted
 * span never cuts a word.
 */
export function wholeWords(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  const joined = (at: number) => JOINER.test(text[at] ?? '') && WORD_CHAR.test(text[at - 1] ?? '') && WORD_CHAR.test(text[at + 1] ?? '');
  for (;;) {
    while (s > 0 && WORD_CHAR.test(text[s - 1]!)) s--;
    if (!joined(s - 1)) break;
    s--;
  }
  for (;;) {
    while (e < text.length && WORD_CHAR.test(text[e]!)) e++;
    if (!joined(e)) break;
    e++;
  }
  return { start: s, end: e };
}

/** A difference with its spans (null for a side that lacks it). */
export function difference(type: DifferenceType, a: DifferenceSpan | null, b: DifferenceSpan | null, explanation: string): TypedDifference {
  return { type, a, b, explanation };
}

/** “text”, in typographic quotation marks. */
export const q = (text: string): string => `“${text}”`;
