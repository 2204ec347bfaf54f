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
import { CONTEXT_FEATURES, contextRows } from '../../shared/align/context-features';
import { LINK_FEATURES } from '../../shared/align/link-features';
import { candidateProbabilities, type LinkModel } from '../../shared/align/link-model';
import { OMISSION_FEATURES, omissionRows, type OmissionFeature } from '../../shared/align/omission-features';
import type { AlignResources } from '../../shared/align/resources';
import { isStructural } from '../../shared/align/structure';
import { selectIndices } from '../../shared/align/select';
import { chooseLinks, extendByCoverage, type CoverageRule } from '../../shared/align/coverage';
import type { PairData } from './dataset';
import { fitLogistic, predictLogistic, type Logistic } from './logistic';
import { addTally, figures, scoreLinks, zeroTally, type Tally } from './metrics';

/** What the fit may vary; the defaults are what `npm run fit` uses. */
export interface FitSettings {
  /** L2 penalty of the logistic regression (on standardised features). */
  l2: number;
  /** L2 penalty of the omission models (on standardised features). */
  omissionL2: number;
  /**
   * The features each omission model uses (the others get weight 0). Chosen before fitting by
   * the events-per-variable rule (about ten of the rarer outcome per feature): the linked
   * sentences of the development pairs hold only about ten omissions, so their model keeps the
   * best link's confidence alone, as the calibration it replaced did.
   */
  omissionFeatures: Record<OmissionGroup, readonly OmissionFeature[]>;
  /** Align options other than the model (inheritance of references back, the cap per sentence). */
  align: AlignOptions;
  /** Whether to fit the second look (context-features.ts) on the first look's out-of-fold probabilities. */
  context: boolean;
  /** Second-look features left out of the fit (their columns zeroed, so they get weight 0): for measuring variants. */
  dropContext?: readonly string[];
  /**
   * Whether to fit the coverage rule (shared/align/coverage.ts) after the threshold. Off: measured by
   * leave-one-pair-out, it changed nothing on the held-out pairs (docs/alignment.md, omit15).
   */
  coverage: boolean;
}

export const DEFAULT_FIT: FitSettings = { l2: 5, omissionL2: 5, omissionFeatures: { unlinked: ['logitBest', 'bestScore', 'unmatchedShare'], linked: ['logitBest'] }, align: DEFAULT_ALIGN_OPTIONS, context: true, coverage: false };

/**
 * A sentence counts as taken by another candidate, for the second look, when that candidate
 * is more likely right than not by the first look. (Fixed, not fitted: 0.35 and the first
 * look's fitted threshold were also tried, docs/alignment.md.)
 */
const TAKEN = 0.5;

/** The link thresholds tried. */
const THRESHOLDS = Array.from({ length: 91 }, (_, k) => 0.05 + k * 0.01);

/** Per training pair, per candidate: its row (the first look's, or the second look's). */
type Rows = ReadonlyArray<readonly Float64Array[]>;

function fitLinks(train: readonly PairData[], rows: Rows, l2: number): Logistic {
  const x: Float64Array[] = [];
  const labels: number[] = [];
  train.forEach((p, i) => p.candidates.forEach((_, k) => {
    const y = p.labels[k];
    if (y === null || y === undefined) return;
    x.push(rows[i]![k]!);
    labels.push(y);
  }));
  return fitLogistic(x, labels, l2);
}

/** Out-of-fold link probabilities of each training pair (inner leave-one-pair-out). */
function outOfFold(train: readonly PairData[], rows: Rows, l2: number): number[][] {
  return train.map((_, i) => {
    const m = fitLinks(train.filter((__, j) => j !== i), rows.filter((__, j) => j !== i), l2);
    return rows[i]!.map((r) => predictLogistic(m, r));
  });
}

/** A pair's candidates as the selection reads them (columns), made once per pair. */
const columnsOfPair = new WeakMap<PairData, { length: number; a: Int32Array; b: Int32Array; score: Float64Array }>();
function pairColumns(p: PairData): { length: number; a: Int32Array; b: Int32Array; score: Float64Array } {
  let c = columnsOfPair.get(p);
  if (!c) {
    c = { length: p.candidates.length, a: Int32Array.from(p.candidates, (x) => x.a), b: Int32Array.from(p.candidates, (x) => x.b), score: Float64Array.from(p.candidates, (x) => x.score) };
    columnsOfPair.set(p, c);
  }
  return c;
}

