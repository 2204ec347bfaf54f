import { describe, expect, it } from 'vitest';
import { inflections, lexiconFor, matchLexicon, phraseStems, type ContentToken } from '../../../shared/align/lexicon';
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
    expect(keys('they agreed on a humanitarian pause')).toContain('c:ceasefire');
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
    expect(inflections('stop')).toEqual(expect.arrayContaining(['stopped', 'stopping']));
    expect(inflections('achieve')).not.toContain('achievement');
    expect(inflections('visit')).not.toContain('visitted');
    expect(inflections('take')).toEqual(expect.arrayContaining(['took', 'taken', 'taking']));
  });

  it('lets a listed inflected form cover its base and the base\'s other forms', () => {
    expect(inflections('steps')).toEqual(expect.arrayContaining(['step', 'stepped', 'stepping']));
    expect(inflections('committed')).toEqual(expect.arrayContaining(['commit', 'commits', 'committing']));
    expect(inflections('committed')).not.toContain('committees');
    expect(inflections('including')).toEqual(expect.arrayContaining(['include', 'included', 'includes']));
    expect(inflections('continued')).toEqual(expect.arrayContaining(['continue', 'continuing']));
  });
});

describe('the concept vocabulary', () => {
  it('has no phrase that stop-word removal shrinks to one word the concept does not list on its own', async () => {
    // "welcome to" became "welcome" and "rights of" became "right": every "welcomed" was an invitation.
    const { default: data } = await import('../../../shared/align/data/concepts.json');
    const collapsed: string[] = [];
    for (const c of data.concepts) {
      const single = new Set(c.terms.filter((t) => !/\s/.test(t.trim())).map((t) => phraseStems(t, 'en').join(' ')));
      for (const t of c.terms) {
        const stems = phraseStems(t, 'en');
        if (/\s/.test(t.trim()) && stems.length === 1 && !single.has(stems[0]!)) collapsed.push(`${c.id}: "${t}"`);
      }
    }
    expect(collapsed).toEqual([]);
  });
});
