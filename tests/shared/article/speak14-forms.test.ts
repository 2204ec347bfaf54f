/**
 * Attribution forms of branch speak14, from the list and the news-attribution literature (title resolution
 * to a person introduced earlier, unnamed sources with their description as role: Muzny et al. 2017; Pareti's PARC
 * conventions), restated in invented wording about the invented call of invented-call.ts.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from './invented-call';

const speakers = (text: string): Array<[string, boolean, string | null]> => analyse(text).commentary.map((q) => [q.speaker, q.named, q.role]);

describe('an unnamed speaker is described by the article’s words, and that description is the role', () => {
  it.each([
    ['“We will not wait forever,” the minister said.', 'the minister', 'minister'],
    ['“We will not wait forever,” a witness said.', 'a witness', 'witness'],
    ['“We will not wait forever,” the French president told reporters.', 'the French president', 'French president'],
  ])('%s', (text, speaker, role) => {
    expect(speakers(text)).toEqual([[speaker, false, role]]);
  });
});

describe('a bare title or position resolves to the person given it in apposition earlier', () => {
  it('“Paul Marot, the French president, …” then “the French president told reporters”: Paul Marot', () => {
    const text = 'Paul Marot, the French president, met the chancellor on Monday.\n“We will not wait forever,” the French president told reporters.';
    expect(speakers(text)).toEqual([['Paul Marot', true, 'the French president']]);
  });
  it('“Lars Holm, a shipping analyst, …” then “the analyst said”: Lars Holm, not an unnamed analyst', () => {
    const text = 'Lars Holm, a shipping analyst, followed the talks.\n“We will not wait forever,” the analyst said.';
    expect(speakers(text)).toEqual([['Lars Holm', true, 'a shipping analyst']]);
  });
  it('a position nobody was given stays unnamed: the analyst is no minister', () => {
    const text = 'Lars Holm, a shipping analyst, followed the talks.\n“We will not wait forever,” the minister said.';
    expect(speakers(text)).toEqual([['the minister', false, 'minister']]);
  });
  it('a position given inside a quotation introduces no one', () => {
    const text = 'Eva Lind said: “Paul Marot, the French president, will come.”\n“We will not wait forever,” the French president said.';
    expect(speakers(text).at(-1)).toEqual(['the French president', false, 'French president']);
  });
});

describe('an unnamed source described by whom they serve: “an aide to X”, “an adviser to X”', () => {
  it.each([
    ['“We will not wait forever,” a close aide to the chancellor said.', 'a close aide to the chancellor', 'close aide to the chancellor'],
    ['“We will not wait forever,” an adviser to the prime minister said.', 'an adviser to the prime minister', 'adviser to the prime minister'],
  ])('%s', (text, speaker, role) => {
    expect(speakers(text)).toEqual([[speaker, false, role]]);
  });
});

describe('“he” after a sentence whose speaker has an aside: the speaker, not a name inside the aside', () => {
  it('“Lars Holm, who met Erik Dahl on Monday, said …” then “…,” he said: Lars Holm', () => {
    const text = 'Lars Holm, who met Erik Dahl on Monday, said the talks were good.\n“We will not wait forever,” he said.';
    expect(speakers(text)).toEqual([['Lars Holm', true, null]]);
  });
  it('an appositive aside likewise: “Lars Holm, a shipping analyst, said …”', () => {
    const text = 'Lars Holm, a shipping analyst, said Erik Dahl had left.\n“We will not wait forever,” he said.';
    expect(speakers(text).map((s) => s[0])).toEqual(['Lars Holm']);
  });
});

describe('a position after the name with a possessive of a full name: “Max Roth, Lars Holm’s spokesman,”', () => {
  it('after the quotation, the possessive position is the role', () => {
    expect(speakers('“We will not wait forever,” Max Roth, Lars Holm’s spokesman, said.')).toEqual([['Max Roth', true, 'Lars Holm’s spokesman']]);
  });
});

describe('a possessive place and a position is an unnamed person, never the place', () => {
  it.each([
    ['“We will not wait forever,” Freedonia’s envoy said.', 'Freedonia’s envoy'],
    ['“We will not wait forever,” Freedonia’s envoy to Tarvo said.', 'Freedonia’s envoy to Tarvo'],
    ['Ottawa’s envoy said: “We will not wait forever.”', 'Ottawa’s envoy'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([[speaker, false, speaker]]);
  });
  it('the capital alone, or its account, still speaks for no person', () => {
    expect(speakers('“We will not wait forever,” Ottawa said.')).toEqual([]);
    expect(speakers('Ottawa’s account said the pair had covered “the full agenda”.')).toEqual([]);
  });
});
