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
  /** Minimum score of any link. */
  threshold: number;
  /** Score from which a link stands on its own; below it, a link must be (near) the best of both its sentences. */
  strongThreshold: number;
  /** "Near the best": at least this share of the best link's score. */
  ratio: number;
  /** Share of the antecedent's link score that a sentence referring back inherits. */
  anaphoraFactor: number;
  /** Weight multiplier for the participants' names. */
  participantFactor: number;
  /**
   * How the score normalises the shared weight S by the two sentences' totals:
   * S / (longer^lengthBias · shorter^(1 − lengthBias)). 0.5 is a cosine; lower
   * values let a short sentence match one point of a long, many-point sentence.
   */
  lengthBias: number;
  /** Discount for a match between two clauses rather than two whole sentences. */
  clauseFactor: number;
  /** Exponent of the in-pair document-frequency damping (0 turns it off). */
  localIdfPower: number;
}

export const DEFAULT_ALIGN_OPTIONS: AlignOptions = {
  threshold: 0.12, strongThreshold: 0.25, ratio: 0.7, anaphoraFactor: 0.9, participantFactor: 0.2, lengthBias: 0.5, localIdfPower: 1, clauseFactor: 0.7,
};

interface Entry {
  weight: number;
  surface: string;
  /** Written with a capital letter after the sentence's first word (a name). */
  name: boolean;
  /** Offset of the feature's first word in the readout (to place it in a clause). */
  at: number;
}

type Bag = Map<string, Entry>;

/** Feature key shared by the two sentences that open the readouts by reporting the call. */
const OPENING = 'o:opening';
const CALL = 'c:call';

function bags(input: AlignInput, resources: AlignResources): Bag[] {
  return input.sentences.map((s, i) => {
    const bag: Bag = new Map();
    for (const [k, f] of sentenceFeatures(s, input.language, resources)) {
      bag.set(k, { weight: f.weight, surface: f.surface, name: f.capitalized, at: f.at });
    }
    // Readouts open by saying who spoke to whom; that sentence reports the call itself.
    if (i === 0 && bag.has(CALL)) bag.set(OPENING, { weight: 1, surface: s.text.slice(0, 40), name: false, at: s.start });
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
      e.weight *= Math.min(1, Math.log(1 + n / Math.max(2, inA + inB)) / norm) ** options.localIdfPower;
      if (e.name && inA > 0 && inB > 0 && inA + inB > 2) e.weight *= options.participantFactor;
    }
  }
}

function sharedWeight(x: Bag, y: Bag): number {
  let s = 0;
  for (const [k, e] of x) {
    const f = y.get(k);
    if (f) s += Math.min(e.weight, f.weight);
  }
  return s;
}

interface Clause {
  bag: Bag;
  total: number;
}

/** Separators between the points of a sentence: punctuation, and "and"/"as well as" after a comma or between long stretches. */
const CLAUSE_BREAK = /[,;:\u2013\u2014]\s+|\s+(?:and|as well as|while|whereas)\s+/gu;
/** A clause needs this many features to stand as a point of its own. */
const MIN_CLAUSE_FEATURES = 3;

/** The clauses of a long sentence, each with the features that lie in it; none for a one-point sentence. */
function clauseBags(bag: Bag, sentence: Sentence): Clause[] {
  if (bag.size < 2 * MIN_CLAUSE_FEATURES) return [];
  const cuts = [sentence.start];
  for (const m of sentence.text.matchAll(CLAUSE_BREAK)) cuts.push(sentence.start + m.index!);
  cuts.push(sentence.end);
  const pieces: Bag[] = [];
  for (let c = 0; c + 1 < cuts.length; c++) {
    const piece: Bag = new Map();
    for (const [k, e] of bag) if (e.at >= cuts[c]! && e.at < cuts[c + 1]!) piece.set(k, e);
    if (piece.size === 0) continue;
    const last = pieces[pieces.length - 1];
    // Too small to be a point: it belongs to the clause before.
    if (last && (last.size < MIN_CLAUSE_FEATURES || piece.size < MIN_CLAUSE_FEATURES)) for (const [k, e] of piece) last.set(k, e);
    else pieces.push(piece);
  }
  return pieces.length < 2 ? [] : pieces.map((p) => ({ bag: p, total: total(p) }));
}

