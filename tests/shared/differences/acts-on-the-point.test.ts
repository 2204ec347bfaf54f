import { describe, expect, it } from 'vitest';
import { diff, ofType } from './invented';

// Session 15: recall of commitment and actor on the development pairs' mechanisms, pinned on invented wording.

describe('"share" with a noun of opinion (commitment.json, sharedOpinion)', () => {
  it('is a shared view: against a discussion, a difference of kind, with no "stronger commitment"', () => {
    const ds = diff('The two leaders shared the view on the value of rebuilding the ferry port.', 'The two leaders spoke of the value of rebuilding the ferry port.').filter((d) => d.type === 'commitment');
    expect(ofType(ds, 'commitment')).toEqual([['commitment', 'shared the view', 'spoke of']]);
    expect(ds[0]!.explanation).not.toMatch(/stronger/u);
  });

  it('is one position with an agreement or a position both leaders state', () => {
    expect(ofType(diff('The two leaders shared the view that the pass must reopen.', 'The two leaders agreed that the pass must reopen.'), 'commitment')).toEqual([]);
    expect(ofType(diff('The two leaders shared the view that the pass must reopen.', 'The two leaders stressed that the pass must reopen.'), 'commitment')).toEqual([]);
  });

  it('with a concern is a shared view; with the plural "views" it is telling, no act', () => {
    expect(ofType(diff('The two leaders shared their concern over the floods in the delta.', 'The two leaders discussed the floods in the delta.'), 'commitment'))
      .toEqual([['commitment', 'shared their concern', 'discussed']]);
    expect(ofType(diff('The two leaders shared their views on the ferry quotas.', 'The two leaders discussed the ferry quotas.'), 'commitment')).toEqual([]);
  });

  it('"concurred" is an agreement (Merriam-Webster: agree, concur)', () => {
    expect(ofType(diff('The two leaders concurred on the need to reopen the pass.', 'The two leaders discussed the need to reopen the pass.'), 'commitment'))
      .toEqual([['commitment', 'concurred', 'discussed']]);
  });
});

describe('the act on the shared point', () => {
  it('is the act whose words the other sentence has, not an earlier act on another point', () => {
    expect(ofType(diff('The two leaders reviewed the ferry quotas and agreed that the mountain pass must reopen.', 'The two leaders discussed the reopening of the mountain pass.'), 'commitment'))
      .toEqual([['commitment', 'agreed', 'discussed']]);
  });

  it('stays the first act when no act holds a shared word', () => {
    expect(ofType(diff('The two leaders reviewed the ferry quotas and agreed on the harbour fees.', 'The two leaders discussed fishing rights.'), 'commitment')).toEqual([]);
  });
});

describe('a paragraph number opening a sentence', () => {
  it('is no word of the clause: "2. The two leaders" is the subject', () => {
    expect(ofType(diff('2. The two leaders agreed to reopen the mountain pass.', 'Chancellor Berg proposed to reopen the mountain pass.'), 'actor'))
      .toEqual([['actor', 'The two leaders', 'Chancellor Berg']]);
  });
});

describe('a leader\'s plain future act (commitment.json, undertaking)', () => {
  it('is an undertaking, the stronger commitment against a hope', () => {
    const ds = diff('The two leaders will continue to work together on the ferry quotas.', 'The two leaders expressed hope for progress on the ferry quotas.').filter((d) => d.type === 'commitment');
    expect(ofType(ds, 'commitment')).toEqual([['commitment', 'will continue to work', 'expressed hope']]);
    expect(ds[0]!.explanation).toMatch(/an undertaking .*Lisbon's is the stronger commitment/u);
  });

  it('is the same commitment as an agreement to the act, and no undertaking when the verb is an act verb or the subject no leader', () => {
    expect(ofType(diff('The two leaders will cooperate on the ferry quotas.', 'The two leaders agreed to cooperate on the ferry quotas.'), 'commitment')).toEqual([]);
    expect(ofType(diff('The two leaders will discuss the ferry quotas.', 'The two leaders discussed the ferry quotas.'), 'commitment')).toEqual([]);
    expect(ofType(diff('The ferry will sail in May.', 'The ferry is hoped to sail in May.'), 'commitment')).toEqual([]);
  });
});

describe('antonyms (polarity.json, antonyms: WordNet 3.0 verb antonymy)', () => {
  it('are a polarity difference when both bear on the same point', () => {
    expect(ofType(diff('Chancellor Berg accepted the ferry plan.', 'Chancellor Berg rejected the ferry plan.'), 'polarity')).toEqual([['polarity', 'accepted', 'rejected']]);
    expect(ofType(diff('The two leaders agreed to expand the ferry routes.', 'The two leaders agreed to shrink the ferry routes.'), 'polarity')).toEqual([['polarity', 'expand', 'shrink']]);
  });

  it('are none on different points, nor when one side writes both words', () => {
    expect(ofType(diff('Chancellor Berg accepted the ferry plan.', 'Chancellor Berg rejected the harbour fees.'), 'polarity')).toEqual([]);
    expect(ofType(diff('The leaders agreed to expand the ferry routes.', 'The leaders agreed to shrink the tariffs and expand the ferry routes.'), 'polarity')).toEqual([]);
    expect(ofType(diff('The leaders called for close cooperation on the ferry routes.', 'The leaders called for open cooperation on the ferry routes.'), 'polarity')).toEqual([]);
  });

  it('are none when each bears on a point both sides have, but not the same one (session 16, review R3)', () => {
    expect(ofType(diff('Chancellor Berg accepted the harbour levy and discussed the rail survey.', 'Chancellor Berg rejected the rail survey and discussed the harbour levy.'), 'polarity')).toEqual([]);
  });
});
