import { describe, expect, it } from 'vitest';
import { LINK_MODEL } from '../../shared/align/link-model';
import { loadResources } from '../../node/resources';
import { crossValidate, DEFAULT_FIT, fitModel } from '../../scripts/alignment/cv';
import { loadPairs } from '../../scripts/alignment/dataset';
import { auc, ece, figures } from '../../scripts/alignment/metrics';
import { CV_LINK_F1_FLOOR, CV_OMISSION_F1_FLOOR } from '../alignment-target';

const resources = loadResources();
const pairs = loadPairs(resources, undefined, DEFAULT_FIT.align);
const round = (v: number): number => Math.round(v * 1e6) / 1e6;

describe('the selection model', () => {
  it('is what `npm run fit` gives on the development pairs (the committed weights are reproducible)', () => {
    const m = fitModel(pairs, DEFAULT_FIT);
    expect(m.weights.map(round)).toEqual(LINK_MODEL.weights);
    expect(round(m.linkThreshold)).toBe(LINK_MODEL.linkThreshold);
    for (const g of ['unlinked', 'linked'] as const) {
      expect(m.omission[g].weights.map(round)).toEqual(LINK_MODEL.omission[g].weights);
      expect(round(m.omission[g].bias)).toBe(LINK_MODEL.omission[g].bias);
    }
  }, 120_000);

  it('leaves the second-look features named in dropContext out of the fit (weight 0), and only those', () => {
    const m = fitModel(pairs.slice(0, 6), { ...DEFAULT_FIT, dropContext: ['freeLogScore', 'marginA'] });
    const weight = (f: string): number => m.context!.weights[m.context!.features.indexOf(f)]!;
    expect(weight('freeLogScore')).toBe(0);
    expect(weight('marginA')).toBe(0);
    expect(weight('marginB')).not.toBe(0);
  }, 120_000);

  it(`holds the leave-one-pair-out figures at the floors (link F1 >= ${CV_LINK_F1_FLOOR}, omission F1 >= ${CV_OMISSION_F1_FLOOR}), calibrated and ranking`, () => {
    const cv = crossValidate(pairs, resources, DEFAULT_FIT);
    const f = figures(cv.micro);
    console.info(`CV over ${pairs.length} pairs: link F1 ${f.link.f1.toFixed(3)}, omission F1 ${f.omission.f1.toFixed(3)}`);
    expect(pairs).toHaveLength(20);
    expect(f.link.f1).toBeGreaterThanOrEqual(CV_LINK_F1_FLOOR);
    expect(f.omission.f1).toBeGreaterThanOrEqual(CV_OMISSION_F1_FLOOR);
    expect(ece(cv.links.p, cv.links.y)).toBeLessThanOrEqual(0.1);
    expect(auc(cv.links.p, cv.links.y)).toBeGreaterThanOrEqual(0.75);
    expect(ece(cv.units.p, cv.units.y)).toBeLessThanOrEqual(0.1);
    expect(auc(cv.units.p, cv.units.y)).toBeGreaterThanOrEqual(0.75);
    // The omissions the alignment makes: calibrated (ECE 0.072 at the last fit); they rank only a little (AUC 0.58), so no floor on AUC.
    expect(ece(cv.omissions.p, cv.omissions.y)).toBeLessThanOrEqual(0.1);
  }, 300_000);
});
