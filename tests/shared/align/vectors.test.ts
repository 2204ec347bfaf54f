import { describe, expect, it } from 'vitest';
import { DEFAULT_ALIGN_OPTIONS } from '../../../shared/align/align';
import { NO_RESOURCES } from '../../../shared/align/resources';
import { buildVectors } from '../../../shared/align/vectors';
import { sentenceId, type Sentence } from '../../../shared/model/types';

const s = (text: string, k = 0): Sentence => ({ id: sentenceId('a', k), start: 0, end: text.length, text, paragraph: 0 });
/** How many clauses the vector of `text` has, as sentence A of a pair with an unrelated sentence B. */
const clauses = (text: string): number => {
  const v = buildVectors({ sentences: [s(text)], language: 'en' }, { sentences: [s('Nothing related here.')], language: 'en' }, NO_RESOURCES, DEFAULT_ALIGN_OPTIONS);
  return v.a[0]!.clauseTotals.length;
};

describe('clauses of a sentence', () => {
  it('splits at punctuation and "and" when each piece has enough features', () => {
    expect(clauses('Leaders reviewed grain exports through Odesa ports; they condemned missile strikes against power stations.')).toBe(2);
    expect(clauses('Leaders reviewed grain exports through Odesa ports and condemned missile strikes against power stations.')).toBe(2);
  });

  it('splits before a word that introduces an item or example ("including", "such as") or a contrast ("but")', () => {
    expect(clauses('Leaders reviewed bilateral trade flows including vaccine production capacity expansion.')).toBe(2);
    expect(clauses('Leaders reviewed bilateral trade flows such as vaccine production capacity expansion.')).toBe(2);
    expect(clauses('Leaders reviewed bilateral trade flows but vaccine production capacity remained limited.')).toBe(2);
  });

  it('keeps a piece too small to be a point with the clause before it', () => {
    expect(clauses('Leaders reviewed bilateral trade flows including vaccines.')).toBe(1);
    // "includingly" is not the separator: the match needs the whole word.
    expect(clauses('Leaders reviewed bilateral trade flows includingly vaccine production capacity expansion.')).toBe(1);
  });
});
