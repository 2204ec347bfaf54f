import { describe, expect, it } from 'vitest';
import { sentenceFeatures } from '../../../shared/align/features';
import { NO_RESOURCES, type AlignResources } from '../../../shared/align/resources';
import { americanSpelling } from '../../../shared/align/spelling';
import { sentenceId, type Sentence } from '../../../shared/model/types';

const s = (text: string): Sentence => ({ id: sentenceId('a', 0), start: 0, end: text.length, text, paragraph: 0 });

describe('British spellings', () => {
  it('become American by rule (-ise, -yse, -our) and by list', () => {
    expect(americanSpelling('organisation')).toBe('organization');
    expect(americanSpelling('prioritising')).toBe('prioritizing');
    expect(americanSpelling('analysed')).toBe('analyzed');
    expect(americanSpelling('neighbouring')).toBe('neighboring');
    expect(americanSpelling('labour')).toBe('labor');
    expect(americanSpelling('defence')).toBe('defense');
    expect(americanSpelling('programmes')).toBe('programs');
  });

  it('leave alone words spelled -ise in American English too, and words that only look alike', () => {
    for (const w of ['advise', 'advising', 'exercises', 'promising', 'compromise', 'raised', 'rise', 'otherwise', 'four', 'hour', 'tour', 'crisis', 'analysis', 'premises', 'defense']) {
      expect(americanSpelling(w)).toBe(w);
    }
  });

  it('make both spellings one feature, weighed by the American form', () => {
    const resources: AlignResources = { frequencies: { en: { counts: new Map([['defense', 20_000], ['organization', 5_000]]), total: 10_000_000 } } };
    const uk = sentenceFeatures(s('Ukraine needs defence organisation.'), 'en', resources);
    const us = sentenceFeatures(s('Ukraine needs defense organization.'), 'en', resources);
    expect([...uk.keys()].sort()).toEqual([...us.keys()].sort());
    for (const [key, f] of uk) expect(f.weight).toBeCloseTo(us.get(key)!.weight, 10);
    // Without frequencies too: the features are the same.
    expect([...sentenceFeatures(s('defence organisation'), 'en', NO_RESOURCES).keys()].sort())
      .toEqual([...sentenceFeatures(s('defense organization'), 'en', NO_RESOURCES).keys()].sort());
  });
});
