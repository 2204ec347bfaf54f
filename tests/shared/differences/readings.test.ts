import { describe, expect, it } from 'vitest';
import { differencesFor } from '../../../shared/differences/detect';
import { withoutRowEchoes } from '../../../shared/differences/rows';
import type { TypedDifference } from '../../../shared/differences/types';
import { sentenceId, type SentenceId } from '../../../shared/model/types';
import { segmentSentences } from '../../../shared/text/segment';
import { OPENING_A, OPENING_B, brief, diff, ofType } from './invented';

// Session 14 (docs/differences.md): mechanisms an expert tester found, and the adjudicated readings; invented wording only.

/** The typed differences of sentence i of readout A against sentence j of readout B, each readout after its opening. */
function linkOf(a: string, b: string, i: number, j: number): TypedDifference[] {
  const sa = segmentSentences(`${OPENING_A} ${a}`, 'a');
  const sb = segmentSentences(`${OPENING_B} ${b}`, 'b');
  return differencesFor({ a: { sentences: sa, language: 'en', label: 'Lisbon' }, b: { sentences: sb, language: 'en', label: 'Vienna' } })(i, j, []);
}

describe('a pronoun subject (actor)', () => {
  it('after "the leaders", is the readout\'s own leader (session 15, V6: same-referent.test.ts)', () => {
    const a = 'The two leaders discussed the ferry quotas. He underlined the need to reopen the pass.';
    expect(ofType(linkOf(a, 'Chancellor Berg underlined the need to reopen the pass.', 2, 1), 'actor')).toEqual([['actor', 'He', 'Chancellor Berg']]);
  });

  it('is an actor when it continues one leader, and the explanation names that leader, not "He"', () => {
    const a = 'Silva thanked Berg for the call. He underlined the need to reopen the pass.';
    const ds = linkOf(a, 'Chancellor Berg underlined the need to reopen the pass.', 2, 1).filter((d) => d.type === 'actor');
    expect(brief(ds)).toEqual([['actor', 'He', 'Chancellor Berg']]);
    expect(ds[0]!.explanation).toMatch(/^Lisbon has Silva act/u);
  });
});

describe('two judgements of different things (evaluation)', () => {
  it('are two one-sided judgements, not one thing called two ways', () => {
    expect(ofType(diff('Silva called the island ballots illegal.', 'Berg praised the steadfast stance of the islanders.'), 'evaluation'))
      .toEqual([['evaluation', null, 'steadfast'], ['evaluation', 'illegal', null]]);
  });

  it('are one difference when both judge the same thing', () => {
    expect(ofType(diff('The two leaders held a frank exchange on the quotas.', 'The two leaders held a cordial exchange on the quotas.'), 'evaluation'))
      .toEqual([['evaluation', 'frank', 'cordial']]);
  });
});

describe('degree words (evaluation: adjudicated reading E)', () => {
  it('reads an amplifier as no judgement ("close cooperation", "strong ties", "vital need")', () => {
    expect(ofType(diff('They pledged close cooperation on the canal.', 'They pledged cooperation on the canal.'), 'evaluation')).toEqual([]);
    expect(ofType(diff('They praised the strong ties of the two ports.', 'They praised the ties of the two ports.'), 'evaluation')).toEqual([]);
    expect(ofType(diff('They stressed the vital need for new ferries.', 'They stressed the need for new ferries.'), 'evaluation')).toEqual([]);
  });

  it('still counts a superlative that ranks a party, and a valuation of a matter', () => {
    expect(ofType(diff('Berg called Ostra his closest partner in the north.', 'Berg called Ostra his partner in the north.'), 'evaluation')).toEqual([['evaluation', 'closest', null]]);
    expect(ofType(diff('They discussed the vital question of grazing rights.', 'They discussed the question of grazing rights.'), 'evaluation')).toEqual([['evaluation', 'vital', null]]);
  });
});

describe('the act of a sentence (commitment)', () => {
  it('names no difference of act when the other sentence writes the same verb', () => {
    expect(ofType(diff('The two leaders reaffirmed the timber accord and discussed the quotas.', 'The two leaders discussed the quotas and reaffirmed the timber accord.'), 'commitment')).toEqual([]);
  });

  it('reads an agreement and a stated position of both leaders as one position (adjudicated reading K)', () => {
    expect(ofType(diff('The two leaders agreed on the importance of the salmon treaty.', 'The two leaders stressed the importance of the salmon treaty.'), 'commitment')).toEqual([]);
    expect(ofType(diff('The two leaders agreed on the importance of the salmon treaty.', 'Chancellor Berg stressed the importance of the salmon treaty.'), 'commitment')).toEqual([['commitment', 'agreed', 'stressed']]);
  });

  it('compares no act whose subject is a third party ("the Harbour Council considers")', () => {
    expect(ofType(diff('On Monday, the Harbour Council agreed on the tolls.', 'The two leaders discussed the tolls.'), 'commitment')).toEqual([]);
    expect(ofType(diff('The President of Norland agreed on the tolls.', 'The two leaders discussed the tolls.'), 'commitment')).toEqual([['commitment', 'agreed', 'discussed']]);
  });
});

