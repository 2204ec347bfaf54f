/**
 * Forms found on branch art9's development errors (its fresh batch and the development articles), restated in
 * invented wording about the invented call of invented-call.ts (names, places and events made up).
 */
import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../../shared/article/quotes';
import { analyse } from './invented-call';

describe('“according to the information given by X”: X is the source, the noun between is its release', () => {
  it('“According to the information given by the Chancellery, …” is a claim about the Chancellery’s readout', () => {
    const r = analyse('According to the information given by the Chancellery, the chancellor agreed to strengthen cooperation on energy security.');
    expect(r.claims.map((c) => c.readouts)).toEqual([['b']]);
  });
  it('“according to a statement issued by Downing Street” likewise', () => {
    const r = analyse('The two leaders discussed the harbour, according to a statement issued by Downing Street.');
    expect(r.claims.map((c) => c.readouts)).toEqual([['a']]);
  });
  it('“according to figures given by the port authority” names no readout: no claim', () => {
    expect(analyse('Trade rose by a tenth, according to figures given by the port authority.').claims).toEqual([]);
  });
});

describe('a quotation whose opening mark was lost in copying: a closing curly mark, then a speech verb', () => {
  const lost = 'At the cabinet meeting, the chancellor said the safety of our sailors comes first,” said Foreign Secretary Lars Holm.';
  it('the quotation runs from the paragraph’s start and is the speaker’s after the mark', () => {
    const quotes = findQuotations(lost);
    expect(quotes.map((q) => q.text)).toEqual(['At the cabinet meeting, the chancellor said the safety of our sailors comes first']);
    expect(analyse(lost).commentary.map((q) => [q.speaker, q.named])).toEqual([['Lars Holm', true]]);
  });
  it('a closing mark after an opening one, a mark with no speech verb after it, or a short run: nothing new', () => {
    expect(findQuotations('Lars Holm said the talks were “useful,” said the minister.').map((q) => q.text)).toEqual(['useful']);
    expect(findQuotations('The talks on the ports went on for hours,” and then ended.')).toEqual([]);
    expect(findQuotations('Very well,” said Lars Holm.')).toEqual([]);
  });
  it('after a paragraph that ended inside a quotation, the closing mark ends that one: no new quotation', () => {
    const text = '“In the call, the chancellor raised the ports.\nThe leaders agreed to meet in the autumn,” said Lars Holm.';
    expect(findQuotations(text).map((q) => q.text)).toEqual(['In the call, the chancellor raised the ports.']);
    const later = '“In the call, the chancellor raised the ports.\nThe leaders discussed trade.\nThey agreed to meet in the autumn,” said Lars Holm.';
    expect(findQuotations(later).map((q) => q.text)).toEqual(['In the call, the chancellor raised the ports.']);
  });
  it('a paragraph continuing a quotation from the one before keeps the newspaper convention', () => {
    const text = '“The ports stay open,\n“and the ships sail,” said Lars Holm.';
    expect(findQuotations(text).map((q) => q.text)).toEqual(['The ports stay open', 'and the ships sail']);
  });
});

describe('an unnamed office-holder with a country adjective is a person, not a government', () => {
  it('“…,” the Japanese defence minister said: an unnamed speaker with that description', () => {
    const r = analyse('“We are ready for any outcome,” the Japanese defence minister said.');
    expect(r.commentary.map((q) => [q.speaker, q.named])).toEqual([['the Japanese defence minister', false]]);
  });
  it('the country itself, or its government, still speaks for no person', () => {
    expect(analyse('“We are ready for any outcome,” the Japanese government said.').commentary).toEqual([]);
    expect(analyse('“We are ready for any outcome,” Tokyo said.').commentary).toEqual([]);
  });
});

describe('after a quotation, a description, then the name between commas: the name speaks, the description is the role', () => {
  const cases: Array<[string, string, string]> = [
    ['“The chancellor has been clear about the ports,” the chancellor’s spokesman, Max Roth, told reporters.', 'Max Roth', 'the chancellor’s spokesman'],
    ['“The chancellor has been clear about the ports,” Weber’s spokesman, Max Roth, said.', 'Max Roth', 'Weber’s spokesman'],
    // A name, then a role between commas, is read as before.
    ['“Nobody asked us,” Lars Holm, the mayor of Valka, said.', 'Lars Holm', 'the mayor of Valka'],
  ];
  it.each(cases)('%s', (text, speaker, role) => {
    expect(analyse(text).commentary.map((q) => [q.speaker, q.named, q.role])).toEqual([[speaker, true, role]]);
  });
});

describe('an unnamed source described by a relative clause (“a diplomat who attended the meeting”)', () => {
  const speaker = [['a diplomat who attended the meeting', false, 'diplomat who attended the meeting']];
  it('before the quotation: “A diplomat who attended the meeting said: “…””', () => {
    expect(analyse('A diplomat who attended the meeting said: “It was the worst session in years.”').commentary.map((q) => [q.speaker, q.named, q.role])).toEqual(speaker);
  });
  it('after it: “…,” according to a diplomat who attended the meeting', () => {
    expect(analyse('“It was the worst session in years,” according to a diplomat who attended the meeting.').commentary.map((q) => [q.speaker, q.named, q.role])).toEqual(speaker);
  });
  it('a request for anonymity is still no description, and a named person’s relative clause still no speaker', () => {
    expect(analyse('“The talks were tense,” a government source who asked not to be named said.').commentary.map((q) => q.speaker)).toEqual(['a government source']);
    expect(analyse('Lars Holm, who attended the meeting, said: “It was the worst session in years.”').commentary.map((q) => q.speaker)).toEqual(['Lars Holm']);
  });
});

describe('a bare title opening the sentence is its holder, as it is after the quotation', () => {
  it.each([
    'The chancellor said: “We spoke about the ports for an hour.”',
    'The chancellor told reporters in Berlin: “We spoke about the ports for an hour.”',
    '“We spoke about the ports for an hour,” the chancellor told reporters.',
  ])('%s', (text) => {
    expect(analyse(text).commentary.map((q) => [q.speaker, q.named, q.party])).toEqual([['Anna Weber', true, true]]);
  });
});
