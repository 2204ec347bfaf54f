/**
 * The word-for-word check of a quotation against the readout it is attributed to.
 *
 * The quotation's words are located in the readout by a local alignment over
 * words (Smith–Waterman: the best-matching stretch of the readout, gaps allowed,
 * so a changed, added or dropped word still finds its passage). The quotation is
 * verbatim when its words, compared without regard to case, are exactly the words
 * of that stretch in the same order: the style of quotation marks and punctuation
 * do not count, nor does a marked omission ("[…]", "…") standing for readout words
 * left out (standard editing); any other difference does ("would" for "will", an
 * added "the"). A reporter's insertion in brackets ("He (Hale) welcomed", "agreed
 * [to] hold") is the article's, not quoted words: the quotation is also located
 * without it, and that location is kept when it is verbatim or closer (the readout
 * may have the bracket's words itself: "the Parties (COP9)"). The quotation's text
 * stays as the article gives it. The difference is shown with the core's word diff
 * (jsdiff).
 *
 * Cost: quotation words × readout words. Past `MAX_CELLS` the alignment runs over
 * the stretch of the readout with the most words of the quotation (a window three
 * times its length), so a 5,000-word quotation of a long readout stays fast.
 */
import { wordDiff, type DiffPart } from '../diff/words';
import { plainTypography } from './severity';
import type { QuoteMatch } from '../model/article';
import type { Sentence } from '../model/types';
import { normalizeWord } from '../text/normalize';
import { stemmerFor } from '../align/stem';
import { words, type WordToken } from '../text/words';

/** The outcome of checking one quotation. */
export interface QuoteLocation {
  verbatim: boolean;
  match: QuoteMatch | null;
  /** Share of the quotation's words found, in order, in the match (0 when there is none). */
  similarity: number;
}

const MATCH = 2;
const MISMATCH = -1;
const GAP = -1;
/** Below this share of the quotation's words, the best stretch of the readout is no match for it. */
export const MIN_SIMILARITY = 0.4;
/** Largest alignment matrix computed in full (cells). */
export const MAX_CELLS = 4_000_000;

