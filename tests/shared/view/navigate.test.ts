import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextDifference } from '../../../shared/view/navigate';
import { buildRows } from '../../../shared/view/rows';
import { filterRows } from '../../../shared/view/filter';
import { comparisonArb } from './arbitrary';
import { sample2025 } from './sample';

/** Rows 1, 2 and 4 are differences. */
const rows = [false, true, true, false, true, false].map((changed) => ({ changed }));

describe('nextDifference', () => {
  it('finds the first difference from before the first row', () => {
    expect(nextDifference(rows, -1, 1)).toBe(1);
  });

  it('moves to the next difference after the current row, skipping rows that are not', () => {
    expect(nextDifference(rows, 1, 1)).toBe(2);
    expect(nextDifference(rows, 2, 1)).toBe(4);
  });

  it('moves to the previous difference before the current row', () => {
    expect(nextDifference(rows, 4, -1)).toBe(2);
    expect(nextDifference(rows, 5, -1)).toBe(4);
    expect(nextDifference(rows, rows.length, -1)).toBe(4);
  });

  it('says there is none past the last or before the first difference, without wrapping around', () => {
    expect(nextDifference(rows, 4, 1)).toBeNull();
    expect(nextDifference(rows, 1, -1)).toBeNull();
    expect(nextDifference(rows, -1, -1)).toBeNull();
    expect(nextDifference([], -1, 1)).toBeNull();
  });

  it('clamps a current row outside the list to just before or after it', () => {
    expect(nextDifference(rows, -7, 1)).toBe(1);
    expect(nextDifference(rows, 99, -1)).toBe(4);
    expect(nextDifference(rows, 99, 1)).toBeNull();
  });

  it('steps from the opening pair of the 2025 sample to its first difference', () => {
    const all = buildRows(sample2025());
    const first = nextDifference(all, -1, 1)!;
    expect(all[first]!.changed).toBe(true);
    expect(all.slice(0, first).some((r) => r.changed)).toBe(false);
  });
});

describe('nextDifference, on random comparisons', () => {
  it('returns only differences, nearest first, and stepping visits every difference in order either way', () => {
    fc.assert(fc.property(comparisonArb, fc.constantFrom('all', 'differences', 'omissions' as const), fc.integer({ min: -2, max: 12 }), (c, filter, from) => {
      const list = filterRows(buildRows(c), filter);
      const differences = list.flatMap((r, i) => (r.changed ? [i] : []));
      for (const direction of [1, -1] as const) {
        const i = nextDifference(list, from, direction);
        const start = Math.min(Math.max(from, -1), list.length);
        const expected = direction === 1 ? differences.find((d) => d > start) : differences.filter((d) => d < start).pop();
        expect(i).toBe(expected ?? null);
        if (i !== null) expect(list[i]!.changed).toBe(true);
      }
      const forward: number[] = [];
      for (let i = nextDifference(list, -1, 1); i !== null; i = nextDifference(list, i, 1)) forward.push(i);
      expect(forward).toEqual(differences);
      const backward: number[] = [];
      for (let i = nextDifference(list, list.length, -1); i !== null; i = nextDifference(list, i, -1)) backward.push(i);
      expect(backward).toEqual([...differences].reverse());
    }), { numRuns: 200 });
  });
});
