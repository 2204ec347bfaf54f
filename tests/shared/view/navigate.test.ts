import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTarget, listKeyTarget, nextWhere } from '../../../shared/view/navigate';
import { buildRows } from '../../../shared/view/rows';
import { filterRows } from '../../../shared/view/filter';
import { comparisonArb } from './arbitrary';
import { sample2025 } from './sample';

const changed = (r: { changed: boolean }) => r.changed;

/** Rows 1, 2 and 4 are differences. */
const rows = [false, true, true, false, true, false].map((changed) => ({ changed }));

describe('listKeyTarget', () => {
  const bare = (key: string) => ({ key, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false });

  it('moves one up or down, or to either end, kept inside the list; other keys are not its', () => {
    expect(['ArrowDown', 'ArrowUp', 'Home', 'End', 'j'].map((k) => listKeyTarget(bare(k), 2, 5))).toEqual([3, 1, 0, 4, null]);
    expect(listKeyTarget(bare('ArrowDown'), 4, 5)).toBe(4);
    expect(listKeyTarget(bare('ArrowUp'), 0, 5)).toBe(0);
    // From none yet: down goes to the first, and so does up.
    expect([listKeyTarget(bare('ArrowDown'), -1, 5), listKeyTarget(bare('ArrowUp'), -1, 5)]).toEqual([0, 0]);
    // An empty list has nowhere to go.
    expect(['ArrowDown', 'ArrowUp', 'Home', 'End'].map((k) => listKeyTarget(bare(k), -1, 0))).toEqual([null, null, null, null]);
  });

  it('leaves a key with any modifier to others: Shift to the text selection, Alt, Ctrl and Cmd to the window', () => {
    for (const modifier of ['shiftKey', 'altKey', 'ctrlKey', 'metaKey'] as const) {
      expect(['ArrowDown', 'ArrowUp', 'Home', 'End'].map((k) => listKeyTarget({ ...bare(k), [modifier]: true }, 2, 5)), modifier).toEqual([null, null, null, null]);
    }
  });
});

describe('nextWhere', () => {
  it('finds the first difference from before the first row', () => {
    expect(nextWhere(rows, -1, 1, changed)).toBe(1);
  });

  it('moves to the next difference after the current row, skipping rows that are not', () => {
    expect(nextWhere(rows, 1, 1, changed)).toBe(2);
    expect(nextWhere(rows, 2, 1, changed)).toBe(4);
  });

  it('moves to the previous difference before the current row', () => {
    expect(nextWhere(rows, 4, -1, changed)).toBe(2);
    expect(nextWhere(rows, 5, -1, changed)).toBe(4);
    expect(nextWhere(rows, rows.length, -1, changed)).toBe(4);
  });

  it('says there is none past the last or before the first difference, without wrapping around', () => {
    expect(nextWhere(rows, 4, 1, changed)).toBeNull();
    expect(nextWhere(rows, 1, -1, changed)).toBeNull();
    expect(nextWhere(rows, -1, -1, changed)).toBeNull();
    expect(nextWhere([], -1, 1, changed)).toBeNull();
  });

  it('clamps a current row outside the list to just before or after it', () => {
    expect(nextWhere(rows, -7, 1, changed)).toBe(1);
    expect(nextWhere(rows, 99, -1, changed)).toBe(4);
    expect(nextWhere(rows, 99, 1, changed)).toBeNull();
  });

  it('steps from the opening pair of the 2025 sample to its first difference', () => {
    const all = buildRows(sample2025());
    const first = nextWhere(all, -1, 1, changed)!;
    expect(all[first]!.changed).toBe(true);
    expect(all.slice(0, first).some((r) => r.changed)).toBe(false);
  });
});

describe('nextWhere, on random comparisons', () => {
  it('returns only differences, nearest first, and stepping visits every difference in order either way', () => {
    fc.assert(fc.property(comparisonArb, fc.constantFrom('all', 'one-sided' as const), fc.integer({ min: -2, max: 12 }), (c, filter, from) => {
      const list = filterRows(buildRows(c), filter, { comparison: c, cited: new Set(), annotated: new Set() });
      const differences = list.flatMap((r, i) => (r.changed ? [i] : []));
      for (const direction of [1, -1] as const) {
        const i = nextWhere(list, from, direction, changed);
        const start = Math.min(Math.max(from, -1), list.length);
        const expected = direction === 1 ? differences.find((d) => d > start) : differences.filter((d) => d < start).pop();
        expect(i).toBe(expected ?? null);
        if (i !== null) expect(list[i]!.changed).toBe(true);
      }
      const forward: number[] = [];
      for (let i = nextWhere(list, -1, 1, changed); i !== null; i = nextWhere(list, i, 1, changed)) forward.push(i);
      expect(forward).toEqual(differences);
      const backward: number[] = [];
      for (let i = nextWhere(list, list.length, -1, changed); i !== null; i = nextWhere(list, i, -1, changed)) backward.push(i);
      expect(backward).toEqual([...differences].reverse());
    }), { numRuns: 200 });
  });
});

describe('jump targets', () => {
  const row = (kind: 'matched' | 'only-a' | 'only-b', a: string[], b: string[]) => ({ kind, a, b }) as unknown as Parameters<typeof isTarget>[0];
  const noHeadings = (cited: Set<string>) => ({ comparison: { omissions: [] }, cited });

  it('takes every row, the one-sided ones, or those with a sentence the article cites', () => {
    const ctx = noHeadings(new Set(['b4']));
    const list = [row('matched', ['a1'], ['b1']), row('only-a', ['a2'], []), row('matched', ['a3'], ['b3', 'b4']), row('only-b', [], ['b5'])];
    expect(list.map((r) => isTarget(r, 'row', ctx))).toEqual([true, true, true, true]);
    expect(list.map((r) => isTarget(r, 'one-sided', ctx))).toEqual([false, true, false, true]);
    expect(list.map((r) => isTarget(r, 'cited', ctx))).toEqual([false, false, true, false]);
    expect(nextWhere(list, 0, 1, (r) => isTarget(r, 'one-sided', ctx))).toBe(1);
    expect(nextWhere(list, 1, 1, (r) => isTarget(r, 'one-sided', ctx))).toBe(3);
    expect(nextWhere(list, 3, -1, (r) => isTarget(r, 'cited', ctx))).toBe(2);
  });

  it('F7 passes over headings and announcing lines: they are not one-sided statements (tester 16)', () => {
    const omissions = [
      { id: 'a1', wording: '', confidence: null, structure: true as const },
      { id: 'a2', wording: '', confidence: 0.8 },
      { id: 'b3', wording: '', confidence: null, structure: true as const },
      { id: 'b4', wording: '', confidence: null, unlinked: true as const },
    ];
    const ctx = { comparison: { omissions }, cited: new Set<string>() } as unknown as Parameters<typeof isTarget>[2];
    const list = [row('only-a', ['a1'], []), row('only-a', ['a2'], []), row('only-b', [], ['b3']), row('only-b', [], ['b4'])];
    expect(list.map((r) => isTarget(r, 'one-sided', ctx))).toEqual([false, true, false, true]);
    expect(nextWhere(list, -1, 1, (r) => isTarget(r, 'one-sided', ctx))).toBe(1);
    expect(nextWhere(list, 1, 1, (r) => isTarget(r, 'one-sided', ctx))).toBe(3);
  });
});
