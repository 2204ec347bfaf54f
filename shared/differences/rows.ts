/**
 * Typed differences read across a row: a row may hold several links (a sentence linked
 * to two on the other side). A one-sided difference of one link ("strong" only in A's
 * sentence) is no difference when the other side writes the same words, as whole words,
 * in another sentence of the same row: that side says it too, in the next sentence.
 */
import type { SentenceId } from '../model/types';
import { judgingRanges } from './cues';
import type { TypedDifference } from './types';

/** What this reads of a pair: its sentences and its differences. */
interface PairLike {
  a: readonly SentenceId[];
  b: readonly SentenceId[];
  differences?: TypedDifference[];
}

/** The rows of a list of pairs: for each sentence id, the ids of its row (the pairs joined by a shared sentence). */
function rowsOf(pairs: readonly PairLike[]): Map<SentenceId, Set<SentenceId>> {
  const parent = new Map<SentenceId, SentenceId>();
  const find = (x: SentenceId): SentenceId => {
    let r = x;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  for (const p of pairs) {
    const ids = [...p.a, ...p.b];
    for (const id of ids) if (!parent.has(id)) parent.set(id, id);
    for (const id of ids.slice(1)) parent.set(find(id), find(ids[0]!));
  }
  const rows = new Map<SentenceId, Set<SentenceId>>();
  for (const id of parent.keys()) {
    const root = find(id);
    const row = rows.get(root) ?? new Set<SentenceId>();
    row.add(id);
    rows.set(root, row);
  }
  const out = new Map<SentenceId, Set<SentenceId>>();
  for (const row of rows.values()) for (const id of row) out.set(id, row);
  return out;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The expression for "`words` as whole words, in any case" (Unicode case folding). */
export const wholeWords = (words: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])${escape(words)}(?![\\p{L}\\p{N}])`, 'iu');

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the code point of `text` that ends just before `at` (or starts at `at`, `after`) is a letter or a number. */
function wordCharAt(text: string, at: number, after: boolean): boolean {
  const i = after ? at : at - 1;
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  const low = after ? i : i > 0 && c >= 0xdc00 && c <= 0xdfff && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff ? i - 1 : i;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(low)!));
}

/** Characters outside ASCII that case-insensitive matching may take for an ASCII letter: the long s, the Kelvin sign, and to be safe the Turkish i's. */
const FOLDS_TO_ASCII = /[\u017f\u212a\u0130\u0131]/u;

/**
 * `text` holds `words` (ASCII) as whole words, in any case: `wholeWords(words).test(text)`
 * by char codes. An expression per span was about a tenth of a 20,000-word comparison:
 * its Unicode classes are compiled anew whenever the collector has flushed them.
 */
function writesAscii(text: string, words: string): boolean {
  const n = words.length;
  for (let p = 0; p + n <= text.length; p++) {
    let k = 0;
    while (k < n) {
      const t = text.charCodeAt(p + k);
      const w = words.charCodeAt(k);
      if (t !== w && !((w | 32) >= 97 && (w | 32) <= 122 && (t | 32) === (w | 32))) break;
      k++;
    }
    if (k === n && !wordCharAt(text, p, false) && !wordCharAt(text, p + n, true)) return true;
  }
  return false;
}

const isAscii = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
};

/**
 * A test of "`text` holds `words` as whole words, in any case" (`wholeWords(words).test(text)`):
 * by char codes for ASCII words in a text with nothing that folds to ASCII, else by the
 * expression, made once per distinct `words` for the life of the test.
 */
export function wholeWordTest(): (text: string, words: string) => boolean {
  const made = new Map<string, RegExp>();
  return (text, words) => {
    if (words.length > 0 && isAscii(words) && !FOLDS_TO_ASCII.test(text)) return writesAscii(text, words);
    let re = made.get(words);
    if (!re) made.set(words, (re = wholeWords(words)));
    return re.test(text);
  };
}

/** Where `text` holds `words` as whole words, in any case. */
const places = (text: string, words: string): RegExpMatchArray[] => [...text.matchAll(new RegExp(wholeWords(words).source, 'giu'))];

/**
 * The other sentence says the same: it writes the words, and for an evaluation it writes them as a judgement
 * too (cues.ts, judgingRanges: "strong ties" echoes "strong"; "a strong mandate" names no judgement).
 */
function writes(test: (text: string, words: string) => boolean, text: string, d: TypedDifference, words: string): boolean {
  if (d.type !== 'evaluation') return test(text, words);
  const found = places(text, words);
  const ranges = found.length > 0 ? judgingRanges(text) : [];
  return found.some((m) => ranges.some(([from, to]) => from < m.index! + words.length && m.index! < to));
}

/**
 * The pairs, each without the one-sided differences whose words the other side writes in a
 * sentence of the same row (`textOf`: a sentence's text by id). Pairs are not changed: those
 * that lose a difference are copied.
 */
export function withoutRowEchoes<P extends PairLike>(pairs: readonly P[], textOf: (id: SentenceId) => string | undefined): P[] {
  const rows = rowsOf(pairs);
  const test = wholeWordTest();
  // Readouts repeat formulas, and a row joined by them holds many sentences of one text: each
  // text is read once per question (an evaluation's judging or plain, its words).
  const answers = new Map<string, Map<string, boolean>>();
  const writesOnce = (text: string, d: TypedDifference, words: string): boolean => {
    const question = `${d.type === 'evaluation' ? 'e' : 'w'}${words}`;
    let known = answers.get(question);
    if (!known) answers.set(question, (known = new Map()));
    let answer = known.get(text);
    if (answer === undefined) known.set(text, (answer = writes(test, text, d, words)));
    return answer;
  };
  return pairs.map((p) => {
    if (!p.differences || p.differences.length === 0) return p;
    const row = rows.get(p.a[0]!) ?? new Set<SentenceId>();
    const echoed = (d: TypedDifference): boolean => {
      const span = d.a ?? d.b;
      if (!span || (d.a && d.b)) return false;
      const otherSide = d.a ? 'b' : 'a';
      return [...row].some((id) => id.startsWith(otherSide) && writesOnce(textOf(id) ?? '', d, span.text));
    };
    const kept = p.differences.filter((d) => !echoed(d));
    return kept.length === p.differences.length ? p : { ...p, differences: kept };
  });
}
