/**
 * The one source of the notes about the inputs of a comparison that do not stop it, or
 * that refuse it, as the CLI (stderr, JSON) and the app (the status line, the notice)
 * both say them: an article in another language than the readouts, the same file given
 * as both readouts, two readouts with the same text, a readout that repeats a passage
 * (pasted twice). Each is one line naming the file (its name, without the folder, unless
 * said otherwise). Pure: the callers find out what the files are.
 */
import type { Sentence } from '../model/types';
import { languageName } from './detect-language';
import { primaryLanguage } from './language';

/** The last part of a path, with either separator. */
function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/**
 * Why an article's claims and quotations cannot be checked: it is in another language than
 * the readouts (their primary subtags differ). Null when it is in theirs.
 */
export function articleLanguageNote(article: { file: string; language: string }, readoutLanguage: string): string | null {
  if (primaryLanguage(article.language) === primaryLanguage(readoutLanguage)) return null;
  return `${fileName(article.file)} is in ${languageName(article.language)} and the readouts in ${languageName(readoutLanguage)}: its claims and quotations cannot be checked against them.`;
}

/** The refusal when both readouts are one file (`real`: the path both resolve to, links followed). */
export function sameFileMessage(a: string, b: string, real: string): string {
  const names = a === b ? `Both readouts are ${fileName(a)}, the same file` : `${fileName(a)} and ${fileName(b)} are the same file`;
  return `${names} (${real}): choose two different readouts`;
}

/** The warning when two different files hold the same text: there is nothing to compare. */
export function identicalTextNote(a: string, b: string): string {
  return `${fileName(a)} and ${fileName(b)} have identical text: the comparison can find no differences`;
}

/** A passage of a readout found again later in it: sentences `first`…`first+length-1` repeated from `again`. */
export interface Repeat {
  /** Index of the first sentence of the earlier occurrence. */
  first: number;
  /** Index of the first sentence of the repetition. */
  again: number;
  /** Number of sentences. */
  length: number;
}

/**
 * The passages repeated word for word within one readout: runs of two consecutive
 * sentences or more found again later, or a whole paragraph found again as a whole
 * paragraph. Linear in the number of sentences: each sentence's text is looked up once in
 * a map of where it was first seen; a run is then followed sentence by sentence.
 */
export function repeatedPassages(sentences: readonly Pick<Sentence, 'text' | 'paragraph'>[]): Repeat[] {
  const firstSeen = new Map<string, number>();
  const repeats: Repeat[] = [];
  let i = 0;
  while (i < sentences.length) {
    const text = sentences[i]!.text;
    const earlier = firstSeen.get(text);
    if (earlier === undefined) {
      firstSeen.set(text, i);
      i += 1;
      continue;
    }
    let length = 1;
    while (earlier + length < i && i + length < sentences.length && sentences[earlier + length]!.text === sentences[i + length]!.text) length += 1;
    if (length >= 2 || (wholeParagraph(sentences, earlier, length) && wholeParagraph(sentences, i, length))) repeats.push({ first: earlier, again: i, length });
    for (let k = i; k < i + length; k += 1) if (!firstSeen.has(sentences[k]!.text)) firstSeen.set(sentences[k]!.text, k);
    i += length;
  }
  return repeats;
}

/** Whether sentences `from`…`from+length-1` are exactly one paragraph. */
function wholeParagraph(sentences: readonly Pick<Sentence, 'paragraph'>[], from: number, length: number): boolean {
  const paragraph = sentences[from]!.paragraph;
  const last = from + length - 1;
  return sentences[from - 1]?.paragraph !== paragraph && sentences[last + 1]?.paragraph !== paragraph
    && sentences[last]!.paragraph === paragraph;
}

/** How many repeats a note lists before "…". */
const LISTED = 3;

/**
 * The warning for a readout that repeats passages, or null: "wh-twice.txt repeats 5
 * sentences (a6–a10 repeat a1–a5): was it pasted twice?". `ids` are the sentences' ids.
 */
export function repeatNote(file: string, sentences: readonly Pick<Sentence, 'id' | 'text' | 'paragraph'>[]): string | null {
  const repeats = repeatedPassages(sentences);
  if (repeats.length === 0) return null;
  const total = repeats.reduce((n, r) => n + r.length, 0);
  const span = (from: number, length: number) => (length === 1 ? sentences[from]!.id : `${sentences[from]!.id}–${sentences[from + length - 1]!.id}`);
  const listed = repeats.slice(0, LISTED).map((r) => `${span(r.again, r.length)} repeat${r.length === 1 ? 's' : ''} ${span(r.first, r.length)}`);
  const more = repeats.length > LISTED ? '; …' : '';
  return `${fileName(file)} repeats ${total === 1 ? '1 sentence' : `${total} sentences`} (${listed.join('; ')}${more}): was it pasted twice?`;
}

/** The repeat notes of both readouts of a comparison (none, one or two lines). */
export function comparisonRepeats(comparison: Record<'a' | 'b', { file: string; sentences: readonly Pick<Sentence, 'id' | 'text' | 'paragraph'>[] }>): string[] {
  return (['a', 'b'] as const).flatMap((side) => repeatNote(comparison[side].file, comparison[side].sentences) ?? []);
}
