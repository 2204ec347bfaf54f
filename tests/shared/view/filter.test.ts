import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROBABLE } from '../../../shared/align/strength';
import type { Comparison } from '../../../shared/compare/compare';
import { FILTER_LABELS, FILTERS, filterRows, parseFilter, type Filter, type FilterContext } from '../../../shared/view/filter';
import { buildRows, type Row } from '../../../shared/view/rows';
import { comparisonArb } from './arbitrary';
import { makeComparison } from './make';
import { sample2025 } from './sample';

/** b1 only in B, a1~b2 (score 0.6), a2~b3 (score 0.1: weak), a3 only in A. */
const c = makeComparison(
  ['The leaders spoke.', 'They agreed.', 'Only here.'],
  ['Only there.', 'The presidents spoke.', 'They agreed.'],
  [[0, 1, 0.6], [1, 2, 0.1]],
);
const ctx = (over: Partial<FilterContext> = {}, comparison: Comparison = c): FilterContext => ({ comparison, cited: new Set(), annotated: new Set(), ...over });
const rows = buildRows(c);
const keys = (list: Row[]) => list.map((r) => r.key);

describe('filterRows', () => {
  it('keeps every row for "all", in order, as a new list', () => {
    expect(keys(filterRows(rows, 'all', ctx()))).toEqual(['b:b1', 'r:a1|b2', 'r:a2|b3', 'a:a3']);
    expect(filterRows(rows, 'all', ctx())).not.toBe(rows);
  });

  it('keeps only the statements one side made for "one-sided"', () => {
    expect(keys(filterRows(rows, 'one-sided', ctx()))).toEqual(['b:b1', 'a:a3']);
  });

  it('leaves out of "one-sided" the headings and announcing lines, which are not statements (tester 16)', () => {
    const headed = { ...c, omissions: c.omissions.map((o) => (o.id === 'b1' ? { ...o, structure: true as const, confidence: null } : o)) } as Comparison;
    expect(keys(filterRows(buildRows(headed), 'one-sided', ctx({}, headed)))).toEqual(['a:a3']);
    // A statement the analyst unlinked is still one side's.
    const unlinked = { ...c, omissions: c.omissions.map((o) => (o.id === 'a3' ? { ...o, unlinked: true as const, confidence: null } : o)) } as Comparison;
    expect(keys(filterRows(buildRows(unlinked), 'one-sided', ctx({}, unlinked)))).toEqual(['b:b1', 'a:a3']);
  });

  it('keeps for "uncertain" the weak matches and the omissions the aligner is unsure of, by the one threshold of the marks', () => {
    // makeComparison gives every link and omission confidence 0.9: nothing is uncertain.
    expect(filterRows(rows, 'uncertain', ctx())).toEqual([]);
    const withConfidence = {
      ...c,
      pairs: [{ ...c.pairs[0]!, confidence: 0.6 }, { ...c.pairs[1]!, confidence: 0.9 }],
      omissions: c.omissions.map((o) => ({ ...o, confidence: o.id === 'b1' ? 0.35 : 0.95 })),
    } as Comparison;
    expect(keys(filterRows(buildRows(withConfidence), 'uncertain', ctx({}, withConfidence)))).toEqual(['b:b1', 'r:a1|b2']);
    // Under 0.5 the link joins no rows: both statements stand alone, matched only weakly, and both are uncertain.
    const weaker = { ...withConfidence, pairs: [{ ...c.pairs[0]!, confidence: 0.3 }, withConfidence.pairs[1]!] } as Comparison;
    expect(keys(filterRows(buildRows(weaker), 'uncertain', ctx({}, weaker)))).toEqual(['b:b1', 'b:b2', 'a:a1']);
  });

  it('never calls a link the analyst made, or a statement the analyst checked, uncertain', () => {
    const corrected = {
      ...c,
      pairs: [c.pairs[0]!, { ...c.pairs[1]!, by: 'analyst', confidence: null }],
      omissions: c.omissions.map((o) => ({ ...o, confidence: 0.2, checked: o.id === 'b1' })),
    } as unknown as Comparison;
    expect(keys(filterRows(buildRows(corrected), 'uncertain', ctx({}, corrected)))).toEqual(['a:a3']);
  });

  it('keeps matched rows with typed differences for "typed"', () => {
    expect(filterRows(rows, 'typed', ctx())).toEqual([]);
    const typed = { ...c, pairs: [c.pairs[0]!, { ...c.pairs[1]!, differences: [{ type: 'number' }] }] } as unknown as Comparison;
    expect(keys(filterRows(buildRows(typed), 'typed', ctx({}, typed)))).toEqual(['r:a2|b3']);
  });

  it('keeps the rows with a sentence the article cites, or an annotation marks', () => {
    expect(keys(filterRows(rows, 'cited', ctx({ cited: new Set(['b3', 'a3']) })))).toEqual(['r:a2|b3', 'a:a3']);
    expect(keys(filterRows(rows, 'annotated', ctx({ annotated: new Set(['b1']) })))).toEqual(['b:b1']);
  });

  it('offers the filters in the order the UI shows them, each with its name', () => {
    expect(FILTERS).toEqual(['all', 'one-sided', 'uncertain', 'typed', 'cited', 'annotated']);
    expect(FILTERS.map((f) => FILTER_LABELS[f])).toEqual(['All', 'One-sided', 'Uncertain', 'Typed differences', 'Cited by the article', 'Annotated']);
  });

  it('reads a filter by name, the older names included, and nothing else', () => {
    expect(parseFilter('cited')).toBe('cited');
    expect(parseFilter('differences')).toBe('one-sided');
    expect(parseFilter('omissions')).toBe('one-sided');
    expect(parseFilter('everything')).toBeNull();
  });

  it('throws on a filter it does not know', () => {
    expect(() => filterRows(rows, 'some' as Filter, ctx())).toThrow('filterRows: unknown filter "some"');
  });

  it('keeps every one-sided statement of the 2025 sample, and nothing else', () => {
    const sample = sample2025();
    const oneSided = filterRows(buildRows(sample), 'one-sided', ctx({}, sample));
    // B-only rows stand after the row of their nearest earlier paired B sentence, so not always in B's order.
    // And the statements whose every link is too weak to join rows (under 0.5): rows of their own, "matched only weakly".
    const weakOnly = (side: 'a' | 'b') => [...new Set(sample.pairs.flatMap((p) => p[side]))]
      .filter((id) => sample.pairs.every((p) => !p[side].includes(id) || (p.confidence ?? 1) < PROBABLE));
    expect(oneSided.flatMap((r) => r.b).sort()).toEqual([...sample.onlyB, ...weakOnly('b')].sort());
    expect(oneSided.flatMap((r) => r.a).sort()).toEqual([...sample.onlyA, ...weakOnly('a')].sort());
    expect(oneSided.length).toBeGreaterThan(0);
  });
});

describe('filterRows, on random comparisons', () => {
  it('keeps a subsequence of the rows, each the same object, and "all" keeps them all', () => {
    fc.assert(fc.property(comparisonArb, fc.constantFrom(...FILTERS), (random, filter) => {
      const all = buildRows(random);
      const kept = filterRows(all, filter, ctx({ cited: new Set(['a1', 'b2']), annotated: new Set(['b1']) }, random));
      if (filter === 'all') expect(kept).toEqual(all);
      if (filter === 'one-sided') expect(kept).toEqual(all.filter((r) => r.kind !== 'matched'));
      const positions = kept.map((r) => all.indexOf(r));
      expect(positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1]!))).toBe(true);
    }), { numRuns: 200 });
  });
});