/** The indices of the candidates the selection makes links of on a pair from given probabilities (as the app does: select.ts, chooseLinks). */
function chosenIndices(p: PairData, probs: readonly number[], threshold: number, rule: CoverageRule | null, options: AlignOptions): Int32Array {
  return chooseLinks(pairColumns(p), Float64Array.from(probs), p.gold.aUnits.length, p.gold.bUnits.length, threshold, options, { rule, bags: p.bags });
}

/** Candidate indices as unit-id pairs. */
function unitPairs(p: PairData, indices: ArrayLike<number>): Array<[string, string]> {
  return Array.from(indices, (k) => [p.gold.aUnits[p.candidates[k]!.a]!, p.gold.bUnits[p.candidates[k]!.b]!]);
}

/** The links the selection makes on a pair from given probabilities, as unit-id pairs. */
function selected(p: PairData, probs: readonly number[], threshold: number, options: AlignOptions, rule: CoverageRule | null = null): Array<[string, string]> {
  return unitPairs(p, chosenIndices(p, probs, threshold, rule, options));
}

/**
 * Half the width of the window over which the threshold's objective is averaged: ±0.05, half a
 * bin of the reliability tables (fixed, not tuned; docs/alignment.md).
 */
const SMOOTHING = 5;

/**
 * The index of the largest value once each is averaged with its `half` neighbours on either
 * side (fewer at the ends; ties: the lower index). A lone spike of the training pairs' F1 at one
 * threshold, which one link more or less makes, loses to a broad plateau.
 */
export function smoothedArgmax(values: readonly number[], half: number): number {
  let best = 0;
  let bestValue = -Infinity;
  values.forEach((_, k) => {
    const near = values.slice(Math.max(0, k - half), k + half + 1);
    const value = near.reduce((x, y) => x + y, 0) / near.length;
    if (value > bestValue + 1e-12) { bestValue = value; best = k; }
  });
  return best;
}

/**
 * The threshold that maximises the mean of micro link F1 and omission F1 over the pairs,
 * averaged over neighbouring thresholds (smoothedArgmax, SMOOTHING).
 */
function bestThreshold(train: readonly PairData[], oof: readonly number[][], options: AlignOptions): number {
  const values = THRESHOLDS.map((t) => {
    const total = zeroTally();
    train.forEach((p, i) => addTally(total, scoreLinks(p.gold, selected(p, oof[i]!, t, options))));
    const f = figures(total);
    return (f.link.f1 + f.omission.f1) / 2;
  });
  return THRESHOLDS[smoothedArgmax(values, SMOOTHING)]!;
}

/** The coverage rule's floors tried are the thresholds under the link threshold; its gains these. */
const GAINS = Array.from({ length: 8 }, (_, k) => 0.1 + k * 0.1);

/**
 * The coverage rule (shared/align/coverage.ts) that maximises the training pairs' mean of micro
 * link F1 and omission F1 at the fitted link threshold, each value averaged with its neighbours
 * (±SMOOTHING floors, ±1 gain); null when no rule beats the threshold alone.
 */
