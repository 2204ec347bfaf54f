import { describe, expect, it } from 'vitest';
import { CONTEXT_EXTRA, CONTEXT_FEATURES, contextRows } from '../../../shared/align/context-features';
import { LINK_FEATURES } from '../../../shared/align/link-features';
import { candidateProbabilities, LINK_MODEL, linkProbability } from '../../../shared/align/link-model';

const at = (f: (typeof CONTEXT_EXTRA)[number]): number => LINK_FEATURES.length + CONTEXT_EXTRA.indexOf(f);

describe('the second look of the selection (context features)', () => {
  // Sentence a0 reports two points: b0 (likely, 0.9) and b1 (0.3, nothing else claims b1);
  // a1 and b2 have only each other (0.2); a2's only candidate is b0, already taken by a0.
  const candidates = [{ a: 0, b: 0 }, { a: 0, b: 1 }, { a: 1, b: 2 }, { a: 2, b: 0 }];
  const rows = candidates.map((_, k) => Float64Array.from(LINK_FEATURES, (__, i) => k * 100 + i));
  const probs = [0.9, 0.3, 0.2, 0.4];
  const out = contextRows(candidates, rows, probs, 3, 3, 0.5);

  it('keeps the candidate row and appends its context, one row per candidate', () => {
    expect(out).toHaveLength(4);
    for (const [k, row] of out.entries()) {
      expect(row).toHaveLength(CONTEXT_FEATURES.length);
      expect([...row.subarray(0, LINK_FEATURES.length)]).toEqual([...rows[k]!]);
    }
  });

  it('says which end is already taken by a more-likely-than-not link', () => {
    // (a0, b1): a0 is taken by b0 (0.9), b1 by nothing: a second link for a two-point sentence.
    expect(out[1]![at('onlyBFree')]).toBe(1);
    expect(out[1]![at('bothFree')]).toBe(0);
    // (a2, b0): b0 is taken by a0, a2 has nothing else.
    expect(out[3]![at('onlyAFree')]).toBe(1);
    // (a1, b2): both have nothing else.
    expect(out[2]![at('bothFree')]).toBe(1);
    // (a0, b0): a0's other candidate (0.3) and b0's (0.4) are both under 0.5.
    expect(out[0]![at('bothFree')]).toBe(1);
  });

  it('gives the best other probability of each end and the margin over it', () => {
    expect(out[0]![at('marginA')]).toBeCloseTo(0.9 - 0.3);
    expect(out[0]![at('marginB')]).toBeCloseTo(0.9 - 0.4);
    expect(out[1]![at('marginA')]).toBeCloseTo(0.3 - 0.9);
    expect(out[1]![at('otherB')]).toBeLessThan(-6); // no other candidate: the logit of ~0
    expect(out[2]![at('logit')]).toBeCloseTo(Math.log(0.2 / 0.8));
  });

  it('carries the log score of a pair whose two ends are both free, and 0 otherwise', () => {
    const logScore = LINK_FEATURES.indexOf('logScore');
    expect(out[2]![at('freeLogScore')]).toBe(rows[2]![logScore]);
    expect(out[1]![at('freeLogScore')]).toBe(0);
  });
});

describe('the second look as the app applies it (link-model.ts)', () => {
  it('gives each candidate the probability of the standardised regression over its context row', () => {
    const context = LINK_MODEL.context!;
    expect(context.features).toEqual(CONTEXT_FEATURES);
    const candidates = [{ a: 0, b: 0 }, { a: 0, b: 1 }, { a: 1, b: 1 }, { a: 2, b: 2 }];
    const rows = candidates.map((_, k) => Float64Array.from(LINK_FEATURES, (__, i) => ((k + 1) * (i % 5)) / 10));
    const first = rows.map((r) => linkProbability(LINK_MODEL, r));
    const expected = contextRows(candidates, rows, first, 3, 3, context.reference).map((row) => {
      const z = context.weights.reduce((t, w, i) => t + (w * (row[i]! - context.mean[i]!)) / context.scale[i]!, context.bias);
      return 1 / (1 + Math.exp(-z));
    });
    const got = candidateProbabilities(LINK_MODEL, candidates, rows, 3, 3);
    expected.forEach((p, k) => expect(got[k]).toBeCloseTo(p, 12));
  });
});