function normalized(tokens: WordToken[]): string[] {
  return tokens.map((t) => normalizeWord(t.text).replace(/[’‘`]/gu, "'"));
}

/** A reporter's insertion in round or square brackets ("(Hale)", "[to]"), at most this many words: longer brackets are quoted words. */
const INSERTION = /\((?:[^()\s]+\s+){0,3}[^()\s]+\)|\[(?:[^[\]\s]+\s+){0,3}[^[\]\s]+\]/gu;

/** Locates `quote` in `readoutText` (whose sentences are `sentences`) and says whether it is verbatim; a reporter's bracketed insertions are not quoted words. */
export function locateQuote(quote: string, readoutText: string, sentences: readonly Sentence[], language = 'en'): QuoteLocation {
  const asWritten = locateWords(quote, readoutText, sentences, language);
  const withoutInsertions = quote.replace(INSERTION, (m) => ' '.repeat(m.length));
  if (asWritten.verbatim || withoutInsertions === quote) return asWritten;
  const bare = locateWords(withoutInsertions, readoutText, sentences, language);
  return bare.verbatim || bare.similarity > asWritten.similarity ? bare : asWritten;
}

/** Locates the words of `quote` in `readoutText` and says whether they are its words in the same order. */
function locateWords(quote: string, readoutText: string, sentences: readonly Sentence[], language: string): QuoteLocation {
  const q = words(quote, language);
  const r = words(readoutText, language);
  const qn = normalized(q);
  const rn = normalized(r);
  if (qn.length === 0 || rn.length === 0) return { verbatim: false, match: null, similarity: 0 };

  const aligned = alignWords(qn, rn) ?? (qn.length <= MAX_INFLECTED_WORDS ? alignWords(stems(qn, language), stems(rn, language)) : null);
  if (!aligned) return { verbatim: false, match: null, similarity: 0 };

  // Widen the match by the quotation words left out at either end, within the readout sentence, so a
  // changed first or last word shows in the diff rather than being cut off.
  const sentenceOf = (offset: number): Sentence | undefined => sentences.find((s) => offset >= s.start && offset < s.end);
  let first = aligned.rStart;
  let last = aligned.rEnd - 1;
  const startSentence = sentenceOf(r[first]!.start);
  const endSentence = sentenceOf(r[last]!.start);
  for (let k = aligned.qStart; k > 0 && first > 0 && startSentence && r[first - 1]!.start >= startSentence.start; k--) first--;
  for (let k = qn.length - aligned.qEnd; k > 0 && last + 1 < r.length && endSentence && r[last + 1]!.end <= endSentence.end; k--) last++;

  const start = r[first]!.start;
  const end = r[last]!.end;
  const sentence = sentenceOf(start) ?? sentences[0];
  const matched = rn.slice(first, last + 1);
  const verbatim = verbatimWithOmissions(qn, omissionsBefore(quote, q), matched);
  return {
    verbatim,
    match: sentence ? { sentence: sentence.id, start, end, text: readoutText.slice(start, end) } : null,
    similarity: aligned.matches / qn.length,
  };
}

/**
 * A quotation of at most this many words not found as written is looked for by stem too: a
 * scare quote is often another form of the readout's word ("extremist" for "extremists"),
 * found with a different form (severity minor, "spelling or word form"), not "not found".
 */
const MAX_INFLECTED_WORDS = 2;

const stems = (words: readonly string[], language: string): string[] => {
  const stem = stemmerFor(language);
  return words.map((w) => stem(w));
};

/** The best local alignment of the quotation's words in the readout's, or null when it is no passage. */
function alignWords(qn: string[], rn: string[]): ReturnType<typeof localAlignment> {
  const [lo, hi] = searchWindow(qn, rn);
  const aligned = localAlignment(qn, rn, lo, hi);
  // A lone shared word ("the") is no passage, nor are a few scattered words of a long quotation.
  return !aligned || aligned.matches < Math.min(2, qn.length) || aligned.matches < qn.length * MIN_SIMILARITY ? null : aligned;
}

/** A marked omission in a quotation: "[…]", "[...]", or an ellipsis ("…", "..."). */
const OMISSION = /\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\./gu;

/** For each quotation word, whether a marked omission stands right before it; the last entry: one after the last word. */
function omissionsBefore(quote: string, tokens: readonly WordToken[]): boolean[] {
  const marks = [...quote.matchAll(OMISSION)].map((m) => m.index);
  return [...tokens.map((t, i) => marks.some((at) => at < t.start && (i === 0 || at >= tokens[i - 1]!.end))),
    marks.some((at) => tokens.length > 0 && at >= tokens[tokens.length - 1]!.end)];
}

/**
 * Whether the quotation is the passage's words in order, where a marked omission ("the leaders […] discussed")
 * may stand for readout words left out: standard editing of a quotation (AP Stylebook, "ellipsis"), not a change.
 * Without marks: the same words, one for one.
 */
function verbatimWithOmissions(q: readonly string[], marks: readonly boolean[], matched: readonly string[]): boolean {
  if (!marks.some(Boolean)) return matched.length === q.length && matched.every((w, i) => w === q[i]);
  let at = 0;
  let k = 0;
  while (k < q.length) {
    let end = k + 1;
    while (end < q.length && !marks[end]) end++;
    const segment = q.slice(k, end);
    const fits = (from: number): boolean => segment.every((w, j) => matched[from + j] === w);
    let found = -1;
    for (let from = at; from + segment.length <= matched.length; from++) {
      if (fits(from)) {
        found = from;
        break;
      }
      if (!marks[k]) break;
    }
    if (found < 0) return false;
    at = found + segment.length;
    k = end;
  }
  return at === matched.length || marks[q.length] === true;
}

/**
 * The word diff from a quotation to the passage it was matched with. Typographic variants (an apostrophe's or a
 * quotation mark's form, a dash, a space: severity.ts `plainTypography`) are no difference: the diff is taken over
 * the plain texts and each run given back as each side writes it ("India’s" against "India's" is one same run).
 */
export function quoteDiff(quote: string, match: QuoteMatch | null, language = 'en'): DiffPart[] {
  return match ? asWritten(wordDiff(plainTypography(quote), plainTypography(match.text), language), quote, match.text) : [];
}

/** The runs of a diff of `a` and `b` with typography made plain (one character for one), as `a` and `b` write them. */
function asWritten(parts: readonly DiffPart[], a: string, b: string): DiffPart[] {
  let ia = 0;
  let ib = 0;
  return parts.map((p) => {
    const aLength = p.kind === 'onlyB' ? 0 : p.text.length;
    const bLength = p.kind === 'onlyA' ? 0 : (p.kind === 'onlyB' ? p.text : p.b ?? p.text).length;
    const ta = a.slice(ia, (ia += aLength));
    const tb = b.slice(ib, (ib += bLength));
    if (p.kind === 'onlyA') return { kind: 'onlyA', text: ta };
    if (p.kind === 'onlyB') return { kind: 'onlyB', text: tb };
    return ta === tb ? { kind: 'same', text: ta } : { kind: 'same', text: ta, b: tb };
  });
}

/** The stretch of the readout the alignment searches: all of it, or the densest window when that would be too costly. */
function searchWindow(q: string[], r: string[]): [number, number] {
  if (q.length * r.length <= MAX_CELLS) return [0, r.length];
  const size = Math.max(1, Math.min(r.length, Math.floor(MAX_CELLS / q.length)));
  const inQuote = new Set(q);
  let count = 0;
  for (let i = 0; i < size; i++) if (inQuote.has(r[i]!)) count++;
  let best = count;
  let bestStart = 0;
  for (let i = size; i < r.length; i++) {
    if (inQuote.has(r[i]!)) count++;
    if (inQuote.has(r[i - size]!)) count--;
    if (count > best) {
      best = count;
      bestStart = i - size + 1;
    }
  }
  return [bestStart, bestStart + size];
}

/** Smith–Waterman over words of `q` and `r[lo, hi)`: the best local alignment's ends and its number of matched words. */
function localAlignment(q: string[], r: string[], lo: number, hi: number): { qStart: number; qEnd: number; rStart: number; rEnd: number; matches: number } | null {
  const n = q.length;
  const m = hi - lo;
  // Scores and, per cell, where the alignment through it started and how many words it matched.
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  let prevStartQ = new Int32Array(m + 1);
  let curStartQ = new Int32Array(m + 1);
  let prevStartR = new Int32Array(m + 1);
  let curStartR = new Int32Array(m + 1);
  let prevMatches = new Int32Array(m + 1);
  let curMatches = new Int32Array(m + 1);
  let best = { score: 0, qStart: 0, qEnd: 0, rStart: 0, rEnd: 0, matches: 0 };
  for (let i = 1; i <= n; i++) {
    cur[0] = 0;
    const qi = q[i - 1]!;
    for (let j = 1; j <= m; j++) {
      const same = qi === r[lo + j - 1]!;
      const diag = prev[j - 1]! + (same ? MATCH : MISMATCH);
      const up = prev[j]! + GAP;
      const left = cur[j - 1]! + GAP;
      let score = 0;
      let sq = i - 1;
      let sr = j - 1;
      let mt = 0;
      if (diag > score) {
        score = diag;
        if (prev[j - 1]! > 0) {
          sq = prevStartQ[j - 1]!;
          sr = prevStartR[j - 1]!;
          mt = prevMatches[j - 1]!;
        }
        if (same) mt++;
      }
      if (up > score) {
        score = up;
        sq = prevStartQ[j]!;
        sr = prevStartR[j]!;
        mt = prevMatches[j]!;
      }
      if (left > score) {
        score = left;
        sq = curStartQ[j - 1]!;
        sr = curStartR[j - 1]!;
        mt = curMatches[j - 1]!;
      }
      cur[j] = score;
      curStartQ[j] = sq;
      curStartR[j] = sr;
      curMatches[j] = score > 0 ? mt : 0;
      if (score > best.score && same) best = { score, qStart: sq, qEnd: i, rStart: lo + sr, rEnd: lo + j, matches: mt };
    }
    [prev, cur] = [cur, prev];
    [prevStartQ, curStartQ] = [curStartQ, prevStartQ];
    [prevStartR, curStartR] = [curStartR, prevStartR];
    [prevMatches, curMatches] = [curMatches, prevMatches];
  }
  return best.score > 0 ? best : null;
}