function fitCoverage(train: readonly PairData[], oof: readonly number[][], threshold: number, options: AlignOptions): CoverageRule | null {
  const base = train.map((p, i) => selectIndices(pairColumns(p), Float64Array.from(oof[i]!), p.gold.aUnits.length, p.gold.bUnits.length, threshold, options));
  const objective = (rule: CoverageRule | null): number => {
    const total = zeroTally();
    train.forEach((p, i) => {
      const chosen = rule ? extendByCoverage({ ...pairColumns(p), confidence: oof[i]! }, base[i]!, p.bags, rule, options.maxLinksPerSentence) : base[i]!;
      addTally(total, scoreLinks(p.gold, unitPairs(p, chosen)));
    });
    const f = figures(total);
    return (f.link.f1 + f.omission.f1) / 2;
  };
  const floors = THRESHOLDS.filter((t) => t < threshold - 1e-9);
  if (floors.length === 0) return null;
  const grid = floors.map((floor) => GAINS.map((gain) => objective({ floor, gain })));
  let best: CoverageRule | null = null;
  let bestValue = objective(null);
  floors.forEach((floor, f) => GAINS.forEach((gain, g) => {
    const near = grid.slice(Math.max(0, f - SMOOTHING), f + SMOOTHING + 1).flatMap((row) => row.slice(Math.max(0, g - 1), g + 2));
    const value = near.reduce((x, y) => x + y, 0) / near.length;
    if (value > bestValue + 1e-12) { bestValue = value; best = { floor, gain }; }
  }));
  return best;
}

/**
 * The omission model: two logistic regressions (sentences left one-sided, sentences linked)
 * over their chosen features among the sentence rows of omission-features.ts,
 * built from the training pairs' out-of-fold link probabilities and the links the selection
 * makes from them at the threshold, so that it sees links as they will be on a new pair.
 */
function fitOmission(train: readonly PairData[], oof: readonly number[][], threshold: number, rule: CoverageRule | null, settings: FitSettings): LinkModel['omission'] {
  const linkedAt = OMISSION_FEATURES.indexOf('linked');
  // Per training pair, its labelled sentence rows, split by whether the selection linked them.
  const byPair = train.map((p, i) => {
    const rated = p.candidates.map((c, k) => ({ a: c.a, b: c.b, score: c.score, confidence: oof[i]![k]! }));
    const links = Array.from(chosenIndices(p, oof[i]!, threshold, rule, settings.align), (k) => p.candidates[k]!);
    const linked = { a: new Set(links.map((l) => l.a)), b: new Set(links.map((l) => l.b)) };
    const groups: Record<OmissionGroup, Labelled> = { unlinked: { rows: [], labels: [] }, linked: { rows: [], labels: [] } };
    omissionRows(rated, p.facts, linked).forEach((row, u) => {
      const y = p.oneSided[u];
      if (y === null || y === undefined) return;
      const g = groups[row[linkedAt] === 1 ? 'linked' : 'unlinked'];
      g.rows.push(row);
      g.labels.push(y);
    });
    return groups;
  });
  const fit = (g: OmissionGroup): Logistic => {
    const names = settings.omissionFeatures[g];
    const keep = new Set(OMISSION_FEATURES.flatMap((f, k) => (names.includes(f) ? [k] : [])));
    return fitLogistic(byPair.flatMap((p) => p[g].rows.map((r) => mask(r, keep))), byPair.flatMap((p) => p[g].labels), settings.omissionL2);
  };
  return { features: [...OMISSION_FEATURES], unlinked: fit('unlinked'), linked: fit('linked') };
}

type OmissionGroup = 'unlinked' | 'linked';
interface Labelled { rows: Float64Array[]; labels: number[] }

/** A row with the features not kept set to 0 (a constant: standardised, it has no weight). */
const mask = (row: Float64Array, keep: ReadonlySet<number>): Float64Array => row.map((v, k) => (keep.has(k) ? v : 0));

