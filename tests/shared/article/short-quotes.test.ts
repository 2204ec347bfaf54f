/**
 * The helpers behind quotations of one or two words of a readout (short-quotes.ts):
 * whole words in order, case and punctuation aside; one readout alone; a sentence
 * naming a party; another occasion than the call. Invented wording.
 */
import { describe, expect, it } from 'vitest';
import { onlyReadoutWith, otherOccasion, sentenceNamesParty, standsVerbatim, standsWithOneBetween } from '../../../shared/article/short-quotes';
import { nameMentions } from '../../../shared/article/names';

describe('standsVerbatim', () => {
  it('whole words side by side, in order, case and punctuation aside', () => {
    expect(standsVerbatim('Aggressive actions', 'It condemned the aggressive, actions of the border guards.')).toBe(true);
    expect(standsVerbatim('aggressive actions', 'actions that were aggressive')).toBe(false);
    expect(standsVerbatim('act', 'The actions were discussed.')).toBe(false);
    expect(standsVerbatim('', 'anything')).toBe(false);
  });
});

describe('onlyReadoutWith', () => {
  it('the side whose readout alone has the words; none when both or neither do', () => {
    expect(onlyReadoutWith('special package', { a: 'A special package of aid.', b: 'Aid was discussed.' })).toBe('a');
    expect(onlyReadoutWith('aid', { a: 'A special package of aid.', b: 'Aid was discussed.' })).toBeNull();
    expect(onlyReadoutWith('tariffs', { a: 'Aid.', b: 'Trade.' })).toBeNull();
  });

  it('two words a reporter trimmed (one word left out between them) when no readout has them as they are', () => {
    expect(onlyReadoutWith('voiced regret', { a: 'The minister voiced his regret at the delay.', b: 'The delay was discussed.' })).toBe('a');
    expect(standsWithOneBetween('voiced regret', 'The minister voiced his regret.')).toBe(true);
    expect(standsWithOneBetween('voiced regret', 'The minister voiced deep and lasting regret.')).toBe(false);
    // One readout has them as they are: that one, whatever the other has with a word between.
    expect(onlyReadoutWith('voiced regret', { a: 'They voiced regret.', b: 'He voiced his regret.' })).toBe('a');
    // Both with a word between: no telling which is quoted.
    expect(onlyReadoutWith('voiced regret', { a: 'They voiced their regret.', b: 'He voiced his regret.' })).toBeNull();
    // One word or three: only as they are.
    expect(standsWithOneBetween('regret', 'voiced his regret')).toBe(false);
  });
});

describe('sentenceNamesParty', () => {
  it('true when the quotation’s sentence names a party by surname (lower-cased, as surnameOf gives it)', () => {
    const text = 'The talks were long. Lind told Tamm about the “aggressive actions” at the border.';
    const sentences = [{ start: 0, end: 21, text: text.slice(0, 21), paragraph: 0 }, { start: 21, end: text.length, text: text.slice(21), paragraph: 0 }];
    const mentions = nameMentions(text);
    const at = text.indexOf('“');
    expect(sentenceNamesParty(at, sentences, mentions, new Set(['tamm']))).toBe(true);
    expect(sentenceNamesParty(at, sentences, mentions, new Set(['ozols']))).toBe(false);
    expect(sentenceNamesParty(3, sentences, mentions, new Set(['tamm']))).toBe(false);
  });
});

describe('otherOccasion', () => {
  it('reporters, parliament, a speech or an interview; not a word that merely contains one', () => {
    expect(otherOccasion('Lind told reporters after the call')).toBe(true);
    expect(otherOccasion('Lind told parliament that')).toBe(true);
    expect(otherOccasion('in a speech on Friday, Lind said')).toBe(true);
    expect(otherOccasion('Lind told Tamm that')).toBe(false);
    expect(otherOccasion('at the post-election talks, Lind said')).toBe(false);
  });
});
