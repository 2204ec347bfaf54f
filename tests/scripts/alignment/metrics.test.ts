import { describe, expect, it } from 'vitest';
import { fitLogistic, predictLogistic, solve } from '../../../scripts/alignment/logistic';
import { auc, ece, figures, reliability, scoreLinks } from '../../../scripts/alignment/metrics';

describe('the alignment metrics', () => {
  it('score links as the official scorer does: weak links neither rewarded nor penalised, omissions over definite units', () => {
    const gold = { aUnits: ['a1', 'a2', 'a3'], bUnits: ['b1', 'b2'], strong: [['a1', 'b1']] as const, weak: [['a2', 'b2']] as const };
    const t = scoreLinks(gold, [['a1', 'b1'], ['a2', 'b2'], ['a3', 'b1']]);
    expect(t).toEqual({ predicted: 2, right: 1, strong: 1, found: 1, tp: 0, fp: 0, fn: 1 });
    expect(figures(t).link.f1).toBeCloseTo(2 / 3, 10);
  });

  it('compute AUC with ties counted half, and 0.5 without both classes', () => {
    expect(auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBe(0.75);
    expect(auc([0.5, 0.5], [0, 1])).toBe(0.5);
    expect(auc([0.2, 0.9], [1, 1])).toBe(0.5);
  });

  it('compute ECE over equal-width bins, the last bin holding 1', () => {
    expect(ece([0.1, 0.1, 0.9, 1], [0, 0, 1, 1])).toBeCloseTo(0.5 * 0.1 + 0.5 * 0.05, 10);
    expect(reliability([1], [1])[4]).toMatchObject({ count: 1, meanConfidence: 1, observed: 1 });
  });
});

describe('the logistic regression', () => {
  it('solves a small linear system', () => {
    expect(solve([[2, 1], [1, 3]], [3, 5]).map((v) => Math.round(v * 1e9) / 1e9)).toEqual([0.8, 1.4]);
  });

  it('learns a separating direction, deterministically, with probabilities in order', () => {
    const rows = [[0], [1], [2], [3], [4], [5]];
    const labels = [0, 0, 1, 0, 1, 1];
    const m = fitLogistic(rows, labels, 1);
    expect(fitLogistic(rows, labels, 1)).toEqual(m);
    expect(m.weights[0]).toBeGreaterThan(0);
    expect(predictLogistic(m, [0])).toBeLessThan(predictLogistic(m, [5]));
  });
});
