import { describe, expect, it } from 'vitest';
import { surnameOf } from '../../../shared/article/names';
import { occasionTimings, talkedEarlier } from '../../../shared/article/timing';
import type { Commentary, Timing } from '../../../shared/model/article';

// Tester 9, V13: two quotations of the same words at one briefing got "before the call" and no timing. Invented article.
const q = (id: number, speaker: string, quote: string, timing: Timing, party = true): Commentary => ({
  id: `q${id}` as Commentary['id'], speaker, named: true, role: 'Premier', party, quote, start: 0, end: 0, timing, links: [],
});
const PARTIES = new Set(['Moor', 'Piet']);
const TEXT = 'Premier Lena Moor on Friday hailed the rowing federation\'s choice, saying "all clubs should do the same." '
  + '"All clubs should do the same," Moor told reporters at her weekly briefing.';

describe('one timing per occasion', () => {
  it('gives the same words of the same speaker one timing', () => {
    const out = occasionTimings([q(1, 'Lena Moor', 'all clubs should do the same.', 'before'), q(2, 'Lena Moor', 'And all clubs should do the same.', null)], TEXT, surnameOf, PARTIES);
    expect(out.map((x) => x.timing)).toEqual(['before', 'before']);
  });

  it('leaves other speakers\' and other words\' timings alone', () => {
    const out = occasionTimings([q(1, 'Lena Moor', 'all clubs should do the same.', 'before'), q(2, 'Ivo Sand', 'all clubs should do the same.', null), q(3, 'Lena Moor', 'a hard day for the sport', null)], TEXT, surnameOf, PARTIES);
    expect(out.map((x) => x.timing)).toEqual(['before', null, null]);
  });

  it('says "unclear" when one occasion\'s quotations disagree', () => {
    const out = occasionTimings([q(1, 'Lena Moor', 'all clubs should do the same.', 'before'), q(2, 'Lena Moor', 'all clubs should do the same', 'after')], TEXT, surnameOf, PARTIES);
    expect(out.map((x) => x.timing)).toEqual(['unclear', 'unclear']);
  });

  it('says "unclear" when the article has the party talk with the other earlier, and a quotation says before the call', () => {
    const text = `${TEXT} Moor said she spoke to Chancellor Arno Piet earlier about the regatta.`;
    expect(talkedEarlier(text, surnameOf('Lena Moor'), PARTIES)).toBe(true);
    expect(talkedEarlier(TEXT, surnameOf('Lena Moor'), PARTIES)).toBe(false);
    const out = occasionTimings([q(1, 'Lena Moor', 'all clubs should do the same.', 'before'), q(2, 'Lena Moor', 'all clubs should do the same', null)], text, surnameOf, PARTIES);
    expect(out.map((x) => x.timing)).toEqual(['unclear', 'unclear']);
    // Not a party to the call: the article's sequence says nothing of their remarks.
    expect(occasionTimings([q(1, 'Lena Moor', 'all clubs should do the same.', 'before', false)], text, surnameOf, PARTIES)[0]!.timing).toBe('before');
  });
});

// Session 16, review R1/R2: the surname as a whole word, a talk verb with the other party; the same words on word boundaries.
describe('the article\'s sequence (the speaker talked with the other party earlier)', () => {
  it('needs the surname as a whole word, not inside another word', () => {
    const li = 'The premier said Chancellor Piet had spoken earlier about the regatta.';
    expect(talkedEarlier(li, 'Li', new Set(['Li', 'Piet']))).toBe(false);
    const abe = 'The move, labelled a U-turn, was discussed as Piet spoke with reporters earlier.';
    expect(talkedEarlier(abe, 'Abe', new Set(['Abe', 'Piet']))).toBe(false);
  });

  it('needs the other party in the sentence, not any talk verb', () => {
    expect(talkedEarlier('Moor held a news conference earlier on Friday.', 'Moor', PARTIES)).toBe(false);
    expect(talkedEarlier('Moor held talks with Piet earlier on Friday.', 'Moor', PARTIES)).toBe(true);
  });
});

describe('the same words of one speaker', () => {
  it('are held on word boundaries: a word inside a longer word is not the same words', () => {
    const out = occasionTimings([q(1, 'Lena Moor', 'war', 'before'), q(2, 'Lena Moor', 'We will not accept this award', null)], TEXT, surnameOf, PARTIES);
    expect(out.map((x) => x.timing)).toEqual(['before', null]);
  });

  it('a one-word quotation is not an occasion of its own and merges with no later sentence', () => {
    const out = occasionTimings([q(1, 'Lena Moor', 'reckless', 'before'), q(2, 'Lena Moor', 'The plan is reckless and must be dropped', 'after')], TEXT, surnameOf, PARTIES);
    expect(out.map((x) => x.timing)).toEqual(['before', 'after']);
  });
});
