/**
 * News-attribution forms pinned on invented sentences (branch speakers4): a speech verb is a
 * lower-case word (a capitalised "State" or "Reads" inside a sentence is part of a name); a title
 * and a surname alone ("Canadian foreign minister Berg") is that person, even when the title names
 * a country; the words before a titled name stay in the role ("US President"); and "X called Y a
 * “…”" names Y something, it does not report the call. Invented names and wording.
 */
import { describe, expect, it } from 'vitest';
import { analyse, inventedCall, readout } from './invented-call';

const who = (text: string) => analyse(text).commentary.map((q) => [q.speaker, q.role]);

describe('a speech verb is a lower-case word', () => {
  it('a capitalised “State” after a quotation is part of a name, not “stated”', () => {
    const text = 'Both leaders “condemned the raids” Caspian State militias carried out on the border villages.';
    expect(who(text)).toEqual([]);
  });

  it('a capitalised “Reads” inside a name before a quotation is no speech verb', () => {
    const text = 'The Reads Foundation director Ola Berg said the plan was “a good start for the valley”.';
    expect(who(text)).toEqual([['Ola Berg', 'Reads Foundation director']]);
  });
});

describe('a title and a surname alone', () => {
  it('“Canadian foreign minister Berg told …” is Ola Berg, the country part of his role', () => {
    const text = 'Ola Berg flew to Riga on Monday. Canadian foreign minister Berg told Tom Hale about the “importance of a united answer to the blockade”.';
    expect(who(text)).toEqual([['Ola Berg', 'Canadian foreign minister']]);
  });

  it('a country or an institution alone still speaks for no person', () => {
    const text = 'Canada told the envoys about the “importance of a united answer to the blockade”.';
    expect(who(text)).toEqual([]);
  });
});

describe('the words before a titled name stay in the role', () => {
  it('“US President Ana Ruiz told reporters …” has the role “US President”', () => {
    const text = 'Asked about the talks, US President Ana Ruiz told reporters that the matter “had not been settled yet”.';
    expect(who(text)).toEqual([['Ana Ruiz', 'US President']]);
  });
});

describe('“X called Y a …” is naming, not the call', () => {
  const run = inventedCall(
    readout('a.txt', 'President Ana Ruiz spoke with Prime Minister Tom Hale today. President Ruiz called for a reliable partner in energy security.',
      'Palace', { publisher: 'Office of the President', title: 'Call between President Ana Ruiz and Prime Minister Tom Hale' }),
    readout('b.txt', 'Prime Minister Tom Hale spoke with President Ana Ruiz. The leaders discussed the grid.',
      'Cabinet Office', { publisher: 'Cabinet Office', title: 'PM call with President Ana Ruiz' }),
  ).analyse;

  it('“Ruiz called Hale a “…”” is her own words, not a quotation of a readout', () => {
    const out = run('Ruiz called Hale a “partner for energy security”.');
    expect(out.commentary.map((q) => q.speaker)).toEqual(['Ruiz']);
    expect(out.claims.flatMap((c) => c.quotes)).toEqual([]);
  });

  it('“Ruiz called Hale and said “…”” is still said in the call', () => {
    const out = run('Ruiz called Hale on the phone and said the country needed “a partner for energy security”.');
    expect(out.commentary).toEqual([]);
    expect(out.claims.flatMap((c) => c.quotes.map((q) => q.readout))).toEqual(['a']);
  });
});

describe('a relative pronoun speaks for the noun before it', () => {
  it('“…, who said …” is the person named before the comma', () => {
    expect(who('The plan was backed by the harbour chief Ola Berg, who said it was “a good start for the whole valley”.'))
      .toEqual([['Ola Berg', 'harbour chief']]);
  });

  it('“… the Chancellery, which stressed that …” is that readout', () => {
    const out = analyse('The British account differed from the Chancellery, which stressed that the leaders would “work more closely on energy security”.');
    expect(out.commentary).toEqual([]);
    expect(out.claims.flatMap((c) => c.quotes.map((q) => q.readout))).toEqual(['b']);
  });
});

describe('a news medium is the channel, not a speaker', () => {
  it.each([
    ['“The border will stay open all winter,” Riga Radio reported.'],
    ['Riga Radio reported that “the border will stay open all winter”.'],
    ['“The border will stay open all winter,” the Baltic News Service said.'],
    ['“The border will stay open all winter,” Interfax reported.'],
  ])('%s', (text) => {
    expect(who(text)).toEqual([]);
  });

  it('“Interfax quoted X as saying”: X speaks, and the medium is no part of the role', () => {
    expect(who('“The border will stay open all winter,” Interfax quoted Tom Hale as saying.')).toEqual([['Tom Hale', null]]);
  });

  it('a named correspondent who reports is still a speaker', () => {
    expect(who('“The border will stay open all winter,” correspondent Mara Lind reported.')).toEqual([['Mara Lind', 'correspondent']]);
  });
});

describe('a position given between commas before the name', () => {
  it('“The minister, Ola Berg, …” gives Ola Berg the role “minister” for a later quotation', () => {
    const text = 'The minister, Ola Berg, was cautious. “The border will stay open all winter,” the 61-year-old said.';
    expect(who(text)).toEqual([['Ola Berg', 'minister']]);
  });
});
