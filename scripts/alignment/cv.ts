/**
 * Fitting the selection model and measuring it by leave-one-pair-out
 * cross-validation: for each development pair, everything fitted (the logistic
 * weights, the link threshold, the omission calibration) is fitted on the other
 * pairs only, and the pair is then aligned by the app's own code with that model.
 * The threshold and the calibration are themselves fitted on out-of-fold
 * predictions of the training pairs (an inner leave-one-pair-out), so that they
 * see probabilities as they will be on a new pair.
 */
import { alignExplained, DEFAULT_ALIGN_OPTIONS, type AlignOptions } from '../../shared/align/align';
import { LINK_FEATURES } from '../../shared/align/link-features';
import { linkProbability, type LinkModel } from '../../shared/align/link-model';
import type { AlignResources } from '../../shared/align/resources';
import { select, type RatedCandidate } from '../../shared/align/select';
import type { PairData } from './dataset';
import { fitLogistic, predictLogistic, type Logistic } from './logistic';
import { addTally, figures, scoreLinks, zeroTally, type Tally } from './metrics';

/** What the fit may vary; the defaults are what `npm run fit` uses. */
export interface FitSettings {
  /** L2 penalty of the logistic regression (on standardised features). */
  l2: number;
  /** Align options other than the model (inheritance of references back, the cap per sentence). */
  align: AlignOptions;
}

export const DEFAULT_FIT: FitSettings = { l2: 5, align: DEFAULT_ALIGN_OPTIONS };

/** The link thresholds tried. */
const THRESHOLDS = Array.from({ length: 91 }, (_, k) => 0.05 + k * 0.01);

function fitLinks(train: readonly PairData[], l2: number): Logistic {
  const rows: Float64Array[] = [];
  const labels: number[] = [];
  for (const p of train) p.candidates.forEach((c, k) => {
    const y = p.labels[k];
    if (y === null || y === undefined) return;
    rows.push(c.row);
    labels.push(y);
  });
  return fitLogistic(rows, labels, l2);
}

/** Out-of-fold link probabilities of each training pair (inner leave-one-pair-out). */
function outOfFold(train: readonly PairData[], l2: number): number[][] {
  return train.map((p) => {
    const m = fitLinks(train.filter((q) => q !== p), l2);
    return p.candidates.map((c) => predictLogistic(m, c.row));
  });
}

/** The links the selection makes on a pair from given probabilities, as unit-id pairs. */
function selected(p: PairData, probs: readonly number[], threshold: number, options: AlignOptions): Array<[string, string]> {
  const rated: RatedCandidate[] = p.candidates.map((c, k) => ({ a: c.a, b: c.b, score: c.score, clauseA: -1, clauseB: -1, confidence: probs[k]! }));
  return select(rated, p.gold.aUnits.length, p.gold.bUnits.length, threshold, options).map((c) => [p.gold.aUnits[c.a]!, p.gold.bUnits[c.b]!]);
}

/** The threshold that maximises the mean of micro link F1 and omission F1 over the pairs (ties: the lower). */
function bestThreshold(train: readonly PairData[], oof: readonly number[][], options: AlignOptions): number {
  let best = THRESHOLDS[0]!;
  let bestValue = -1;
  for (const t of THRESHOLDS) {
    const total = zeroTally();
    train.forEach((p, i) => addTally(total, scoreLinks(p.gold, selected(p, oof[i]!, t, options))));
    const f = figures(total);
    const value = (f.link.f1 + f.omission.f1) / 2;
    if (value > bestValue + 1e-12) { bestValue = value; best = t; }
  }
  return best;
}

/** Per unit (A then B), the best probability among its candidates (0 when it has none). */
export function bestPerUnit(p: PairData, probs: readonly number[]): number[] {
  const nA = p.gold.aUnits.length;
  const top = new Array<number>(nA + p.gold.bUnits.length).fill(0);
  p.candidates.forEach((c, k) => {
    top[c.a] = Math.max(top[c.a]!, probs[k]!);
    top[nA + c.b] = Math.max(top[nA + c.b]!, probs[k]!);
  });
  return top;
}

const logit = (p: number): number => {
  const q = Math.min(1 - 1e-4, Math.max(1e-4, p));
  return Math.log(q / (1 - q));
};

/**
 * Platt scaling of logit(1 − best link probability) into P(one-sided), on the training pairs'
 * out-of-fold probabilities, over the sentences the selection leaves one-sided (best below the
 * threshold): those are the ones whose confidence the comparison states.
 */
