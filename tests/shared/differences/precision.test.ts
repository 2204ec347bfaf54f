import { describe, expect, it } from 'vitest';
import { diff, ofType } from './invented';

// Session 13 rules (docs/differences.md): causes of false evaluation, condition and actor
// differences, each on invented wording unlike any sample.
describe('an evaluative word on the speaker\'s own stance (evaluation)', () => {
  it('is not an evaluation after a possessive, before a noun of stance ("her unwavering support")', () => {
    expect(ofType(diff('Silva reaffirmed her unwavering support for the river treaty.', 'Silva reaffirmed her support for the river treaty.'), 'evaluation')).toEqual([]);
    expect(ofType(diff('Berg set out his principled position on the toll dispute.', 'Berg set out his view of the toll dispute.'), 'evaluation')).toEqual([]);
  });

  it('still judges the relationship after a possessive ("their cordial cooperation")', () => {
    // Session 14: "close" grades the cooperation (an amplifier, evaluation.json), no judgement; a judging word still counts there.
    expect(ofType(diff('They will keep their close cooperation on the canal.', 'They will keep their cooperation on the canal.'), 'evaluation')).toEqual([]);
    expect(ofType(diff('They will keep their cordial cooperation on the canal.', 'They will keep their cooperation on the canal.'), 'evaluation')).toEqual([['evaluation', 'cordial', null]]);
  });

  it('still judges a party\'s stance without a possessive ("the reckless position of the smugglers")', () => {
    expect(ofType(diff('Silva criticised the reckless position of the smugglers.', 'Silva criticised the position of the smugglers.'), 'evaluation')).toEqual([['evaluation', 'reckless', null]]);
  });
});

describe('an evaluative word in a designation before a name (evaluation)', () => {
  it('is part of the name\'s descriptor ("the terrorist cell Red Dawn")', () => {
    expect(ofType(diff('Silva condemned the raids of the terrorist cell Red Dawn on the ferries.', 'Silva condemned the raids of Red Dawn on the ferries.'), 'evaluation')).toEqual([]);
  });

  it('still judges when no name follows ("the brutal raids")', () => {
    expect(ofType(diff('Silva condemned the brutal raids on the ferries.', 'Silva condemned the raids on the ferries.'), 'evaluation')).toEqual([['evaluation', 'brutal', null]]);
  });
});

describe('a purpose against a purpose (condition)', () => {
  it('is no condition only one side states when both sides state a purpose, in other words', () => {
    expect(ofType(diff('Silva and Berg will keep working together to restore the wetlands.', 'The two leaders pledged joint efforts to protect the migrating geese.'), 'condition')).toEqual([]);
  });

  it('is still a condition when the other side states neither', () => {
    expect(ofType(diff('They discussed a joint grant, to lower ferry fares for pupils.', 'They discussed a joint grant.'), 'condition')).toEqual([['condition', 'lower ferry fares', null]]);
    expect(ofType(diff('Silva and Berg kept working together to free the fishermen held by Northland.', 'They will keep their cooperation on Northland and its fishermen.'), 'condition')).toEqual([['condition', 'free the fishermen held', null]]);
  });
});

describe('the two halves of one exchange (actor)', () => {
  it('is no actor difference when one side\'s act is addressed to the other side\'s performer', () => {
    expect(ofType(diff('Silva offered to send grain inspectors to the border.', 'Berg thanked Prime Minister Silva for the offer of grain inspectors.'), 'actor')).toEqual([]);
    expect(ofType(diff('Silva offered to send grain inspectors to the border.', 'Berg welcomed Silva’s offer of grain inspectors.'), 'actor')).toEqual([]);
  });

  it('is still an actor difference when one side directs the other leader ("urged Berg to")', () => {
    expect(ofType(diff('Silva offered to send grain inspectors to the border.', 'Berg urged Prime Minister Silva to send grain inspectors to the border.'), 'actor')).toHaveLength(1);
  });

  it('is still an actor difference when the other leader is not addressed', () => {
    expect(ofType(diff('Silva offered to send grain inspectors to the border.', 'Berg offered to send grain inspectors to the border.'), 'actor')).toHaveLength(1);
  });
});
