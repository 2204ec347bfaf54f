/**
 * Speaker and call forms a review found misread: a name inside "for X"/"to X" before ", who",
 * a position between commas that is no apposition, a title followed by "of" and an
 * organisation, a naming verb's complement, and a news medium's word in a person's name.
 * Invented names and wording about the invented call of invented-call.ts.
 */
import { describe, expect, it } from 'vitest';
import { saidInTheCall } from '../../../shared/article/analyze';
import { analyse } from './invented-call';

const who = (text: string) => analyse(text).commentary.map((q) => [q.speaker, q.role]);
const QUOTE = 'it was “a poor start for the whole valley”.';

describe('a relative pronoun after "a noun for/to/of Name" stands for the noun, not the name', () => {
  it('"a spokesman for Chancellor X, who said" is an unnamed spokesman', () => {
    expect(who(`The plan was criticised by a spokesman for Chancellor Anna Weber, who said ${QUOTE}`)).toEqual([['a spokesman', 'spokesman for Chancellor Anna Weber']]);
    expect(who(`The plan was backed by an adviser to Ola Berg, who said ${QUOTE}`)).toEqual([['an adviser', 'adviser to Ola Berg']]);
  });
  it('a name right before ", who" still speaks', () => {
    expect(who(`The plan was backed by the harbour chief Ola Berg, who said ${QUOTE}`)).toEqual([['Ola Berg', 'harbour chief']]);
  });
});

describe('a position between commas before a name is an apposition only when a comma closes it', () => {
  it('"After a meeting with the minister, X said" gives X no role', () => {
    expect(who(`After a meeting with the minister, Ola Berg said ${QUOTE}`)).toEqual([['Ola Berg', null]]);
  });
  it('"The minister, X, was cautious" still gives the role', () => {
    expect(who(`The minister, Ola Berg, was cautious. Berg said ${QUOTE}`)).toEqual([['Ola Berg', 'minister']]);
  });
});

describe('a title followed by "of" and an organisation names no person', () => {
  it('"The president of the European Commission told" gives no person "Commission"', () => {
    expect(who(`The president of the European Commission told reporters that ${QUOTE}`).map((r) => r[0])).not.toContain('Commission');
    expect(who(`The chairman of the Baltic Grain Board told reporters that ${QUOTE}`).map((r) => r[0])).not.toContain('Board');
  });
  it('a title and a surname still is that person', () => {
    expect(who(`Harbour minister Berg told reporters that ${QUOTE}`)[0]?.[0]).toBe('Berg');
    expect(who(`Ola Berg is the new harbour minister. The harbour secretary of state Berg told reporters that ${QUOTE}`)[0]?.[0]).toBe('Ola Berg');
  });
});

describe('a naming verb names its object only with a complement', () => {
  const parties = new Set(['ruiz', 'hale']);
  it('"called Hale “a reliable partner”" and "called Hale a “reliable partner”" name Hale', () => {
    expect(saidInTheCall('Ruiz called Hale “a reliable partner”.', 'Ana Ruiz', parties, null)).toBe(false);
    expect(saidInTheCall('Ruiz called Hale a “reliable partner”.', 'Ana Ruiz', parties, null)).toBe(false);
    expect(saidInTheCall('Ruiz called Hale a reliable partner.', 'Ana Ruiz', parties, null)).toBe(false);
  });
  it('"called Hale the first … and told him" reports the call', () => {
    expect(saidInTheCall('Ruiz called Hale the first among the European leaders and told him “we stand with you”.', 'Ana Ruiz', parties, null)).toBe(true);
    expect(saidInTheCall('Ruiz called Hale and told him “we stand with you”.', 'Ana Ruiz', parties, null)).toBe(true);
  });
});

describe('a medium-name word in a person’s name does not drop the speaker', () => {
  it('"The economist Ola Post said" and "Senator Tom Daily said" are those people', () => {
    expect(who(`The economist Ola Post said ${QUOTE}`).map((r) => r[0])).toEqual(['Ola Post']);
    expect(who(`Senator Tom Daily said ${QUOTE}`).map((r) => r[0])).toEqual(['Tom Daily']);
  });
  it('a news medium reporting is still no speaker', () => {
    expect(who('The talks were praised in Riga. Riga Radio reported that the sides “agreed on a good start for the valley”.')).toEqual([]);
    expect(who('Riga Radio said the sides “agreed on a good start for the valley”.')).toEqual([]);
  });
});

describe('"a noun for/to/of Name said" is the unnamed noun, not the name', () => {
  // (For a party to the call, "A spokesman for Chancellor Anna Weber", the spokesman speaks for her side since branch art16.)
  it('"A spokesman for Governor X said" and "An adviser to X said" are unnamed', () => {
    expect(who(`A spokesman for Governor Lars Holm said ${QUOTE}`)).toEqual([['a spokesman', 'spokesman for Governor Lars Holm']]);
    expect(who(`An adviser to Ola Berg said ${QUOTE}`)).toEqual([['an adviser', 'adviser to Ola Berg']]);
  });
  it('a title right before the name still is that person', () => {
    expect(who(`Chancellor Anna Weber said ${QUOTE}`)).toEqual([['Anna Weber', 'Chancellor']]);
  });
});

describe('a capitalised word in a portfolio or organisation after of/for is no surname', () => {
  it('"The minister of Foreign Affairs told" and "A spokesman for the Ministry of Defence told" name no person', () => {
    const names = (text: string) => who(text).map((r) => r[0]);
    expect(names(`The minister of Foreign Affairs told reporters that ${QUOTE}`)).not.toContain('Affairs');
    expect(names(`A spokesman for the Ministry of Defence told reporters that ${QUOTE}`)).not.toContain('Ministry');
    expect(names(`A spokesman for the Ministry of Defence told reporters that ${QUOTE}`)).not.toContain('Defence');
  });
  it('"Foreign Minister X told" still is that person', () => {
    expect(who(`Foreign Minister Ola Berg told reporters that ${QUOTE}`)).toEqual([['Ola Berg', 'Foreign Minister']]);
  });
});
