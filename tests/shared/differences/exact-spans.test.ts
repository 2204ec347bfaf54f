import { describe, expect, it } from 'vitest';
import type { TypedDifference } from '../../../shared/differences/types';
import { diff, ofType, secondSentences } from './invented';

/** Every span is the exact text at its offsets and begins and ends on a word boundary. */
function expectExact(ds: readonly TypedDifference[], texts: { a: string; b: string }): void {
  for (const d of ds) {
    for (const side of ['a', 'b'] as const) {
      const s = d[side];
      if (!s) continue;
      const text = texts[side];
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(/[\p{L}\p{N}]/u.test(text[s.start - 1] ?? ' ') && /[\p{L}\p{N}]/u.test(text[s.start]!)).toBe(false);
      expect(/[\p{L}\p{N}]/u.test(text[s.end] ?? ' ') && /[\p{L}\p{N}]/u.test(text[s.end - 1]!)).toBe(false);
    }
  }
}

describe('quoted spans end on word boundaries (tester 7, T5)', () => {
  it('cuts a long subject after a whole word, never inside a name', () => {
    const a = 'Prime Minister Ana Silva and newly elected Federal Chancellor Sir Jonathan Alexander Berg agreed to open the ferry line.';
    const b = 'Prime Minister Ana Silva proposed to open the ferry line.';
    const ds = diff(a, b);
    const actor = ofType(ds, 'actor')[0]!;
    expect(actor[1]).toMatch(/^Prime Minister Ana Silva and newly elected Federal Chancellor Sir Jonathan(?: Alexander(?: Berg)?)?$/u);
    expectExact(ds, { a, b });
  });

  it('takes the whole hyphenated compound an added list item starts in', () => {
    const a = 'They praised the farmer-to-farmer, academic and cultural links.';
    const b = 'They praised the academic and cultural links.';
    const ds = diff(a, b);
    expectExact(ds, { a, b });
    expect(ofType(ds, 'scope')).toContainEqual(['scope', 'farmer-to-farmer', null]);
  });

  it('quotes a condition up to the head of its noun phrase, not two words after the cue', () => {
    expect(ofType(diff('Berg backed the loan provided the prompt repayment of the old debts.', 'Berg backed the loan.'), 'condition'))
      .toEqual([['condition', 'the prompt repayment', null]]);
    expect(ofType(diff('The main condition for lowering the tariffs is a fair quota.', 'Lowering the tariffs needs a fair quota.'), 'condition'))
      .toEqual([['condition', 'condition for lowering the tariffs', null]]);
  });
});

describe('the actor a bare title names (tester 7, T5)', () => {
  it('names a leader by the title when the other readout, missing its lead, opens on the name of an event', () => {
    const ds = secondSentences(
      'The Chancellor spoke to President Okoro of Lindavia this morning. The Chancellor welcomed the new port plans.',
      'Trade matters were discussed ahead of the coming Harbour Nations Forum in Corvel. The presidents welcomed the new port plans.',
      { a: 'Berlin office', b: 'Lindavia office' },
    );
    const actor = ds.find((d) => d.type === 'actor');
    expect(actor?.explanation).toMatch(/^Berlin office has the Chancellor act/u);
    expect(actor?.explanation).not.toMatch(/Harbour|Nations|Forum/u);
  });
});
