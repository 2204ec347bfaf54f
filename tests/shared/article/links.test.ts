import { describe, expect, it } from 'vitest';
import { effectiveLinks, manualState, setManualLink } from '../../../shared/article/links';
import type { ArticleAnalysis, ClaimId, CommentaryId } from '../../../shared/model/article';
import type { SentenceId } from '../../../shared/model/types';

const c1 = 'c1' as ClaimId;
const q1 = 'q1' as CommentaryId;
const id = (s: string) => s as SentenceId;
const analysis: ArticleAnalysis = {
  doc: { file: 'a.txt', text: 'x', meta: { label: 'A', complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null } },
  origin: 'extracted',
  claims: [{ id: c1, text: 'x', start: 0, end: 1, readouts: ['a'], verdicts: { a: 'supported' }, links: [id('a2')], closestSentences: [], quotes: [] }],
  commentary: [{ id: q1, speaker: 'X', named: true, role: null, party: false, quote: 'x', start: 0, end: 1, timing: null, links: [id('b1'), c1] }],
  automaticLinks: { c1: [id('a2')], q1: [id('b1'), c1] },
  manualLinks: [],
};

describe('manual links', () => {
  it('add and remove win over the automatic links, in text order', () => {
    let a = setManualLink(analysis, c1, id('b3'), true);
    a = setManualLink(a, c1, id('a1'), true);
    a = setManualLink(a, c1, id('a2'), false);
    expect(a.claims[0]!.links).toEqual(['a1', 'b3']);
    expect(a.manualLinks).toEqual([{ from: 'c1', to: 'b3', op: 'add' }, { from: 'c1', to: 'a1', op: 'add' }, { from: 'c1', to: 'a2', op: 'remove' }]);
    expect(manualState(a, 'c1', 'a2')).toBe('remove');
    expect(manualState(a, 'c1', 'a9')).toBeUndefined();
  });

  it('taking an edit back restores the automatic link and keeps no edit', () => {
    const removed = setManualLink(analysis, q1, c1, false);
    expect(removed.commentary[0]!.links).toEqual(['b1']);
    const back = setManualLink(removed, q1, c1, true);
    expect(back.commentary[0]!.links).toEqual(['b1', 'c1']);
    expect(back.manualLinks).toEqual([]);
  });

  it('effectiveLinks ignores duplicates and edits of other items', () => {
    expect(effectiveLinks([id('a1'), id('a1')], [{ from: 'q9' as CommentaryId, to: id('a1'), op: 'remove' }], c1)).toEqual(['a1']);
  });
});
