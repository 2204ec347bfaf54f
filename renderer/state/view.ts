/**
 * The comparison view's state and every change to it, as a pure reducer: the
 * React components only render it and dispatch actions (tested without a DOM in
 * tests/renderer/state/view.test.ts). This includes the article panel: the item
 * selected, the markers on readout sentences, and the analyst's manual links,
 * kept in `loaded.article.manualLinks`.
 */
import { setManualLink } from '../../shared/article/links';
import type { LoadedComparison } from '../../shared/ipc/contract';
import type { ArticleAnalysis, ClaimId } from '../../shared/model/article';
import type { SentenceId } from '../../shared/model/types';
import { articleItemIds, articleMarkers, rowOfSentence, type ArticleItemId, type SentenceMarkers } from '../../shared/view/article';
import { filterRows, type Filter } from '../../shared/view/filter';
import { nextDifference } from '../../shared/view/navigate';
import { buildRows, type Row } from '../../shared/view/rows';
import { searchRows, type SearchMatch } from '../../shared/view/search';

/** Everything the comparison view shows. */
export interface ViewState {
  /** The comparison on screen, or null before the first one arrives. */
  loaded: LoadedComparison | null;
  /** Counts the comparisons loaded: the row list starts afresh (scroll, open panels) with each. */
  loadSeq: number;
  /** All rows of the comparison, in reading order. */
  rows: Row[];
  /** Which rows are shown. */
  filter: Filter;
  /** The rows the filter lets through. */
  visible: Row[];
  /** Index into `visible` of the row in focus, or -1. */
  current: number;
  /** A request to bring `current` into view: set by keyboard, difference and search moves (not by a click). */
  reveal: { index: number; seq: number } | null;
  /** The search text. */
  query: string;
  /** Matches of `query` in `visible`. */
  matches: SearchMatch[];
  /** Index into `matches` of the current match, or -1. */
  matchIndex: number;
  /** The last failure, naming the file and the problem; the previous comparison stays on screen. */
  error: string | null;
  /** A short status for screen readers and the status bar ("No more differences below"). */
  status: string;
  /** A request to the main process is under way. */
  busy: boolean;
  /** Whether the article panel is shown (when there is an article). */
  articleOpen: boolean;
  /** The claim or commentary item selected in the article panel, or null. */
  selected: ArticleItemId | null;
  /** For each readout sentence, the article items linked to it (from `loaded.article`). */
  markers: SentenceMarkers;
  /**
   * A request to move keyboard focus to the current row or to the article panel (its
   * selected item), numbered so each is carried out once; dropped when the panel is
   * shown or hidden or a comparison loads, so a panel or list that mounts later does not
   * take focus for an old request.
   */
  focusRequest: { pane: Pane; seq: number } | null;
  /** The number of the last focus request. */
  focusSeq: number;
}

/** The two parts of the window keyboard focus moves between (F6). */
export type Pane = 'rows' | 'article';

/** What can happen to the view. */
export type ViewAction =
  | { type: 'loading' }
  | { type: 'loaded'; loaded: LoadedComparison }
  | { type: 'failed'; message: string }
  | { type: 'cancelled' }
  | { type: 'dismiss-error' }
  | { type: 'filter'; filter: Filter }
  | { type: 'focus-row'; index: number; reveal?: boolean }
  | { type: 'difference'; direction: 1 | -1 }
  | { type: 'search'; query: string }
  | { type: 'match'; direction: 1 | -1 }
  /** Shows or hides the article panel (toggles without `open`). */
  | { type: 'toggle-article'; open?: boolean }
  /** Selects an article item; `focus` moves keyboard focus to it (and opens the panel). */
  | { type: 'select-item'; id: ArticleItemId | null; focus?: boolean }
  /** Moves to the row holding a readout sentence, showing all rows if the filter hides it, and focuses it. */
  | { type: 'show-sentence'; sentence: SentenceId }
  /** Moves keyboard focus to the rows or to the article panel. */
  | { type: 'focus-pane'; pane: Pane }
  /** Adds (`linked`) or removes a link by hand; manual links win over automatic ones. */
  | { type: 'set-link'; from: ArticleItemId; to: SentenceId | ClaimId; linked: boolean };

