import { describe, expect, it } from 'vitest';
import { DEFAULT_ALIGN_OPTIONS } from '../../../shared/align/align';
import { NO_RESOURCES } from '../../../shared/align/resources';
import { memoFeatures, sentenceFeatures, type FeatureMemo } from '../../../shared/align/features';
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

describe('feature bags found once per piece of work (memoFeatures)', () => {
  it('gives a sentence both readouts share, at other offsets, the features it would get on its own', () => {
    const text = 'The leaders agreed to extend the grain corridor through Odesa.';
    const at = (start: number, k: number): Sentence => ({ id: sentenceId('a', k), start, end: start + text.length, text, paragraph: 0 });
    const memo: FeatureMemo = new Map();
    const first = memoFeatures(memo, at(0, 0), 'en', NO_RESOURCES);
    const again = memoFeatures(memo, at(500, 1), 'en', NO_RESOURCES);
    expect(again).toBe(first);
    expect(memo.size).toBe(1);
    // The offsets are those of the first occurrence: the caller shifts them (vectors.ts), as for the bag found afresh.
    const fresh = sentenceFeatures(at(500, 1), 'en', NO_RESOURCES);
    expect([...fresh.values()].map((f) => ({ ...f, at: f.at - 500 }))).toEqual([...first.bag.values()].map((f) => ({ ...f, at: f.at - first.start })));
  });

  it('keeps languages apart', () => {
    const memo: FeatureMemo = new Map();
    memoFeatures(memo, s('Kyiv'), 'en', NO_RESOURCES);
    memoFeatures(memo, s('Kyiv'), 'uk', NO_RESOURCES);
    expect(memo.size).toBe(2);
  });

  it('gives the same vectors with one memo for both readouts as with none', () => {
    const a = { sentences: [s('Leaders discussed energy security and grain exports.'), s('They agreed to meet again.', 1)], language: 'en' };
    const b = { sentences: [s('They agreed to meet again.'), s('Energy security was discussed.', 1)], language: 'en' };
    const memo: FeatureMemo = new Map();
    expect(buildVectors(a, b, NO_RESOURCES, DEFAULT_ALIGN_OPTIONS, undefined, memo)).toEqual(buildVectors(a, b, NO_RESOURCES, DEFAULT_ALIGN_OPTIONS));
    expect(memo.size).toBe(3);
  });
});

describe('vectors built within one piece of work', () => {
  it('are those built alone: the readout\'s opening, read once per feature memo, is the one each probe would read', () => {
    const readout = ['President Biden spoke today with Prime Minister Sunak of the United Kingdom.', 'The President thanked the Prime Minister for his support of Ukraine.',
      'They discussed energy security and the grain corridor.', 'The leaders agreed to stay in close contact.'].map((t, k) => ({ ...s(t, k), id: sentenceId('b', k) }));
    const probes = ['Biden thanked Sunak for the support.', 'Prime Minister Sunak spoke with President Biden about energy.', 'Nothing related here.'];
    const input = (text: string) => ({ sentences: [s(''), { ...s(text, 1) }], language: 'en' });
    const memo: FeatureMemo = new Map();
    for (const probe of probes) {
      const shared = buildVectors(input(probe), { sentences: readout, language: 'en' }, NO_RESOURCES, DEFAULT_ALIGN_OPTIONS, undefined, memo);
      const alone = buildVectors(input(probe), { sentences: readout, language: 'en' }, NO_RESOURCES, DEFAULT_ALIGN_OPTIONS);
      expect(shared).toEqual(alone);
      // A directional act with a known party gives a feature of that party: the opening was read.
      expect(alone.keys.some((k) => k.includes('@'))).toBe(true);
    }
  });
});
