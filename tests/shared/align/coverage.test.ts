import { describe, expect, it } from 'vitest';
import { alignExplained, candidateRows, DEFAULT_ALIGN_OPTIONS } from '../../../shared/align/align';
import { LINK_MODEL } from '../../../shared/align/link-model';
import { chooseLinks, topicalBags, type CoverageRule } from '../../../shared/align/coverage';
import { side } from './invented-side';
import { loadResources } from '../../../node/resources';

const resources = loadResources();

// Named regression fixtures with invented sentences (issue 14, cause 1: one sentence reporting
// several points against several sentences on the other side).
const a = side('a', [
  'President Arvel of Lindmark spoke by telephone with Prime Minister Sorell of Vesteria.',
  'President Arvel congratulated the Prime Minister on the opening of the Korsund bridge, welcomed the new grain corridor through the port of Halden and raised the release of the detained fishermen.',
  'The leaders agreed to meet in Tarvik next spring.',
]);
const b = side('b', [
  'Prime Minister Sorell of Vesteria received a telephone call from President Arvel of Lindmark.',
  'The President offered his congratulations on the completion of the Korsund bridge.',
  'Both sides welcomed the grain corridor that now runs through Halden harbour.',
  'Questions concerning several fishermen were put to the Prime Minister.',
  'The Korsund bridge was praised once more.',
]);

const ids = (links: ReadonlyArray<{ a: number; b: number }>): string[] => links.map((l) => `${l.a}-${l.b}`).sort();

describe('a sentence reporting several points (the committed selection)', () => {
  it('links the three-point sentence to each of the three sentences that report its points apart, and the same with the files swapped', () => {
    const x = alignExplained(a, b, resources);
    expect(ids(x.links)).toEqual(expect.arrayContaining(['1-1', '1-2', '1-3']));
    const y = alignExplained(b, a, resources);
    expect(ids(y.links.map((l) => ({ a: l.b, b: l.a })))).toEqual(ids(x.links));
    expect(y.links.map((l) => l.confidence).sort()).toEqual(x.links.map((l) => l.confidence).sort());
  });
});

/** The pair's candidates (either orientation), with confidences set by hand per (A index, B index) of the pair as written above. */
function rated(swapped: boolean, confidence: Record<string, number>) {
  const [x, y] = swapped ? [b, a] : [a, b];
  const { v, candidates } = candidateRows(x, y, resources);
  const key = (c: { a: number; b: number }): string => (swapped ? `${c.b}-${c.a}` : `${c.a}-${c.b}`);
  const columns = {
    length: candidates.length, a: Int32Array.from(candidates, (c) => c.a), b: Int32Array.from(candidates, (c) => c.b),
    score: Float64Array.from(candidates, (c) => c.score), confidence: Float64Array.from(candidates, (c) => confidence[key(c)] ?? 0.01),
  };
  const bags = { a: topicalBags(v.a), b: topicalBags(v.b) };
  const links = (rule: CoverageRule | null, maxLinksPerSentence = DEFAULT_ALIGN_OPTIONS.maxLinksPerSentence): string[] => Array.from(
    chooseLinks(columns, columns.confidence, x.sentences.length, y.sentences.length, 0.5, { ...DEFAULT_ALIGN_OPTIONS, maxLinksPerSentence }, { rule, bags }),
    (k) => key({ a: columns.a[k]!, b: columns.b[k]! }),
  ).sort();
  return { links, has: (k: string): boolean => candidates.some((c) => key(c) === k) };
}

describe('the coverage rule (coverage.ts; measured, off in the committed model)', () => {
  // The first point linked surely, the fishermen and the repeated bridge sentence both under the threshold.
  const confidence = { '0-0': 0.99, '1-1': 0.95, '1-2': 0.3, '1-3': 0.3, '1-4': 0.3, '2-4': 0.02 };
  const rule = { floor: 0.2, gain: 0.1 };

  it('adds a second and third link of a linked sentence when they cover words its link does not, and not one whose words its link covers already', () => {
    const r = rated(false, confidence);
    expect(r.has('1-3') && r.has('1-4')).toBe(true);
    expect(r.links(null)).toEqual(['0-0', '1-1']);
    expect(r.links(rule)).toEqual(['0-0', '1-1', '1-2', '1-3']);
  });

  it('gives the same links with the files swapped (A and B alike)', () => {
    expect(rated(true, confidence).links(rule)).toEqual(rated(false, confidence).links(rule));
  });

  it('adds nothing under its floor, and nothing to two sentences that are both unlinked', () => {
    expect(rated(false, confidence).links({ floor: 0.31, gain: 0.1 })).toEqual(['0-0', '1-1']);
    expect(rated(false, { ...confidence, '1-1': 0.3, '0-0': 0.3 }).links(rule)).toEqual([]);
  });

  it('keeps at most the cap of links per sentence, the most confident first', () => {
    expect(rated(false, { ...confidence, '1-2': 0.35 }).links(rule, 2)).toEqual(['0-0', '1-1', '1-2']);
    expect(rated(false, { ...confidence, '1-3': 0.35 }).links(rule, 2)).toEqual(['0-0', '1-1', '1-3']);
  });
});

describe('the coverage rule in the aligner (a model that carries one)', () => {
  // A threshold high enough to leave the fishermen's sentence out (its link confidence is about 0.56).
  const strict = { ...DEFAULT_ALIGN_OPTIONS, model: { ...LINK_MODEL, linkThreshold: 0.9 } };
  const withRule = { ...DEFAULT_ALIGN_OPTIONS, model: { ...strict.model, coverage: { floor: 0.05, gain: 0.1 } } };

  it('adds the sentence of the third point to the linked three-point sentence, not the sentence repeating a covered point, in either order of the files', () => {
    const without = ids(alignExplained(a, b, resources, strict).links);
    expect(without).toContain('1-1');
    expect(without).not.toContain('1-3');
    const x = alignExplained(a, b, resources, withRule);
    expect(ids(x.links)).toEqual([...without, '1-3'].sort());
    expect(ids(x.links)).not.toContain('1-4');
    const y = alignExplained(b, a, resources, withRule);
    expect(ids(y.links.map((l) => ({ a: l.b, b: l.a })))).toEqual(ids(x.links));
    // The link the rule adds keeps its own confidence (under the threshold), so the app marks it as uncertain.
    expect(x.links.find((l) => l.a === 1 && l.b === 3)!.confidence).toBeLessThan(0.9);
  });
});