describe('relative clauses and condition spans (condition: adjudicated readings C1, C2)', () => {
  it('reads "to which" as a relative clause, no purpose', () => {
    expect(ofType(diff('Berg offered new ferries, to which Silva expressed her thanks.', 'Berg offered new ferries.'), 'condition')).toEqual([]);
  });

  it('shows a condition\'s content, not its marker, and never cuts a quoted name', () => {
    expect(ofType(diff('The two leaders will cooperate in order to build the bridge.', 'The two leaders will cooperate.'), 'condition')).toEqual([['condition', 'build the bridge', null]]);
    expect(ofType(diff('The two leaders will cooperate so that the ferries reach the islands.', 'The two leaders will cooperate.'), 'condition')).toEqual([['condition', 'the ferries reach the islands', null]]);
    expect(ofType(diff('The two leaders will cooperate in order to realize a “Safe and Clean Northern Harbour”.', 'The two leaders will cooperate.'), 'condition'))
      .toEqual([['condition', 'realize a “Safe and Clean Northern Harbour', null]]);
  });

  it('reads a noun of effort\'s to-infinitive as its complement: no purpose, and the aim the other side\'s purpose restates', () => {
    expect(ofType(diff('Silva backed the efforts to reopen the mountain pass.', 'Silva backed the efforts.'), 'condition')).toEqual([]);
    expect(ofType(diff('The envoys pledged efforts to restore the dykes.', 'The envoys kept working together to protect the geese.'), 'condition')).toEqual([]);
  });
});

describe('one actor difference per row', () => {
  const id = (x: string): SentenceId => sentenceId(x[0] === 'a' ? 'a' : 'b', Number(x.slice(1)) - 1);
  const span = (x: string, start: number, text: string) => ({ id: id(x), start, end: start + text.length, text });
  const pair = (a: string, b: string, d: TypedDifference) => ({ a: [id(a)], b: [id(b)], differences: [d] });
  const actorOf = (b: string): TypedDifference => ({ type: 'actor', a: span('a1', 0, 'The Premier'), b: span(b, 0, 'They'), explanation: 'x' });

  it('shows the same subject against the same words once, on the row\'s first link', () => {
    const texts: Record<string, string> = { a1: 'The Premier briefed Berg on the dykes.', b1: 'They discussed the dykes.', b2: 'They discussed the geese.' };
    const pairs = [pair('a1', 'b1', actorOf('b1')), pair('a1', 'b2', actorOf('b2'))];
    const shown = withoutRowEchoes(pairs, (x) => texts[x]);
    expect(shown.map((p) => p.differences.length)).toEqual([1, 0]);
  });

  it('shows it on the row\'s most confident link: a weak link through which the row joins does not take it (cold review)', () => {
    const texts: Record<string, string> = { a1: 'The Premier briefed Berg on the dykes.', b1: 'They discussed the dykes.', b2: 'They discussed the geese.' };
    const pairs = [{ ...pair('a1', 'b1', actorOf('b1')), confidence: 0.2 }, { ...pair('a1', 'b2', actorOf('b2')), confidence: 0.95 }];
    expect(withoutRowEchoes(pairs, (x) => texts[x]).map((p) => p.differences.length)).toEqual([0, 1]);
  });

  it('keeps two actor differences whose other side differs', () => {
    const texts: Record<string, string> = { a1: 'The Premier briefed Berg on the dykes.', b1: 'They discussed the dykes.', b2: 'Berg discussed the geese.' };
    const other: TypedDifference = { type: 'actor', a: span('a1', 0, 'The Premier'), b: span('b2', 0, 'Berg'), explanation: 'x' };
    const pairs = [pair('a1', 'b1', actorOf('b1')), pair('a1', 'b2', other)];
    expect(withoutRowEchoes(pairs, (x) => texts[x]).map((p) => p.differences.length)).toEqual([1, 1]);
  });
});
