import { describe, expect, it } from 'vitest';
import { decodeEmbeddings, encodeEmbeddings, vectorOf } from '../../../shared/align/embeddings';

/** A seeded generator (mulberry32): the same vectors on every run. */
function seeded(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const unit = (v: ArrayLike<number>): number[] => {
  const n = Math.sqrt(Array.from(v).reduce((s, x) => s + x * x, 0));
  return Array.from(v, (x) => x / n);
};

describe('the word-vector table format', () => {
  const random = seeded(14);
  const dims = 12;
  const words = ['harbour', 'treaty', 'wheat', 'ministère', 'grain'];
  const vectors = words.map(() => Array.from({ length: dims }, () => random() * 6 - 3));
  const table = decodeEmbeddings(encodeEmbeddings(words, vectors, dims));

  it('reads back every word with its vector scaled to unit length, each component within half a quantisation step', () => {
    expect(table.dims).toBe(dims);
    expect(table.index.size).toBe(words.length);
    words.forEach((w, i) => {
      const got = vectorOf(table, w)!;
      const want = unit(vectors[i]!);
      const step = table.scales[table.index.get(w)!]!;
      // the step is the largest component's magnitude / 127
      expect(step).toBeCloseTo(Math.max(...want.map(Math.abs)) / 127, 6);
      for (let k = 0; k < dims; k++) expect(Math.abs(got[k]! - want[k]!)).toBeLessThanOrEqual(step / 2 + 1e-7);
    });
  });

  it('keeps cosines within a hundredth of the unquantised ones', () => {
    const cos = (x: ArrayLike<number>, y: ArrayLike<number>): number => Array.from(x).reduce((s, v, k) => s + v * y[k]!, 0);
    for (let i = 0; i < words.length; i++) {
      for (let j = 0; j < words.length; j++) {
        const exact = cos(unit(vectors[i]!), unit(vectors[j]!));
        expect(Math.abs(cos(vectorOf(table, words[i]!)!, vectorOf(table, words[j]!)!) - exact)).toBeLessThan(0.01);
      }
    }
  });

  it('answers null for a word it does not hold, and is case-sensitive (the table is lower-case)', () => {
    expect(vectorOf(table, 'pineapple')).toBeNull();
    expect(vectorOf(table, 'Treaty')).toBeNull();
  });

  it('reads a table whose bytes start at an odd offset of their buffer', () => {
    const bytes = encodeEmbeddings(words, vectors, dims);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const moved = decodeEmbeddings(shifted.subarray(1));
    expect(Array.from(vectorOf(moved, 'wheat')!)).toEqual(Array.from(vectorOf(table, 'wheat')!));
  });

  it('refuses bytes of another format, a truncated table and a word list that does not match its header', () => {
    const bytes = encodeEmbeddings(words, vectors, dims);
    const bad = bytes.slice();
    bad[0] = 0x58;
    expect(() => decodeEmbeddings(bad)).toThrow(/bad magic/);
    expect(() => decodeEmbeddings(bytes.subarray(0, bytes.length - 1))).toThrow(/expected/);
    expect(() => decodeEmbeddings(bytes.subarray(0, 10))).toThrow(/shorter than the header/);
    expect(() => encodeEmbeddings(['one'], [[1, 2]], 3)).toThrow(/2 components, not 3/);
  });

  it('stores the zero vector as zeros rather than failing', () => {
    const t = decodeEmbeddings(encodeEmbeddings(['void'], [[0, 0, 0]], 3));
    expect(Array.from(vectorOf(t, 'void')!)).toEqual([0, 0, 0]);
  });
});
