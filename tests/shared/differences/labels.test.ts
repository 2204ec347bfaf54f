import { describe, expect, it } from 'vitest';
import { diff, numbers, ofType } from './invented';

// Numbers that label rather than count (data/numbers.json), each in invented wording.
describe('numbers that label rather than count', () => {
  it('reads a time of day as no quantity ("17:30", "9 a.m.")', () => {
    expect(numbers('The envoys met at 17:30 in the old palace.')).toEqual([]);
    expect(numbers('The envoys met from 9 a.m. for about 40 minutes.')).toEqual(['40 minutes']);
  });

  it('reads a list item\'s number as no quantity, but a number opening a sentence otherwise as one', () => {
    expect(numbers('3. The ministers reviewed the grain harvest.')).toEqual([]);
    expect(numbers('12 trawlers were freed before the harvest.')).toEqual(['12']);
  });

  it('reads a number in a name or a designation as no quantity ("H5-1", "Protocol 12")', () => {
    expect(numbers('They discussed the H5-1 outbreak and the fleet\'s Protocol 12 clause.')).toEqual([]);
    expect(numbers('They discussed the outbreak in 12 provinces.')).toEqual(['12']);
  });

  it('reads the end of a range of years as no quantity ("2031-32")', () => {
    expect(numbers('The plan for 2031-32 was adopted.')).toEqual([]);
  });

  it('gives no number difference for an hour or an item number one side adds', () => {
    expect(ofType(diff('4. The envoys met at 16:45 to sign the grain accord.', 'The envoys met to sign the grain accord.'), 'number')).toEqual([]);
    expect(ofType(diff('The envoys met for 90 minutes to sign the grain accord.', 'The envoys met to sign the grain accord.'), 'number')).toEqual([['number', '90 minutes', null]]);
  });
});

// data/evaluation.json, ofRelations: appreciation of the relationship or the talks only.
describe('adjectives that judge the relationship or the talks', () => {
  it('counts "good", "close", "strong" when they qualify the relations or the talks', () => {
    expect(ofType(diff('The ministers held a good exchange on fisheries.', 'The ministers held an exchange on fisheries.'), 'evaluation')).toEqual([['evaluation', 'good', null]]);
    expect(ofType(diff('Berg praised the harbour deal.', 'Berg, the closest partner of Lisbon, praised the harbour deal.'), 'evaluation')).toEqual([['evaluation', null, 'closest']]);
  });

  it('does not count them in their plain sense ("close contact", "a good number", "productive capacity")', () => {
    expect(ofType(diff('They agreed to keep in close contact on fisheries.', 'They agreed to keep in contact on fisheries.'), 'evaluation')).toEqual([]);
    expect(ofType(diff('A good number of trawlers were freed.', 'Trawlers were freed.'), 'evaluation')).toEqual([]);
    expect(ofType(diff('Silva praised the productive capacity of the mills.', 'Silva praised the capacity of the mills.'), 'evaluation')).toEqual([]);
  });
});

// Rules added from the enlarged development set (docs/differences.md), each on invented wording.
describe('a list item one side adds (scope)', () => {
  it('names the added item when both give the first one', () => {
    expect(ofType(diff('They pledged to cut tariffs on grain and timber.', 'They pledged to cut tariffs on grain.'), 'scope')).toEqual([['scope', 'and timber', null]]);
  });

  it('does not read a coordination of adjectives, of verbs or of names as an added item', () => {
    expect(ofType(diff('They pledged to cut tariffs on grain and new cereals.', 'They pledged to cut tariffs on grain.'), 'scope')).toEqual([]);
    expect(ofType(diff('They pledged to cut tariffs on grain and promised more.', 'They pledged to cut tariffs on grain.'), 'scope')).toEqual([]);
    expect(ofType(diff('Tariffs on grain from Chile and Peru were cut.', 'Tariffs on grain from Chile were cut.'), 'scope')).toEqual([]);
  });
});

