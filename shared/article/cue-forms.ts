/**
 * Attribution forms whose cue is not a speech verb between the speaker and the quotation (branch art15), from
 * the forms the attribution literature lists (docs/attribution-forms.md): a colon after a clause about a person
 * ("X was blunt: “…”"; PARC 3.0 counts punctuation as a cue), an inverted verb opening the sentence ("Said X: “…”"),
 * "in X’s words", and a speaker given in the sentence after a quotation that stands alone ("“…” So said X.").
 * Pure functions over strings: they say which words are the speaker phrase; attribution.ts reads it.
 */
import reporting from './data/reporting.json';
import { alternation } from './patterns';
import type { NameMention } from './names';

/**
 * "Said Mara Lind: “…”": a speech verb opening the sentence, its subject after it up to the colon or comma.
 * `afterVerb` is the text between the verb and the quotation. Returns the speaker phrase and what follows it
 * between commas (a role), or null.
 */
export function invertedOpening(afterVerb: string): { phrase: string; next: string | null } | null {
  const m = /^\s+([^,:;“”"]+?)(?:,\s*([^,:;“”"]+?))?\s*[:,]\s*$/u.exec(afterVerb);
  if (!m || !/^\p{Lu}/u.test(m[1]!.replace(/^(?:the|a|an)\s+/iu, 'X'))) return null;
  return { phrase: m[1]!, next: m[2] ?? null };
}

/** "In Mara Lind’s words," / "in her own words": the possessive before "words" (data/reporting.json possessiveSpeechNouns). */
const POSSESSIVE_WORDS = new RegExp(
  `(?:^|[\\s,;])[Ii]n\\s+((?:\\p{Lu}[\\p{L}.'’-]*\\s+)*\\p{Lu}[\\p{L}.'’-]*)['’]s?\\s+(?:${alternation(reporting.possessiveSpeechNouns)})(?![\\p{L}])`,
  'u',
);
export function possessiveWords(before: string): string | null {
  return POSSESSIVE_WORDS.exec(before)?.[1] ?? null;
}

/**
 * "Mara Lind was blunt: “…”": the sentence before the quotation ends with a colon, has no speech verb (the caller
 * checked) and opens with a person's name followed by a lower-case predicate. Returns that mention, or null.
 * `at` is the offset of `before` in `text`; `people` are the article's person mentions.
 */
export function colonCueSubject(before: string, at: number, text: string, people: readonly NameMention[]): NameMention | null {
  if (!/:\s*$/u.test(before)) return null;
  const mention = people.find((p) => p.start >= at && p.end <= at + before.length);
  if (!mention) return null;
  // The name opens the clause (bar a sentence-opening function word or a title written before it).
  const lead = text.slice(at, mention.start).replace(SENTENCE_OPENER, '');
  if (/[\p{L}\p{N}]/u.test(lead)) return null;
  // A predicate of its own follows: a lower-case word that is no coordinator ("and", "or") and no other name.
  const predicate = text.slice(mention.end, at + before.length);
  if (!/^\s+\p{Ll}/u.test(predicate) || NOT_A_PREDICATE.test(predicate) || /[“”"‘’']\s*\p{L}/u.test(predicate.replace(/['’]s\b/gu, ''))) return null;
  return mention;
}
/** A sentence connective before the subject ("But", "Later"): data/reporting.json sentenceConnectives (Quirk et al. 1985; CGEL). */
const SENTENCE_OPENER = new RegExp(`^\\s*(?:(?:${alternation(reporting.sentenceConnectives.map(capitalised))})\\s*,?\\s*)?`, 'u');
/** A coordinator ("and") or a postmodifying preposition ("of") after the name: no predicate of its own (data/reporting.json coordinators, namePostmodifiers). */
const NOT_A_PREDICATE = new RegExp(`^\\s+(?:${alternation([...reporting.coordinators, ...reporting.namePostmodifiers])})\\s`, 'iu');
function capitalised(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

/**
 * "“…” So said Mara Lind." / "“…” That was how Mara Lind put it.": the sentence after a quotation that stands alone
 * opens with an anaphoric cue (data/reporting.json followingAttributionOpeners) and names the speaker. Returns the
 * text to read as an attribution right after a quotation (", said Mara Lind." / ", Mara Lind put it."), or null.
 */
const FOLLOWING_OPENER = new RegExp(`^\\s*(?:${alternation(reporting.followingAttributionOpeners)})\\s+(?=\\S)`, 'iu');
export function followingAttribution(next: string): string | null {
  const m = FOLLOWING_OPENER.exec(next);
  if (!m || /[“”"]/u.test(next)) return null;
  return `, ${next.slice(m[0].length)}`;
}
