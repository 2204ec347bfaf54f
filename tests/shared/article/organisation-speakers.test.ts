/**
 * Organisations and people speaking for them (branch art8), on invented sentences about the invented call of
 * invented-call.ts: an organisation quoted is an institution, never a commentator ("the law firm wrote",
 * "Ola Lund & Company Inc said"), while a person speaking for it is an unnamed speaker ("a spokesperson for the
 * opposition party"); a speaker counted with "one" ("said one diplomat") is read like "a diplomat".
 */
import { describe, expect, it } from 'vitest';
import { namesOrganisation } from '../../../shared/article/attribution';
import { analyse } from './invented-call';

const QUOTE = '“The valley needs a new line before the winter,”';
const who = (text: string) => analyse(text).commentary.map((q) => [q.speaker, q.named]);

describe('an organisation quoted is no commentator', () => {
  it('“the law firm wrote in a letter”: no commentary item', () => {
    expect(who(`${QUOTE} the law firm wrote in a letter to the president.`)).toEqual([]);
  });
  it('a firm’s name with its designator (“Ola Lund & Company Inc”) is not the person “Ola Lund”', () => {
    expect(who(`${QUOTE} Ola Lund & Company Inc said in a letter to the president.`)).toEqual([]);
    expect(who(`${QUOTE} Ola Lund Attorneys said.`)).toEqual([]);
  });
  it('“the Green Party said”, “the rights group said”: organisations by their head noun', () => {
    expect(who(`${QUOTE} the Green Party said.`)).toEqual([]);
    expect(who(`${QUOTE} the rights group said.`)).toEqual([]);
  });
  it('the test itself: head nouns and designators, not people or their titles', () => {
    expect(['the law firm', 'Lund & Berg', 'Tarvo Holdings Ltd', 'the Valka Rowing Club', 'the party’s'].map(namesOrganisation)).toEqual([true, true, true, true, true]);
    expect(['Ola Berg', 'the party leader', 'a spokesperson', 'Tom Group-Hale', 'the Attorney General'].map(namesOrganisation)).toEqual([false, false, false, false, false]);
  });
});

describe('a person speaking for an organisation, and counted speakers, are unnamed speakers', () => {
  it('“a spokesperson for the opposition party said”', () => {
    expect(who(`${QUOTE} a spokesperson for the opposition party said.`)).toEqual([['a spokesperson for the opposition party', false]]);
  });
  it('“said a spokesperson for the opposition party” (inverted)', () => {
    expect(who(`${QUOTE} said a spokesperson for the opposition party.`)).toEqual([['a spokesperson for the opposition party', false]]);
  });
  it('“said one diplomat familiar with the talks”', () => {
    expect(who(`${QUOTE} said one diplomat familiar with the talks.`)).toEqual([['one diplomat familiar with the talks', false]]);
  });
  it('“said two officials”', () => {
    expect(who(`${QUOTE} said two officials.`)).toEqual([['two officials', false]]);
  });
});
