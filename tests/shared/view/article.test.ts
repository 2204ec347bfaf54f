import { describe, expect, it } from 'vitest';
import type { Row } from '../../../shared/view/rows';
import type { SentenceId } from '../../../shared/model/types';
import type { ArticleAnalysis } from '../../../shared/model/article';
import type { ArticleItemId } from '../../../shared/view/article';
import { articleItemIds, articleMarkers, isClaimId, isSentenceTarget, itemKind, itemName, rowOfSentence, shownRole, timingWording } from '../../../shared/view/article';

describe('the article view helpers', () => {
  it('word the timing of a quotation only when the article gives it', () => {
    expect([timingWording('before'), timingWording('after'), timingWording(null)]).toEqual(['before the call', 'after the call', null]);
  });

  it('say an unnamed speaker’s description once: a role that only repeats it is not shown', () => {
    expect(shownRole({ speaker: 'a senior official', role: 'Senior official' })).toBeNull();
    expect(shownRole({ speaker: 'officials', role: 'the officials' })).toBeNull();
    expect(shownRole({ speaker: 'two diplomats', role: 'two diplomats in the capital' })).toBe('two diplomats in the capital');
    expect(shownRole({ speaker: 'Ana Ortiz', role: null })).toBeNull();
  });

  it('tell readout sentences from claims', () => {
    expect(['a1', 'b12', 'c3', 'q1', 'a', 'ab1'].map(isSentenceTarget)).toEqual([true, true, false, false, false, false]);
  });

  it('tell claims from commentary items by their ids, and name each as the panel does', () => {
    const ids = ['c1', 'c12', 'q3'] as ArticleItemId[];
    expect(ids.map(isClaimId)).toEqual([true, true, false]);
    expect(ids.map(itemKind)).toEqual(['claim', 'claim', 'commentary']);
    const article = { commentary: [{ id: 'q3', speaker: 'Mira Talvane' }] } as unknown as Pick<ArticleAnalysis, 'commentary'>;
    expect(ids.map((id) => itemName(article, id))).toEqual(['Claim c1', 'Claim c12', 'Commentary q3 by Mira Talvane']);
    expect(itemName(article, 'q9' as ArticleItemId)).toBe('Commentary q9 by unknown');
  });

  it('find the row of a sentence', () => {
    const rows = [{ a: ['a1'], b: [] }, { a: ['a2', 'a3'], b: ['b1'] }] as unknown as Row[];
    expect(rowOfSentence(rows, 'a3' as SentenceId)).toBe(1);
    expect(rowOfSentence(rows, 'b1' as SentenceId)).toBe(1);
    expect(rowOfSentence(rows, 'b2' as SentenceId)).toBe(-1);
  });

  it('have no markers and no items without an article', () => {
    expect(articleMarkers(null)).toEqual({});
    expect(articleItemIds(null)).toEqual([]);
  });
});
