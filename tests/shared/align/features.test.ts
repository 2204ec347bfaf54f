import { describe, expect, it } from 'vitest';
import { backgroundWeight, sentenceFeatures } from '../../../shared/align/features';
import { NO_RESOURCES, type AlignResources } from '../../../shared/align/resources';
import { sentenceId, type Sentence } from '../../../shared/model/types';

const s = (text: string, start = 0): Sentence => ({ id: sentenceId('a', 0), start, end: start + text.length, text, paragraph: 0 });
const resources: AlignResources = {
  frequencies: { en: { counts: new Map([['the', 1_000_000], ['spoke', 5_000], ['ceasefire', 3]]), total: 10_000_000 } },
};

describe('sentence features', () => {
  it('weighs rare words above common ones', () => {
    const f = resources.frequencies.en!;
    expect(backgroundWeight('ceasefire', f)).toBeGreaterThan(backgroundWeight('spoke', f));
    expect(backgroundWeight('spoke', f)).toBeGreaterThan(backgroundWeight('the', f));
    expect(backgroundWeight('neverseen', f)).toBe(1);
  });

  it('replaces lexicon phrases by their concept and keeps other content words as stems', () => {
    const bag = sentenceFeatures(s('Putin agreed to a truce with Ukraine.'), 'en', NO_RESOURCES);
    expect([...bag.keys()].sort()).toEqual(['c:ceasefire', 'e:ukraine', 'w:agre', 'w:putin']);
  });

  it('records where each feature is, as an offset into the readout', () => {
    const bag = sentenceFeatures(s('A truce now.', 100), 'en', NO_RESOURCES);
    expect(bag.get('c:ceasefire')!.at).toBe(102);
    expect(bag.get('c:ceasefire')!.surface).toBe('truce');
  });

  it('keeps numbers as features of their own', () => {
    const bag = sentenceFeatures(s('The group will meet on January 16.'), 'en', NO_RESOURCES);
    expect(bag.has('n:16')).toBe(true);
  });

  it('damps the words every readout uses', () => {
    const bag = sentenceFeatures(s('The leaders discussed sanctions.'), 'en', NO_RESOURCES);
    expect(bag.get('w:leader')!.weight).toBeLessThan(bag.get('c:sanctions')!.weight);
  });

  it('marks and damps a listed word and its inflections, not its derivations', () => {
    // "achieve" is of the diplomatic register; "achievements" stems alike but is a point of its own.
    const feature = (text: string, surface: string) => [...sentenceFeatures(s(text), 'en', NO_RESOURCES).values()].find((f) => f.surface === surface);
    const achieved = feature('They achieved much.', 'achieved');
    const achievements = feature('He praised the achievements of his tenure.', 'achievements');
    expect(achieved?.key).toBe(achievements?.key); // one stem: the two still match each other
    expect(achieved?.generic).toBe(true);
    expect(feature('Nations cooperating closely.', 'cooperating')?.generic).toBe(true);
    expect(achievements?.generic).toBe(false);
    expect(achievements!.weight).toBeGreaterThan(achieved!.weight);
    // A listed function word is listed as it is: "her" does not make "herring" boilerplate.
    expect(feature('Quotas for herring were set.', 'herring')?.generic).toBe(false);
    // A listed plural covers its singular: "steps" makes "step" register too.
    expect(feature('A first step was taken.', 'step')?.generic).toBe(true);
  });

  it('stems Russian words with the Russian stemmer', () => {
    const one = sentenceFeatures(s('переговоры'), 'ru', NO_RESOURCES);
    const two = sentenceFeatures(s('переговоров'), 'ru', NO_RESOURCES);
    expect([...one.keys()]).toEqual([...two.keys()]);
  });
});
