import { describe, expect, it } from 'vitest';
import { DEFAULT_ALIGN_OPTIONS } from '../../../shared/align/align';
import { denseCandidates, denseCosine, semanticSentences, softAlignment, softGain } from '../../../shared/align/semantic';
import { buildVectors } from '../../../shared/align/vectors';
import { loadResourcesWithVectors } from '../../../node/resources';
import { side } from './invented-side';

const resources = loadResourcesWithVectors();
const table = resources.embeddings!.en!;

/** The semantic form of two invented readouts. */
function semantic(textsA: string[], textsB: string[]) {
  const v = buildVectors(side('a', textsA), side('b', textsB), resources, DEFAULT_ALIGN_OPTIONS);
  return semanticSentences(v.a, v.b, v.keys, table);
}

describe('similarity by word vectors', () => {
  const s = semantic(
    ['The ministers pledged to fight prejudice against minority groups.', 'Fishing quotas in the northern bay were reviewed.'],
    ['Both sides backed equal rights for every community.', 'A new railway to the coast will open next spring.'],
  );

  it('scores a paraphrase with no shared word above an unrelated pair, by soft alignment and by mean vectors', () => {
    expect(softAlignment(s.a[0]!, s.b[0]!)).toBeGreaterThan(softAlignment(s.a[0]!, s.b[1]!));
    expect(softAlignment(s.a[0]!, s.b[0]!)).toBeGreaterThan(softAlignment(s.a[1]!, s.b[0]!));
    expect(denseCosine(s.a[0]!, s.b[0]!)).toBeGreaterThan(denseCosine(s.a[0]!, s.b[1]!));
  });

  it('gives 0 when a sentence has no word in the table', () => {
    const t = semantic(['Zorblax quindle 42.'], ['The harvest was good.']);
    expect(t.a[0]!.count).toBe(0);
    expect(softAlignment(t.a[0]!, t.b[0]!)).toBe(0);
    expect(denseCosine(t.a[0]!, t.b[0]!)).toBe(0);
  });

  it('counts in the gain only what the two do not share as words', () => {
    const t = semantic(['The treaty on grain exports was signed.'], ['The treaty on grain exports was signed.']);
    // the same words: everything is shared, nothing is gained beyond them
    expect(softAlignment(t.a[0]!, t.b[0]!)).toBeCloseTo(1, 2);
    expect(softGain(t.a[0]!, t.b[0]!)).toBe(0);
  });

  it('proposes each sentence\'s nearest sentence of the other readout as a candidate, skipping those already known', () => {
    expect(denseCandidates(s.a, s.b, 1, -1, () => false)).toEqual([{ a: 0, b: 0 }, { a: 1, b: 1 }]);
    expect(denseCandidates(s.a, s.b, 1, -1, (a, b) => a === 0 && b === 0)).toEqual([{ a: 1, b: 1 }]);
    expect(denseCandidates(s.a, s.b, 0, -1, () => false)).toEqual([]);
  });
});
