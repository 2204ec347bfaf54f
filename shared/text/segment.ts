/**
 * Sentence segmentation of readouts: a rule-based, single-pass splitter.
 *
 * `Intl.Segmenter` is not used: it splits after abbreviations ("H.E. Justin Trudeau"),
 * and its results depend on the ICU version of the runtime (Node, Electron, browser),
 * whereas sentence ids must be the same everywhere.
 *
 * Rules, in order of precedence:
 * 1. A blank line (a line holding only whitespace) always ends a sentence; the
 *    blank-line-separated blocks are the paragraphs.
 * 2. Inside a paragraph a single line break counts as a space, except that a line
 *    starting with a list marker ("1.", "2)", "(a)", "- ", "• ") starts a new sentence.
 *    A list marker at the start of a sentence belongs to it and never ends it.
 * 3. A run of ".", "?", "!", "…", "[…]" or "[...]", with any closing quotes or brackets
 *    right after it, ends a sentence when followed by whitespace and then a capital
 *    (or uncased) letter, a digit or an opening quote or bracket; never before a
 *    lowercase letter or without whitespace ("3.5", "U.S.-Russia").
 * 4. A single "." after an abbreviation is judged by its kind (see `abbreviations.ts`),
 *    also when a quote follows it ("the U.S.’ allies").
 * 5. A piece without any letter or digit (a stray "[…]", a dash) joins the sentence
 *    before it in the paragraph, or the one after it when it comes first.
 */
import { type Sentence, type Side, sentenceId } from '../model/types';
import { abbreviationKind, isSentenceStarter } from './abbreviations';

/** Options of {@link segmentSentences}. */
export interface SegmentOptions {
  /** BCP 47 language tag of the text, e.g. "en" or "ru"; default "en". */
  language?: string;
}

/**
 * Splits a readout into trimmed sentences with UTF-16 offsets into `text`.
 * Runs in time linear in the length of `text`; the text is never normalised
 * (CRLF line endings stay, offsets are into `text` as given).
 */
export function segmentSentences(text: string, side: Side, options: SegmentOptions = {}): Sentence[] {
  const language = options.language ?? 'en';
  const sentences: Sentence[] = [];
  paragraphs(text).forEach(([start, end], paragraph) => {
    for (const [s, e] of joinBarePieces(text, trimmedPieces(text, start, end, language))) {
      sentences.push({ id: sentenceId(side, sentences.length), start: s, end: e, text: text.slice(s, e), paragraph });
    }
  });
  return sentences;
}

type Range = [start: number, end: number];

/** The blank-line-separated blocks of `text`, each from its first to its last non-blank line. */
function paragraphs(text: string): Range[] {
  const result: Range[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  let lineStart = 0;
  for (;;) {
    let i = lineStart;
    let blank = true;
    while (i < text.length && !isLineBreak(text.charCodeAt(i))) {
      if (blank && !isWhitespace(text.charCodeAt(i))) blank = false;
      i++;
    }
    if (!blank) {
      if (blockStart < 0) blockStart = lineStart;
      blockEnd = i;
    } else if (blockStart >= 0) {
      result.push([blockStart, blockEnd]);
      blockStart = -1;
    }
    if (i >= text.length) break;
    lineStart = afterLineBreak(text, i);
  }
  if (blockStart >= 0) result.push([blockStart, blockEnd]);
  return result;
}

/** Splits one paragraph at sentence ends and list-marker lines; returns the trimmed, non-empty pieces. */
function trimmedPieces(text: string, start: number, end: number, language: string): Range[] {
  const cuts: number[] = [start];
  let atLineStart = true;
  let atSentenceStart = true;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) {
      atLineStart = true;
      i = afterLineBreak(text, i);
      continue;
    }
    if (isWhitespace(c)) {
      i++;
      continue;
    }
    if (atLineStart || atSentenceStart) {
      const markerEnd = listMarkerEnd(text, i, end);
      if (markerEnd >= 0 && atLineStart && !atSentenceStart) cuts.push(i);
      atLineStart = false;
      atSentenceStart = false;
      if (markerEnd >= 0) {
        i = markerEnd;
        continue;
      }
    }
    const runEnd = terminatorRunEnd(text, i, end);
    if (runEnd === i) {
      i++;
      continue;
    }
    let closeEnd = runEnd;
    while (closeEnd < end && isCloser(text.charCodeAt(closeEnd))) closeEnd++;
    if (endsSentence(text, i, runEnd, closeEnd, end, language)) {
      cuts.push(closeEnd);
      atSentenceStart = true;
    }
    i = closeEnd;
  }
  cuts.push(end);

  const pieces: Range[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    let s = cuts[k] ?? start;
    let e = cuts[k + 1] ?? end;
    while (s < e && isWhitespace(text.charCodeAt(s))) s++;
    while (e > s && isWhitespace(text.charCodeAt(e - 1))) e--;
    if (s < e) pieces.push([s, e]);
  }
  return pieces;
}

