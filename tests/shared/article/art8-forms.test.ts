/**
 * Forms found on branch art8's development articles, restated in invented wording about the invented call of
 * invented-call.ts (names, places and events made up).
 */
import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../../shared/article/quote-check';
import type { SentenceId } from '../../../shared/model/types';
import { analyse } from './invented-call';

describe('an office of a readout’s publisher named before speaks for that readout', () => {
  const text = 'The Chancellery press service said on Monday that the two leaders had spoken by telephone. '
    + 'According to the press service, the sides agreed to “strengthen cooperation on energy security and on the new ports”.';
  it('“according to the press service” after “the Chancellery press service”: the Chancellery’s readout, no commentator', () => {
    const r = analyse(text);
    expect(r.commentary).toEqual([]);
    const claim = r.claims.find((c) => c.text.startsWith('According to the press service'));
    expect(claim?.readouts).toEqual(['b']);
    expect(claim?.quotes.map((q) => q.readout)).toEqual(['b']);
  });
  it('“the press service” with no publisher named before is no person either', () => {
    expect(analyse('“The ports will reopen in the spring,” the press service said.').commentary).toEqual([]);
  });
});

describe('one or two words a party said in the call, freely rendered, are the readout holding their content word', () => {
  it('“In the call, X pledged “firm support”” (the readout has "support"): that readout’s quotation, not X’s commentary', () => {
    const r = analyse('In the call, Chancellor Anna Weber pledged “firm support” for Moldova.');
    expect(r.commentary).toEqual([]);
    expect(r.claims.flatMap((c) => c.quotes.map((q) => [q.readout, q.verbatim]))).toEqual([['a', false]]);
  });
  it('a content word both readouts hold says nothing of which: the party’s own words stay', () => {
    expect(analyse('In the call, Chancellor Anna Weber pledged “firm cooperation” for Moldova.').commentary.map((q) => q.speaker)).toEqual(['Anna Weber']);
  });
  it('on another occasion (“told reporters”) the words are the party’s', () => {
    expect(analyse('Chancellor Anna Weber told reporters she had pledged “firm support” for Moldova.').commentary.map((q) => q.speaker)).toEqual(['Anna Weber']);
  });
});

describe('a commentary quotation of one or two content words is linked to nothing (tester 7, T9)', () => {
  it('“never an autumn summit” shares its two content words with a readout sentence: no link', () => {
    const r = analyse('At a meeting last month, Ola Berg said there would be “never an autumn summit”.');
    expect(r.commentary.map((q) => q.links)).toEqual([[]]);
  });
  it('a quotation with three content words or more still links to the sentence it bears on', () => {
    const r = analyse('Ola Berg said: “Cooperation on energy security must deepen.”');
    expect(r.commentary[0]?.links.length).toBeGreaterThan(0);
  });
});

describe('a marked omission is standard editing, not a misquotation (tester 7, T10)', () => {
  const readout = 'The ministers also reviewed the strong rail links between the UK and Freedonia, worth £3 billion.';
  const sentences = [{ id: 'a1' as SentenceId, start: 0, end: readout.length, text: readout, paragraph: 0 }];
  const verbatim = (quote: string) => locateQuote(quote, readout, sentences).verbatim;
  it('“the ministers […] reviewed the strong rail links between the U.K. and Freedonia” is verbatim', () => {
    expect(verbatim('the ministers […] reviewed the strong rail links between the U.K. and Freedonia')).toBe(true);
    expect(verbatim('… reviewed the strong rail links')).toBe(true);
  });
  it('a changed word beside the mark, or words left out without a mark, still differ', () => {
    expect(verbatim('the ministers […] reviewed the weak rail links')).toBe(false);
    expect(verbatim('the ministers reviewed the strong rail links')).toBe(false);
  });
});
