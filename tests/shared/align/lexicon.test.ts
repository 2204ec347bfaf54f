import { describe, expect, it } from 'vitest';
import { inflections, lexiconFor, matchLexicon, type ContentToken } from '../../../shared/align/lexicon';
import { stemmerFor } from '../../../shared/align/stem';
import { isContentWord } from '../../../shared/align/stopwords';
import { normalizeWord } from '../../../shared/text/normalize';
import { words } from '../../../shared/text/words';

function tokens(text: string): ContentToken[] {
  const stem = stemmerFor('en');
  return words(text).map((w) => ({ raw: w.text, norm: normalizeWord(w.text), start: w.start, end: w.end }))
    .filter((t) => isContentWord(t.raw, t.norm, 'en'))
    .map((t) => ({ ...t, stem: stem(t.norm) }));
}
const keys = (text: string) => matchLexicon(lexiconFor('en'), tokens(text)).map((m) => m.entry.key);

describe('the concept lexicon', () => {
  it('maps different words for a halt in fighting to one concept', () => {
    expect(keys('an energy ceasefire')).toContain('c:ceasefire');
    expect(keys('a 30-day truce')).toContain('c:ceasefire');
    expect(keys('a mutual suspension of strikes on energy infrastructure')).toContain('c:ceasefire');
    expect(keys('a cease–fire along the line')).toContain('c:ceasefire');
  });

  it('treats ransomware and cybercrime as one concept', () => {
    expect(keys('ransomware attacks')).toContain('c:cyber');
    expect(keys('countering cybercrime')).toContain('c:cyber');
  });

  it('joins a country, its adjective and its other names', () => {
    expect(keys('Russian territory')).toEqual(['e:russia']);
    expect(keys('the Kiev regime')).toEqual(['e:kyiv']);
    expect(keys('Kyiv')).toEqual(['e:kyiv']);
    expect(keys('the United States and Russia')).toEqual(['e:united states', 'e:russia']);
  });

  it('reads "US" as the country only when it is written in capitals or with dots', () => {
    expect(keys('the US and Canada')).toContain('e:united states');
    expect(keys('the U.S. and Canada')).toContain('e:united states');
    expect(keys('told us about Canada')).toEqual(['e:canada']);
  });

  it('prefers the longest phrase', () => {
    expect(keys('a free trade agreement')).toEqual(['c:free-trade']);
  });
});

describe('inflections of listed words', () => {
  it('covers the regular inflections and nothing derived', () => {
    expect(inflections('achieve')).toEqual(expect.arrayContaining(['achieve', 'achieves', 'achieved', 'achieving']));
    expect(inflections('develop')).toEqual(expect.arrayContaining(['develops', 'developed', 'developing']));
    expect(inflections('priority')).toContain('priorities');
    expect(inflections('commit')).toEqual(expect.arrayContaining(['committed', 'committing']));
    expect(inflections('achieve')).not.toContain('achievement');
  });
});