/** Fits the whole model on the given pairs. */
export function fitModel(train: readonly PairData[], settings: FitSettings = DEFAULT_FIT): LinkModel {
  const first = train.map((p) => p.candidates.map((c) => c.row));
  const lr = fitLinks(train, first, settings.l2);
  const oof = outOfFold(train, first, settings.l2);
  const model = { features: [...LINK_FEATURES], mean: lr.mean, scale: lr.scale, weights: lr.weights, bias: lr.bias };
  if (!settings.context) {
    const threshold = bestThreshold(train, oof, settings.align);
    const coverage = settings.coverage ? fitCoverage(train, oof, threshold, settings.align) : null;
    return { ...model, linkThreshold: threshold, coverage, omission: fitOmission(train, oof, threshold, coverage, settings) };
  }
  const reference = TAKEN;
  // The second look, fitted on rows built from the first look's out-of-fold probabilities
  // (as they will be on a new pair); its threshold and the omission model on its own
  // out-of-fold probabilities.
  const dropped = (settings.dropContext ?? []).map((f) => CONTEXT_FEATURES.indexOf(f));
  const second = train.map((p, i) => contextRows(p.candidates, first[i]!, oof[i]!, p.gold.aUnits.length, p.gold.bUnits.length, reference).map((r) => {
    for (const k of dropped) r[k] = 0;
    return r;
  }));
  const ctx = fitLinks(train, second, settings.l2);
  const oof2 = outOfFold(train, second, settings.l2);
  const linkThreshold = bestThreshold(train, oof2, settings.align);
  const coverage = settings.coverage ? fitCoverage(train, oof2, linkThreshold, settings.align) : null;
  return {
    ...model, linkThreshold, coverage, omission: fitOmission(train, oof2, linkThreshold, coverage, settings),
    context: { features: [...CONTEXT_FEATURES], reference, mean: ctx.mean, scale: ctx.scale, weights: ctx.weights, bias: ctx.bias },
  };
}

/** What the cross-validation gives: per pair and pooled. */
export interface CvResult {
  perPair: Array<{ name: string; tally: Tally; linkThreshold: number; coverage: CoverageRule | null }>;
  micro: Tally;
  /** Every candidate of a held-out pair with a definite gold label: its CV confidence and label. */
  links: { p: number[]; y: number[] };
  /** The links the held-out alignment made (gold weak links left out). */
  chosenLinks: { p: number[]; y: number[] };
  /** Every unit with a definite gold status: its CV probability of being one-sided, and whether it is. */
  units: { p: number[]; y: number[] };
  /** The units the held-out alignment left one-sided (its omissions); `structure`: a heading or announcing line (structure.ts), which the app does not list. */
  omissions: { p: number[]; y: number[]; structure: boolean[] };
}

/** The model's confidence in each candidate of a pair (as the app computes it). */
export function heldOutProbabilities(p: PairData, model: LinkModel): Float64Array {
  return candidateProbabilities(model, p.candidates, p.candidates.map((c) => c.row), p.gold.aUnits.length, p.gold.bUnits.length);
}

/** Called with each held-out pair, the model fitted without it and its alignment (error dumps). */
export type HeldOut = (held: PairData, model: LinkModel, alignment: ReturnType<typeof alignExplained>) => void;

/** Leave-one-pair-out: each pair aligned by the app's code with a model fitted on the others. */
export function crossValidate(pairs: readonly PairData[], resources: AlignResources, settings: FitSettings = DEFAULT_FIT, onPair?: HeldOut): CvResult {
  const out: CvResult = { perPair: [], micro: zeroTally(), links: { p: [], y: [] }, chosenLinks: { p: [], y: [] }, units: { p: [], y: [] }, omissions: { p: [], y: [], structure: [] } };
  for (const held of pairs) {
    const model = fitModel(pairs.filter((p) => p !== held), settings);
    const alignment = alignExplained(held.a, held.b, resources, { ...settings.align, model });
    const predicted = alignment.links.map((l): [string, string] => [held.gold.aUnits[l.a]!, held.gold.bUnits[l.b]!]);
    const tally = scoreLinks(held.gold, predicted);
    addTally(out.micro, tally);
    out.perPair.push({ name: held.name, tally, linkThreshold: model.linkThreshold, coverage: model.coverage ?? null });
    collect(out, held, model, alignment);
    onPair?.(held, model, alignment);
  }
  return out;
}

function collect(out: CvResult, held: PairData, model: LinkModel, alignment: ReturnType<typeof alignExplained>): void {
  const probs = heldOutProbabilities(held, model);
  held.candidates.forEach((_, k) => {
    const y = held.labels[k];
    if (y === null || y === undefined) return;
    out.links.p.push(probs[k]!);
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
    if (!linked.has(u)) {
      out.omissions.p.push(p);
      out.omissions.y.push(y);
      const s = u < nA ? held.a.sentences[u]! : held.b.sentences[u - nA]!;
      out.omissions.structure.push(isStructural(s.text, u < nA ? held.a.language : held.b.language));
    }
  });
}
