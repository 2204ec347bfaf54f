/** Search folds what readers do not count as a difference, and matches listed spelling variants. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../shared/view/fold';
import { buildRows } from '../../../shared/view/rows';
import { compileQuery, findInText, searchRows, variantsUsed } from '../../../shared/view/search';
import { spellingVariants } from '../../../shared/view/variants';
import { makeComparison } from './make';

/** The texts a query finds in `text`, as written there. */
const found = (text: string, query: string, caseSensitive = false) => {
  const q = compileQuery(query, { caseSensitive });
  return q ? findInText(text, q).map((m) => text.slice(m.start, m.end)) : [];
};

describe('search folding', () => {
  it('ignores hyphens and dashes: cease-fire, ceasefire and cease–fire are one word', () => {
    const text = 'A cease-fire, a ceasefire and a cease\u2013fire, or a cease\u2014fire.';
    const all = ['cease-fire', 'ceasefire', 'cease\u2013fire', 'cease\u2014fire'];
    expect(found(text, 'ceasefire')).toEqual(all);
    expect(found(text, 'cease-fire')).toEqual(all);
    expect(found(text, 'CEASE\u2013FIRE')).toEqual(all);
  });

  it('ignores diacritics on either side', () => {
    expect(found('Talks in Kýiv and in Kyiv.', 'kyiv')).toEqual(['Kýiv', 'Kyiv']);
    expect(found('The café reopened.', 'cafe')).toEqual(['café']);
    expect(found('The cafe reopened.', 'café')).toEqual(['cafe']);
  });

  it('reads typographic quotation marks and apostrophes as straight ones', () => {
    expect(found('The minister\u2019s \u201cfirm\u201d answer.', "minister's \"firm\"")).toEqual(['minister\u2019s \u201cfirm\u201d']);
    expect(found("The minister's answer.", 'minister\u2019s')).toEqual(["minister's"]);
  });

  it('finds a listed spelling variant and says which it used', () => {
    const q = compileQuery('Kyiv')!;
    const text = 'Kiev said so; Kyiv agreed; KIEV\u2019s answer.';
    const matches = findInText(text, q);
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['Kiev', 'Kyiv', 'KIEV']);
    expect(variantsUsed(matches)).toEqual(['Kiev', 'KIEV']);
  });

  it('matches British and American spellings of a word both ways', () => {
    const text = 'Defence and defense; the organisation and the organization; labour and labor.';
    expect(found(text, 'defense')).toEqual(['Defence', 'defense']);
    expect(found(text, 'organisation')).toEqual(['organisation', 'organization']);
    expect(found(text, 'labor')).toEqual(['labour', 'labor']);
  });

  it('keeps case when asked, variants included', () => {
    expect(found('Kiev and kiev and Kyiv.', 'Kyiv', true)).toEqual(['Kiev', 'Kyiv']);
  });

  it('finds nothing for a query of dashes only', () => {
    expect(compileQuery(' \u2013 - ')).toBeNull();
    expect(found('a - b', '-')).toEqual([]);
  });

  it('gives the variant on matches over rows, for the note "also matching Kiev"', () => {
    const c = makeComparison(['Talks with Kyiv.'], ['Talks with Kiev.'], [[0, 0]]);
    const matches = searchRows(buildRows(c), c, 'kyiv');
    expect(matches.map((m) => `${m.side}:${m.start}-${m.end}:${m.variant ?? ''}`)).toEqual(['a:11-15:', 'b:11-15:Kiev']);
  });

  it('lists a word with no variant as itself alone, and a variant group whole', () => {
    expect(spellingVariants('peace')).toEqual(['peace']);
    expect(spellingVariants('kiev')).toEqual(expect.arrayContaining(['kiev', 'kyiv']));
    expect(spellingVariants('realise')).toEqual(expect.arrayContaining(['realise', 'realize']));
  });
});

describe('foldForSearch, on random text', () => {
  const pieces = ['a', 'B', 'é', 'Ü', 'ß', '-', '\u2013', '\u2014', '\u2019', '\u201c', ' ', '  ', '\n', 'x', '\u{1F600}', 'İ'];
  const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(''));

  it('maps each folded code unit back into the original, in order, and covers every kept character', () => {
    fc.assert(fc.property(textArb, fc.boolean(), (text, cs) => {
      const f = foldForSearch(text, cs);
      expect(f.from.length).toBe(f.text.length);
      expect(f.to.length).toBe(f.text.length);
      for (let i = 0; i < f.text.length; i++) {
        expect(f.from[i]!).toBeLessThan(f.to[i]!);
        expect(f.to[i]!).toBeLessThanOrEqual(text.length);
        if (i > 0) expect(f.from[i]!).toBeGreaterThanOrEqual(f.from[i - 1]!);
      }
    }));
  });

  it('finds a slice of the text again after dashes and diacritics are added to the text', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('peace', 'truce', 'energy', 'strikes'), { minLength: 1, maxLength: 5 }), fc.nat(), (words, k) => {
      const plain = words.join(' ');
      const decorated = words.map((w, i) => (i === k % words.length ? `${w.slice(0, 2)}\u2013${w.slice(2)}` : w.replace('e', 'é'))).join(' ');
      const matches = findInText(decorated, compileQuery(plain)!);
      expect(matches).toHaveLength(1);
      expect(matches[0]).toMatchObject({ start: 0, end: decorated.length });
    }));
  });
});
