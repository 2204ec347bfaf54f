/**
 * The words of a sentence as the difference rules see them: lower case, Snowball
 * stem, offsets, and whether the other sentence shares them (the same stem, or the
 * same concept as the aligner matched it: a link's reasons).
 */
import type { Reason } from '../align/align';
import { stemmerFor } from '../align/stem';
import { normalizeWord, unifyApostrophes } from '../text/normalize';
import { words } from '../text/words';

/** A word of a sentence. */
export interface Tok {
  /** As written. */
  raw: string;
  /** Lower case, apostrophes unified, possessive kept off (normalizeWord), except "n't" forms, kept whole. */
  norm: string;
  stem: string;
  /** UTF-16 offsets into the sentence's text (end exclusive). */
  start: number;
  end: number;
}

/** For each token of a sentence: the other sentence has its stem, or the aligner matched it to a word there as one concept. */
export type Shared = boolean[];

/** A cue found in a sentence: tokens `from` to `to` (exclusive), the cue's key. */
export interface Hit {
  from: number;
  to: number;
  key: string;
}

const stem = stemmerFor('en');

/** The tokens of a sentence, before sharing is known. */
export function tokenize(text: string): Tok[] {
  return words(text, 'en').map((w) => {
    const lower = unifyApostrophes(w.text.toLowerCase());
    const norm = lower.endsWith("n't") ? lower : normalizeWord(w.text);
    return { raw: w.text, norm, stem: stem(norm), start: w.start, end: w.end };
  });
}

/**
 * What is worked out once per tokenized sentence and read by every pair it is in:
 * its stems, which tokens are capitalised, its cues per list, its stem bigrams, and
 * what other rules read from it (perSentence). Keyed weakly by the token array, which
 * lives as long as the comparison that made it.
 */
interface TokensMemo {
  stems?: ReadonlySet<string>;
  capital?: readonly boolean[];
  cues: Map<ReadonlyMap<string, string[]>, Hit[]>;
  bigrams?: ReadonlyMap<string, number>;
  other?: Map<unknown, unknown>;
}

const memos = new WeakMap<readonly Tok[], TokensMemo>();

function memoOf(tokens: readonly Tok[]): TokensMemo {
  let memo = memos.get(tokens);
  if (!memo) memos.set(tokens, (memo = { cues: new Map() }));
  return memo;
}

/**
 * `read(tokens)`, worked out once per tokenized sentence (its result must not be changed by the caller).
 * `key`: what the result is memoised under, when `read` is a fresh closure over the sentence (its text).
 */
export function perSentence<T>(tokens: readonly Tok[], read: (tokens: readonly Tok[]) => T, key: unknown = read): T {
  const memo = memoOf(tokens);
  const other = (memo.other ??= new Map());
  if (!other.has(key)) other.set(key, read(tokens));
  return other.get(key) as T;
}

/** The stems of a sentence, once per tokenized sentence. */
export const stemsOf = (tokens: readonly Tok[]): ReadonlySet<string> => {
  const memo = memoOf(tokens);
  return (memo.stems ??= new Set(tokens.map((t) => t.stem)));
};

/** Which tokens of each side the other shares, by stem or through a reason's surfaces. */
export function sharedTokens(a: readonly Tok[], textA: string, b: readonly Tok[], textB: string, reasons: readonly Reason[]): { a: Shared; b: Shared } {
  const stemsA = stemsOf(a);
  const stemsB = stemsOf(b);
  const out = { a: a.map((t) => stemsB.has(t.stem)), b: b.map((t) => stemsA.has(t.stem)) };
  let hayA: string | undefined;
  let hayB: string | undefined;
  for (const r of reasons) {
    if (r.via || !r.a || !r.b) continue;
    coverSurface(a, out.a, (hayA ??= textA.toLowerCase()), r.a);
    coverSurface(b, out.b, (hayB ??= textB.toLowerCase()), r.b);
  }
  return out;
}

/** Marks the tokens inside every occurrence of `surface` in `hay` (the text in lower case; any case) as shared. */
function coverSurface(tokens: readonly Tok[], shared: Shared, hay: string, surface: string): void {
  const needle = surface.toLowerCase();
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    // Tokens come in text order: none from the first that starts past the occurrence on lies in it.
    for (let i = 0; i < tokens.length && tokens[i]!.start < at + needle.length; i++) {
      const t = tokens[i]!;
      if (t.start >= at && t.end <= at + needle.length) shared[i] = true;
    }
  }
}

