/**
 * Meaning beyond shared words: each sentence's words as vectors of a word-vector table
 * (embeddings.ts, GloVe), weighted as the sentence's features are (background rarity,
 * the pair's own document frequency, participants and boilerplate damped: vectors.ts),
 * so that "combating prejudice against minority groups" and "equal rights for every
 * community" come out closer than two sentences on different points, though they share
 * no word. Two measures per pair of sentences, both in [-1, 1]:
 *
 * - `denseCosine`: the cosine of the two sentences' weighted mean vectors, after the
 *   pair's common direction (the mean of all its sentences' vectors) is taken out: every
 *   sentence of a readout is "about" diplomacy, and that shared part would make any two
 *   alike (the common-component removal of Arora, Liang and Ma, 2017, per pair).
 * - `softAlignment`: each word's best cosine with a word of the other sentence, averaged
 *   by weight, both directions averaged: a word-level match, as BERTScore does with
 *   contextual vectors.
 */
import type { Embeddings } from './embeddings';
import { OPENING, type SentenceVector } from './vectors';

/** One sentence's words as vectors. */
export interface SemanticSentence {
  /** Its weighted mean vector with the pair's common direction removed, unit length; all zeros when no word has a vector. */
  mean: Float32Array;
  /** Its words' unit vectors, one after the other (`count` × dims). */
  words: Float32Array;
  /** Each word's weight (its feature's damped weight, shared among the feature's words). */
  weights: Float32Array;
  /** Each word's feature id (vectors.ts), sorted copy in `idSet` for lookups. */
  ids: Int32Array;
  idSet: ReadonlySet<number>;
  count: number;
}

/** Words of a feature as written: lower-case runs of ASCII letters (the table's vocabulary). */
const WORD = /[a-z]+/g;

/** The vectors of each distinct word looked up in one comparison (null: not in the table). */
type WordCache = Map<string, Float32Array | null>;

function lookup(e: Embeddings, word: string, cache: WordCache): Float32Array | null {
  let v = cache.get(word);
  if (v === undefined) {
    const row = e.index.get(word);
    if (row === undefined) v = null;
    else {
      v = new Float32Array(e.dims);
      const s = e.scales[row]!;
      for (let k = 0; k < e.dims; k++) v[k] = e.data[row * e.dims + k]! * s;
    }
    cache.set(word, v);
  }
  return v;
}

/** The words of one sentence's features with their vectors and weights; participants, numbers and the opening mark left out. */
function sentenceWords(v: SentenceVector, e: Embeddings, cache: WordCache): { vecs: Float32Array[]; weights: number[]; ids: number[] } {
  const vecs: Float32Array[] = [];
  const weights: number[] = [];
  const ids: number[] = [];
  for (const entry of v.entries) {
    if (entry.participant) continue;
    const found = (entry.surface.toLowerCase().match(WORD) ?? []).map((w) => lookup(e, w, cache)).filter((x): x is Float32Array => x !== null);
    for (const x of found) {
      vecs.push(x);
      weights.push(entry.weight / found.length);
      ids.push(entry.id);
    }
  }
  return { vecs, weights, ids };
}

/**
 * The semantic form of both readouts' sentences. `keys` (vectors.ts) tells which entries
 * are numbers and the opening mark, which say nothing a word vector could.
 */
export function semanticSentences(va: readonly SentenceVector[], vb: readonly SentenceVector[], keys: readonly string[], e: Embeddings): { a: SemanticSentence[]; b: SemanticSentence[] } {
  const cache: WordCache = new Map();
  const skip = (v: SentenceVector): SentenceVector => ({ ...v, entries: v.entries.filter((x) => keys[x.id] !== OPENING && !keys[x.id]!.startsWith('n:')) });
  const raw = [...va, ...vb].map((v) => sentenceWords(skip(v), e, cache));
  const d = e.dims;
  const means = raw.map(({ vecs, weights }) => {
    const m = new Float32Array(d);
    vecs.forEach((x, i) => { for (let k = 0; k < d; k++) m[k]! += weights[i]! * x[k]!; });
    return normalise(m);
  });
  // The pair's common direction: the mean of its sentences' (unit) mean vectors.
  const common = new Float32Array(d);
  for (const m of means) for (let k = 0; k < d; k++) common[k]! += m[k]! / means.length;
  const out = raw.map(({ vecs, weights, ids }, i) => {
    const words = new Float32Array(vecs.length * d);
    vecs.forEach((x, j) => words.set(x, j * d));
    const m = means[i]!;
    const empty = vecs.length === 0;
    const centred = new Float32Array(d);
    if (!empty) for (let k = 0; k < d; k++) centred[k] = m[k]! - common[k]!;
    return { mean: normalise(centred), words, weights: Float32Array.from(weights), ids: Int32Array.from(ids), idSet: new Set(ids), count: vecs.length };
  });
  return { a: out.slice(0, va.length), b: out.slice(va.length) };
}

