import { describe, expect, it } from 'vitest';
import { alignExplained, candidateRows } from '../../../shared/align/align';
import { OMISSION_FEATURES, omissionRows, type RatedPair } from '../../../shared/align/omission-features';
import { side } from './invented-side';
import { loadResources } from '../../../node/resources';

const resources = loadResources();
const at = (f: (typeof OMISSION_FEATURES)[number]): number => OMISSION_FEATURES.indexOf(f);
const blank = (n: number): Float64Array[] => Array.from({ length: n }, () => new Float64Array(OMISSION_FEATURES.length));

// Invented sentences, worded unlike any sample.
describe('the omission features', () => {
  it('say when the best candidate\'s other end is held by a stronger link elsewhere', () => {
    const candidates: RatedPair[] = [
      { a: 0, b: 0, score: 0.6, confidence: 0.9 },
      { a: 1, b: 0, score: 0.2, confidence: 0.3 },
      { a: 1, b: 1, score: 0.1, confidence: 0.1 },
    ];
    const rows = omissionRows(candidates, { a: blank(2), b: blank(2) }, { a: new Set([0]), b: new Set([0]) });
    // a1's best is b0, which a0 holds at 0.9: 0.9 − 0.3 above it.
    expect(rows[1]![at('partnerElsewhere')]).toBeCloseTo(0.6, 6);
    expect(rows[1]![at('second')]).toBeCloseTo(0.1, 6);
    expect(rows[1]![at('linked')]).toBe(0);
    // a0's best partner, b0, has nothing better than a0: its runner-up (a1, 0.3) is 0.6 below.
    expect(rows[0]![at('partnerElsewhere')]).toBeCloseTo(-0.6, 6);
    expect(rows[0]![at('linked')]).toBe(1);
    // b1 has one candidate, weak: its logit is low, and no runner-up.
    expect(rows[3]![at('logitBest')]).toBeLessThan(-2);
    expect(rows[3]![at('second')]).toBe(0);
  });

  it('measure how much of a sentence the other readout has nowhere, and tag courtesies, numbers and names', () => {
    const a = side('a', [
      'President Okafor spoke with Premier Lind by telephone.',
      'The leaders reviewed plans for a hydrogen pipeline across the Baltic.',
      'President Okafor thanked Premier Lind for the invitation.',
      'Okafor announced 12 new scholarships for engineering students from Lagos.',
    ]);
    const b = side('b', [
      'Premier Lind held a telephone call with President Okafor.',
      'They discussed the hydrogen pipeline project across the Baltic.',
    ]);
    const al = alignExplained(a, b, resources);
    const rows = omissionRows([], { a: factsOf(a, b), b: [] }, { a: new Set(), b: new Set() });
    expect(rows[3]![at('unmatchedShare')]).toBeGreaterThan(0.8);
    expect(rows[1]![at('unmatchedShare')]).toBeLessThan(rows[3]![at('unmatchedShare')]!);
    expect(rows[3]![at('number')]).toBe(1);
    expect(rows[1]![at('number')]).toBe(0);
    expect(rows[2]![at('courtesy')]).toBe(1);
    expect(rows[3]![at('courtesy')]).toBe(0);
    expect(rows[3]![at('names')]).toBeGreaterThan(0);
    expect(rows[1]![at('relPosition')]).toBeCloseTo(1 / 3, 6);
    // The scholarships, which the other readout has nowhere, are more likely one-sided than the pipeline it reports.
    expect(al.oneSided.a[3]!).toBeGreaterThan(al.oneSided.a[1]!);
    for (const p of [...al.oneSided.a, ...al.oneSided.b]) expect(p).toBeGreaterThanOrEqual(0);
  });
});

function factsOf(a: ReturnType<typeof side>, b: ReturnType<typeof side>): Float64Array[] {
  return candidateRows(a, b, resources, undefined, undefined, true).facts.a;
}
