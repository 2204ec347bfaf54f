import { describe, expect, it } from 'vitest';
import { DEFAULT_ALIGN_OPTIONS } from '../../../shared/align/align';
import { scoreCandidates } from '../../../shared/align/score';
import type { SentenceVector, VectorEntry } from '../../../shared/align/vectors';

/** A sentence vector from [feature id, weight, clause, generic] entries. */
function vector(entries: Array<[number, number, number, boolean]>): SentenceVector {
  const es: VectorEntry[] = entries.map(([id, weight, clause, generic]) => ({ id, weight, clause, generic, participant: false, surface: `f${id}` }));
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

  it('scores the same whichever readout is A, when a word is generic on one side only', () => {
    // "achieved" (register) on one side, "achievements" (topical) on the other: one stem, one feature.
    const x = vector([[1, 1, 0, false], [2, 1, 0, false], [3, 1, 0, false], [10, 0.5, 1, false], [11, 0.5, 1, false], [4, 0.5, 1, false]]);
    const y = vector([[5, 1, 0, false], [6, 1, 0, false], [7, 1, 0, false], [10, 0.5, 1, true], [11, 0.5, 1, true], [8, 0.5, 1, false]]);
    const xy = scoreCandidates([x], [y], DEFAULT_ALIGN_OPTIONS, 0)[0]!;
    const yx = scoreCandidates([y], [x], DEFAULT_ALIGN_OPTIONS, 0)[0]!;
    expect(xy.score).toBeCloseTo(yx.score, 10);
    expect(xy.clauseA).toBe(-1); // neither shared feature is topical on both sides
  });

  it('gives a pair the same score among hundreds of many-clause candidates as alone', () => {
    const a = vector([[1, 1, 0, false], [2, 1, 0, false], [3, 1, 0, false], [10, 0.5, 1, false], [11, 0.5, 1, false], [4, 0.5, 1, false]]);
    const other = (k: number) => vector([[100 + k, 1, 0, false], [1, 0.2, 0, false], [300 + k, 1, 0, false], [10, 0.3, 1, false], [500 + k, 0.5, 1, false], [700 + k, 0.5, 1, false]]);
    const target = vector([[5, 1, 0, false], [6, 1, 0, false], [7, 1, 0, false], [10, 0.5, 1, false], [11, 0.5, 1, false], [8, 0.5, 1, false]]);
    const alone = scoreCandidates([a], [target], { ...DEFAULT_ALIGN_OPTIONS, maxCandidates: 1000, maxPostings: 1000 }, 0)[0]!;
    const many = scoreCandidates([a], [...Array.from({ length: 199 }, (_, k) => other(k)), target], { ...DEFAULT_ALIGN_OPTIONS, maxCandidates: 1000, maxPostings: 1000 }, 0);
    const last = many.find((c) => c.b === 199)!;
    expect(many.length).toBe(200);
    expect(last.score).toBeCloseTo(alone.score, 10);
    expect(last.clauseA).toBe(alone.clauseA);
  });
});

describe('a readout that repeats a sentence', () => {
  it('gives each repeat the candidates it has scored alone, with its own index, and a vector that differs in its weights its own', () => {
    // formula(0.6) and formula(1) have the same totals: only their weights tell them apart.
    const formula = (w: number) => vector([[1, w === 1 ? 0.6 : 1, 0, false], [2, w, 0, false], [3, 0.5, 1, false], [4, 0.5, 1, true]]);
    const other = vector([[5, 1, 0, false], [1, 0.2, 0, false]]);
    const va = [formula(1), other, formula(1), formula(0.6), formula(1)];
    const vb = [vector([[1, 1, 0, false], [2, 1, 0, false]]), vector([[3, 0.5, 0, false], [4, 0.5, 1, true], [9, 1, 1, false]]), vector([[2, 0.7, 0, false], [5, 1, 0, false]])];
    const options = DEFAULT_ALIGN_OPTIONS;
    const all = scoreCandidates(va, vb, options, 0);
    va.forEach((v, i) => {
      const alone = scoreCandidates([v], vb, options, 0).map((c) => ({ ...c, a: i }));
      expect(all.filter((c) => c.a === i)).toEqual(alone);
    });
    expect(all.filter((c) => c.a === 3)).not.toEqual(all.filter((c) => c.a === 0).map((c) => ({ ...c, a: 3 })));
  });
});
