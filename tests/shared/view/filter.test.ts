import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILTERS, filterRows, type Filter } from '../../../shared/view/filter';
import { buildRows, type Row } from '../../../shared/view/rows';
import { comparisonArb } from './arbitrary';
import { makeComparison } from './make';
import { sample2025 } from './sample';

/** b1 only in B, a1~b2 with different words, a2~b3 with the same words, a3 only in A. */
const rows = buildRows(makeComparison(
  ['The leaders spoke.', 'They agreed.', 'Only here.'],
  ['Only there.', 'The presidents spoke.', 'They agreed.'],
  [[0, 1], [1, 2]],
));
const keys = (list: Row[]) => list.map((r) => r.key);

describe('filterRows', () => {
  it('keeps every row for "all", in order, as a new list', () => {
    expect(keys(filterRows(rows, 'all'))).toEqual(['b:b1', 'r:a1|b2', 'r:a2|b3', 'a:a3']);
    expect(filterRows(rows, 'all')).not.toBe(rows);
  });

  it('keeps the matched rows whose words differ and the one-sided rows for "differences"', () => {
    expect(keys(filterRows(rows, 'differences'))).toEqual(['b:b1', 'r:a1|b2', 'a:a3']);
  });

  it('keeps only the one-sided rows for "omissions"', () => {
    expect(keys(filterRows(rows, 'omissions'))).toEqual(['b:b1', 'a:a3']);
  });

  it('offers the three filters in the order the UI shows them', () => {
    expect(FILTERS).toEqual(['all', 'differences', 'omissions']);
  });

  it('throws on a filter it does not know', () => {
    expect(() => filterRows(rows, 'some' as Filter)).toThrow('filterRows: unknown filter "some"');
  });

  it('keeps every one-sided statement of the 2025 sample, and nothing else, as omissions', () => {
    const c = sample2025();
    const omissions = filterRows(buildRows(c), 'omissions');
    // B-only rows stand after the row of their nearest earlier paired B sentence, so not always in B's order.
    expect(omissions.flatMap((r) => r.b).sort()).toEqual([...c.onlyB].sort());
    expect(omissions.flatMap((r) => r.a).sort()).toEqual([...c.onlyA].sort());
    expect(omissions.length).toBeGreaterThan(0);
  });
});

describe('filterRows, on random comparisons', () => {
  it('keeps exactly the rows its filter describes, in their order', () => {
    const keep: Record<Filter, (r: Row) => boolean> = { all: () => true, differences: (r) => r.changed, omissions: (r) => r.kind !== 'matched' };
    fc.assert(fc.property(comparisonArb, fc.constantFrom(...FILTERS), (c, filter) => {
      const all = buildRows(c);
      const kept = filterRows(all, filter);
      expect(kept).toEqual(all.filter(keep[filter]));
      // A subsequence: each kept row is the same object, at increasing positions.
      const positions = kept.map((r) => all.indexOf(r));
      expect(positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1]!))).toBe(true);
    }), { numRuns: 200 });
  });
});
