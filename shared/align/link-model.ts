/**
 * The selection model: a regularised logistic regression over the candidate
 * features of link-features.ts, fitted by `npm run fit` (scripts/fit-alignment.ts)
 * on the development pairs and committed as data (data/link-model.json). The app
 * only applies it. Its output is a link's confidence: the probability that the two
 * sentences report the same point. docs/alignment.md gives the method and the
 * cross-validated figures.
 */
import type { CoverageRule } from './coverage';
import { CONTEXT_EXTRA, CONTEXT_FEATURES, contextScan, endColumns, type EndColumns } from './context-features';
import model from './data/link-model.json';
import { blockOf, LINK_FEATURES, type FeatureBlock } from './link-features';
import { OMISSION_FEATURES } from './omission-features';

/** A logistic regression on standardised features. */
export interface Standardised { mean: readonly number[]; scale: readonly number[]; weights: readonly number[]; bias: number }

/** A fitted model, as `npm run fit` writes it. */
export interface LinkModel {
  /** The feature names, in row order; must equal LINK_FEATURES. */
  features: readonly string[];
  /** Per feature: the mean and scale the rows are standardised with before the weights apply. */
  mean: readonly number[];
  scale: readonly number[];
  weights: readonly number[];
  bias: number;
  /** A candidate becomes a link when its probability reaches this (chosen by cross-validation over pairs). */
  linkThreshold: number;
  /**
   * The coverage rule (coverage.ts): a candidate under the threshold that a sentence already
   * linked takes for the content its links do not cover yet. Fitted with the threshold by
   * cross-validation over pairs; null or absent when the fit found it no better than none.
   */
  coverage?: CoverageRule | null;
  /**
   * The omission model: two logistic regressions over the sentence features of
   * omission-features.ts (standardised as the link model's are), giving the probability
   * that a sentence is reported by one side only: one for the sentences the alignment
   * left one-sided, one for those it linked (fitted apart: what tells a real omission
   * from a missed link is not what tells a wrong link from a right one).
   */
  omission: { features: readonly string[]; unlinked: Standardised; linked: Standardised };
  /**
   * The second look (context-features.ts): a logistic regression over a candidate's row and
   * how it stands beside its sentences' other candidates by the first look's probabilities,
   * "taken" meaning at least `reference` (0.5: more likely right than not). When
   * present, its probability is the link's confidence and `linkThreshold` applies to it.
   */
  context?: Standardised & { features: readonly string[]; reference: number };
}

/** The committed model. */
export const LINK_MODEL: LinkModel = model;

if (LINK_MODEL.features.join() !== LINK_FEATURES.join()) {
  throw new Error('shared/align/data/link-model.json was fitted on other features than link-features.ts computes: run `npm run fit`');
}
if (LINK_MODEL.context && LINK_MODEL.context.features.join() !== CONTEXT_FEATURES.join()) {
  throw new Error('shared/align/data/link-model.json was fitted on other context features than context-features.ts computes: run `npm run fit`');
}
if (LINK_MODEL.omission.features.join() !== OMISSION_FEATURES.join()) {
  throw new Error('shared/align/data/link-model.json was fitted on other omission features than omission-features.ts computes: run `npm run fit`');
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** A standardised logistic regression's probability for one row (the row from offset `o` of `row`). */
function logistic(m: Standardised, row: ArrayLike<number>, o = 0): number {
  let z = m.bias;
  for (let k = 0; k < m.weights.length; k++) z += m.weights[k]! * ((row[o + k]! - m.mean[k]!) / m.scale[k]!);
  return sigmoid(z);
}

/** The probability that a candidate is a right link, from its feature row. */
export function linkProbability(m: LinkModel, row: ArrayLike<number>): number {
  return logistic(m, row);
}

/** Whether the omission model gives any weight to one of `features`. */
export function weighsAny(m: LinkModel, features: readonly string[]): boolean {
  const at = features.map((f) => OMISSION_FEATURES.indexOf(f as (typeof OMISSION_FEATURES)[number]));
  return [m.omission.unlinked, m.omission.linked].some((g) => at.some((k) => k >= 0 && g.weights[k] !== 0));
}

/**
 * Every candidate's confidence: the first look's probability (linkProbability) or, when the
 * model has a second look, its probability given how each candidate stands among the others.
 */
export function candidateProbabilities(m: LinkModel, candidates: ReadonlyArray<{ a: number; b: number }>, rows: readonly ArrayLike<number>[], nA: number, nB: number): Float64Array {
  return blockProbabilities(m, endColumns(candidates), blockOf(rows, LINK_FEATURES.length), nA, nB);
}

/** candidateProbabilities of candidates as columns (`ends`) with their rows in one block (link-features.ts). */
export function blockProbabilities(m: LinkModel, ends: EndColumns, rows: FeatureBlock, nA: number, nB: number): Float64Array {
  const width = rows.width;
  const first = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) first[k] = logistic(m, rows.data, k * width);
  const ctx = m.context;
  if (!ctx) return first;
  // The second look's weights folded with its standardisation (z = c + w · x), so that no
  // row of its own is built per candidate: long readouts have tens of thousands.
  const w = ctx.weights.map((v, i) => v / ctx.scale[i]!);
  const c = ctx.weights.reduce((z, v, i) => z - (v * ctx.mean[i]!) / ctx.scale[i]!, ctx.bias);
  const scan = contextScan(ends, rows, first, nA, nB, ctx.reference);
  const base = LINK_FEATURES.length;
  const extra = new Float64Array(CONTEXT_EXTRA.length);
  const out = new Float64Array(rows.length);
  const data = rows.data;
  for (let k = 0; k < rows.length; k++) {
    const o = k * width;
    let z = c;
    for (let i = 0; i < base; i++) z += w[i]! * data[o + i]!;
    scan(k, extra, 0);
    for (let j = 0; j < extra.length; j++) z += w[base + j]! * extra[j]!;
    out[k] = sigmoid(z);
  }
  return out;
}

/** The probability that a sentence is reported by one side only, from its row of OMISSION_FEATURES. */
export function omissionProbability(m: LinkModel, row: ArrayLike<number>): number {
  return logistic(row[OMISSION_FEATURES.indexOf('linked')] === 1 ? m.omission.linked : m.omission.unlinked, row);
}
