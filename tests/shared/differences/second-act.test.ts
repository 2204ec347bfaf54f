import { describe, expect, it } from 'vitest';
import { diff, ofType } from './invented';

// Session 16: a coordinated predicate is an act of its own (Quirk et al. 1985, 13.46-13.50); invented wording only.

describe('a second act after "and" (commitment)', () => {
  it('is compared when the first acts are one act reported alike', () => {
    expect(ofType(diff('The two leaders welcomed the harbour accord and will cooperate on the new ferry terminal.', 'The two leaders welcomed the harbour accord and looked forward to the new ferry terminal.'), 'commitment'))
      .toEqual([['commitment', 'will cooperate', 'looked forward']]);
  });

  it('gives nothing when the second acts are alike too, or only one side goes on', () => {
    expect(ofType(diff('The two leaders welcomed the harbour accord and will cooperate on the new ferry terminal.', 'The two leaders welcomed the harbour accord and will work together on the new ferry terminal.'), 'commitment')).toEqual([]);
    expect(ofType(diff('The two leaders welcomed the harbour accord and will cooperate on the new ferry terminal.', 'The two leaders welcomed the harbour accord.'), 'commitment')).toEqual([]);
  });
});

describe('the same act, read in the act\'s own predicate (commitment)', () => {
  it('is not found in another coordinated predicate when the other side reports one act', () => {
    expect(ofType(diff('The ministers discussed the mountain pass and agreed that the mountain pass must reopen.', 'The ministers talked about reopening the mountain pass.'), 'commitment'))
      .toEqual([['commitment', 'agreed', 'talked about']]);
  });

  it('is found in any of them when both sides report several acts', () => {
    expect(ofType(diff('The ministers discussed the mountain pass and agreed that the mountain pass must reopen.', 'The ministers talked about the mountain pass and reviewed the ferry quotas.'), 'commitment')).toEqual([]);
  });
});
