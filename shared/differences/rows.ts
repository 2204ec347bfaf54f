/**
 * Typed differences read across a row: a row may hold several links (a sentence linked
 * to two on the other side). A one-sided difference of one link ("strong" only in A's
 * sentence) is no difference when the other side writes the same words, as whole words,
 * in another sentence of the same row: that side says it too, in the next sentence.
 * A two-sided difference of a link (x, y) is no difference either when the words it takes
 * from x are said by another sentence linked to x that the aligner scores higher: they
 * correspond there, and the difference compares two different statements (crossStatement).
 */
import type { SentenceId } from '../model/types';
import { actClasses } from './commitment';
import { judgingRanges } from './cues';
import scopeData from './data/scope.json';
import type { DifferenceSpan, TypedDifference } from './types';

/** What this reads of a pair: its sentences, the aligner's score when known, and its differences. */
interface PairLike {
  a: readonly SentenceId[];
  b: readonly SentenceId[];
  score?: number;
  /** The aligner's confidence in the link, when known (a repeated difference stays on the most confident link). */
  confidence?: number | null;
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

/** The global expressions of `places`, one per words (compiling a Unicode expression per call was a tenth of a 20,000-word comparison). */
const globalWholeWords = new Map<string, RegExp>();

/** Where `text` holds `words` as whole words, in any case. */
function places(text: string, words: string): RegExpMatchArray[] {
  let re = globalWholeWords.get(words);
  if (!re) {
    // Bounded: a long-running app compares many texts (the words are a difference's span).
    if (globalWholeWords.size >= 10_000) globalWholeWords.clear();
    globalWholeWords.set(words, (re = new RegExp(wholeWords(words).source, 'giu')));
  }
  // matchAll works on a copy of the expression: the shared one's lastIndex is never moved.
  return [...text.matchAll(re)];
}

/**
 * The other sentence says the same: it writes the words, and for an evaluation it writes them as a judgement
 * too (cues.ts, judgingRanges: "strong ties" echoes "strong"; "a strong mandate" names no judgement).
 */
function writes(test: (text: string, words: string) => boolean, text: string, d: TypedDifference, words: string): boolean {
  if (d.type !== 'evaluation') return test(text, words);
  // Most sentences do not write the words at all: the plain test answers them without an expression.
  if (!test(text, words)) return false;
  const found = places(text, words);
  const ranges = found.length > 0 ? judgingRanges(text) : [];
  return found.some((m) => ranges.some(([from, to]) => from < m.index! + words.length && m.index! < to));
}

/** A coordinator (data/scope.json, listCoordinators) as a whole word. */
const COORDINATED = new RegExp(`(?<![\\p{L}\\p{N}])(?:${scopeData.listCoordinators.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/**
 * Another sentence says what a span of a difference says: the same words (`writes`); for a commitment, an act of
 * the same class ("commended" / "positively assessed": both judgments, data/commitment.json), whatever the verb.
 */
function says(test: (text: string, words: string) => boolean, text: string, d: TypedDifference, span: DifferenceSpan): boolean {
  if (d.type !== 'commitment') return writes(test, text, d, span.text);
  const mine = actClasses(span.text);
  const theirs = actClasses(text);
  return [...mine].some((c) => theirs.has(c));
}

/**
 * A two-sided difference of `p` takes words of one of its sentences (x) that another sentence linked to x, scored
 * higher by the aligner than p's own (the best-aligned sub-pair), says too: x's words correspond to that sentence,
 * and the difference compares two statements of the row ("must provide" against "ready to provide" of another
 * clause, when the next sentence says "must provide"), not two accounts of one. Unless x coordinates after those
 * words ("discussed the tariffs and the need for new partners"): a verb with coordinated complements is said of
 * each of them (Quirk et al. 1985, 13.5), so each sentence linked to x may be the account of one of them.
 */
function crossStatement<P extends PairLike>(linksOf: ReadonlyMap<SentenceId, readonly P[]>, p: P, d: TypedDifference, say: (id: SentenceId, d: TypedDifference, span: DifferenceSpan) => boolean, coordinates: (span: DifferenceSpan) => boolean): boolean {
  const better = (q: P) => q !== p && (q.score ?? 0) > (p.score ?? 0);
  const elsewhere = (span: DifferenceSpan | null, others: (q: P) => readonly SentenceId[], own: readonly SentenceId[]) =>
    !!span && (linksOf.get(span.id) ?? []).some((q) => better(q) && others(q).some((id) => !own.includes(id) && say(id, d, span))) && !coordinates(span);
  return elsewhere(d.a, (q) => q.b, p.b) || elsewhere(d.b, (q) => q.a, p.a);
}

/** For each sentence id, the pairs it is in. */
function linksById<P extends PairLike>(pairs: readonly P[]): Map<SentenceId, P[]> {
  const out = new Map<SentenceId, P[]>();
  for (const p of pairs) for (const id of [...p.a, ...p.b]) out.set(id, [...(out.get(id) ?? []), p]);
  return out;
}

/**
 * The pairs, each without the one-sided differences whose words the other side writes in a
 * sentence of the same row (`textOf`: a sentence's text by id), and without the two-sided ones
 * that compare two statements (crossStatement), and with each actor difference once per row
 * (withoutRepeatedActors). Pairs are not changed: those that lose a difference are copied.
 */
export function withoutRowEchoes<P extends PairLike>(pairs: readonly P[], textOf: (id: SentenceId) => string | undefined): P[] {
  return withoutRepeatedActors(withoutEchoedWords(pairs, textOf));
}

/** The echo step of withoutRowEchoes: one-sided words the other side writes in the row, two-sided ones comparing two statements. */
function withoutEchoedWords<P extends PairLike>(pairs: readonly P[], textOf: (id: SentenceId) => string | undefined): P[] {
  const rows = rowsOf(pairs);
  const linksOf = linksById(pairs);
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
      if (d.a && d.b) return crossStatement(linksOf, p, d, (id, x, s) => says(test, textOf(id) ?? '', x, s), (s) => COORDINATED.test((textOf(s.id) ?? '').slice(s.end)));
      if (!span) return false;
      const otherSide = d.a ? 'b' : 'a';
      return [...row].some((id) => id.startsWith(otherSide) && writesOnce(textOf(id) ?? '', d, span.text));
    };
    const kept = p.differences.filter((d) => !echoed(d));
    return kept.length === p.differences.length ? p : { ...p, differences: kept };
  });
}

/**
 * The same actor difference said again in a row: a sentence's subject set against the same words of two
 * sentences linked to it ("The Premier" / "They", in b3 and in b4) is one difference of who acts, shown once,
 * on the row's most confident link that has it (the first, among equals). Pairs are not changed: those that lose a difference are copied.
 */
function withoutRepeatedActors<P extends PairLike>(pairs: readonly P[]): P[] {
  const rows = rowsOf(pairs);
  const seen = new Map<Set<SentenceId>, string[]>();
  const at = (x: DifferenceSpan | null) => (x ? `${x.id}:${x.start}:${x.end}` : '-');
  // The most confident link first, so that it keeps the difference: the rows join through weak links too, and a
  // weak link (its own row on screen, or taken apart later) must not take the difference from the row shown
  // matched (cold review).
  const order = pairs.map((p, i) => i).sort((i, j) => (pairs[j]!.confidence ?? 1) - (pairs[i]!.confidence ?? 1) || i - j);
  const out = [...pairs];
  for (const i of order) out[i] = withoutRepeated(pairs[i]!);
  return out;
  function withoutRepeated(p: P): P {
    const actors = (p.differences ?? []).filter((d) => d.type === 'actor');
    if (actors.length === 0) return p;
    const row = rows.get(p.a[0]!) ?? new Set<SentenceId>();
    const known = seen.get(row) ?? [];
    seen.set(row, known);
    const repeated = (d: TypedDifference): boolean => {
      const keys = [`a ${at(d.a)} ${d.b?.text ?? ''}`, `b ${at(d.b)} ${d.a?.text ?? ''}`];
      const again = keys.some((k) => known.includes(k));
      known.push(...keys);
      return again;
    };
    const kept = p.differences!.filter((d) => d.type !== 'actor' || !repeated(d));
    return kept.length === p.differences!.length ? p : { ...p, differences: kept };
  }
}
