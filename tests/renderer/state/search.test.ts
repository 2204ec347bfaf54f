/**
 * Find in the view (renderer/state/search.ts) on the 2025 sample with the hand-made
 * analysis of its article: the readouts' matches, then the article's, the panel shown
 * and the item selected when a match is there, the count's wording.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedComparison } from '../../../shared/ipc/contract';
import { currentMatch, matchLabel } from '../../../renderer/state/search';
import { INITIAL_VIEW, viewReducer, type ViewAction, type ViewState } from '../../../renderer/state/view';
import { withSampleAnalysis } from '../article-fixture';
import { loadSample } from '../sample';

let sample: LoadedComparison;
let withArticle: LoadedComparison;
beforeAll(async () => {
  sample = await loadSample();
  withArticle = withSampleAnalysis(sample);
});
const run = (...actions: ViewAction[]): ViewState => actions.reduce(viewReducer, INITIAL_VIEW);
const next: ViewAction = { type: 'match', direction: 1 };
const previous: ViewAction = { type: 'match', direction: -1 };
/** Where the current match is: "rows:b…" or "article:q2". */
const where = (s: ViewState) => {
  const m = currentMatch(s);
  return m === null ? null : m.where === 'rows' ? `rows:${m.match.sentenceId}` : `article:${m.match.item}`;
};
/** Which panel is shown beside the rows. */
const panel = (s: ViewState) => (s.findingsOpen ? 'findings' : s.annotationsOpen ? 'annotations' : s.articleOpen ? 'article' : 'none');

describe('find in the readouts and the article', () => {
  it('counts the readouts’ matches and the article’s, and goes round the readouts’ first, then the article’s', () => {
    // The Kremlin writes "Kiev" twice; the article's quotation q2 says "Kyiv".
    let s = run({ type: 'loaded', loaded: withArticle }, { type: 'search', query: 'Kyiv' });
    expect([s.matches.length, s.articleMatches.length]).toEqual([2, 1]);
    expect(s.status).toBe('2 in the readouts · 1 in the article, also matching Kiev');
    expect(matchLabel(s)).toEqual(['1 of 3, also Kiev', '2 in the readouts · 1 in the article']);
    expect(where(s)).toMatch(/^rows:b/);
    expect(panel(s)).toBe('findings');
    s = viewReducer(s, next);
    const row = s.current;
    s = viewReducer(s, next);
    expect(where(s)).toBe('article:q2');
    expect(s.current).toBe(row);
    // The article's panel is shown in the findings' place, its item selected; the row in focus stays.
    expect([panel(s), s.selected, s.matchIndex]).toEqual(['article', 'q2', 2]);
    expect(s.status).toBe('Match 3 of 3, in the article: Ruth Deyermond’s quotation q2');
    s = viewReducer(s, next);
    expect([where(s)?.startsWith('rows:'), s.matchIndex, panel(s)]).toEqual([true, 0, 'article']);
    expect(s.visible[s.current]!.b).toContain(s.matches[0]!.sentenceId);
    expect(where(viewReducer(s, previous))).toBe('article:q2');
  });

  it('does not switch the panel while the query is typed; Enter then goes to the article’s first match, Shift+Enter to its last', () => {
    // "Deyermond" is in the article alone: the speaker of q2 (and nowhere in the readouts).
    let s = run({ type: 'loaded', loaded: withArticle }, { type: 'search', query: 'deyermond' });
    expect([s.matches.length, s.articleMatches.length, s.matchIndex, panel(s)]).toEqual([0, 1, -1, 'findings']);
    expect(matchLabel(s)).toEqual(['0 in the readouts · 1 in the article']);
    expect(viewReducer(s, next).selected).toBe('q2');
    expect(panel(viewReducer(s, next))).toBe('article');
    s = run({ type: 'loaded', loaded: withArticle }, { type: 'search', query: 'Putin' });
    const last = s.matches.length + s.articleMatches.length - 1;
    const none = { ...s, matchIndex: -1 };
    expect(viewReducer(none, previous).matchIndex).toBe(last);
    expect(viewReducer(none, next).matchIndex).toBe(0);
  });

  it('goes to the article’s first match at once when its panel is already shown', () => {
    const s = run({ type: 'loaded', loaded: withArticle }, { type: 'toggle-article', open: true }, { type: 'search', query: 'deyermond' });
    expect([where(s), s.selected, panel(s)]).toEqual(['article:q2', 'q2', 'article']);
  });

  it('searches the article that follows the rows, keeping the search on screen', () => {
    const pending = { ...sample, article: null, articlePending: true };
    let s = run({ type: 'loaded', loaded: pending }, { type: 'search', query: 'Kyiv' });
    expect([s.matches.length, s.articleMatches.length]).toEqual([2, 0]);
    expect(matchLabel(s)).toEqual(['1 of 2, also Kiev']);
    s = viewReducer(viewReducer(s, next), { type: 'loaded', loaded: withArticle });
    expect([s.matches.length, s.articleMatches.length, s.matchIndex]).toEqual([2, 1, 1]);
    expect(s.query).toBe('Kyiv');
  });

  it('finds the matches’ rows again when a correction builds the rows again', () => {
    // Before, the matches kept the row numbers of the rows before the correction.
    let s = run({ type: 'loaded', loaded: withArticle }, { type: 'search', query: 'ceasefire' });
    const pair = s.loaded!.comparison.pairs[0]!;
    s = viewReducer(s, { type: 'correct', op: 'unlink', a: pair.a[0]!, b: pair.b[0]!, id: 'x1', now: '2026-01-01T00:00:00.000Z' });
    expect(s.matches.length).toBeGreaterThan(0);
    for (const m of s.matches) expect(s.visible[m.rowIndex]![m.side]).toContain(m.sentenceId);
  });

  it('keeps an article match current when the filter changes the rows, and counts the rows again', () => {
    let s = run({ type: 'loaded', loaded: withArticle }, { type: 'search', query: 'Kyiv' }, previous);
    expect(where(s)).toBe('article:q2');
    s = viewReducer(s, { type: 'filter', filter: 'cited' });
    expect(s.matches.every((m) => m.rowIndex < s.visible.length)).toBe(true);
    expect(where(s)).toBe('article:q2');
  });

  it('keeps no match current when the rows change under a query found only in the article (Enter then goes to its first)', () => {
    let s = run({ type: 'loaded', loaded: withArticle }, { type: 'search', query: 'deyermond' });
    s = viewReducer(s, { type: 'filter', filter: 'one-sided' });
    expect([s.matchIndex, s.selected]).toEqual([-1, null]);
    expect(matchLabel(s)).toEqual(['0 in the readouts · 1 in the article']);
    expect(viewReducer(s, next).selected).toBe('q2');
  });
});