/** The state before anything is loaded. */
export const INITIAL_VIEW: ViewState = {
  loaded: null, loadSeq: 0, rows: [], filter: 'all', visible: [], current: -1, reveal: null, query: '', matches: [], matchIndex: -1,
  error: null, status: '', busy: false, articleOpen: true, selected: null, markers: articleMarkers(null), focusRequest: null, focusSeq: 0,
};

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** How a row is announced: "Row 5 of 21: only in Kremlin". */
export function rowAnnouncement(state: ViewState, index: number): string {
  const row = state.visible[index];
  if (!row) return '';
  const kind = row.kind === 'matched' ? (row.changed ? 'matched, worded differently' : 'matched, same words') : (row.wording ?? '');
  return `Row ${index + 1} of ${state.visible.length}: ${kind}`;
}

function focusing(state: ViewState, pane: Pane): ViewState {
  const seq = state.focusSeq + 1;
  return { ...state, focusRequest: { pane, seq }, focusSeq: seq };
}

/**
 * Whether `next` is the comparison on screen with another article (File > Open
 * Article…): the same readouts, sentence for sentence, and a different article.
 * The same comparison loaded again starts afresh.
 */
function articleAdded(prev: LoadedComparison | null, next: LoadedComparison): boolean {
  if (!prev || !next.article) return false;
  const same = (p: LoadedComparison['comparison']['a'], q: LoadedComparison['comparison']['a']) =>
    p.file === q.file && p.sentences.length === q.sentences.length && p.sentences.every((s, i) => s.text === q.sentences[i]!.text);
  const sameArticle = prev.article?.doc.file === next.article.doc.file && prev.article.doc.text === next.article.doc.text;
  return !sameArticle && same(prev.comparison.a, next.comparison.a) && same(prev.comparison.b, next.comparison.b) && prev.comparison.pairs.length === next.comparison.pairs.length;
}

/** How an item is announced when selected: "Claim c2, 1 linked passage". */
function itemAnnouncement(article: ArticleAnalysis, id: ArticleItemId): string {
  const claim = article.claims.find((c) => c.id === id);
  const links = claim ? claim.links : article.commentary.find((q) => q.id === id)?.links ?? [];
  const who = claim ? `Claim ${id}` : `Commentary ${id} by ${article.commentary.find((q) => q.id === id)?.speaker ?? 'unknown'}`;
  return `${who}, ${plural(links.length, 'link', 'links')}`;
}

function revealing(state: ViewState, index: number): ViewState {
  return { ...state, current: index, reveal: { index, seq: (state.reveal?.seq ?? 0) + 1 } };
}

/** Recomputes the matches; `jump` moves to the first match (a new query), otherwise the current row stays. */
function withSearch(state: ViewState, query: string, jump: boolean): ViewState {
  const matches = state.loaded ? searchRows(state.visible, state.loaded.comparison, query) : [];
  const status = query.trim() === '' ? '' : matches.length === 0 ? 'No matches' : plural(matches.length, 'match', 'matches');
  if (matches.length === 0) return { ...state, query, matches, matchIndex: -1, status };
  if (jump) return { ...revealing(state, matches[0]!.rowIndex), query, matches, matchIndex: 0, status };
  // The first match at or after the current row continues the search from there.
  const after = matches.findIndex((m) => m.rowIndex >= state.current);
  return { ...state, query, matches, matchIndex: after < 0 ? 0 : after, status };
}

