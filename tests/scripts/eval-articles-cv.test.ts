import { describe, expect, it } from 'vitest';
import { bestIndex, COVERAGES, MIN_WORDS } from '../../scripts/eval-articles-cv';
import { CONTENT_JUDGE } from '../../shared/article/content-claims';

const GRID_SIZE = COVERAGES.length * MIN_WORDS.length;

describe('bestIndex (R3: ties never lean on the value chosen on all articles)', () => {
  it('breaks a tie by grid order (the smaller coverage, then the fewer words), not by the value in use', () => {
    // Every grid value scores the same on one article: the first value of the grid wins.
    const flat = [Array.from({ length: GRID_SIZE }, () => ({ tp: 3, fp: 1, fn: 1 }))];
    expect(bestIndex(flat)).toBe(0);
    const inUse = COVERAGES.indexOf(CONTENT_JUDGE.coverage) * MIN_WORDS.length + MIN_WORDS.indexOf(CONTENT_JUDGE.minWords);
    expect(inUse).toBeGreaterThan(0);
  });

  it('takes a strictly better value wherever it is in the grid', () => {
    const row = Array.from({ length: GRID_SIZE }, (_, g) => (g === 17 ? { tp: 5, fp: 0, fn: 0 } : { tp: 3, fp: 1, fn: 1 }));
    expect(bestIndex([row])).toBe(17);
  });
});
