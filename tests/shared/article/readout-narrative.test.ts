/**
 * A readout's narrative words that an article puts in quotation marks after a person's name
 * (tester 9, V10): they are the readout's words, checked against it, and a shift of frame
 * ("noted efforts to ensure X" → "suggested X") is noted. Invented call and sentences.
 */
import { describe, expect, it } from 'vitest';
import { outOfContextFrame } from '../../../shared/article/quote-context';
import { quoteCheckText, readoutVerdict } from '../../../shared/article/verdict';
import { inventedCall, readout } from './invented-call';

const call = inventedCall(
  readout('a.txt', 'The Prime Minister spoke to Chancellor Anna Weber this morning ahead of the summit next month.\n\nThe Prime Minister welcomed the port authority’s plan that the new river bridge would open before the autumn floods.\n\nThe leaders agreed to deepen cooperation on energy security.',
    'Downing Street', { publisher: 'Prime Minister’s Office', title: 'PM call with Chancellor of Germany' }),
  readout('b.txt', 'Chancellor Anna Weber held a telephone talk with Prime Minister Tom Hale. The two leaders agreed to strengthen cooperation on energy security. Both leaders looked forward to the opening of the Bremen crossing.',
    'Chancellery', { publisher: 'Federal Chancellery' }),
);
const analyse = (text: string) => call.analyse(text, 'x.txt');

describe('a readout’s narrative words quoted after a person’s name', () => {
  const text = 'Prime Minister Tom Hale has declared that the new river bridge “would open before the autumn floods”, despite doubts among engineers.';

  it('are the readout’s words, checked against it, not a quotation of the person', () => {
    const an = analyse(text);
    expect(an.commentary).toEqual([]);
    const claim = an.claims[0]!;
    expect(claim.quotes).toEqual([expect.objectContaining({ text: 'would open before the autumn floods', readout: 'a', verbatim: true })]);
    expect(readoutVerdict(claim, 'a')!.kind).not.toBe('not-found');
  });

  it('note that the readout frames them with a plan, which the article’s "declared" drops', () => {
    const q = analyse(text).claims[0]!.quotes[0]!;
    expect(q.readoutFrame).toBe('port authority’s plan that the new river bridge');
    expect(quoteCheckText(q, 'Downing Street', true)).toBe('verbatim in Downing Street\'s readout; quoted out of context? check: Downing Street has “…port authority’s plan that the new river bridge” before it');
  });

  it('stay a person’s words on another occasion ("told reporters")', () => {
    const an = analyse('Prime Minister Tom Hale told reporters the new river bridge “would open before the autumn floods”.');
    expect(an.commentary.map((q) => q.quote)).toEqual(['would open before the autumn floods']);
  });
});

describe('the frame of a quotation', () => {
  it('is noted only when the readout’s embedding word is missing from the article’s words before the quotation', () => {
    expect(outOfContextFrame('The leaders noted efforts to ensure the bridge', 'Hale said the bridge')).toBe('The leaders noted efforts to ensure the bridge');
    expect(outOfContextFrame('The leaders noted efforts to ensure the bridge', 'Hale praised efforts to ensure the bridge')).toBeNull();
    expect(outOfContextFrame('The leaders agreed that the bridge', 'Hale said the bridge')).toBeNull();
  });

  it('counts an embedding word only when it governs the quoted words: near them, or before "to"/"that"/"if" (cold review)', () => {
    expect(outOfContextFrame('During the call, the leaders agreed that the', 'The ministry said the leaders agreed that the')).toBeNull();
    expect(outOfContextFrame('In May the two leaders agreed that the', 'Hale said the two leaders agreed that the')).toBeNull();
    expect(outOfContextFrame('Both sides hope that the new bridge', 'Hale said the new bridge')).toBe('Both sides hope that the new bridge');
    expect(outOfContextFrame('Their plans were discussed and the bridge', 'Hale said the bridge')).toBeNull();
  });
});
