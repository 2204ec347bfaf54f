import { describe, expect, it } from 'vitest';
import { diff, ofType } from './invented';

// Session 12 rules (docs/differences.md), each on invented wording unlike any sample.
describe('a to-infinitive detached by a comma (condition: purpose)', () => {
  it('reads it as a purpose only one side states', () => {
    expect(ofType(diff('Silva offered joint patrols along the river, to protect the salmon runs.', 'Silva offered joint patrols along the river.'), 'condition')).toEqual([['condition', 'protect the salmon runs', null]]);
  });

  it('does not read a series of infinitives as a purpose', () => {
    expect(ofType(diff('Berg agreed to widen the canal, to build a lock and to dredge the harbour.', 'Berg agreed to widen the canal.'), 'condition')).toEqual([]);
  });

  it('does not read a comment clause ("to be sure") as a purpose', () => {
    expect(ofType(diff('The ferry fares, to be sure, will rise in spring.', 'The ferry fares will rise in spring.'), 'condition')).toEqual([]);
  });

  it('reads it after the call itself as the call\'s topic, not a purpose', () => {
    expect(ofType(diff('Silva spoke with the mayors on Friday evening, to review the flood defences.', 'Silva phoned the mayors about the flood defences.'), 'condition')).toEqual([]);
    expect(ofType(diff('Berg held a video call with the mayors, to review the flood defences.', 'Berg and the mayors reviewed the flood defences.'), 'condition')).toEqual([]);
  });
});

describe('the words shown for a condition', () => {
  it('run to the end of the condition\'s phrase, at most six words, not ending on a function word', () => {
    expect(ofType(diff('Tariffs on cheese will fall provided that the dairy inspectors in both valleys agree.', 'Tariffs on cheese will fall.'), 'condition')).toEqual([['condition', 'the dairy inspectors', null]]);
  });

  it('start at the determiner and modifier of a noun of requirement ("the main precondition")', () => {
    expect(ofType(diff('Berg named the main precondition for calm.', 'Berg named a new toll treaty.'), 'condition')).toEqual([['condition', 'the main precondition for calm', null]]);
    // When the whole phrase would pass six words, the span starts at the noun and keeps the phrase whole.
    expect(ofType(diff('Berg named the main precondition for the toll treaty.', 'Berg named a new toll treaty.'), 'condition')).toEqual([['condition', 'precondition for the toll treaty', null]]);
  });
});

describe('list items (scope)', () => {
  it('reads an -ing verbal noun as a list item, not an -ing verb with its object', () => {
    expect(ofType(diff('They reviewed quarrying and fishing along the coast.', 'They reviewed quarrying along the coast.'), 'scope')).toEqual([['scope', 'and fishing', null]]);
    expect(ofType(diff('They reviewed quarrying and expanding the harbour.', 'They reviewed quarrying.'), 'scope')).toEqual([]);
  });

  it('reads a word ending in -eed as a list item, not a past form', () => {
    expect(ofType(diff('The envoys will ship barley and seed to the islands.', 'The envoys will ship barley to the islands.'), 'scope')).toEqual([['scope', 'and seed', null]]);
  });

  it('reads two items after a comma and a coordinator as two clauses, not a list', () => {
    expect(ofType(diff('They discussed timber, and fishing was raised as well.', 'They discussed timber.'), 'scope')).toEqual([]);
    expect(ofType(diff('They discussed timber, wool, and fishing.', 'They discussed timber.'), 'scope')).toEqual([['scope', 'wool, and fishing', null]]);
  });

  it('names the items before a shared item of a series too ("farming, quarrying and tourism")', () => {
    expect(ofType(diff('They reviewed farming, quarrying and tourism in the hills.', 'They reviewed quarrying in the hills.'), 'scope')).toEqual([['scope', 'farming', null], ['scope', 'and tourism', null]]);
  });

  it('reads coordinated modifiers of a shared head ("rail and ferry links") as list items', () => {
    expect(ofType(diff('Silva praised the busy rail and ferry links between the two ports.', 'Silva praised the busy rail links between the two ports.'), 'scope')).toEqual([['scope', 'and ferry', null]]);
    expect(ofType(diff('Silva praised the wool and cotton mills of the valley.', 'Silva praised the cotton trade of the valley.'), 'scope')).toEqual([['scope', 'wool', null]]);
  });
});

describe('an -ing form coordinated with an earlier -ing verb (scope)', () => {
  it('is a second act, not a list item', () => {
    expect(ofType(diff('The aim is curbing the floods in the delta and working towards a dam.', 'The aim is curbing the floods in the delta.'), 'scope')).toEqual([]);
  });
});
