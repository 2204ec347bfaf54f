/**
 * The readout's frame of a quotation (tester 9, V10): where the words an article quotes
 * stand in the readout under a predicate that does not assert them ("welcomed the port's
 * efforts to ensure the bridge opens in spring"), and the article's own words before the
 * quotation have none of it ("X said the bridge “opens in spring”"), the
 * quotation may be out of context. The check gives the readout's words before the
 * quotation so that every view can show them; the embedding words are data
 * (data/embedding.json, after The Cambridge Grammar of the English Language). Pure.
 */
import embedding from './data/embedding.json';

/** How many words before the quotation count as its frame, in the readout and in the article. */
export const FRAME_WORDS = 8;

const EMBEDDING = new Set(embedding.words);
const WORD = /[\p{L}]+(?:['’]\p{L}+)*/gu;

/** The last `n` words of a text, as written (from the first of them to the end). */
function lastWords(text: string, n: number): string {
  const words = [...text.matchAll(WORD)];
  const first = words[Math.max(0, words.length - n)];
  return first ? text.slice(first.index).trim() : '';
}

/** Words after which an embedding word governs a clause ("efforts to", "hope that"). */
const COMPLEMENT_MARKERS = new Set(['to', 'that', 'if', 'whether']);

/** How close before the quotation an embedding word governs it without a marker ("to ensure the bridge"). */
export const GOVERNING_REACH = 4;

/**
 * The embedding words of a frame that govern what follows it: among its last GOVERNING_REACH words, or followed by
 * a complement marker ("the call" at the start of a sentence is no frame; "efforts to ensure the bridge" is).
 */
function embeddingIn(text: string): string[] {
  const words = text.toLowerCase().match(WORD) ?? [];
  return words.filter((w, i) => EMBEDDING.has(w) && (i >= words.length - GOVERNING_REACH || COMPLEMENT_MARKERS.has(words[i + 1] ?? '')));
}

/**
 * The readout's words before the quoted passage in its sentence (at most FRAME_WORDS), when they hold an embedding
 * word that the article's words before the quotation lack; else null.
 */
export function outOfContextFrame(readoutBefore: string, articleBefore: string): string | null {
  const frame = lastWords(readoutBefore, FRAME_WORDS);
  const theirs = embeddingIn(frame);
  if (theirs.length === 0) return null;
  const ours = new Set(embeddingIn(lastWords(articleBefore, FRAME_WORDS)));
  return theirs.some((w) => !ours.has(w)) ? frame : null;
}
