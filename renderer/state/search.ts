/**
 * Find's part of the view (state/view.ts): the matches of the query in the rows shown
 * and in the article panel, the current one, and the moves between them. The matches
 * are counted as one list, the readouts' first and then the article's
 * (shared/view/search.ts says the order); `matchIndex` indexes it. Going to an article
 * match shows the article panel and selects the item that holds it; keyboard focus
 * stays in the find field, so Enter goes on. Pure: tested without a DOM.
 */
import { isClaimId } from '../../shared/view/article';
import { matchCountWording, searchAll, variantsUsed, type ArticleMatch, type SearchMatch } from '../../shared/view/search';
import type { ViewState } from './view';

/** The view's own move to a row (`revealing`): the row in focus and brought into view. */
type Reveal = (state: ViewState, index: number) => ViewState;

/** The current match and where it is, or null. */
export type CurrentMatch = { where: 'rows'; match: SearchMatch } | { where: 'article'; match: ArticleMatch } | null;

/** How many matches there are, in the readouts and in the article. */
export function matchTotal(state: Pick<ViewState, 'matches' | 'articleMatches'>): number {
  return state.matches.length + state.articleMatches.length;
}

/** The match `matchIndex` names: one of the readouts', or past them one of the article's. */
export function currentMatch(state: Pick<ViewState, 'matches' | 'articleMatches' | 'matchIndex'>): CurrentMatch {
  const i = state.matchIndex;
  if (i < 0) return null;
  if (i < state.matches.length) return { where: 'rows', match: state.matches[i]! };
  const match = state.articleMatches[i - state.matches.length];
  return match ? { where: 'article', match } : null;
}

/** The variants the matches used, for "also matching Kiev". */
function variantsOf(state: Pick<ViewState, 'matches' | 'articleMatches'>): string[] {
  return variantsUsed([...state.matches, ...state.articleMatches]);
}

/**
 * The find field's count, in one or two lines: "2 of 5, also Kiev" and "3 in the readouts ·
 * 2 in the article" (without an article, the first alone; before Enter has gone to a match
 * that is in the article alone, the second alone).
 */
export function matchLabel(state: Pick<ViewState, 'query' | 'matches' | 'articleMatches' | 'matchIndex' | 'loaded'>): string[] {
  if (state.query.trim() === '') return [];
  const total = matchTotal(state);
  if (total === 0) return ['no matches'];
  const also = variantsOf(state);
  const lines = [
    ...(state.matchIndex >= 0 ? [`${state.matchIndex + 1} of ${total}`] : []),
    ...(state.loaded?.article ? [matchCountWording(state.matches.length, state.articleMatches.length, true)] : []),
  ];
  if (also.length > 0) lines[0] += `, also ${also.slice(0, 2).join(', ')}`;
  return lines;
}

/** What the status line says of a search: "3 in the readouts · 2 in the article, also matching Kiev". */
function searchStatus(state: ViewState): string {
  if (state.query.trim() === '') return '';
  const variants = variantsOf(state);
  const also = variants.length === 0 || matchTotal(state) === 0 ? '' : `, also matching ${variants.slice(0, 3).join(', ')}${variants.length > 3 ? '…' : ''}`;
  return matchCountWording(state.matches.length, state.articleMatches.length, state.loaded?.article != null) + also;
}

/** The view at match `index`: its row in focus, or the article panel shown with its item selected. */
function goTo(state: ViewState, index: number, reveal: Reveal): ViewState {
  const row = state.matches[index];
  if (row) return { ...reveal(state, row.rowIndex), matchIndex: index };
  const m = state.articleMatches[index - state.matches.length]!;
  const panel = articleShown(state) ? {} : { articleOpen: true, annotationsOpen: false, findingsOpen: false, focusRequest: null };
  return { ...state, ...panel, matchIndex: index, selected: m.item };
}

/** Whether the article panel is the one shown beside the rows. */
const articleShown = (state: ViewState) => state.articleOpen && !state.annotationsOpen && !state.findingsOpen;

/**
 * Searches again for `query`. `jump` (a new query, as it is typed) goes to the first
 * match in the readouts; with none there, to the article's first when its panel is shown,
 * else nowhere yet (-1: the panel is not switched under the analyst's typing; Enter goes
 * there). Otherwise (the rows or the article changed) the view stays: the current match
 * is the first at or after the row in focus, or, when it was the article's, the same one
 * of the article's.
 */
export function withSearch(state: ViewState, query: string, jump: boolean, reveal: Reveal): ViewState {
  const found = state.loaded ? searchAll(state.visible, state.loaded.comparison, state.loaded.article, query) : { rows: [], article: [] };
  const next = { ...state, query, matches: found.rows, articleMatches: found.article };
  const status = searchStatus(next);
  if (matchTotal(next) === 0) return { ...next, matchIndex: -1, status };
  if (jump) return next.matches.length > 0 || articleShown(next) ? { ...goTo(next, 0, reveal), status } : { ...next, matchIndex: -1, status };
  const inArticle = currentMatch(state)?.where === 'article' && found.article.length > 0;
  const after = found.rows.findIndex((m) => m.rowIndex >= state.current);
  // No match current yet (a query found only in the article, the panel not shown) stays so: Enter goes to the first.
  const none = state.matchIndex === -1 || found.rows.length === 0;
  const matchIndex = inArticle ? found.rows.length + Math.min(state.matchIndex - state.matches.length, found.article.length - 1) : none ? -1 : Math.max(0, after);
  return { ...next, matchIndex, status };
}

/** The search done again over changed rows or article, the status line kept. */
export function searchedAgain(state: ViewState, reveal: Reveal): ViewState {
  return state.query.trim() === '' ? state : { ...withSearch(state, state.query, false, reveal), status: state.status };
}

/** How an article item is named in the status: "claim c2", "Peskov's quotation q1". */
function itemName(state: ViewState, m: ArticleMatch): string {
  if (isClaimId(m.item)) return `claim ${m.item}`;
  const speaker = state.loaded?.article?.commentary.find((q) => q.id === m.item)?.speaker ?? 'unknown';
  return `${speaker}’s quotation ${m.item}`;
}

/** The next (1) or previous (-1) match, round the readouts' and then the article's. */
export function stepMatch(state: ViewState, direction: 1 | -1, reveal: Reveal): ViewState {
  const n = matchTotal(state);
  if (n === 0) return state;
  // From no match yet, next is the first and previous the last.
  const index = state.matchIndex < 0 ? (direction === 1 ? 0 : n - 1) : (state.matchIndex + direction + n) % n;
  const moved = goTo(state, index, reveal);
  const current = currentMatch(moved);
  const where = current?.where === 'article' ? `, in the article: ${itemName(moved, current.match)}` : '';
  return { ...moved, status: `Match ${index + 1} of ${n}${where}` };
}
