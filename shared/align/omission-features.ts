/**
 * What the omission model (link-model.ts, `omission`) knows about a sentence when it
 * gives the probability that only its side reports it: how its best candidate link
 * stands (its confidence and score, the runner-up, whether that candidate's other end
 * is taken by a stronger link elsewhere, whether the sentence was linked at all), and
 * what the sentence itself is (its dialogue act: a courtesy or a framing formula; how
 * many content words, numbers and capitalised names it has; its place; how much of its
 * weight the other readout does not have anywhere, and its share of its readout's
 * unmatched weight; how long the other readout is). Numbers only, one row per sentence,
 * A's sentences then B's. Method and figures: docs/alignment.md.
 */
import { otherSide, type Sentence } from '../model/types';
import numbers from '../differences/data/numbers.json';
import { ACTS, FRAMING_MASK } from './dialogue-acts';
import { isStopword } from './stopwords';
import type { SentenceVector } from './vectors';

/** The features, in the order of a row. */
export const OMISSION_FEATURES = [
  'logitBest', 'linked', 'second', 'partnerElsewhere', 'bestScore',
  'unmatchedShare', 'unmatchedOfText', 'logContent', 'number', 'names', 'courtesy', 'framing',
  'relPosition', 'edge', 'lengthRatio',
] as const;
/** One omission feature's name. */
export type OmissionFeature = (typeof OMISSION_FEATURES)[number];

/** The static part: what a sentence is, whatever the links (indices into OMISSION_FEATURES from 'unmatchedShare'). */
const STATIC_FROM = OMISSION_FEATURES.indexOf('unmatchedShare');
const AT = Object.fromEntries(OMISSION_FEATURES.map((f, i) => [f, i])) as Record<(typeof OMISSION_FEATURES)[number], number>;

/** Acts that are courtesies: directed at the other party, not a point of substance. */
const COURTESY_MASK = ACTS.reduce((m, act, k) => (['thanks', 'congratulations', 'condolences', 'invitation'].includes(act) ? m | (1 << k) : m), 0);
const NOT_QUANTITIES = new Set(numbers.notQuantities);
const NUMBER_WORDS = new Set(Object.keys(numbers.cardinals).filter((w) => !NOT_QUANTITIES.has(w)));

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Content words (not stop words, longer than three letters), numbers, and capitalised words after the first. */
function wordFacts(text: string, language: string): { content: number; number: boolean; names: number } {
  let content = 0;
  let names = 0;
  let number = /\p{N}/u.test(text);
  let first = true;
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    const lower = w.toLowerCase();
    if (w.length > 3 && !isStopword(lower, language)) content++;
    if (NUMBER_WORDS.has(lower)) number = true;
    if (!first && /^\p{Lu}/u.test(w)) names++;
    first = false;
  }
  return { content, number, names };
}

/** Per sentence of `own`: the weight of its topical features that no sentence of `other` has. */
function unmatchedWeights(own: readonly SentenceVector[], other: readonly SentenceVector[]): { unmatched: number[]; topical: number[] } {
  const there = new Set<number>();
  for (const v of other) for (const e of v.entries) there.add(e.id);
  const unmatched: number[] = [];
  const topical: number[] = [];
  for (const v of own) {
    let u = 0;
    let t = 0;
    for (const e of v.entries) {
      if (e.generic || e.participant) continue;
      t += e.weight;
      if (!there.has(e.id)) u += e.weight;
    }
    unmatched.push(u);
    topical.push(t);
  }
  return { unmatched, topical };
}

/** The features read from a sentence's words (wordFacts): not computed when no model weighs them. */
export const WORD_FEATURES: readonly OmissionFeature[] = ['logContent', 'number', 'names'];

/**
 * The static features of each sentence of one readout (what it is, whatever the links),
 * as rows of OMISSION_FEATURES with the link part left 0. `acts`: each sentence's
 * dialogue-act mask (dialogue-acts.ts). `words`: whether to read the WORD_FEATURES (left 0
 * otherwise; the app skips them when the committed model gives them no weight).
 */
