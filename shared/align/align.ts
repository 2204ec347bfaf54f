/**
 * Sentence alignment of two independent readouts of the same call.
 *
 * 1. Each sentence becomes a weighted bag of features (features.ts).
 * 2. Weights are damped for features that many sentences of the pair share (in a
 *    call about Ukraine, "Ukraine" tells little about which point is reported) and
 *    for the names of the participants, who are the subject of every sentence.
 *    The two opening sentences that report the call itself share a feature.
 * 3. Candidate pairs come from an inverted index over the features (sparse: two
 *    sentences sharing nothing are never scored).
 * 4. Each candidate is scored in [0, 1] with the shared features as reasons.
 * 5. A link is kept when its score passes the threshold and it is close to the
 *    best link of at least one of its two sentences: a global, many-to-many
 *    selection, since one sentence may report several points.
 * 6. A sentence that refers back ("Putin responded positively to this
 *    initiative") follows the links of the sentence it refers to (anaphora.ts).
 */
import type { Sentence } from '../model/types';
import { refersBack } from './anaphora';
import { sentenceFeatures } from './features';
import type { AlignResources } from './resources';

/** One readout as the aligner sees it. */
export interface AlignInput {
  sentences: readonly Sentence[];
  /** BCP 47 tag of the text's language. */
  language: string;
}

/** Why two sentences were linked: one shared feature, or a reference back. */
export interface Reason {
  /** The shared term or concept ("ceasefire", "Russia", a word's stem), or "refers back". */
  label: string;
  /** How it reads in sentence A and in sentence B. */
  a: string;
  b: string;
  /** This reason's share of the pair's score. */
  contribution: number;
  /** Set when the link was inherited: the sentence refers back to this one (0-based index on `side`). */
  via?: { side: 'a' | 'b'; index: number };
}

/** A link between sentence `a` of readout A and sentence `b` of readout B (0-based indices). */
export interface Link {
  a: number;
  b: number;
  /** Similarity in [0, 1]. */
  score: number;
  /** Shared features, largest contribution first. */
  reasons: Reason[];
}

/** Tuning of the aligner; the defaults are documented in docs/alignment.md. */
export interface AlignOptions {
  /** Minimum score of a link. */
  threshold: number;
  /** A link must score at least this share of the best link of one of its sentences. */
  ratio: number;
  /** Share of the antecedent's link score that a sentence referring back inherits. */
  anaphoraFactor: number;
  /** Weight multiplier for the participants' names. */
  participantFactor: number;
}

export const DEFAULT_ALIGN_OPTIONS: AlignOptions = { threshold: 0.2, ratio: 0.6, anaphoraFactor: 0.9, participantFactor: 0.2 };

interface Entry {
  weight: number;
  surface: string;
  /** Written with a capital letter after the sentence's first word (a name). */
  name: boolean;
}

type Bag = Map<string, Entry>;

/** Feature key shared by the two sentences that open the readouts by reporting the call. */
const OPENING = 'o:opening';
const CALL = 'c:call';

function bags(input: AlignInput, resources: AlignResources): Bag[] {
  return input.sentences.map((s, i) => {
    const bag: Bag = new Map();
    for (const [k, f] of sentenceFeatures(s, input.language, resources)) {
      bag.set(k, { weight: f.weight, surface: f.surface, name: f.capitalized });
    }
    // Readouts open by saying who spoke to whom; that sentence reports the call itself.
    if (i === 0 && bag.has(CALL)) bag.set(OPENING, { weight: 1, surface: s.text.slice(0, 40), name: false });
    return bag;
  });
}

/**
 * Damps each feature by how many sentences of the pair carry it: an inverse
 * document frequency over the two readouts, 1 for a feature in at most one
 * sentence per side, falling towards 0 for one in every sentence. Names written in
 * both readouts and in several sentences are the participants: damped further.
 */
function damp(a: Bag[], b: Bag[], options: AlignOptions): void {
  const dfA = new Map<string, number>();
  const dfB = new Map<string, number>();
  for (const bag of a) for (const k of bag.keys()) dfA.set(k, (dfA.get(k) ?? 0) + 1);
  for (const bag of b) for (const k of bag.keys()) dfB.set(k, (dfB.get(k) ?? 0) + 1);
  const n = a.length + b.length;
  const norm = Math.log(1 + n / 2);
  for (const bag of [...a, ...b]) {
    for (const [k, e] of bag) {
      if (k === OPENING) continue;
      const inA = dfA.get(k) ?? 0;
      const inB = dfB.get(k) ?? 0;
      e.weight *= Math.min(1, Math.log(1 + n / Math.max(2, inA + inB)) / norm);
      if (e.name && inA > 0 && inB > 0 && inA + inB > 2) e.weight *= options.participantFactor;
    }
  }
}