function fitOmission(train: readonly PairData[], oof: readonly number[][], threshold: number, leftOneSided: boolean): LinkModel['omission'] {
  const rows: number[][] = [];
  const labels: number[] = [];
  train.forEach((p, i) => bestPerUnit(p, oof[i]!).forEach((top, u) => {
    const y = p.oneSided[u];
    if (y === null || y === undefined || (top < threshold) !== leftOneSided) return;
    rows.push([logit(1 - top)]);
    labels.push(y);
  }));
  const m = fitLogistic(rows, labels, 1e-3);
  const slope = m.weights[0]! / m.scale[0]!;
  return { intercept: m.bias - slope * m.mean[0]!, slope };
}

/** Fits the whole model on the given pairs. */
export function fitModel(train: readonly PairData[], settings: FitSettings = DEFAULT_FIT): LinkModel {
  const lr = fitLinks(train, settings.l2);
  const oof = outOfFold(train, settings.l2);
  const linkThreshold = bestThreshold(train, oof, settings.align);
  return {
    features: [...LINK_FEATURES], mean: lr.mean, scale: lr.scale, weights: lr.weights, bias: lr.bias,
    linkThreshold, omission: fitOmission(train, oof, linkThreshold, true), linked: fitOmission(train, oof, linkThreshold, false),
  };
}

/** What the cross-validation gives: per pair and pooled. */
export interface CvResult {
  perPair: Array<{ name: string; tally: Tally; linkThreshold: number }>;
  micro: Tally;
  /** Every candidate of a held-out pair with a definite gold label: its CV confidence and label. */
  links: { p: number[]; y: number[] };
  /** The links the held-out alignment made (gold weak links left out). */
  chosenLinks: { p: number[]; y: number[] };
  /** Every unit with a definite gold status: its CV probability of being one-sided, and whether it is. */
  units: { p: number[]; y: number[] };
  /** The units the held-out alignment left one-sided (its omissions). */
  omissions: { p: number[]; y: number[] };
}

/** Leave-one-pair-out: each pair aligned by the app's code with a model fitted on the others. */
export function crossValidate(pairs: readonly PairData[], resources: AlignResources, settings: FitSettings = DEFAULT_FIT): CvResult {
  const out: CvResult = { perPair: [], micro: zeroTally(), links: { p: [], y: [] }, chosenLinks: { p: [], y: [] }, units: { p: [], y: [] }, omissions: { p: [], y: [] } };
  for (const held of pairs) {
    const model = fitModel(pairs.filter((p) => p !== held), settings);
    const alignment = alignExplained(held.a, held.b, resources, { ...settings.align, model });
    const predicted = alignment.links.map((l): [string, string] => [held.gold.aUnits[l.a]!, held.gold.bUnits[l.b]!]);
    const tally = scoreLinks(held.gold, predicted);
    addTally(out.micro, tally);
    out.perPair.push({ name: held.name, tally, linkThreshold: model.linkThreshold });
    collect(out, held, model, alignment);
  }
  return out;
}

function collect(out: CvResult, held: PairData, model: LinkModel, alignment: ReturnType<typeof alignExplained>): void {
  held.candidates.forEach((c, k) => {
    const y = held.labels[k];
    if (y === null || y === undefined) return;
    out.links.p.push(linkProbability(model, c.row));
    out.links.y.push(y);
  });
  const strong = new Set(held.gold.strong.map(([x, y]) => `${x}|${y}`));
  const weak = new Set(held.gold.weak.map(([x, y]) => `${x}|${y}`));
  for (const l of alignment.links) {
    const k = `${held.gold.aUnits[l.a]}|${held.gold.bUnits[l.b]}`;
    if (weak.has(k)) continue;
    out.chosenLinks.p.push(l.confidence);
    out.chosenLinks.y.push(strong.has(k) ? 1 : 0);
  }
  const nA = held.gold.aUnits.length;
  const linked = new Set(alignment.links.flatMap((l) => [l.a, nA + l.b]));
  [...alignment.oneSided.a, ...alignment.oneSided.b].forEach((p, u) => {
    const y = held.oneSided[u];
    if (y === null || y === undefined) return;
    out.units.p.push(p);
    out.units.y.push(y);
    if (!linked.has(u)) { out.omissions.p.push(p); out.omissions.y.push(y); }
  });
}
