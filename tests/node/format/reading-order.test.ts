import { describe, expect, it } from 'vitest';
import { readingOrder, type ReadingItem } from '../../../node/format/reading-order';
import type { Comparison } from '../../../shared/compare/compare';
import { sampleInput } from './sample';

const show = (items: ReadingItem[]) => items.map((i) => (i.kind === 'pair' ? `${i.pair.a.join('+')}=${i.pair.b.join('+')}` : `only ${i.id}`));

describe('readingOrder', () => {
  it("follows A's text order and puts each B-only sentence after the pair of the B sentence before it", () => {
    expect(show(readingOrder(sampleInput().comparison))).toEqual(['only b1', 'a1=b2', 'a2=b3', 'only b4', 'only a3']);
  });

  it('carries the omission wording of each one-sided statement', () => {
    const only = readingOrder(sampleInput().comparison).filter((i) => i.kind === 'only');
    expect(only.map((i) => i.kind === 'only' && [i.side, i.wording])).toEqual([
      ['b', 'only in Kremlin'], ['b', 'only in Kremlin'], ['a', "not in Kremlin's (incomplete) copy"],
    ]);
  });

  it('places a B-only sentence after the first pair in A order that holds its B neighbour, when links cross', () => {
    const c: Comparison = structuredClone(sampleInput().comparison);
    // a1~b3 and a2~b2 cross; b4 follows b3, whose pair comes first in A order.
    c.pairs = [{ ...c.pairs[0]!, a: [c.a.sentences[0]!.id], b: [c.b.sentences[2]!.id] }, { ...c.pairs[1]!, a: [c.a.sentences[1]!.id], b: [c.b.sentences[1]!.id] }];
    expect(show(readingOrder(c))).toEqual(['only b1', 'a1=b3', 'only b4', 'a2=b2', 'only a3']);
  });

  it('lists every pair and every one-sided statement exactly once', () => {
    const c = sampleInput().comparison;
    const items = readingOrder(c);
    expect(items.filter((i) => i.kind === 'pair')).toHaveLength(c.pairs.length);
    expect(items.flatMap((i) => (i.kind === 'only' ? [i.id] : [])).sort()).toEqual([...c.onlyA, ...c.onlyB].sort());
  });
});