describe('reporting verbs and two modals', () => {
  it('reads "said" as a statement and "spoke about" or "reflected on" as a discussion, not the call itself', () => {
    expect(ofType(diff('Chancellor Berg said he would support the harbour deal.', 'Chancellor Berg stressed that he would support the harbour deal.'), 'commitment')).toEqual([]);
    expect(ofType(diff('The ministers spoke about the harbour deal.', 'The ministers discussed the harbour deal.'), 'commitment')).toEqual([]);
    expect(ofType(diff('The ministers spoke about the harbour deal.', 'The ministers agreed on the harbour deal.'), 'commitment')).toEqual([['commitment', 'spoke about', 'agreed']]);
    expect(ofType(diff('The ministers reflected on the harbour deal.', 'The ministers agreed on the harbour deal.'), 'commitment')).toEqual([['commitment', 'reflected on', 'agreed']]);
  });

  it('gives no modality for two modals that govern different verbs, one when they govern the same one', () => {
    expect(ofType(diff('The harbour deal will matter for the region.', 'The region has the need to diversify its harbours.'), 'modality')).toEqual([]);
    expect(ofType(diff('The harbour will reopen in spring.', 'The harbour might reopen in spring.'), 'modality')).toHaveLength(1);
  });
});

describe('multipliers and particularizers', () => {
  it('reads "double" as a quantity only before a determiner ("double the quota", not "double taxation")', () => {
    expect(numbers('They signed a treaty on double taxation.')).toEqual([]);
    expect(numbers('They agreed to double the fishing quota.')).toEqual(['double']);
  });

  it('names a particularizer one side adds ("including", "in particular") as scope', () => {
    expect(ofType(diff('The ministers reviewed grain exports, including through the northern ports.', 'The ministers reviewed grain exports through the northern ports.'), 'scope'))
      .toEqual([['scope', 'including', null]]);
  });
});

describe('who acts when one leader speaks with the other', () => {
  it('gives no actor difference for "X spoke with Y about it" against "the leaders discussed it"', () => {
    expect(ofType(diff('Prime Minister Silva also spoke with Chancellor Berg about the grain quotas.', 'The two leaders discussed the grain quotas.'), 'actor')).toEqual([]);
    expect(ofType(diff('Prime Minister Silva raised the grain quotas.', 'The two leaders discussed the grain quotas.'), 'actor')).toEqual([['actor', 'Prime Minister Silva', 'The two leaders']]);
  });
});

describe('the act reported beside another', () => {
  it('gives no commitment difference when the other side\'s act is among this side\'s ("said …, agreeing that" / "agreed")', () => {
    expect(ofType(diff('Chancellor Berg said the port was vital, agreeing that its dredging must go ahead.', 'Chancellor Berg agreed that the dredging of the port must go ahead.'), 'commitment')).toEqual([]);
    expect(ofType(diff('Chancellor Berg said the dredging of the port must go ahead.', 'Chancellor Berg agreed that the dredging of the port must go ahead.'), 'commitment')).toEqual([['commitment', 'said', 'agreed']]);
  });

  it('reads "commended" as praise and "repeated" as a statement', () => {
    // As the development gold has it (2021-07-09-biden-putin: "commended" / "reviewed" is a commitment difference, R2).
    expect(ofType(diff('The ministers commended the port authority.', 'The ministers reviewed the port authority.'), 'commitment')).toEqual([['commitment', 'commended', 'reviewed']]);
    expect(ofType(diff('The ministers commended the port authority.', 'The ministers agreed with the port authority.'), 'commitment')).toEqual([['commitment', 'commended', 'agreed']]);
    expect(ofType(diff('The ministers agreed to cut the port dues.', 'Chancellor Berg repeated the call to cut port dues.'), 'commitment')).toEqual([['commitment', 'agreed', 'repeated']]);
  });
});

describe('a noun derived from an act verb', () => {
  it('is not the act ("information" is no "inform")', () => {
    expect(ofType(diff('The ministers welcomed progress on the port.', 'The ministers sought information on progress at the port.'), 'commitment')).toEqual([]);
    expect(ofType(diff('The ministers welcomed progress on the port.', 'The ministers informed each other of progress at the port.'), 'commitment')).toEqual([['commitment', 'welcomed', 'informed']]);
  });
});
