/**
 * Word tokens with offsets, from `Intl.Segmenter` so that every script is split at
 * real word boundaries (Cyrillic, CJK, …), not at ASCII letters only.
 */

/** A word of a text. */
export interface WordToken {
  /** The word as written. */
  text: string;
  /** UTF-16 offset of the word's first code unit in the segmented text. */
  start: number;
  /** UTF-16 offset just past the word (exclusive). */
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** A cached word segmenter for a BCP 47 language tag (constructing one is costly); an invalid tag gets the default locale's. */
export function wordSegmenter(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    let locales: string[] = [];
    try {
      locales = Intl.getCanonicalLocales(language);
    } catch {
      // Not a language tag: word boundaries do not depend much on it, so use the default.
    }
    segmenter = new Intl.Segmenter(locales, { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/**
 * Text in alphabets that separate words with spaces (Latin, Cyrillic, Greek,
 * Armenian, Georgian), with no combining marks: for it, a regular expression finds
 * the same words as ICU's word segmenter, about ten times faster (checked against
 * Intl.Segmenter on every fixture text by tests/shared/text/words.test.ts).
 */
const SPACED_ALPHABETS = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Georgian}\p{N}\p{P}\p{S}\p{Z}\s]*$/u;
/** Typographic punctuation and spaces common in English text (all in SPACED_ALPHABETS' set). */
const COMMON_TYPOGRAPHY = new Set([0xa0, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026]);

/**
 * Whether `text` is all in SPACED_ALPHABETS' set: printable ASCII, ASCII white space and
 * COMMON_TYPOGRAPHY are answered without the expression (a hot path), anything else by it.
 */
export function inSpacedAlphabets(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || (c >= 0x09 && c <= 0x0d) || COMMON_TYPOGRAPHY.has(c)) continue;
    return SPACED_ALPHABETS.test(text);
  }
  return true;
}

/**
 * A word as ICU finds it in such text: letters and digits, joined by an apostrophe or a full stop ("U.S", "Russia’s", "3.5"), digits also by a comma ("1,000").
 * `spacedWordEnd` finds the same matches without the expression (tested against it).
 */
export const SPACED_WORD = /[\p{L}\p{N}_]+(?:(?:['’.·]|(?<=\p{N})[,.](?=\p{N}))[\p{L}\p{N}_]+)*/gu;

/** What a code point is to SPACED_WORD: not a word character, a letter or "_", or a number (\p{N}). */
const OTHER = 1;
const LETTER = 2;
const NUMBER = 3;
/** The kinds of the BMP's code points, found once each (0: not yet asked). */
const bmpKinds = new Uint8Array(0x10000);
const IS_LETTER = /^[\p{L}_]$/u;
const IS_NUMBER = /^\p{N}$/u;

function kindOf(cp: number): number {
  if (cp < 0x80) {
    if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || cp === 0x5f) return LETTER;
    return cp >= 0x30 && cp <= 0x39 ? NUMBER : OTHER;
  }
  if (cp < 0x10000) {
    let k = bmpKinds[cp]!;
    if (k === 0) bmpKinds[cp] = k = classify(cp);
    return k;
  }
  return classify(cp);
}

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return IS_NUMBER.test(ch) ? NUMBER : IS_LETTER.test(ch) ? LETTER : OTHER;
}

/** Whether code unit `c` joins two words' characters into one word: ' ’ . · */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2e || c === 0xb7;
}

/**
 * The end of SPACED_WORD's match at `start` (which must be a word character), scanning
 * code points as the expression's `u` flag does: a hot path, and a match array per word
 * was a good part of a comparison's garbage.
 */
function spacedWordEnd(text: string, start: number): number {
  let j = start;
  let last = OTHER;
  for (;;) {
    // A run of word characters.
    while (j < text.length) {
      const cp = text.codePointAt(j)!;
      const k = kindOf(cp);
      if (k === OTHER) break;
      last = k;
      j += cp > 0xffff ? 2 : 1;
    }
    if (j + 1 >= text.length) return j;
    // A joiner, or a comma or full stop between digits, followed by another run.
    const c = text.charCodeAt(j);
    const after = kindOf(text.codePointAt(j + 1)!);
    if (after === OTHER) return j;
    if (!isJoiner(c) && !(c === 0x2c && last === NUMBER && after === NUMBER)) return j;
    j++;
  }
}

