/**
 * The findings panel's part of the view (state/view.ts): shown or not, and the finding
 * selected (the findings themselves: findings-of.ts, loaded after the first paint).
 * Pure: tested without a DOM.
 */
import type { SentenceId } from '../../shared/model/types';
import { rowKindWording } from '../../shared/view/rows';
import type { Pane, ViewState } from './view';

/** What can happen in the findings panel. */
export type FindingsAction =
  /** Shows or hides the findings panel (toggles without `open`); `focus` moves keyboard focus to it. */
  | { type: 'toggle-findings'; open?: boolean; focus?: boolean }
  /** Selects a finding by its rank; `focus` moves keyboard focus to it (and opens the panel). */
  | { type: 'select-finding'; rank: number | null; focus?: boolean }
  /** Goes to a finding's row (numbered as all rows are, from 1), showing all rows if the filter hides it, and focuses it. */
  | { type: 'show-finding'; rank: number; row: string | null };

/** The view with a request to move keyboard focus to `pane`, numbered so it is carried out once. */
export function focusing(state: ViewState, pane: Pane): ViewState {
  const seq = state.focusSeq + 1;
  return { ...state, focusRequest: { pane, seq }, focusSeq: seq };
}

/** The findings panel shown in the article panel's place. */
function shown(state: ViewState): ViewState {
  return { ...state, findingsOpen: true, annotationsOpen: false, articleOpen: false };
}

/**
 * Applies a findings action; `showSentence` is the view's own "show-sentence" (its row
 * focused, all rows shown if the filter hides it), which a finding's row goes through.
 */
export function findingsReducer(state: ViewState, action: FindingsAction, showSentence: (state: ViewState, sentence: SentenceId) => ViewState): ViewState {
  switch (action.type) {
    case 'toggle-findings': {
      if (!state.loaded) return state;
      const open = action.open ?? !state.findingsOpen;
      if (!open) return { ...state, findingsOpen: false, articleOpen: state.loaded.article !== null, focusRequest: null, status: 'Findings panel hidden' };
      const next = { ...shown(state), focusRequest: null, status: 'Findings panel shown' };
      return action.focus ? focusing({ ...next, selectedFinding: state.selectedFinding ?? 1 }, 'findings') : next;
    }
    case 'select-finding': {
      const selected = { ...state, selectedFinding: action.rank };
      return action.focus ? focusing(shown(selected), 'findings') : selected;
    }
    case 'show-finding': {
      const row = action.row === null ? undefined : state.rows.find((r) => r.label === action.row);
      const sentence = row?.a[0] ?? row?.b[0];
      const selected = { ...state, selectedFinding: action.rank };
      if (!row || !sentence) return { ...selected, status: `Finding ${action.rank} is on no row` };
      const moved = showSentence(selected, sentence);
      // Numbered as the finding numbers it, among all rows (the filter may show fewer).
      const all = moved.filter === state.filter ? '' : ' (all rows shown)';
      return { ...moved, status: `Finding ${action.rank}: row ${action.row} of ${state.rows.length}, ${rowKindWording(row)}${all}` };
    }
  }
}