/** Each pair of adjacent stems of a sentence ("energy infrastructure"), with the index of its first word where it first occurs. */
export function stemBigrams(tokens: readonly Tok[]): ReadonlyMap<string, number> {
  const memo = memoOf(tokens);
  if (!memo.bigrams) {
    const bigrams = new Map<string, number>();
    for (let j = tokens.length - 2; j >= 0; j--) bigrams.set(`${tokens[j]!.stem} ${tokens[j + 1]!.stem}`, j);
    memo.bigrams = bigrams;
  }
  return memo.bigrams;
}

/**
 * The cues of a list found in a sentence, longest first at each position, not
 * overlapping. `phrases` are lower-case word sequences; `byStem` matches one-word
 * cues by their stem as well (agree, agreed, agrees).
 */
export function findCues(tokens: readonly Tok[], phrases: ReadonlyMap<string, string[]>, byStem?: ReadonlyMap<string, string>): Hit[] {
  // A sentence's tokens are made once and shared by its pairs: its cues are found once per list.
  const memo = memoOf(tokens);
  let hits = memo.cues.get(phrases);
  if (!hits) {
    // A capitalised word inside the sentence is a name or a date ("the United States", "12 May"), not a cue.
    const capital = (memo.capital ??= tokens.map((t, i) => i > 0 && /^\p{Lu}/u.test(t.raw)));
    memo.cues.set(phrases, (hits = scan(tokens, capital, phrases, byStem)));
  }
  return hits;
}

/** True when `parts` are the words of `tokens` from `i` on. */
function wordsAt(tokens: readonly Tok[], i: number, parts: readonly string[]): boolean {
  for (let k = 0; k < parts.length; k++) if (tokens[i + k]?.norm !== parts[k]) return false;
  return true;
}

function scan(tokens: readonly Tok[], capital: readonly boolean[], phrases: ReadonlyMap<string, string[]>, byStem?: ReadonlyMap<string, string>): Hit[] {
  const hits: Hit[] = [];
  const index = byFirstWord(phrases);
  for (let i = 0; i < tokens.length; i++) {
    if (capital[i]) continue;
    let best: Hit | null = null;
    // Indexed loops over the phrases, and a hit made only for the longest: this runs for every token of every distinct sentence and list.
    const starting = index.get(tokens[i]!.norm);
    if (starting) {
      let longest = 0;
      let at = -1;
      for (let n = 0; n < starting.length; n++) {
        const parts = starting[n]![1];
        if (parts.length > longest && wordsAt(tokens, i, parts)) {
          longest = parts.length;
          at = n;
        }
      }
      if (at >= 0) best = { from: i, to: i + longest, key: starting[at]![0] };
    }
    if (!best && byStem) {
      const key = byStem.get(tokens[i]!.stem);
      if (key !== undefined) best = { from: i, to: i + 1, key };
    }
    if (best) {
      hits.push(best);
      i = best.to - 1;
    }
  }
  return hits;
}

const indexes = new WeakMap<ReadonlyMap<string, string[]>, Map<string, Array<[string, string[]]>>>();
/** A list's phrases by their first word, so each token looks only at the phrases it can start. */
function byFirstWord(phrases: ReadonlyMap<string, string[]>): Map<string, Array<[string, string[]]>> {
  let index = indexes.get(phrases);
  if (!index) {
    index = new Map();
    for (const [key, parts] of phrases) {
      const list = index.get(parts[0]!) ?? [];
      list.push([key, parts]);
      index.set(parts[0]!, list);
    }
    indexes.set(phrases, index);
  }
  return index;
}

/** Phrases of a list as word sequences, keyed by the phrase. */
export function phraseMap(phrases: readonly string[]): Map<string, string[]> {
  return new Map(phrases.map((p) => [p, p.toLowerCase().split(/\s+/u)]));
}

/** Every word of a hit is shared with the other sentence. */
export const hitShared = (shared: Shared, h: Hit): boolean => shared.slice(h.from, h.to).every(Boolean);

/** The stem of a one-word cue, for lists matched by stem. */
export const stemOf = (word: string): string => stem(normalizeWord(word));
