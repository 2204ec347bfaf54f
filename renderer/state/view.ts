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
  loaded: LoadedComparison | null;
  /** All rows of the comparison, in reading order. */
  rows: Row[];
  filter: Filter;
  /** The rows the filter lets through. */
  visible: Row[];
  /** Index into `visible` of the row in focus, or -1. */
  current: number;
  query: string;
  /** Matches of `query` in `visible`. */
  matches: SearchMatch[];
  /** Index into `matches` of the current match, or -1. */
  matchIndex: number;
  /** The last failure, naming the file and the problem; the previous comparison stays on screen. */
  error: string | null;
  /** A short status for screen readers and the status bar ("No more differences"). */
  status: string;
  /** A request to the main process is under way. */
  busy: boolean;
}

/** What can happen to the view. */
export type ViewAction =
  | { type: 'loading' }
  | { type: 'loaded'; loaded: LoadedComparison }
  | { type: 'failed'; message: string }
  | { type: 'dismiss-error' }
  | { type: 'filter'; filter: Filter }
  | { type: 'focus-row'; index: number }
  | { type: 'difference'; direction: 1 | -1 }
  | { type: 'search'; query: string }
  | { type: 'match'; direction: 1 | -1 };

/** The state before anything is loaded. */
export const INITIAL_VIEW: ViewState = {
  loaded: null, rows: [], filter: 'all', visible: [], current: -1, query: '', matches: [], matchIndex: -1,
  error: null, status: '', busy: false,
};

function withSearch(state: ViewState, query: string): ViewState {
  const matches = state.loaded ? searchRows(state.visible, state.loaded.comparison, query) : [];
  const matchIndex = matches.length > 0 ? 0 : -1;
  const status = query.trim() === '' ? '' : matches.length === 0 ? 'No matches' : `${matches.length} match${matches.length === 1 ? '' : 'es'}`;
  return { ...state, query, matches, matchIndex, current: matchIndex >= 0 ? matches[0]!.rowIndex : state.current, status };
}

/** Applies one action. */
export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'loading':
      return { ...state, busy: true };
    case 'loaded': {
      const rows = buildRows(action.loaded.comparison);
      const visible = filterRows(rows, state.filter);
      return withSearch({ ...state, loaded: action.loaded, rows, visible, current: -1, error: null, busy: false, status: '' }, state.query);
    }
    case 'failed':
      return { ...state, error: action.message, busy: false };
    case 'dismiss-error':
      return { ...state, error: null };
    case 'filter': {
      const visible = filterRows(state.rows, action.filter);
      const key = state.visible[state.current]?.key;
      const kept = key === undefined ? -1 : visible.findIndex((r) => r.key === key);
      return withSearch({ ...state, filter: action.filter, visible, current: kept }, state.query);
    }
    case 'focus-row':
      return { ...state, current: Math.max(-1, Math.min(action.index, state.visible.length - 1)) };
    case 'difference': {
      const next = nextDifference(state.visible, state.current, action.direction);
      if (next === null) return { ...state, status: action.direction === 1 ? 'No more differences below' : 'No more differences above' };
      return { ...state, current: next, status: '' };
    }
    case 'search':
      return withSearch(state, action.query);
    case 'match': {
      const n = state.matches.length;
      if (n === 0) return state;
      const matchIndex = (state.matchIndex + action.direction + n) % n;
      return { ...state, matchIndex, current: state.matches[matchIndex]!.rowIndex, status: `Match ${matchIndex + 1} of ${n}` };
    }
  }
}