/** Calls `found(start, end)` for each match of SPACED_WORD in `text`, in order. */
function scanSpacedWords(text: string, found: (start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (kindOf(cp) === OTHER) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const end = spacedWordEnd(text, i);
    found(i, end);
    i = end;
  }
}

/**
 * The word-like segments of `text` (letters or digits; punctuation and spaces are
 * skipped), with offsets shifted by `offset` so callers can tokenize a slice in place.
 */
export function words(text: string, language = 'en', offset = 0): WordToken[] {
  return inSpacedAlphabets(text) ? spacedWords(text, offset) : segmenterWords(text, language, offset);
}

/** The matches of SPACED_WORD in `text`, offsets shifted by `offset` (what `words` gives for text in spaced alphabets). */
export function spacedWords(text: string, offset = 0): WordToken[] {
  const out: WordToken[] = [];
  scanSpacedWords(text, (s, e) => out.push({ text: text.slice(s, e), start: offset + s, end: offset + e }));
  return out;
}

/** Longest stretch of text handed to Intl.Segmenter at once (see `segmentInChunks`). */
const CHUNK = 2000;

/**
 * Intl.Segmenter's segments of `text`, computed chunk by chunk. V8's segmenter
 * takes time and memory that grow faster than linearly with the length of one
 * input (a 1 MB line runs out of memory), so long text is cut after white space
 * (or, failing that, between code points) into chunks of about `CHUNK` code units;
 * indexes stay relative to the whole text.
 */
export function* segmentInChunks(segmenter: Intl.Segmenter, text: string): Generator<Intl.SegmentData> {
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + CHUNK);
    if (to < text.length) {
      // The last space in this chunk (never searching before it: text without spaces stays linear).
      let space = to - 1;
      while (space > from && text[space] !== ' ') space--;
      if (space > from) to = space + 1;
      else if (/[\uDC00-\uDFFF]/.test(text[to]!)) to--; // never split a surrogate pair
    }
    for (const s of segmenter.segment(text.slice(from, to))) {
      yield { segment: s.segment, index: from + s.index, input: text, isWordLike: s.isWordLike };
    }
    from = to;
  }
}

/** The word-like segments of `text` from Intl.Segmenter, whatever the script. */
export function segmenterWords(text: string, language = 'en', offset = 0): WordToken[] {
  const out: WordToken[] = [];
  for (const s of segmentInChunks(wordSegmenter(language), text)) {
    if (!s.isWordLike) continue;
    out.push({ text: s.segment, start: offset + s.index, end: offset + s.index + s.segment.length });
  }
  return out;
}

/** Number of word-like segments in `text`. */
export function countWords(text: string, language = 'en'): number {
  if (inSpacedAlphabets(text)) {
    let n = 0;
    scanSpacedWords(text, () => n++);
    return n;
  }
  let n = 0;
  for (const s of segmentInChunks(wordSegmenter(language), text)) if (s.isWordLike) n++;
  return n;
}

/** Prefixes that, joined by a hyphen, make a new word ("de-occupied" is not "occupied", "co-operation" is "cooperation"). */
const HYPHEN_PREFIXES = new Set(['co', 'de', 'non', 'anti', 'counter', 'un', 're']);

/**
 * The word-like segments of `text` with a hyphenated prefix joined to its word:
 * "de-occupied" is one word, written "de-occupied", not "de" and "occupied".
 */
export function lexicalWords(text: string, language = 'en', offset = 0): WordToken[] {
  const out = words(text, language, offset);
  for (let i = out.length - 2; i >= 0; i--) {
    const w = out[i]!;
    const next = out[i + 1]!;
    if (next.start === w.end + 1 && text[w.end - offset] === '-' && HYPHEN_PREFIXES.has(w.text.toLowerCase())) {
      out.splice(i, 2, { text: text.slice(w.start - offset, next.end - offset), start: w.start, end: next.end });
    }
  }
  return out;
}
