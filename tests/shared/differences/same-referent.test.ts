import { describe, expect, it } from 'vitest';
import { differencesFor } from '../../../shared/differences/detect';
import type { TypedDifference } from '../../../shared/differences/types';
import { segmentSentences } from '../../../shared/text/segment';
import { OPENING_A, OPENING_B, brief, diff, ofType } from './invented';

// Session 15 (tester 9, V6): a subject pronoun is resolved per readout before it can be an actor; invented wording only.

/** The typed differences of sentence i of readout A (Lisbon's, Silva's own) against sentence j of readout B (Vienna's, Berg's own). */
function linkOf(a: string, b: string, i: number, j: number): TypedDifference[] {
  const sa = segmentSentences(`${OPENING_A} ${a}`, 'a');
  const sb = segmentSentences(`${OPENING_B} ${b}`, 'b');
  return differencesFor({ a: { sentences: sa, language: 'en', label: 'Lisbon' }, b: { sentences: sb, language: 'en', label: 'Vienna' } })(i, j, []);
}

const BERG_PASS = 'Chancellor Berg underlined the need to reopen the pass.';
const SILVA_PASS = 'Prime Minister Silva underlined the need to reopen the pass.';

describe('a subject pronoun in a readout', () => {
  it('refers to the readout\'s own leader after a sentence about both leaders, in either readout', () => {
    const a = 'The two leaders reviewed the ferry quotas. He underlined the need to reopen the pass.';
    const ds = linkOf(a, BERG_PASS, 2, 1).filter((d) => d.type === 'actor');
    expect(brief(ds)).toEqual([['actor', 'He', 'Chancellor Berg']]);
    expect(ds[0]!.explanation).toMatch(/^Lisbon has Silva act/u);
    const b = 'Both leaders reviewed the ferry quotas. She underlined the need to reopen the pass.';
    expect(ofType(linkOf(SILVA_PASS, b, 1, 2), 'actor')).toEqual([['actor', 'Prime Minister Silva', 'She']]);
  });

  it('refers to the readout\'s own leader after a sentence with no subject person', () => {
    const a = 'Trade across the mountain border was the first topic. He underlined the need to reopen the pass.';
    expect(ofType(linkOf(a, BERG_PASS, 2, 1), 'actor')).toEqual([['actor', 'He', 'Chancellor Berg']]);
  });

  it('continues the other leader when the previous sentence\'s subject is that leader: the same person, no actor', () => {
    const a = 'Chancellor Berg thanked Silva for the invitation. He underlined the need to reopen the pass.';
    expect(ofType(linkOf(a, BERG_PASS, 2, 1), 'actor')).toEqual([]);
  });

  it('is unresolved after a person the openings do not name, and gives no actor difference', () => {
    const a = 'Foreign Minister Tomas Reyes briefed the two leaders on the ferry quotas. He underlined the need to reopen the pass.';
    expect(ofType(linkOf(a, BERG_PASS, 2, 1), 'actor')).toEqual([]);
  });
});

describe('the other leader answering inside the sentence (two halves of one exchange)', () => {
  it('is no actor difference against that leader\'s own half, through a pronoun', () => {
    const a = 'Prime Minister Silva offered condolences for the flood victims, to which Chancellor Jon Berg expressed his thanks.';
    expect(ofType(linkOf(a, 'He thanked Lisbon for the rescue boats.', 1, 1), 'actor')).toEqual([]);
  });

  it('stays an actor difference when the other leader is only the object', () => {
    const a = 'Prime Minister Silva offered condolences to Chancellor Jon Berg after the floods.';
    expect(ofType(linkOf(a, 'He thanked Lisbon for the rescue boats.', 1, 1), 'actor')).toEqual([['actor', 'Prime Minister Silva', 'He']]);
  });
});

describe('two judgements paired as one evaluation (review, session 15)', () => {
  it('are paired only when they judge the same word', () => {
    expect(ofType(diff('The two leaders held frank talks on the quotas and the ferry links.', 'The two leaders held talks on the quotas and the excellent ferry links.'), 'evaluation'))
      .toEqual([['evaluation', 'frank', null], ['evaluation', null, 'excellent']]);
  });

  it('are one difference on the same word, whatever else the sentences judge', () => {
    expect(ofType(diff('The two leaders held frank talks on the ferry links.', 'The two leaders held cordial talks on the ferry links.'), 'evaluation'))
      .toEqual([['evaluation', 'frank', 'cordial']]);
  });
});
