/** Find in the article panel (shared/view/search.ts): which texts, in what order, folded as the readouts are. */
import { describe, expect, it } from 'vitest';
import { claimId, commentaryId, type ArticleAnalysis, type Claim, type Commentary } from '../../../shared/model/article';
import { buildRows } from '../../../shared/view/rows';
import { articleTexts, matchCountWording, searchAll, searchArticle, searchRows, type ArticleMatch } from '../../../shared/view/search';
import { makeComparison } from './make';

/** An invented article: two claims, two quotations (one without a role). */
const TEXT = [
  'The harbour talks ended with a “cease–fire” on the northern coast, the ministry’s summary said.',
  'Neither summary names the mediator from Kyiv.',
  '“We organised the talks in good faith,” said Mara Olsen, an envoy for the harbour council.',
  '“The coast is calm,” Olsen said.',
].join(' ');

function span(words: string) {
  const start = TEXT.indexOf(words);
  if (start < 0) throw new Error(`not in the text: ${words}`);
  return { start, end: start + words.length };
}

const claim = (i: number, text: string): Claim => ({
  id: claimId(i), text, ...span(text), readouts: ['a'], verdicts: { a: 'supported' }, links: [], closestSentences: [], quotes: [],
});
const said = (i: number, speaker: string, role: string | null, quote: string): Commentary => ({
  id: commentaryId(i), speaker, named: true, role, party: false, quote, ...span(quote), timing: null, links: [],
});

const ARTICLE: ArticleAnalysis = {
  doc: { file: 'article.txt', text: TEXT, meta: { label: 'Article', complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null } },
  origin: 'extracted',
  claims: [
    claim(0, 'The harbour talks ended with a “cease–fire” on the northern coast, the ministry’s summary said.'),
    claim(1, 'Neither summary names the mediator from Kyiv.'),
  ],
  commentary: [
    said(0, 'Mara Olsen', 'an envoy for the harbour council', 'We organised the talks in good faith,'),
    said(1, 'Mara Olsen', null, 'The coast is calm,'),
  ],
  automaticLinks: {},
  manualLinks: [],
};

/** A match as "c1.text: the words matched", with "(variant)" when a listed variant matched. */
const fieldText = (m: ArticleMatch) => articleTexts(ARTICLE).find((t) => t.item === m.item && t.field === m.field)!.text;
const at = (m: ArticleMatch) => `${m.item}.${m.field}: ${fieldText(m).slice(m.start, m.end)}${m.variant === undefined ? '' : ` (variant ${m.variant})`}`;
const find = (query: string) => searchArticle(ARTICLE, query).map(at);

describe('the article panel’s texts', () => {
  it('are each claim’s words, then each quotation’s speaker, role (when given) and words, in the panel’s order', () => {
    expect(articleTexts(ARTICLE).map((t) => `${t.item}.${t.field}`)).toEqual(['c1.text', 'c2.text', 'q1.speaker', 'q1.role', 'q1.text', 'q2.speaker', 'q2.text']);
  });
});

describe('searchArticle', () => {
  it('finds the query in claims, speakers, roles and quotations, in the panel’s order, with offsets into each text', () => {
    expect(find('harbour')).toEqual(['c1.text: harbour', 'q1.role: harbour']);
    expect(find('olsen')).toEqual(['q1.speaker: Olsen', 'q2.speaker: Olsen']);
    expect(find('coast')).toEqual(['c1.text: coast', 'q2.text: coast']);
    const [role] = searchArticle(ARTICLE, 'harbour').slice(1);
    expect([role!.start, role!.end]).toEqual([ARTICLE.commentary[0]!.role!.indexOf('harbour'), ARTICLE.commentary[0]!.role!.indexOf('harbour') + 7]);
  });

  it('folds as the readouts’ search does: dashes, typographic quotes and apostrophes, case', () => {
    // “cease–fire” with an en dash inside typographic quotation marks.
    expect(find('"ceasefire"')).toEqual(['c1.text: “cease–fire”']);
    expect(find('CEASE-FIRE')).toEqual(['c1.text: cease–fire']);
    expect(find("ministry's")).toEqual(['c1.text: ministry’s']);
  });

  it('matches listed spelling variants, saying which: Kiev finds Kyiv, American spelling finds British', () => {
    expect(find('Kiev')).toEqual(['c2.text: Kyiv (variant Kyiv)']);
    expect(find('organized')).toEqual(['q1.text: organised (variant organised)']);
    expect(find('harbor')).toEqual(['c1.text: harbour (variant harbour)', 'q1.role: harbour (variant harbour)']);
  });

  it('finds nothing without an article, or for an empty or blank query', () => {
    expect(searchArticle(null, 'coast')).toEqual([]);
    expect(find('')).toEqual([]);
    expect(find('  – ')).toEqual([]);
  });
});

describe('searchAll', () => {
  const c = makeComparison(['The harbor is calm.', 'Talks went on.'], ['The coast is calm.'], [[0, 0]]);
  const rows = buildRows(c);

  it('gives what searchRows and searchArticle give, for the readouts and the article', () => {
    for (const query of ['calm', 'harbour', 'coast', 'kiev', '']) {
      expect(searchAll(rows, c, ARTICLE, query)).toEqual({ rows: searchRows(rows, c, query), article: searchArticle(ARTICLE, query) });
    }
    expect(searchAll(rows, c, null, 'calm').article).toEqual([]);
  });
});

describe('matchCountWording', () => {
  it('says how many in the readouts and in the article when there is an article, and just how many otherwise', () => {
    expect(matchCountWording(3, 2, true)).toBe('3 in the readouts · 2 in the article');
    expect(matchCountWording(0, 1, true)).toBe('0 in the readouts · 1 in the article');
    expect(matchCountWording(1, 0, false)).toBe('1 match');
    expect(matchCountWording(4, 0, false)).toBe('4 matches');
    expect(matchCountWording(0, 0, true)).toBe('No matches');
    expect(matchCountWording(0, 0, false)).toBe('No matches');
  });
});