function total(bag: Bag): number {
  let t = 0;
  for (const e of bag.values()) t += e.weight;
  return t;
}

/** Every scored candidate pair, before selection, keyed by `a * nB + b`; for the aligner and for diagnostics. */
export interface Candidates {
  scores: Map<number, Link>;
  totalsA: number[];
  totalsB: number[];
  nB: number;
}

/** Scores every pair of sentences that share a feature. */
export function scoreCandidates(a: AlignInput, b: AlignInput, resources: AlignResources, options: AlignOptions = DEFAULT_ALIGN_OPTIONS): Candidates {
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
  const clausesA = bagsA.map((bag, i) => clauseBags(bag, a.sentences[i]!));
  const clausesB = bagsB.map((bag, j) => clauseBags(bag, b.sentences[j]!));
  const scores = new Map<number, Link>();
  const keyOf = (i: number, j: number): number => i * bagsB.length + j;
  bagsA.forEach((bagA, i) => {
    const shared = new Map<number, number>();
    for (const [k, ea] of bagA) {
      for (const j of postings.get(k) ?? []) shared.set(j, (shared.get(j) ?? 0) + Math.min(ea.weight, bagsB[j]!.get(k)!.weight));
    }
    for (const [j, s] of shared) {
      const long = Math.max(totalsA[i]!, totalsB[j]!);
      const short = Math.min(totalsA[i]!, totalsB[j]!);
      const denom = long ** options.lengthBias * short ** (1 - options.lengthBias);
      if (denom === 0) continue;
      let score = s / denom;
      let bestA: Bag = bagA;
      let bestB: Bag = bagsB[j]!;
      let bestDenom = denom;
      // One point of a many-point sentence: compare clause by clause.
      for (const ca of clausesA[i]!) {
        for (const cb of clausesB[j]!) {
          const cs = sharedWeight(ca.bag, cb.bag);
          if (cs === 0) continue;
          const cl = Math.max(ca.total, cb.total), csh = Math.min(ca.total, cb.total);
          const cd = (cl ** options.lengthBias * csh ** (1 - options.lengthBias)) / options.clauseFactor;
          if (cs / cd > score) {
            score = cs / cd;
            bestA = ca.bag; bestB = cb.bag; bestDenom = cd;
          }
        }
      }
      scores.set(keyOf(i, j), { a: i, b: j, score: Math.min(1, score), reasons: reasons(bestA, bestB, bestDenom) });
    }
  });
  return { scores, totalsA, totalsB, nB: bagsB.length };
}

/** Aligns two readouts; links are sorted by A index, then B index. */
export function align(a: AlignInput, b: AlignInput, resources: AlignResources, options: AlignOptions = DEFAULT_ALIGN_OPTIONS): Link[] {
  const { scores, nB } = scoreCandidates(a, b, resources, options);
  const keyOf = (i: number, j: number): number => i * nB + j;
  const selected = select([...scores.values()], a.sentences.length, b.sentences.length, options);
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

/**
 * Keeps the links that stand on their own (score ≥ strongThreshold) and come near
 * the best link of one of their sentences, and the weaker links (≥ threshold)
 * that come near the best of both their sentences: what each sentence, looking at
 * the whole other readout, would pick.
 */
function select(links: Link[], nA: number, nB: number, options: AlignOptions): Link[] {
  const above = links.filter((l) => l.score >= options.threshold);
  const bestA = new Array<number>(nA).fill(0);
  const bestB = new Array<number>(nB).fill(0);
  for (const l of above) {
    bestA[l.a] = Math.max(bestA[l.a]!, l.score);
    bestB[l.b] = Math.max(bestB[l.b]!, l.score);
  }
  return above.filter((l) => {
    const nearA = l.score >= options.ratio * bestA[l.a]!;
    const nearB = l.score >= options.ratio * bestB[l.b]!;
    return l.score >= options.strongThreshold ? nearA || nearB : nearA && nearB;
  });
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
