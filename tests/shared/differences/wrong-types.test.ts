import { describe, expect, it } from 'vitest';
import { withoutRowEchoes } from '../../../shared/differences/rows';
import type { SentenceId } from '../../../shared/model/types';
import { diff, ofType } from './invented';

// Typed differences a tester found wrong (tester 7, T4), restated in invented wording.
describe('numbers that are no quantity', () => {
  it('does not count the zero of "net zero"', () => {
    expect(ofType(diff('Berg welcomed the pledge to reach net zero by 2045.', 'Berg welcomed the pledge of carbon neutrality by 2045.'), 'number')).toEqual([]);
    expect(ofType(diff('Berg welcomed the pledge to cut zero emissions.', 'Berg welcomed the pledge to cut emissions.'), 'number')).toEqual([['number', 'zero', null]]);
  });

  it('reads the end of a range of dates as a date ("June 3–4")', () => {
    expect(ofType(diff('The fair in Corvel on June 3–4 will open the season.', 'The fair in Corvel will open the season.'), 'number')).toEqual([]);
    expect(ofType(diff('The fair in Corvel on June 3–4 will last 2 days.', 'The fair in Corvel will open the season.'), 'number')).toEqual([['number', '2 days', null]]);
  });

  it('reads "the two new administrations" as the parties named, not a count', () => {
    expect(ofType(diff('Trade between the two new administrations will grow.', 'Trade between the new administrations will grow.'), 'number')).toEqual([]);
  });
});

describe('commitment strength', () => {
  it('does not call a statement a stronger commitment than a discussion', () => {
    const [d] = diff('Silva informed Berg about the dam repairs.', 'Silva and Berg discussed the dam repairs.').filter((x) => x.type === 'commitment');
    expect(d?.explanation ?? '').not.toMatch(/stronger commitment/u);
    const [agreed] = diff('Silva and Berg agreed on the dam repairs.', 'Silva and Berg discussed the dam repairs.').filter((x) => x.type === 'commitment');
    expect(agreed?.explanation).toMatch(/Lisbon's is the stronger commitment/u);
  });
});

describe('a one-sided difference the other side says in another sentence of the row', () => {
  it('is dropped: the other side writes the same word in its second sentence of the row', () => {
    const id = (s: string) => s as SentenceId;
    const span = { id: id('a2'), start: 4, end: 11, text: 'cordial' };
    const pairs = [
      { a: [id('a2')], b: [id('b3')], differences: [{ type: 'evaluation' as const, a: span, b: null, explanation: 'Only Lisbon judges it: “cordial”.' }] },
      { a: [id('a2')], b: [id('b4')], differences: [] },
      { a: [id('a5')], b: [id('b6')], differences: [{ type: 'evaluation' as const, a: { ...span, id: id('a5') }, b: null, explanation: 'x' }] },
    ];
    const texts: Record<string, string> = { a2: 'The cordial grain talks.', b3: 'They spoke of grain.', b4: 'They praised the cordial talks.', a5: 'The cordial grain talks.', b6: 'Their cordiality was noted.' };
    const out = withoutRowEchoes(pairs, (x) => texts[x]);
    expect(out[0]!.differences).toEqual([]);
    // Another row, and a word that only contains it ("cordiality"): kept.
    expect(out[2]!.differences).toHaveLength(1);
  });
});
