/**
 * The selection model: a regularised logistic regression over the candidate
 * features of link-features.ts, fitted by `npm run fit` (scripts/fit-alignment.ts)
 * on the development pairs and committed as data (data/link-model.json). The app
 * only applies it. Its output is a link's confidence: the probability that the two
 * sentences report the same point. docs/alignment.md gives the method and the
 * cross-validated figures.
 */
import model from './data/link-model.json';
import { LINK_FEATURES } from './link-features';

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
   * Platt scaling of logit(1 − best link probability of a sentence) into the probability that it
   * is one-sided, for a sentence left one-sided (best below the threshold)…
   */
  omission: { intercept: number; slope: number };
  /** …and for a sentence with a link (fitted apart: the two groups sit on either side of the threshold). */
  linked: { intercept: number; slope: number };
}

/** The committed model. */
export const LINK_MODEL: LinkModel = model;

if (LINK_MODEL.features.join() !== LINK_FEATURES.join()) {
  throw new Error('shared/align/data/link-model.json was fitted on other features than link-features.ts computes: run `npm run fit`');
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const logit = (p: number): number => {
  const q = Math.min(1 - 1e-4, Math.max(1e-4, p));
  return Math.log(q / (1 - q));
};

/** The probability that a candidate is a right link, from its feature row. */
export function linkProbability(m: LinkModel, row: ArrayLike<number>): number {
  let z = m.bias;
  for (let k = 0; k < m.weights.length; k++) z += m.weights[k]! * ((row[k]! - m.mean[k]!) / m.scale[k]!);
  return sigmoid(z);
}

/**
 * The probability that a sentence is reported by one side only, from the best
 * link probability among its candidates (0 when it has none).
 */
export function omissionProbability(m: LinkModel, bestLink: number): number {
  const platt = bestLink >= m.linkThreshold ? m.linked : m.omission;
  return sigmoid(platt.intercept + platt.slope * logit(1 - bestLink));
}
