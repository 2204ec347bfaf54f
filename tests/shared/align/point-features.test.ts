import { describe, expect, it } from 'vitest';
import { candidateRows, DEFAULT_ALIGN_OPTIONS } from '../../../shared/align/align';
import { LINK_FEATURES } from '../../../shared/align/link-features';
import { pointCuts } from '../../../shared/align/points';
import { loadResources } from '../../../node/resources';
import { side } from './invented-side';

const resources = loadResources();
const at = (f: string): number => LINK_FEATURES.indexOf(f as (typeof LINK_FEATURES)[number]);

// Invented wording (issue 14, cause 1): a sentence reporting two points against two sentences,
// one a point, on the other side. The point features are off in the app (measured, no gain:
// docs/alignment.md, clause16); these tests pin what they compute when asked for.
const a = side('a', [
  'Chancellor Meravi of Ostland spoke with President Dunne of Carrow.',
  'The Chancellor thanked the President for hosting the orchard growers at Lesk and urged faster talks on the shared reservoir near the border dam.',
]);
const b = side('b', [
  'President Dunne of Carrow received a call from Chancellor Meravi of Ostland.',
  'The visit of the orchard growers to Lesk was recalled with warmth, and the hosting of them by Carrow was praised.',
  'Talks on the reservoir and the border dam should move faster, the two leaders agreed.',
]);

const rowOf = (x: ReturnType<typeof candidateRows>, i: number, j: number): Float64Array => {
  const k = x.candidates.findIndex((c) => c.a === i && c.b === j);
  expect(k).toBeGreaterThanOrEqual(0);
  return x.rows[k]!;
};

describe('pointCuts (points.ts): where a many-point sentence divides', () => {
  it('cuts before a coordinator that joins two predicates, not one that joins two nouns', () => {
    const text = 'The minister praised the orchards and vineyards of Lesk and called for a new water accord.';
    const cuts = pointCuts(text);
    expect(cuts.map((c) => text.slice(c, c + 9))).toEqual(['and calle']);
  });
  it('cuts after a semicolon and before a supplementary clause after a comma', () => {
    const text = 'The talks covered fishing quotas; the envoys met again later, noting progress on the ferry link.';
    const starts = pointCuts(text).map((c) => text.slice(c).split(' ')[0]);
    expect(starts).toEqual(['the', 'noting']);
  });
  it('finds no point in a one-point sentence', () => {
    expect(pointCuts('The leaders discussed trade and investment between their two countries.')).toEqual([]);
  });
});

describe('the point features (point-features.ts)', () => {
  it('mark the second point\'s partner as the best candidate for its point, though not its sentence\'s best', () => {
    const x = candidateRows(a, b, resources, { ...DEFAULT_ALIGN_OPTIONS, pointFeatures: true, pointSplit: true });
    const first = rowOf(x, 1, 1);
    const second = rowOf(x, 1, 2);
    expect(second[at('pointRatio')]).toBeCloseTo(1, 9);
    expect(Math.max(first[at('pointSecond')]!, second[at('pointSecond')]!)).toBe(1);
    // One point of the two-point sentence covers more of each short sentence than the whole sentence's cosine says.
    for (const row of [first, second]) expect(row[at('pointCover')]!).toBeGreaterThan(row[at('whole')]!);
  });
  it('are 0 when not asked for (the app\'s default), so the committed model reads them as it was fitted', () => {
    const x = candidateRows(a, b, resources);
    for (const row of x.rows) for (const f of ['pointCover', 'pointTopicalCover', 'pointRatio', 'pointSecond']) expect(row[at(f)]).toBe(0);
  });
});
