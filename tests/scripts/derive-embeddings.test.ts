import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMBEDDINGS_FILE, loadEmbeddings } from '../../node/resources';
import { isKept, VOCABULARY } from '../../scripts/derive-embeddings';
import { vectorOf } from '../../shared/align/embeddings';

describe('the committed word-vector table (scripts/derive-embeddings.ts)', () => {
  const table = loadEmbeddings()!;

  it('keeps lower-case ASCII words of two letters or more only', () => {
    expect(['the', 'treaty', 'ceasefire'].every(isKept)).toBe(true);
    expect(['a', 'Paris', 'cross-country', '1990s', 'café', ','].some(isKept)).toBe(false);
  });

  it('holds the VOCABULARY most frequent kept words, 100 dimensions each, in under 5 MB', () => {
    expect(table.index.size).toBe(VOCABULARY);
    expect(table.dims).toBe(100);
    expect([...table.index.keys()].every(isKept)).toBe(true);
    // the source lists words by frequency: the first kept ones are the commonest
    expect(table.index.get('the')).toBe(0);
    expect(table.index.get('of')).toBe(1);
    expect(statSync(join(__dirname, '..', '..', 'assets', EMBEDDINGS_FILE)).size).toBeLessThan(5_000_000);
  });

  it('puts related words closer than unrelated ones', () => {
    const cos = (x: string, y: string): number => {
      const p = vectorOf(table, x)!;
      const q = vectorOf(table, y)!;
      return p.reduce((s, v, k) => s + v * q[k]!, 0);
    };
    expect(cos('truce', 'ceasefire')).toBeGreaterThan(cos('truce', 'wheat'));
    expect(cos('prejudice', 'discrimination')).toBeGreaterThan(cos('prejudice', 'harbour'));
    // unit vectors: a word's cosine with itself is 1, give or take the quantisation
    expect(cos('treaty', 'treaty')).toBeCloseTo(1, 2);
  });
});
