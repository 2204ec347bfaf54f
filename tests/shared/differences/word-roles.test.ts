import { describe, expect, it } from 'vitest';
import { diff, numbers, ofType } from './invented';

// Review findings on the typed differences, each on invented wording.
describe('numbers after a capitalised word', () => {
  it('reads a number after a possessive name as a quantity ("Lisbon\'s 30-day plan")', () => {
    expect(numbers('They weighed Ostrava\'s 12-point roadmap.')).toEqual(['12']);
    expect(numbers('They weighed Lisbon’s 45-day truce offer.')).toEqual(['45-day']);
  });

  it('reads a number with a unit after a capitalised word as a quantity, one without as a designation', () => {
    expect(numbers('They met after the Summit 40 minutes late.')).toEqual(['40 minutes']);
    expect(numbers('They invoked Clause 9 of the charter.')).toEqual([]);
  });
});

describe('multipliers as verbs', () => {
  it('reads "double" after "to" or an auxiliary as a quantity, and its inflected forms always', () => {
    expect(numbers('The ministers agreed to double ferry traffic by 2031.')).toEqual(['double']);
    expect(numbers('The ports will triple grain shipments.')).toEqual(['triple']);
    expect(numbers('Ferry traffic doubled last spring.')).toEqual(['doubled']);
    expect(numbers('They agreed to quadruple the ferry quota.')).toEqual(['quadruple']);
    expect(numbers('They spoke about double taxation of ferry crews.')).toEqual([]);
  });

  it('finds the difference between doubling and increasing', () => {
    expect(ofType(diff('The leaders agreed to double ferry traffic by 2031.', 'The leaders agreed to raise ferry traffic by 2031.'), 'number')).toEqual([['number', 'double', null]]);
  });
});

describe('clock markers', () => {
  it('reads a number before "p.m." as a time of day', () => {
    expect(numbers('The envoys met at 4 p.m. for nine hours.')).toEqual(['nine hours']);
  });
});

describe('adjectives of relations said of the talks', () => {
  it('judges the talks when they are the subject of a copula', () => {
    expect(ofType(diff('The talks on the ferry accord were productive.', 'The talks on the ferry accord took place.'), 'evaluation')).toEqual([['evaluation', 'productive', null]]);
    expect(ofType(diff('The exchange proved detailed and frank.', 'The exchange covered the ferries.'), 'evaluation')).not.toEqual([]);
  });

  it('does not judge when the subject of the copula is not the talks', () => {
    expect(ofType(diff('The harvest was substantial.', 'The harvest was reported.'), 'evaluation')).toEqual([]);
  });
});

describe('who acts with the other leader', () => {
  it('keeps the actor when the leader speaks to someone else or "to" opens a purpose', () => {
    expect(ofType(diff('Silva spoke to reporters about the ferry quotas.', 'The leaders discussed the ferry quotas.'), 'actor')).toHaveLength(1);
    expect(ofType(diff('Silva spoke to stress the ferry quotas.', 'The leaders discussed the ferry quotas.'), 'actor')).toHaveLength(1);
  });

  it('drops the actor when the leader speaks to the other leader', () => {
    expect(ofType(diff('Silva spoke to Berg about the ferry quotas.', 'The leaders discussed the ferry quotas.'), 'actor')).toEqual([]);
    expect(ofType(diff('Silva spoke to him about the ferry quotas.', 'The leaders discussed the ferry quotas.'), 'actor')).toEqual([]);
    expect(ofType(diff('Silva spoke with his counterpart about the ferry quotas.', 'The leaders discussed the ferry quotas.'), 'actor')).toEqual([]);
  });
});
