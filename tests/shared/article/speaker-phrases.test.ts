/**
 * Speaker phrases (branch art7), on invented sentences about the invented call of invented-call.ts: a
 * portfolio after a title is the title's ("Minister of Foreign Affairs Jon Lind" is Jon Lind), a time
 * after the speaker's name is no part of it ("said X on Tuesday"), and a second speech verb ends the
 * speaker ("said the Prime Minister tweeted", "said X wrote").
 */
import { describe, expect, it } from 'vitest';
import { nameMentions } from '../../../shared/article/names';
import { analyse } from './invented-call';

const QUOTE = '“The valley needs a new line before the winter,”';
const who = (text: string) => analyse(text).commentary.map((q) => [q.speaker, q.role]);

describe('a portfolio after a title is the title’s', () => {
  it('“Minister of Foreign Affairs Jon Lind”: the name is Jon Lind, the portfolio is no part of it', () => {
    const m = nameMentions('Minister of Foreign Affairs Jon Lind').find((x) => x.tokens.length >= 2);
    expect(m?.name).toBe('Jon Lind');
    expect(who(`Minister of Foreign Affairs Jon Lind said: ${QUOTE.replace(/,”$/u, '.”')}`)).toEqual([['Jon Lind', 'Minister of Foreign Affairs']]);
  });
  it('still a name when no title comes before (“Affairs” alone is no title)', () => {
    expect(nameMentions('Home Security Lind').find((x) => x.tokens.length >= 1)?.name).not.toBe('');
  });
});

describe('after “said”, the speaker ends with the name', () => {
  it('“said Minister of Foreign Affairs Jon Lind on Tuesday”', () => {
    expect(who(`${QUOTE} said Minister of Foreign Affairs Jon Lind on Tuesday.`)).toEqual([['Jon Lind', 'Minister of Foreign Affairs']]);
  });
  it('“said Harbour Minister Ola Berg in Valka”', () => {
    expect(who(`${QUOTE} said Harbour Minister Ola Berg in Valka.`)).toEqual([['Ola Berg', 'Harbour Minister']]);
  });
});

describe('a second speech verb ends the speaker', () => {
  it('“said the Prime Minister tweeted”: the Prime Minister named before', () => {
    expect(who(`Prime Minister Tom Hale visited Valka. ${QUOTE} said the Prime Minister tweeted.`)).toEqual([['Tom Hale', 'Prime Minister']]);
  });
  it('“said Ola Berg wrote on Friday”', () => {
    expect(who(`${QUOTE} said Ola Berg wrote on Friday.`).map((r) => r[0])).toEqual(['Ola Berg']);
  });
  it('a speech verb inside a title is no second verb (“secretary of state Berg”)', () => {
    expect(who(`Ola Berg is the new harbour minister. The harbour secretary of state Berg told reporters that ${QUOTE.replace(/,”$/u, '”')}`)[0]?.[0]).toBe('Ola Berg');
  });
});

describe('a possessive opens a position (the article’s own noun phrase as role)', () => {
  it('“X, Freedonia’s envoy to Tarvo, urged calm. … he said”: the envoy’s role', () => {
    expect(who(`Ola Berg, Freedonia’s envoy to Tarvo, urged calm. ${QUOTE} he said.`)).toEqual([['Ola Berg', 'Freedonia’s envoy to Tarvo']]);
  });
  it('“said X, Freedonia’s envoy to Tarvo”', () => {
    expect(who(`${QUOTE} said Ola Berg, Freedonia’s envoy to Tarvo.`)).toEqual([['Ola Berg', 'Freedonia’s envoy to Tarvo']]);
  });
  it('a possessive without a position after the name gives no role (“X, Valka’s oldest resident,”)', () => {
    expect(who(`Ola Berg, Valka’s oldest resident, urged calm. ${QUOTE} he said.`)).toEqual([['Ola Berg', null]]);
  });
});
