/**
 * Quotations of one or two words that are a readout's own words (docs/article.md,
 * "Attribution"): “border raids” in "X informed Y about Z's “border
 * raids”" (invented) is the readout's phrase when it stands there as it is. Only in a
 * sentence about the call's parties, and only when one readout alone has the
 * words: a common word found in both says nothing about which one is quoted.
 */
import { isStopword } from '../align/stopwords';
import type { Side } from '../model/types';
import type { ArticleSentence } from './attribution';
import reporting from './data/reporting.json';
import { surnameOf, type NameMention } from './names';

const OTHER_OCCASION = new RegExp(`(?<![\\p{L}-])(?:${reporting.otherOccasions.map((w) => w.replace(/\s+/gu, '\\s+')).join('|')})(?![\\p{L}-])`, 'iu');

/** Whether an attribution's words place the speaking on another occasion than the call ("told parliament", "in a speech"). */
export function otherOccasion(frame: string): boolean {
  return OTHER_OCCASION.test(frame);
}

const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;
const words = (s: string): string[] => (s.match(WORD) ?? []).map((w) => w.toLowerCase().replace(/’/gu, '\''));

/** Whether the quotation's words stand in `text` as they are, in order and side by side (case and punctuation aside). */
export function standsVerbatim(quote: string, text: string): boolean {
  const q = words(quote);
  if (q.length === 0) return false;
  const t = words(text);
  for (let i = 0; i + q.length <= t.length; i++) if (q.every((w, j) => t[i + j] === w)) return true;
  return false;
}

/** Whether two words stand in `text` in order with one word between them ("expressed regret" in "expressed his regret"). */
export function standsWithOneBetween(quote: string, text: string): boolean {
  const q = words(quote);
  if (q.length !== 2) return false;
  const t = words(text);
  for (let i = 0; i + 2 < t.length; i++) if (t[i] === q[0] && t[i + 2] === q[1]) return true;
  return false;
}

/**
 * The only readout in which a short quotation stands as it is, or null (none, or both); two words
 * a readout has with one word between (“expressed regret” for "expressed his regret": a reporter's
 * trimming) when neither has them as they are, and only one has them so.
 */
export function onlyReadoutWith(quote: string, texts: Record<Side, string>): Side | null {
  for (const stands of [standsVerbatim, standsWithOneBetween]) {
    const sides = (['a', 'b'] as const).filter((side) => stands(quote, texts[side]));
    if (sides.length > 0) return sides.length === 1 ? sides[0]! : null;
  }
  return null;
}

/**
 * For one or two words a party said in the call, freely rendered (“top priority” for the readout's "highest
 * priority"): the only readout holding one of its content words (not a function word), or null (none, or both).
 */
export function onlyReadoutWithContentWord(quote: string, texts: Record<Side, string>): Side | null {
  const content = words(quote).filter((w) => !isStopword(w, 'en'));
  if (content.length === 0) return null;
  const sides = (['a', 'b'] as const).filter((side) => {
    const t = new Set(words(texts[side]));
    return content.some((w) => t.has(w));
  });
  return sides.length === 1 ? sides[0]! : null;
}

/** Whether the sentence at `offset` names a party to the call (by surname). */
export function sentenceNamesParty(offset: number, sentences: readonly ArticleSentence[], mentions: readonly NameMention[], participants: ReadonlySet<string>): boolean {
  const s = sentences.find((x) => offset >= x.start && offset < x.end);
  return !!s && mentions.some((m) => m.start >= s.start && m.end <= s.end && m.tokens.length > 0 && participants.has(surnameOf(m.name)));
}
