/** The severity of a quotation of a readout (issue 17 section 4), on invented quotations. */
import { describe, expect, it } from 'vitest';
import { backshiftNote, minorReasons, quoteSeverity, SEVERITIES } from '../../../shared/article/severity';
import cues from '../../../shared/article/data/misquotation.json';
import { quoteDiff } from '../../../shared/article/quote-check';
import { quoteDiffText } from '../../../shared/findings/quote-text';
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
  it('minor, with the reason named: a capital, a bracketed name (tester 8, U4); an apostrophe’s glyph is no difference (tester 10, T2)', () => {
    const reasons = (quote: string, readout: string) => minorReasons(quote, readout, wordDiff(quote, readout));
    expect(sev('raised Tessel‘s concerns with the Minister', 'raised Tessel’s concerns with the minister')).not.toBe('changes-meaning');
    expect(reasons('raised Tessel‘s concerns with the Minister', 'raised Tessel’s concerns with the minister')).toEqual(['capitalisation']);
    expect(reasons('(Ortiz) reaffirmed the plan', 'Minister reaffirmed the plan')).toContain('a bracketed insertion');
  });

  // Tester 10, T2: the backshift of reported speech is what English reported speech does (Quirk et al. 14.31):
  // minor, named, never "changes meaning"; another modal (a modal of other force) still changes it.
  // The owner's rule (issue 17 section 4): a changed tense changes the meaning; the finding names the possible
  // backshift of reported speech beside it (backshiftNote). One switch in data (backshiftSeverity) makes it minor.
  it('a reported-speech backshift follows backshiftSeverity: changes-meaning by issue 17, its note naming the tense of reported speech', () => {
    const minor = cues.backshiftSeverity === 'minor';
    expect(cues.backshiftSeverity).toBe('changes-meaning');
    expect(sev('the crossing would reopen in May', 'the crossing will reopen in May')).toBe(minor ? 'minor' : 'changes-meaning');
    expect(sev('the envoys were ready to travel', 'the envoys are ready to travel')).toBe(minor ? 'minor' : 'changes-meaning');
    expect(backshiftNote(wordDiff('the crossing would reopen in May', 'the crossing will reopen in May'))).toBe('“would” for “will”: the tense of reported speech, or a change of certainty');
    // Not a backshift: another modal, or the present where the readout has the past: no note.
    expect(sev('the crossing might reopen in May', 'the crossing will reopen in May')).toBe('changes-meaning');
    expect(backshiftNote(wordDiff('the crossing might reopen in May', 'the crossing will reopen in May'))).toBe('');
    expect(sev('the crossing will reopen in May', 'the crossing would reopen in May')).toBe('changes-meaning');
  });
  it('changes-meaning: a modal of different force (will → may, must → should)', () => {
    expect(sev('the crossing may reopen in May', 'the crossing will reopen in May')).toBe('changes-meaning');
    expect(sev('both sides should withdraw their ships', 'both sides must withdraw their ships')).toBe('changes-meaning');
  });
  it('minor: typographic variants never count (apostrophes, quotation marks, dashes, spaces), and the shown diff does not mark them', () => {
    expect(sev('raised Tessel’s worries – and hopes – with the minister', "raised Tessel's worries - and hopes - with the minister")).toBe('verbatim');
    expect(sev('The envoy shared Tessel’s concerns about the port', "envoy shared Tessel's concerns with the port")).toBe('minor');
    expect(sev('a “just” settlement for\u00a0Tessel', 'a "just" settlement for Tessel')).toBe('verbatim');
    const diff = quoteDiff('The envoy shared Tessel’s concerns about the port', { sentence: 'a1', start: 0, end: 0, text: "envoy shared Tessel's concerns with the port" } as never);
    expect(quoteDiffText(diff)).not.toMatch(/\[-[^\]]*Tessel|\{\+[^}]*Tessel/u);
    expect(quoteDiffText(diff)).toContain('Tessel’s concerns [-about-] {+with+}');
    expect(diff.map((p) => p.kind === 'onlyB' ? '' : p.text).join('')).toBe('The envoy shared Tessel’s concerns about the port');
  });
  it('minor: function words changed (“about” for “to”, an article added or dropped)', () => {
    expect(sev('The Chancellor also alerted the Premier about Valdoria’s worries', "Chancellor also alerted the Premier to Valdoria's worries")).toBe('minor');
    expect(minorReasons('alerted the Premier about the worries', 'alerted the Premier to the worries', wordDiff('alerted the Premier about the worries', 'alerted the Premier to the worries'))).toEqual(['articles or other small words']);
  });
  it('minor: a name the reporter inserts after a title or puts for a pronoun, brackets or not; another name is another actor', () => {
    expect(sev('Chancellor Ortiz reiterated the call for talks', 'Chancellor reiterated the call for talks')).toBe('minor');
    expect(sev('The Prime Minister Tessel welcomed the offer', 'The Prime Minister welcomed the offer')).toBe('minor');
    expect(sev('Tessel welcomed the offer', 'He welcomed the offer')).toBe('minor');
    expect(minorReasons('Chancellor Ortiz reiterated the call', 'Chancellor reiterated the call', wordDiff('Chancellor Ortiz reiterated the call', 'Chancellor reiterated the call'))).toEqual(['a name added']);
    expect(sev('Chancellor Ortiz thanked Premier Tessel', 'Chancellor Ortiz thanked Premier Halvorsen')).toBe('changes-meaning');
  });
  it('changes-meaning: a negation added or dropped, a number or a date changed', () => {
    expect(sev('the crossing will not reopen in May', 'the crossing will reopen in May')).toBe('changes-meaning');
    expect(sev('a 20-day pause in the shelling', 'a 30-day pause in the shelling')).toBe('changes-meaning');
    expect(sev('the envoys meet on 12 May', 'the envoys meet on 14 May')).toBe('changes-meaning');
  });
  it('one table of severities: only a change of meaning is a misquote', () => {
    expect(SEVERITIES['changes-meaning'].finding).toBe('misquote');
    expect(SEVERITIES.minor.finding).toBe('quotation');
    expect(SEVERITIES['different-wording'].finding).toBe('quotation');
    expect(SEVERITIES.minor.verdict).toBe('quoted with minor differences');
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
