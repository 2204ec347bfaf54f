/** The severity of a quotation of a readout (issue 17 section 4), on invented quotations. */
import { describe, expect, it } from 'vitest';
import { backshiftNote, minorReasons, quoteSeverity } from '../../../shared/article/severity';
import { wordDiff } from '../../../shared/diff/words';
import { analyse } from './invented-call';

const sev = (quote: string, readout: string | null): string => quoteSeverity(quote, readout, readout ? wordDiff(quote, readout) : []);

describe('quotation severity', () => {
  it('verbatim: same words, case and punctuation aside', () => {
    expect(sev('The Leaders agreed, to meet again.', 'the leaders agreed to meet again')).toBe('verbatim');
  });
  it('minor: articles, spelling, hyphenation, bracketed insertions', () => {
    expect(sev('the leaders recognised a need for talks', 'the leaders recognized the need for talks')).toBe('minor');
    expect(sev('to reach net-zero by 2040', 'to reach net zero by 2040')).not.toBe('changes-meaning');
    expect(sev('She (Weber) welcomed the plan', 'She welcomed the plan')).toBe('minor');
  });
  it('minor, with the reason named: a capital, an apostrophe’s glyph, a bracketed name (tester 8, U4)', () => {
    const reasons = (quote: string, readout: string) => minorReasons(quote, readout, wordDiff(quote, readout));
    expect(sev('raised Tessel‘s concerns with the Minister', 'raised Tessel’s concerns with the minister')).not.toBe('changes-meaning');
    expect(reasons('raised Tessel‘s concerns with the Minister', 'raised Tessel’s concerns with the minister')).toEqual(['capitalisation', 'an apostrophe’s form']);
    expect(reasons('(Ortiz) reaffirmed the plan', 'Minister reaffirmed the plan')).toContain('a bracketed insertion');
  });

  // Issue 17: a modal or tense changed changes the meaning ("would" for "will" included), however
  // likely a backshift of reported speech; the wording names that reading (tester 8, U4).
  it('a reported-speech backshift changes the meaning, and is named as a possible backshift', () => {
    expect(sev('the crossing would reopen in May', 'the crossing will reopen in May')).toBe('changes-meaning');
    expect(sev('Valdoria could not wait', 'Valdoria can not wait')).toBe('changes-meaning');
    expect(backshiftNote(wordDiff('the crossing would reopen in May', 'the crossing will reopen in May')))
      .toBe('“would” for “will”: the past of reported speech, or a change of certainty');
    // Not a backshift: another modal, or the present where the readout has the past.
    expect(backshiftNote(wordDiff('the crossing might reopen in May', 'the crossing will reopen in May'))).toBe('');
    expect(backshiftNote(wordDiff('the crossing will reopen in May', 'the crossing would reopen in May'))).toBe('');
  });

  // A cold review's example: two modals swapped between clauses were each "in both", so nothing counted as changed.
  it('counts a modal the diff changes even when it stands elsewhere in both, and names no backshift among minor reasons', () => {
    const quote = 'the crossing would reopen in May and will stay open';
    const readout = 'the crossing will reopen in May and would stay open';
    expect(sev(quote, readout)).toBe('changes-meaning');
    expect(minorReasons('the Crossing would reopen', 'the crossing would reopen', wordDiff('the Crossing would reopen', 'the crossing would reopen'))).not.toContainEqual(expect.stringContaining('reported speech'));
  });
  it('changes-meaning: a modal, a negation, a number or a name changed', () => {
    expect(sev('talks could begin in the autumn', 'talks will begin in the autumn')).toBe('changes-meaning');
    expect(sev('the chancellor did not support the plan', 'the chancellor did support the plan')).toBe('changes-meaning');
    expect(sev('a ten-day pause in the fighting', 'a thirty-day pause in the fighting')).toBe('changes-meaning');
  });
  it('different-wording: most content words differ (another translation), or nothing in the readout resembles it', () => {
    expect(sev('to halt the bloodshed between the two nations', 'an immediate cessation of violence was urged by both')).toBe('different-wording');
    expect(sev('anything at all', null)).toBe('different-wording');
  });
  it('the analysis gives each checked quotation a severity, verbatim exactly when its severity is', () => {
    const r = analyse('The Chancellery said the leaders “agreed to strengthen cooperation on energy security.” It said “a summit must take place in the autumn”.');
    const quotes = r.claims.flatMap((c) => c.quotes);
    expect(quotes.map((q) => [q.verbatim, q.severity])).toEqual([[true, 'verbatim'], [false, 'changes-meaning']]);
  });
});
