/**
 * A readout's narrative words that an article puts in quotation marks after a person's name
 * (tester 9, V10): they are the readout's words, checked against it, and a shift of frame
 * ("noted efforts to ensure X" → "suggested X") is noted. Invented call and sentences.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../shared/article/analyze';
import { outOfContextFrame } from '../../../shared/article/quote-context';
import { quoteCheckText, readoutVerdict } from '../../../shared/article/verdict';
import { compare } from '../../../shared/compare/compare';
import type { SourceDoc } from '../../../shared/model/types';
import { meta, resources } from './invented-call';

const A: SourceDoc = {
  file: 'a.txt',
  text: 'The Prime Minister spoke to Chancellor Anna Weber this morning ahead of the summit next month.\n\nThe Prime Minister expressed and noted Germany’s efforts to ensure the races can take place safely.\n\nThe leaders agreed to deepen cooperation on energy security.',
  meta: meta('Downing Street', { publisher: 'Prime Minister’s Office', title: 'PM call with Chancellor of Germany' }),
};
const B: SourceDoc = {
  file: 'b.txt',
  text: 'Chancellor Anna Weber held a telephone talk with Prime Minister Tom Hale. The two leaders agreed to strengthen cooperation on energy security. Chancellor Weber expressed her determination to host the Bremen Regatta in a safe and secure manner, and Prime Minister Hale expressed his support.',
  meta: meta('Chancellery', { publisher: 'Federal Chancellery' }),
};
const comparison = compare(A, B, resources);
const analyse = (text: string) => analyzeArticle({ file: 'x.txt', text, meta: meta('Article') }, { a: A, b: B, comparison }, resources);

describe('a readout’s narrative words quoted after a person’s name', () => {
  const text = 'Prime Minister Tom Hale has suggested the Bremen Regatta “can take place safely” in Germany this summer, despite doubts over whether spectators can attend.';

  it('are the readout’s words, checked against it, not a quotation of the person', () => {
    const an = analyse(text);
    expect(an.commentary).toEqual([]);
    const claim = an.claims[0]!;
    expect(claim.quotes).toEqual([expect.objectContaining({ text: 'can take place safely', readout: 'a', verbatim: true })]);
    expect(readoutVerdict(claim, 'a')!.kind).not.toBe('not-found');
  });

  it('note that the readout frames them with an effort to ensure, which the article’s "suggested" drops', () => {
    const q = analyse(text).claims[0]!.quotes[0]!;
    expect(q.readoutFrame).toBe('and noted Germany’s efforts to ensure the races');
    expect(quoteCheckText(q, 'Downing Street', true)).toBe('verbatim in Downing Street\'s readout; quoted out of context? check: Downing Street has “…and noted Germany’s efforts to ensure the races” before it');
  });

  it('stay a person’s words on another occasion ("told reporters")', () => {
    const an = analyse('Prime Minister Tom Hale told reporters the Bremen Regatta “can take place safely” in Germany this summer.');
    expect(an.commentary.map((q) => q.quote)).toEqual(['can take place safely']);
  });
});

describe('the frame of a quotation', () => {
  it('is noted only when the readout’s embedding word is missing from the article’s words before the quotation', () => {
    expect(outOfContextFrame('The leaders noted efforts to ensure the bridge', 'Hale said the bridge')).toBe('The leaders noted efforts to ensure the bridge');
    expect(outOfContextFrame('The leaders noted efforts to ensure the bridge', 'Hale praised efforts to ensure the bridge')).toBeNull();
    expect(outOfContextFrame('The leaders agreed that the bridge', 'Hale said the bridge')).toBeNull();
  });
});