function total(bag: Bag): number {
  let t = 0;
  for (const e of bag.values()) t += e.weight;
  return t;
}

/** Aligns two readouts; links are sorted by A index, then B index. */
export function align(a: AlignInput, b: AlignInput, resources: AlignResources, options: AlignOptions = DEFAULT_ALIGN_OPTIONS): Link[] {
  const bagsA = bags(a, resources);
  const bagsB = bags(b, resources);
  damp(bagsA, bagsB, options);
  const totalsA = bagsA.map(total);
  const totalsB = bagsB.map(total);

  // Inverted index over B; accumulate shared weight for every candidate pair.
  const postings = new Map<string, number[]>();
  bagsB.forEach((bag, j) => {
    for (const k of bag.keys()) {
      let list = postings.get(k);
      if (!list) postings.set(k, (list = []));
      list.push(j);
    }
  });
  const scores = new Map<number, Link>();
  const keyOf = (i: number, j: number): number => i * bagsB.length + j;
  bagsA.forEach((bagA, i) => {
    const shared = new Map<number, number>();
    for (const [k, ea] of bagA) {
      for (const j of postings.get(k) ?? []) shared.set(j, (shared.get(j) ?? 0) + Math.min(ea.weight, bagsB[j]!.get(k)!.weight));
    }
    for (const [j, s] of shared) {
      const denom = Math.sqrt(totalsA[i]! * totalsB[j]!);
      if (denom === 0) continue;
      scores.set(keyOf(i, j), { a: i, b: j, score: Math.min(1, s / denom), reasons: reasons(bagA, bagsB[j]!, denom) });
    }
  });

  const selected = select([...scores.values()], bagsA.length, bagsB.length, options);
  const chosen = new Map<number, Link>(selected.map((l) => [keyOf(l.a, l.b), l]));

  // Sentences that refer back follow their antecedent's links (one step, in text order).
  const follow = (side: 'a' | 'b', input: AlignInput): void => {
    input.sentences.forEach((s, k) => {
      if (k === 0 || !refersBack(s, input.language)) return;
      for (const l of [...chosen.values()]) {
        if ((side === 'a' ? l.a : l.b) !== k - 1) continue;
        const i = side === 'a' ? k : l.a;
        const j = side === 'a' ? l.b : k;
        const own = scores.get(keyOf(i, j));
        const inherited = l.score * options.anaphoraFactor;
        if (chosen.has(keyOf(i, j)) || inherited < options.threshold) continue;
        const via: Reason = { label: 'refers back', a: side === 'a' ? input.sentences[k - 1]!.text : '', b: side === 'b' ? input.sentences[k - 1]!.text : '', contribution: inherited, via: { side, index: k - 1 } };
        chosen.set(keyOf(i, j), { a: i, b: j, score: Math.max(inherited, own?.score ?? 0), reasons: [via, ...(own?.reasons ?? [])] });
      }
    });
  };
  follow('a', a);
  follow('b', b);
  return [...chosen.values()].sort((x, y) => x.a - y.a || x.b - y.b);
}

/** Keeps links above the threshold that come close to the best link of one of their sentences. */
function select(links: Link[], nA: number, nB: number, options: AlignOptions): Link[] {
  const above = links.filter((l) => l.score >= options.threshold);
  const bestA = new Array<number>(nA).fill(0);
  const bestB = new Array<number>(nB).fill(0);
  for (const l of above) {
    bestA[l.a] = Math.max(bestA[l.a]!, l.score);
    bestB[l.b] = Math.max(bestB[l.b]!, l.score);
  }
  return above.filter((l) => l.score >= options.ratio * bestA[l.a]! || l.score >= options.ratio * bestB[l.b]!);
}

function reasons(bagA: Bag, bagB: Bag, denom: number): Reason[] {
  const out: Reason[] = [];
  for (const [k, ea] of bagA) {
    const eb = bagB.get(k);
    if (!eb) continue;
    out.push({ label: k === OPENING ? 'both open with the call' : k.slice(2), a: ea.surface, b: eb.surface, contribution: Math.min(ea.weight, eb.weight) / denom });
  }
  return out.sort((x, y) => y.contribution - x.contribution || x.label.localeCompare(y.label));
}