/** Applies one action. */
export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'loading':
      return { ...state, busy: true };
    case 'loaded': {
      const loaded = action.loaded;
      const article = loaded.article;
      // A new article opens the panel; the same one (or none) keeps the analyst's choice.
      const articleOpen = article !== null && article.doc.file !== state.loaded?.article?.doc.file ? true : state.articleOpen;
      const articleState = { articleOpen, selected: null, markers: articleMarkers(article), focusRequest: null };
      const rows = buildRows(loaded.comparison);
      const visible = filterRows(rows, state.filter);
      if (article && articleAdded(state.loaded, loaded)) {
        // An article for the comparison on screen: the filter, the search and the row in focus stay.
        const key = state.visible[state.current]?.key;
        const current = key === undefined ? -1 : visible.findIndex((r) => r.key === key);
        const status = `Article loaded: ${plural(article.claims.length, 'claim', 'claims')}, ${plural(article.commentary.length, 'quotation', 'quotations')} of people`;
        return { ...state, ...articleState, loaded, rows, visible, current, error: null, busy: false, status };
      }
      const fresh: ViewState = { ...state, ...articleState, loaded, loadSeq: state.loadSeq + 1, rows, visible, current: -1, reveal: null, error: null, busy: false, status: '' };
      return withSearch(fresh, state.query, true);
    }
    case 'failed':
      return { ...state, error: action.message, busy: false };
    case 'cancelled':
      return { ...state, busy: false };
    case 'dismiss-error':
      return { ...state, error: null };
    case 'filter': {
      const visible = filterRows(state.rows, action.filter);
      const key = state.visible[state.current]?.key;
      const kept = key === undefined ? -1 : visible.findIndex((r) => r.key === key);
      const next = { ...state, filter: action.filter, visible, current: kept, status: plural(visible.length, 'row', 'rows') };
      const searched = withSearch(kept >= 0 ? revealing(next, kept) : next, state.query, false);
      return state.query.trim() === '' ? searched : { ...searched, status: next.status };
    }
    case 'focus-row': {
      const index = Math.max(-1, Math.min(action.index, state.visible.length - 1));
      if (index === state.current && !action.reveal) return state;
      const moved = action.reveal ? revealing(state, index) : { ...state, current: index };
      return { ...moved, status: action.reveal ? rowAnnouncement(moved, index) : state.status };
    }
    case 'difference': {
      const next = nextDifference(state.visible, state.current, action.direction);
      if (next === null) return { ...state, status: action.direction === 1 ? 'No more differences below' : 'No more differences above' };
      const moved = revealing(state, next);
      return { ...moved, status: rowAnnouncement(moved, next) };
    }
    case 'search':
      return withSearch(state, action.query, true);
    case 'match': {
      const n = state.matches.length;
      if (n === 0) return state;
      const matchIndex = (state.matchIndex + action.direction + n) % n;
      return { ...revealing(state, state.matches[matchIndex]!.rowIndex), matchIndex, status: `Match ${matchIndex + 1} of ${n}` };
    }
    case 'toggle-article': {
      if (!state.loaded?.article) return { ...state, status: 'No article is loaded: File > Open Article… adds one' };
      const articleOpen = action.open ?? !state.articleOpen;
      return { ...state, articleOpen, focusRequest: null, status: articleOpen ? 'Article panel shown' : 'Article panel hidden' };
    }
    case 'select-item': {
      const article = state.loaded?.article;
      if (!article) return state;
      if (action.id !== null && !articleItemIds(article).includes(action.id)) return state;
      if (action.id === state.selected && !action.focus) return state;
      const status = action.id === null ? state.status : itemAnnouncement(article, action.id);
      const selected = { ...state, selected: action.id, status };
      return action.focus ? focusing({ ...selected, articleOpen: true }, 'article') : selected;
    }
    case 'show-sentence': {
      let next = state;
      let index = rowOfSentence(next.visible, action.sentence);
      if (index < 0 && rowOfSentence(next.rows, action.sentence) >= 0) {
        // The filter hides the row: show all rows, so the link can be followed.
        next = viewReducer(next, { type: 'filter', filter: 'all' });
        index = rowOfSentence(next.visible, action.sentence);
      }
      if (index < 0) return { ...state, status: `There is no sentence ${action.sentence} in this comparison` };
      const moved = revealing(next, index);
      const shown = next === state ? '' : ' (all rows shown)';
      return focusing({ ...moved, status: `${rowAnnouncement(moved, index)}${shown}` }, 'rows');
    }
    case 'focus-pane': {
      if (action.pane === 'rows') {
        if (state.visible.length === 0) return { ...state, status: 'No rows to focus' };
        return focusing(state.current >= 0 ? state : revealing(state, 0), 'rows');
      }
      const article = state.loaded?.article;
      if (!article) return { ...state, status: 'No article is loaded: File > Open Article… adds one' };
      return focusing({ ...state, articleOpen: true, selected: state.selected ?? articleItemIds(article)[0] ?? null }, 'article');
    }
    case 'set-link': {
      const loaded = state.loaded;
      if (!loaded?.article) return state;
      const article = setManualLink(loaded.article, action.from, action.to, action.linked);
      const status = action.linked ? `Linked ${action.from} to ${action.to}` : `Removed the link from ${action.from} to ${action.to}`;
      return { ...state, loaded: { ...loaded, article }, markers: articleMarkers(article), status };
    }
  }
}