export function sentenceFacts(sentences: readonly Sentence[], language: string, own: readonly SentenceVector[], other: readonly SentenceVector[], acts: readonly number[], words = true): Float64Array[] {
  const n = sentences.length;
  const { unmatched, topical } = unmatchedWeights(own, other);
  const totalUnmatched = unmatched.reduce((s, u) => s + u, 0);
  return sentences.map((s, i) => {
    const row = new Float64Array(OMISSION_FEATURES.length);
    const w = words ? wordFacts(s.text, language) : { content: 0, number: false, names: 0 };
    row[AT.unmatchedShare] = topical[i]! > 0 ? unmatched[i]! / topical[i]! : 0;
    row[AT.unmatchedOfText] = totalUnmatched > 0 ? Math.min(4, (unmatched[i]! / totalUnmatched) * n) : 0;
    row[AT.logContent] = Math.log1p(w.content);
    row[AT.number] = w.number ? 1 : 0;
    row[AT.names] = Math.log1p(w.names);
    row[AT.courtesy] = (acts[i]! & COURTESY_MASK) !== 0 ? 1 : 0;
    row[AT.framing] = (acts[i]! & FRAMING_MASK) !== 0 ? 1 : 0;
    row[AT.relPosition] = n > 1 ? i / (n - 1) : 0;
    row[AT.edge] = i === 0 || i === n - 1 ? 1 : 0;
    row[AT.lengthRatio] = Math.log(Math.max(1, other.length) / Math.max(1, n));
    return row;
  });
}

/** A candidate link as the omission features need it. */
export interface RatedPair { a: number; b: number; score: number; confidence: number }

/** Rated candidates as columns: candidate k is (a[k], b[k], score[k], confidence[k]); the arrays may be longer than `length`. */
export interface RatedColumns {
  length: number;
  a: Int32Array;
  b: Int32Array;
  score: Float64Array;
  confidence: Float64Array;
}

/** Rated candidate objects as columns. */
export function ratedColumns(pairs: readonly RatedPair[]): RatedColumns {
  return {
    length: pairs.length,
    a: Int32Array.from(pairs, (p) => p.a), b: Int32Array.from(pairs, (p) => p.b),
    score: Float64Array.from(pairs, (p) => p.score), confidence: Float64Array.from(pairs, (p) => p.confidence),
  };
}

const logit = (p: number): number => {
  const q = Math.min(1 - 1e-3, Math.max(1e-3, p));
  return Math.log(q / (1 - q));
};

/** Per sentence of one side: its best candidate (by confidence; its index, -1 when none) and the second best's confidence. */
function bestTwo(candidates: RatedColumns, n: number, side: 'a' | 'b'): { best: Int32Array; second: Float64Array } {
  const best = new Int32Array(n).fill(-1);
  const second = new Float64Array(n);
  const ends = candidates[side];
  const confidence = candidates.confidence;
  for (let k = 0; k < candidates.length; k++) {
    const i = ends[k]!;
    const b = best[i]!;
    if (b < 0 || confidence[k]! > confidence[b]!) {
      if (b >= 0) second[i] = confidence[b]!;
      best[i] = k;
    } else if (confidence[k]! > second[i]!) second[i] = confidence[k]!;
  }
  return { best, second };
}

/**
 * The rows of OMISSION_FEATURES, A's sentences then B's: the static facts of each side
 * (sentenceFacts) with the link part filled in from the rated candidates (the links made,
 * inherited ones included, count as candidates; objects or columns) and which sentences are linked.
 */
export function omissionRows(rated: RatedColumns | readonly RatedPair[], facts: { a: readonly Float64Array[]; b: readonly Float64Array[] }, linked: { a: ReadonlySet<number>; b: ReadonlySet<number> }): Float64Array[] {
  const candidates = Array.isArray(rated) ? ratedColumns(rated) : (rated as RatedColumns);
  const nA = facts.a.length;
  const nB = facts.b.length;
  const top = { a: bestTwo(candidates, nA, 'a'), b: bestTwo(candidates, nB, 'b') };
  const rows: Float64Array[] = [];
  for (const side of ['a', 'b'] as const) {
    const other = otherSide(side);
    facts[side].forEach((f, i) => {
      const row = Float64Array.from(f);
      row.fill(0, 0, STATIC_FROM);
      const best = top[side].best[i]!;
      const confidence = best >= 0 ? candidates.confidence[best]! : 0;
      row[AT.logitBest] = logit(confidence);
      row[AT.linked] = linked[side].has(i) ? 1 : 0;
      row[AT.second] = top[side].second[i]!;
      row[AT.bestScore] = best >= 0 ? candidates.score[best]! : 0;
      if (best >= 0) {
        // The other end of the best candidate: is it held by a stronger link with another sentence?
        const end = candidates[other][best]!;
        const partner = top[other].best[end]!;
        const elsewhere = candidates[side][partner] === i ? top[other].second[end]! : candidates.confidence[partner]!;
        row[AT.partnerElsewhere] = Math.max(-1, Math.min(1, elsewhere - confidence));
      } else row[AT.partnerElsewhere] = 0;
      rows.push(row);
    });
  }
  return rows;
}