function normalise(v: Float32Array): Float32Array {
  let n = 0;
  for (let k = 0; k < v.length; k++) n += v[k]! * v[k]!;
  if (n > 0) {
    const f = 1 / Math.sqrt(n);
    for (let k = 0; k < v.length; k++) v[k]! *= f;
  }
  return v;
}

/** The cosine of the two sentences' centred mean vectors (0 when either has no word with a vector). */
export function denseCosine(x: SemanticSentence, y: SemanticSentence): number {
  let s = 0;
  for (let k = 0; k < x.mean.length; k++) s += x.mean[k]! * y.mean[k]!;
  return s;
}

/** Word cosines up to this count as no match; above it, linearly up to 1 for the same word. */
export const FLOOR = 0.5;

/**
 * Weighted mean over x's words of each word's best match in y (its best cosine, FLOOR → 0, 1 → 1);
 * `unshared`: the words whose feature y has too count 0 (the lexical score has them already).
 */
function oneWay(x: SemanticSentence, y: SemanticSentence, d: number, unshared = false): number {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < x.count; i++) {
    if (unshared && y.idSet.has(x.ids[i]!)) {
      total += x.weights[i]!;
      continue;
    }
    let best = -1;
    for (let j = 0; j < y.count; j++) {
      let s = 0;
      const a = i * d;
      const b = j * d;
      for (let k = 0; k < d; k++) s += x.words[a + k]! * y.words[b + k]!;
      if (s > best) best = s;
    }
    sum += x.weights[i]! * (best > FLOOR ? (best - FLOOR) / (1 - FLOOR) : 0);
    total += x.weights[i]!;
  }
  return total > 0 ? sum / total : 0;
}

/** The soft word alignment of two sentences: each word's best cosine in the other, by weight, both ways averaged (0 when either has no word). */
export function softAlignment(x: SemanticSentence, y: SemanticSentence): number {
  if (x.count === 0 || y.count === 0) return 0;
  const d = x.words.length / x.count;
  return (oneWay(x, y, d) + oneWay(y, x, d)) / 2;
}

/** softAlignment over the words the two sentences do not share as features: the meaning they share beyond their words (0 when either has no word). */
export function softGain(x: SemanticSentence, y: SemanticSentence): number {
  if (x.count === 0 || y.count === 0) return 0;
  const d = x.words.length / x.count;
  return (oneWay(x, y, d, true) + oneWay(y, x, d, true)) / 2;
}

/**
 * Pairs of sentences to add as candidates though they share no feature: each sentence's
 * `k` nearest sentences of the other readout by denseCosine, at least `floor`, that
 * `known(a, b)` does not already hold. Sorted by A index, then B index.
 */
export function denseCandidates(sa: readonly SemanticSentence[], sb: readonly SemanticSentence[], k: number, floor: number, known: (a: number, b: number) => boolean): Array<{ a: number; b: number }> {
  if (k <= 0) return [];
  const nB = sb.length;
  const sims = new Float64Array(sa.length * nB);
  for (let i = 0; i < sa.length; i++) for (let j = 0; j < nB; j++) sims[i * nB + j] = sa[i]!.count && sb[j]!.count ? denseCosine(sa[i]!, sb[j]!) : -1;
  const picked = new Set<number>();
  const take = (cells: number[]): void => {
    cells.sort((p, q) => sims[q]! - sims[p]! || p - q);
    for (const c of cells.slice(0, k)) if (sims[c]! >= floor) picked.add(c);
  };
  for (let i = 0; i < sa.length; i++) take(Array.from({ length: nB }, (_, j) => i * nB + j));
  for (let j = 0; j < nB; j++) take(Array.from({ length: sa.length }, (_, i) => i * nB + j));
  return [...picked].sort((p, q) => p - q).map((c) => ({ a: Math.floor(c / nB), b: c % nB })).filter((c) => !known(c.a, c.b));
}