/**
 * Whether the terminator run `[runStart, runEnd)`, followed by closing quotes up to
 * `closeEnd`, ends a sentence.
 */
function endsSentence(text: string, runStart: number, runEnd: number, closeEnd: number, end: number, language: string): boolean {
  if (closeEnd >= end || !isWhitespace(text.charCodeAt(closeEnd))) return false;
  let next = closeEnd;
  let crossedLine = false;
  while (next < end && isWhitespace(text.charCodeAt(next))) {
    if (isLineBreak(text.charCodeAt(next))) crossedLine = true;
    next++;
  }
  if (next >= end) return false;
  if (crossedLine && listMarkerEnd(text, next, end) >= 0) return true;

  const start = startKind(text, next);
  if (start === 'other') return false;
  const singleDot = runEnd - runStart === 1 && text.charCodeAt(runStart) === DOT;
  if (!singleDot) return true;

  switch (abbreviationKind(tokenBefore(text, runStart))) {
    case null:
      return true;
    case 'prefix':
      return false;
    case 'numeric':
      return start !== 'digit';
    case 'ambiguous': {
      // "at 5 p.m. (local time)": a parenthesis after an abbreviation is an aside, not a new sentence.
      if (start === 'quote') return text.charAt(next) !== '(';
      if (start === 'digit') return false;
      const word = wordAt(text, next, end);
      // "J. A. Smith", "В. В. Путин": an initial followed by another initial is a name.
      if (word.length === 1 && text.charCodeAt(next + 1) === DOT) return false;
      return isSentenceStarter(word, language);
    }
  }
}

type StartKind = 'capital' | 'digit' | 'quote' | 'other';

/** What kind of character opens the text at `i` (lowercase letters count as 'other'). */
function startKind(text: string, i: number): StartKind {
  const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
  if (OPENERS.has(ch)) return 'quote';
  if (/\p{Nd}/u.test(ch)) return 'digit';
  if (/[\p{Lu}\p{Lt}\p{Lo}]/u.test(ch)) return 'capital';
  return 'other';
}

/**
 * The letters-and-dots run that ends with the dot at `dot` ("U.S.", "Mr."); "" when it is
 * the tail of a longer word ("1st.", "Russia’s.") or too long to be an abbreviation.
 */
