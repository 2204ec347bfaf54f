/**
 * The comparison view's state and every change to it, as a pure reducer: the
 * React components only render it and dispatch actions (tested without a DOM in
 * tests/renderer/state/view.test.ts).
 */
import type { LoadedComparison } from '../../shared/ipc/contract';
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
}

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
  | { type: 'match'; direction: 1 | -1 };

/** The state before anything is loaded. */
export const INITIAL_VIEW: ViewState = {
  loaded: null, loadSeq: 0, rows: [], filter: 'all', visible: [], current: -1, reveal: null, query: '', matches: [], matchIndex: -1,
  error: null, status: '', busy: false,
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
      const rows = buildRows(action.loaded.comparison);
      const visible = filterRows(rows, state.filter);
      const fresh: ViewState = { ...state, loaded: action.loaded, loadSeq: state.loadSeq + 1, rows, visible, current: -1, reveal: null, error: null, busy: false, status: '' };
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
  }
}
