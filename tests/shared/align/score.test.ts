import { describe, expect, it } from 'vitest';
import { DEFAULT_ALIGN_OPTIONS } from '../../../shared/align/align';
import { scoreCandidates } from '../../../shared/align/score';
import type { SentenceVector, VectorEntry } from '../../../shared/align/vectors';

/** A sentence vector from [feature id, weight, clause, generic] entries. */
function vector(entries: Array<[number, number, number, boolean]>): SentenceVector {
  const es: VectorEntry[] = entries.map(([id, weight, clause, generic]) => ({ id, weight, clause, generic, surface: `f${id}` }));
  const clauseTotals: number[] = [];
  for (const e of es) clauseTotals[e.clause] = (clauseTotals[e.clause] ?? 0) + e.weight;
  return { entries: es, total: es.reduce((t, e) => t + e.weight, 0), clauseTotals: [...clauseTotals].map((x) => x ?? 0) };
}

describe('clause matches', () => {
  // Two many-point sentences whose second clauses share two features; the first clauses share nothing.
  const pair = (generic: boolean) => {
    const a = vector([[1, 1, 0, false], [2, 1, 0, false], [3, 1, 0, false], [10, 0.5, 1, generic], [11, 0.5, 1, generic], [4, 0.5, 1, false]]);
    const b = vector([[5, 1, 0, false], [6, 1, 0, false], [7, 1, 0, false], [10, 0.5, 1, generic], [11, 0.5, 1, generic], [8, 0.5, 1, false]]);
    return scoreCandidates([a], [b], DEFAULT_ALIGN_OPTIONS, 0)[0]!;
  };

  it('lets two clauses that share topical features carry the score', () => {
    const c = pair(false);
    expect(c.clauseA).toBe(1);
    expect(c.clauseB).toBe(1);
    expect(c.score).toBeGreaterThan(0.4);
  });

  it('does not let a clause match carried by boilerplate or register words stand in for the sentences', () => {
    const c = pair(true);
    expect(c.clauseA).toBe(-1);
    expect(c.clauseB).toBe(-1);
    // The whole sentences still share the words, at the whole sentences' measure.
    expect(c.score).toBeCloseTo(1 / 4.5, 5);
  });
});
