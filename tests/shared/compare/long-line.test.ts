import { describe, expect, it } from 'vitest';
import { compare } from '../../../shared/compare/compare';
import type { SourceDoc } from '../../../shared/model/types';
import { loadResources } from '../../../node/resources';

const doc = (text: string): SourceDoc => ({
  file: 'x.txt', text,
  meta: { label: 'X', complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null },
});
// A seeded word generator: distinct nonsense words, so every word is a feature of its own.
function words(n: number, every?: [number, string]): string {
  let x = 12345;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out.push(every && i % every[0] === every[0] - 1 ? every[1] : `w${x.toString(36)}`);
  }
  return out.join(' ');
}

// Guards against quadratic steps on one huge sentence (generous timeouts; speed is measured by the bench).
describe('compare on one very long sentence', () => {
  it('compares a line of 100,000 distinct words with itself', () => {
    const text = words(100_000);
    const c = compare(doc(text), doc(text), loadResources());
    expect(c.a.sentences).toHaveLength(1);
    expect(c.pairs).toHaveLength(1);
    expect(c.pairs[0]!.reasons.length).toBeLessThanOrEqual(12);
  }, 60_000);

  it('compares a line with "and" every third word (many clauses) with itself', () => {
    const text = words(60_000, [3, 'and']);
    const c = compare(doc(text), doc(text), loadResources());
    expect(c.pairs).toHaveLength(1);
  }, 60_000);
});