function tokenBefore(text: string, dot: number): string {
  let s = dot;
  while (s > 0 && dot - s < MAX_ABBREVIATION_LENGTH && isTokenChar(text.charAt(s - 1))) s--;
  if (s > 0 && /[\p{L}\p{N}.'’ʼ]/u.test(text.charAt(s - 1))) return '';
  return text.slice(s, dot + 1);
}

function isTokenChar(ch: string): boolean {
  return ch === '.' || /\p{L}/u.test(ch);
}

/** The word (letters only, at most a few dozen) at `i`. */
function wordAt(text: string, i: number, end: number): string {
  let e = i;
  while (e < end && e - i < MAX_WORD_LENGTH && /\p{L}/u.test(text.charAt(e))) e++;
  return text.slice(i, e);
}

/** End of the run of sentence-ending punctuation starting at `i`; `i` itself when there is none. */
function terminatorRunEnd(text: string, i: number, end: number): number {
  let j = i;
  while (j < end) {
    // Called at every character of the text: a char code, not a one-character string (a hot path).
    const c = text.charCodeAt(j);
    if (isTerminator(c)) {
      j++;
    } else if (c === 0x5b /* [ */) {
      const length = bracketEllipsisAt(text, j);
      if (length === 0) break;
      j += length;
    } else {
      break;
    }
  }
  return j;
}

/**
 * Length of the bracketed ellipsis ("[…]", "[...]") at `i`, 0 when there is none. Not a
 * closure over the caller's index: `terminatorRunEnd` runs at every character, and a
 * closure there made it allocate a context on every call (most of segmentation's garbage).
 */
function bracketEllipsisAt(text: string, i: number): number {
  for (const e of BRACKET_ELLIPSES) if (text.startsWith(e, i)) return e.length;
  return 0;
}

/**
 * End of the list marker at `i` ("1.", "12)", "(3)", "(b)", "b)", "-", "•"), which must be
 * followed by whitespace or the end of the paragraph; -1 when there is none.
 */
function listMarkerEnd(text: string, i: number, end: number): number {
  let j = i;
  const ch = text.charAt(i);
  if (BULLETS.has(ch)) {
    j = i + 1;
  } else {
    const open = ch === '(';
    if (open) j++;
    const digitsStart = j;
    while (j < end && j - digitsStart < 3 && isAsciiDigit(text.charCodeAt(j))) j++;
    if (j === digitsStart) {
      if (!/[a-z]/.test(text.charAt(j))) return -1;
      j++;
      if (text.charAt(j) !== ')') return -1;
    } else if (open ? text.charAt(j) !== ')' : text.charAt(j) !== '.' && text.charAt(j) !== ')') {
      return -1;
    }
    j++;
  }
  return j >= end || isWhitespace(text.charCodeAt(j)) ? j : -1;
}

/** Merges pieces without a letter or digit into a neighbour of the same paragraph. */
function joinBarePieces(text: string, pieces: Range[]): Range[] {
  const result: Range[] = [];
  let pendingStart = -1;
  for (const [s, e] of pieces) {
    if (/[\p{L}\p{N}]/u.test(text.slice(s, e))) {
      result.push([pendingStart >= 0 ? pendingStart : s, e]);
      pendingStart = -1;
    } else {
      const last = result[result.length - 1];
      if (last !== undefined) last[1] = e;
      else if (pendingStart < 0) pendingStart = s;
    }
  }
  const lastPiece = pieces[pieces.length - 1];
  if (pendingStart >= 0 && lastPiece !== undefined) result.push([pendingStart, lastPiece[1]]);
  return result;
}

/** Whether UTF-16 code unit `c` is white space: the set of String.prototype.trim and of `/\s/`. */
export function isWhitespace(c: number): boolean {
  // The same set as String.prototype.trim, so that sentences are trimmed in its sense.
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** Index after the line break at `i` (a CRLF counts as one). */
function afterLineBreak(text: string, i: number): number {
  return text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

const DOT = 0x2e;
const MAX_ABBREVIATION_LENGTH = 12;
const MAX_WORD_LENGTH = 40;
/** Sentence-ending punctuation and closing quotes or brackets, as char codes (each is one code unit): the scanner's hot loop reads codes. */
const TERMINATORS = new Set(['.', '?', '!', '…', '‽'].map((t) => t.charCodeAt(0)));
const BRACKET_ELLIPSES = ['[…]', '[...]'];
const CLOSERS = new Set(['"', '\'', '”', '’', '»', '›', ')', ']', '」', '』'].map((t) => t.charCodeAt(0)));

/** Whether code unit `c` is one of TERMINATORS; other ASCII (letters, digits, spaces: most of a text) is answered without the set. */
function isTerminator(c: number): boolean {
  if (c === 0x2e || c === 0x3f || c === 0x21) return true;
  return c > 0x7f && TERMINATORS.has(c);
}

/** Whether code unit `c` is one of CLOSERS. */
function isCloser(c: number): boolean {
  return CLOSERS.has(c);
}

const OPENERS = new Set(['"', '\'', '“', '‘', '„', '‚', '«', '‹', '(', '[', '¿', '¡', '「', '『']);
const BULLETS = new Set(['-', '–', '—', '•', '·', '▪', '◦', '‣', '*', '●', '○', '■', '□', '►', '➢']);
