/**
 * The figures of the alignment: link and omission F1 as the official scorer
 * (tests/fixtures/tools/score-alignment.mjs) defines them, and the calibration of
 * probabilities: expected calibration error over equal-width bins, a reliability
 * table, and the area under the ROC curve.
 */

/** Counts behind link and omission F1, as the official scorer keeps them. */
export interface Tally { predicted: number; right: number; strong: number; found: number; tp: number; fp: number; fn: number }

export const zeroTally = (): Tally => ({ predicted: 0, right: 0, strong: 0, found: 0, tp: 0, fp: 0, fn: 0 });

export function addTally(into: Tally, t: Tally): Tally {
  for (const k of Object.keys(into) as Array<keyof Tally>) into[k] += t[k];
  return into;
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Precision, recall and F1 of links and omissions. */
export function figures(t: Tally): { link: { p: number; r: number; f1: number }; omission: { p: number; r: number; f1: number } } {
  const lp = t.predicted ? t.right / t.predicted : 1;
  const lr = t.strong ? t.found / t.strong : 1;
  const op = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
  const or = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
  return { link: { p: lp, r: lr, f1: f1(lp, lr) }, omission: { p: op, r: or, f1: f1(op, or) } };
}

/** A gold alignment: unit ids `a1…`, `b1…`, strong and weak links (tests/fixtures/pairs/README.md). */
export interface GoldLinks {
  aUnits: string[];
  bUnits: string[];
  strong: ReadonlyArray<readonly [string, string]>;
  weak: ReadonlyArray<readonly [string, string]>;
}

/** Scores predicted links (pairs of unit ids) against gold, exactly as the official scorer does. */
export function scoreLinks(gold: GoldLinks, predicted: ReadonlyArray<readonly [string, string]>): Tally {
  const key = (a: string, b: string): string => `${a}|${b}`;
  const strong = new Set(gold.strong.map(([a, b]) => key(a, b)));
  const weak = new Set(gold.weak.map(([a, b]) => key(a, b)));
  const pred = new Set(predicted.map(([a, b]) => key(a, b)));
  const judged = [...pred].filter((k) => !weak.has(k));
  const t = zeroTally();
  t.predicted = judged.length;
  t.right = judged.filter((k) => strong.has(k)).length;
  t.strong = strong.size;
  t.found = [...strong].filter((k) => pred.has(k)).length;
  const anyLinked = new Set([...gold.strong, ...gold.weak].flat());
  const strongLinked = new Set(gold.strong.flat());
  const predLinked = new Set(predicted.flat());
  for (const u of [...gold.aUnits, ...gold.bUnits]) {
    const goldOnly = !anyLinked.has(u);
    if (!goldOnly && !strongLinked.has(u)) continue;
    const predOnly = !predLinked.has(u);
    if (goldOnly && predOnly) t.tp++;
    else if (!goldOnly && predOnly) t.fp++;
    else if (goldOnly && !predOnly) t.fn++;
  }
  return t;
}

/** One bin of a reliability table. */
export interface Bin { from: number; to: number; count: number; meanConfidence: number; observed: number }

/** Reliability table over `bins` equal-width bins of [0, 1] (the last bin includes 1). */
export function reliability(probs: readonly number[], labels: readonly number[], bins = 5): Bin[] {
  const out: Bin[] = Array.from({ length: bins }, (_, k) => ({ from: k / bins, to: (k + 1) / bins, count: 0, meanConfidence: 0, observed: 0 }));
  probs.forEach((p, n) => {
    const b = out[Math.min(bins - 1, Math.floor(p * bins))]!;
    b.count++;
    b.meanConfidence += p;
    b.observed += labels[n]!;
  });
  for (const b of out) if (b.count > 0) { b.meanConfidence /= b.count; b.observed /= b.count; }
  return out;
}

/** Expected calibration error: the count-weighted mean gap between confidence and observed frequency per bin. */
export function ece(probs: readonly number[], labels: readonly number[], bins = 5): number {
  const total = probs.length;
  return total === 0 ? 0 : reliability(probs, labels, bins).reduce((s, b) => s + (b.count / total) * Math.abs(b.meanConfidence - b.observed), 0);
}

/** Area under the ROC curve (ties count half): the chance a random positive outranks a random negative. */
export function auc(probs: readonly number[], labels: readonly number[]): number {
  const order = probs.map((p, i) => [p, labels[i]!] as const).sort((x, y) => x[0] - y[0]);
  let rankSum = 0;
  let pos = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j < order.length && order[j]![0] === order[i]![0]) j++;
    const mid = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (order[k]![1] === 1) { rankSum += mid; pos++; }
    i = j;
  }
  const neg = order.length - pos;
  return pos === 0 || neg === 0 ? 0.5 : (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}
