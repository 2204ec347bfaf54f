import { describe, expect, it } from 'vitest';
import { differencesFor } from '../../../shared/differences/detect';
import { segmentSentences } from '../../../shared/text/segment';
import { brief, diff, OPENING_A, OPENING_B } from './invented';

describe('typed differences of a linked pair', () => {
  it('names who acted and what act each side reports: two differences when both differ', () => {
    const ds = diff('The two leaders agreed to open a trade office in Porto.', 'Chancellor Berg suggested opening a trade office in Porto.');
    expect(brief(ds)).toEqual([
      ['actor', 'The two leaders', 'Chancellor Berg'],
      ['commitment', 'agreed', 'suggested'],
    ]);
    expect(ds[0]!.explanation).toBe('Lisbon has both leaders act (“The two leaders”); Vienna, Berg (“Chancellor Berg”).');
    expect(ds[1]!.explanation).toContain('an agreement');
    expect(ds[1]!.explanation).toContain('a proposal');
  });

  it('gives each side its sentence id and offsets into that sentence', () => {
    const [d] = diff('They discussed the release of 40 detained fishermen.', 'They discussed the release of detained fishermen.');
    expect(d).toMatchObject({ type: 'number', a: { id: 'a2', start: 30, end: 32, text: '40' }, b: null });
    expect(d!.explanation).toBe('Only Lisbon gives a number: “40”.');
  });

  it('reads a number with its unit, compares values and ignores dates and counts of the leaders', () => {
    expect(brief(diff('Both sides backed a six-month extension of the grain deal.', 'Both sides backed a three-month extension of the grain deal.')))
      .toEqual([['number', 'six-month', 'three-month']]);
    expect(diff('The envoys will meet on 12 May in Geneva.', 'The envoys will meet on Tuesday in Geneva.')).toEqual([]);
    expect(diff('The two leaders reviewed the 20 projects.', 'The leaders reviewed the twenty projects.')).toEqual([]);
  });

  it('finds a modal or tense difference on the same act, and not a hedge on an act the other side does not report', () => {
    expect(brief(diff('The corridor will open next week.', 'The corridor would open next week.'))).toEqual([['modality', 'will open', 'would open']]);
    expect(diff('Exports of fertiliser will resume.', 'The ministers discussed fertiliser.').filter((d) => d.type === 'modality')).toEqual([]);
  });

  it('finds a negation on one side only', () => {
    expect(brief(diff('The Chancellor did not accept the offer on tariffs.', 'The Chancellor accepted the offer on tariffs.'))).toEqual([['polarity', 'not accept', null]]);
    expect(diff('The Chancellor did not accept the offer on tariffs.', 'The Chancellor never accepted the offer on tariffs.')).toEqual([]);
  });

  it('finds a judgement on one side only, but not a courtesy', () => {
    expect(brief(diff('The sides held a constructive discussion of gas prices.', 'The sides held a discussion of gas prices.'))).toEqual([['evaluation', 'constructive', null]]);
    expect(diff('The Prime Minister kindly thanked the Chancellor for the heartfelt message.', 'The Prime Minister thanked the Chancellor for the message.')).toEqual([]);
  });

  it('finds a qualifier that widens the point, and a list item that widens it', () => {
    expect(brief(diff('They called for a complete withdrawal of the artillery.', 'They called for a withdrawal of the artillery.'))).toEqual([['scope', 'complete', null]]);
    expect(brief(diff('The leaders discussed rail and port investment.', 'The leaders discussed port investment.'))).toEqual([]);
    expect(brief(diff('The leaders discussed rail and port investment.', 'The leaders discussed rail port investment.')))
      .toEqual([['scope', 'rail and port', 'rail port']]);
  });

  it('finds a condition only one side states', () => {
    const ds = diff('Sanctions on shipping would be eased provided that the convoys pass.', 'Sanctions on shipping would be eased and the convoys would pass.');
    expect(brief(ds)).toEqual([['condition', 'the convoys pass', null]]);
  });

  it('does not count paraphrase: spelling, reference style, word order, the openings', () => {
    expect(diff('The leaders discussed the organisation of the summit.', 'The leaders discussed the organization of the summit.')).toEqual([]);
    expect(diff('The summit in Porto was discussed by the leaders.', 'The leaders discussed the summit in Porto.')).toEqual([]);
    const sa = segmentSentences(OPENING_A, 'a');
    const sb = segmentSentences(OPENING_B, 'b');
    expect(differencesFor({ a: { sentences: sa, language: 'en', label: 'A' }, b: { sentences: sb, language: 'en', label: 'B' } })(0, 0, [{ label: 'both open with the call', a: 'spoke', b: 'conversation', contribution: 0.1 }])).toEqual([]);
  });

  it('keeps each word in one difference: a verb phrase of the act is not also a judgement', () => {
    const ds = diff('The leaders agreed on a ferry link.', 'Chancellor Berg responded positively to a ferry link.');
    expect(ds.map((d) => d.type)).toEqual(['actor', 'commitment']);
  });

  it('gives none for readouts in another language', () => {
    expect(diff('The two leaders agreed.', 'Chancellor Berg suggested it.', 'de')).toEqual([]);
  });
});

describe('typed differences of the same two texts linked again', () => {
  const A = `${OPENING_A} The leaders agreed to open a trade office in Porto. Silva thanked Berg. The leaders agreed to open a trade office in Porto. She called the talks productive.`;
  const B = `${OPENING_B} Chancellor Berg suggested opening a trade office in Porto. Chancellor Berg suggested opening a trade office in Porto. Berg thanked Silva.`;
  const sa = segmentSentences(A, 'a');
  const sb = segmentSentences(B, 'b');
  const sides = { a: { sentences: sa, language: 'en', label: 'Lisbon' }, b: { sentences: sb, language: 'en', label: 'Vienna' } };

  it('gives each link its own sentences\' ids, with what a fresh reading of that link gives', () => {
    const memo = differencesFor(sides);
    const first = memo(1, 1, []);
    const again = memo(3, 2, []);
    expect(first.length).toBeGreaterThan(0);
    expect(again.every((d) => d.a?.id === 'a4' && d.b?.id === 'b3')).toBe(true);
    expect(again).toEqual(differencesFor(sides)(3, 2, []));
    expect(first).toEqual(differencesFor(sides)(1, 1, []));
  });

  it('reads the same texts afresh when their subjects or reasons differ', () => {
    // "She" continues the subject before it: Silva the first time, Berg the second.
    const a = segmentSentences(`${OPENING_A} Silva thanked Berg. She proposed a ferry line to Madeira. Chancellor Berg welcomed the idea. She proposed a ferry line to Madeira.`, 'a');
    const b = segmentSentences(`${OPENING_B} Chancellor Berg proposed a ferry line to Madeira.`, 'b');
    const both = { a: { sentences: a, language: 'en', label: 'Lisbon' }, b: { sentences: b, language: 'en', label: 'Vienna' } };
    const memo = differencesFor(both);
    const first = memo(2, 1, []);
    const second = memo(4, 1, []);
    expect(brief(first)).not.toEqual(brief(second));
    expect(first).toEqual(differencesFor(both)(2, 1, []));
    expect(second).toEqual(differencesFor(both)(4, 1, []));
    // A reason that matches "proposed" to another word as one concept makes it shared.
    const reason = [{ label: 'proposal', a: 'proposed a ferry line', b: 'ferry', contribution: 0.5 }];
    expect(memo(2, 1, reason)).toEqual(differencesFor(both)(2, 1, reason));
  });
});
