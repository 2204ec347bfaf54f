import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeWord } from '../../../shared/text/normalize';

/** The lookup form as written before the fast path for plain lower-case words (the reference). */
function reference(word: string): string {
  let w = word.toLowerCase().replace(/[\u2019\u2018`]/g, "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);
  return w.replace(/[.-]/g, '');
}

describe('normalizeWord', () => {
  it('lowers case, drops a possessive and the dots and hyphens inside a word', () => {
    expect(normalizeWord('U.S.')).toBe('us');
    expect(normalizeWord('Russia’s')).toBe('russia');
    expect(normalizeWord('co-operation')).toBe('cooperation');
    expect(normalizeWord('leaders')).toBe('leaders');
    expect(normalizeWord('g7')).toBe('g7');
  });

  it('gives the reference form for any word, plain lower-case ones included', () => {
    const unit = fc.constantFrom('a', 'z', 'q', '0', '9', 'A', 'Z', "'", '’', '‘', '`', '.', '-', 's', 'é', 'Ж', 'İ', '_');
    fc.assert(fc.property(fc.string({ unit, maxLength: 12 }), (word) => {
      expect(normalizeWord(word)).toBe(reference(word));
    }), { numRuns: 5000 });
  });
});
