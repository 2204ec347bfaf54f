import { describe, expect, it } from 'vitest';
import { withoutRowEchoes } from '../../../shared/differences/rows';
import type { SentenceId } from '../../../shared/model/types';
import type { TypedDifference } from '../../../shared/differences/types';
import { diff, ofType } from './invented';

// Session 14 rules (docs/differences.md): a whole sub-point one side alone reports, and an
// echo in the row that is no judgement. Invented wording, unlike any sample.
describe('a cue inside a sub-point only one side reports', () => {
  it('is no condition: the purpose belongs to a second act the other side omits', () => {
    const a = 'Silva and Berg reviewed the harbour dues and pledged to keep working together to rebuild the sea wall at Corvel.';
    const b = 'The two leaders reviewed the harbour dues.';
    expect(ofType(diff(a, b), 'condition')).toEqual([]);
  });

  it('is no evaluation or scope either, after "and also" and a past verb', () => {
    const a = 'The leaders talked about the fishing quotas, and also condemned the reckless raids on all coastal villages.';
    const b = 'The leaders talked about the fishing quotas.';
    expect(ofType(diff(a, b), 'evaluation')).toEqual([]);
    expect(ofType(diff(a, b), 'scope')).toEqual([]);
  });

  it('is still a condition when the other side reports that second act (its verb or object)', () => {
    const a = 'Silva and Berg reviewed the harbour dues and pledged to keep working together to rebuild the sea wall at Corvel.';
    const b = 'The two leaders pledged joint efforts for Corvel.';
    expect(ofType(diff(a, b), 'condition')).toEqual([['condition', 'rebuild the sea wall', null]]);
  });

  it('is still a condition in the sentence\'s only predicate', () => {
    const a = 'Silva and Berg pledged to keep working together to rebuild the sea wall at Corvel.';
    const b = 'The two leaders pledged joint efforts for Corvel.';
    expect(ofType(diff(a, b), 'condition')).toEqual([['condition', 'rebuild the sea wall', null]]);
  });

  it('does not read a coordinated noun phrase as a second predicate ("the locks and the flooded meadows")', () => {
    const a = 'They inspected the locks and the flooded meadows, to protect all farms.';
    const b = 'They inspected the locks.';
    expect(ofType(diff(a, b), 'condition')).toHaveLength(1);
  });
});

describe('a one-sided evaluation echoed in another sentence of the row', () => {
  const id = (s: string) => s as SentenceId;
  const one = (word: string, start: number): TypedDifference => ({ type: 'evaluation', a: { id: id('a1'), start, end: start + word.length, text: word }, b: null, explanation: `Only Lisbon judges it: “${word}”.` });
  const row = (texts: Record<string, string>, d: TypedDifference) =>
    withoutRowEchoes([{ a: [id('a1')], b: [id('b1')], differences: [d] }, { a: [id('a1')], b: [id('b2')], differences: [] }], (x) => texts[x])[0]!.differences;

  it('is dropped when the other side judges with the same word ("special ties")', () => {
    const texts = { a1: 'They praised the special ties of the two ports.', b1: 'They spoke of the ports.', b2: 'The leaders hailed their special ties.' };
    expect(row(texts, one('special', 17))).toEqual([]);
  });

  it('is kept when the other side writes the word without judging the talks or a party ("a special current")', () => {
    const texts = { a1: 'They praised the special ties of the two ports.', b1: 'They spoke of the ports.', b2: 'A special current closed the harbour.' };
    expect(row(texts, one('special', 17))).toHaveLength(1);
  });
});

describe('a one-sided modal of the future against the same verb after "to" (modality)', () => {
  it('is no modality difference: "would resume" against "agreed to resume"', () => {
    expect(ofType(diff('The ministers agreed that the barge convoys would resume on the canal.', 'It was agreed to resume the barge convoys on the canal.'), 'modality')).toEqual([]);
  });

  it('is no modality difference: "will sail" against "looked forward to the sailing"', () => {
    expect(ofType(diff('Silva and Berg looked forward to the sailing of the first grain barge from Corvel.', 'The first grain barge will sail from Corvel.'), 'modality')).toEqual([]);
  });

  it('is still a modality difference against a plain statement of the act ("will resume" / "resumed")', () => {
    expect(ofType(diff('The barge convoys will resume on the canal.', 'The barge convoys resumed on the canal.'), 'modality')).toHaveLength(1);
  });
});

describe('an evaluative word the other side writes without judging (evaluation)', () => {
  it('stays one-sided: "the special ties" against "a special harvest"', () => {
    expect(ofType(diff('Silva praised the special ties between Corvel and Ostra.', 'Berg welcomed a special harvest in Ostra.'), 'evaluation')).toEqual([['evaluation', 'special', null]]);
  });

  it('judges the relationship across coordinated modifiers ("special fishing and ferry ties")', () => {
    expect(ofType(diff('Berg praised the special fishing and ferry ties of Ostra and Corvel.', 'Silva praised the fishing and ferry ties of Ostra and Corvel.'), 'evaluation')).toEqual([['evaluation', 'special', null]]);
  });

  it('is no difference when both judge with it ("special ties" / "special fishing and ferry ties")', () => {
    expect(ofType(diff('Silva praised the special ties between Corvel and Ostra.', 'Berg praised the special fishing and ferry ties of Ostra and Corvel.'), 'evaluation')).toEqual([]);
  });
});

describe('an -ing form after a preposition (commitment)', () => {
  it('is a topic, not the act: "discussed …, including supporting the ferry line" does not cancel "reaffirmed her commitment"', () => {
    const d = ofType(diff('Silva reaffirmed her commitment to the ferry line to Ostra.', 'Silva and Berg discussed the coast, including supporting the ferry line to Ostra.'), 'commitment');
    expect(d).toEqual([['commitment', 'commitment', 'discussed']]);
  });

  it('is still the act after a preposition of means ("responded by expressing regret")', () => {
    expect(ofType(diff('Berg responded by expressing regret over the ferry line to Ostra.', 'Berg noted the ferry line to Ostra.'), 'commitment')).toEqual([['commitment', 'expressing', 'noted']]);
  });
});
