/**
 * "Link Statements" from marks: the analyst marks one statement of each readout as an
 * end of a link (a click on its number in a row, Space or Enter on that number, or
 * M / Shift+M on the row in focus), then the command links exactly those two as an
 * analyst correction (undoable, "linked by you") and the marks go. With one end marked,
 * or none, the command opens the "Link with…" picker instead: for the row in focus,
 * the marked statement first in its list, and the status says what is missing.
 * Escape clears the marks. Pure: view.ts hands these actions here, and `view` (the
 * view's own reducer) carries out the correction, the picker and the move to the row.
 */
import { otherSide, type SentenceId, type Side } from '../../shared/model/types';
import type { Row } from '../../shared/view/rows';
import type { ViewAction, ViewState } from './view';

/** The statement marked on each side as an end of the next link, or null. */
export interface LinkEnds {
  a: SentenceId | null;
  b: SentenceId | null;
}

export const NO_LINK_ENDS: LinkEnds = { a: null, b: null };

/** The actions about the marks. */
export type LinkEndAction =
  /** Marks a statement as its side's end of a link (replacing the side's earlier mark); the statement marked already is unmarked. */
  | { type: 'mark-link-end'; side: Side; sentence: SentenceId }
  /** Marks the first statement on `side` of the row in focus (M: left, Shift+M: right); a one-sided row's statement whichever the side. */
  | { type: 'mark-row-end'; side: Side }
  /** Clears both marks (Escape). */
  | { type: 'clear-link-ends' }
  /** "Link Statements": links the two marked statements, or opens the picker; `id` and `now` for the correction (the reducer has no clock). */
  | { type: 'link-statements'; id: string; now: string };

type View = (state: ViewState, action: ViewAction) => ViewState;


/** Whether a statement is marked on either side. */
export function hasLinkEnds(ends: LinkEnds): boolean {
  return ends.a !== null || ends.b !== null;
}

/** The marks left once `a` and `b` are linked: a statement linked is no longer waiting for its other end. */
export function linkEndsAfterLink(ends: LinkEnds, a: SentenceId | null, b: SentenceId | null): LinkEnds {
  if (ends.a !== a && ends.b !== b) return ends;
  return { a: ends.a === a ? null : ends.a, b: ends.b === b ? null : ends.b };
}

/** What the marks ask of the analyst next, said in the status line (read by screen readers). */
export function linkEndsWording(ends: LinkEnds, labels: { a: string; b: string }): string {
  if (ends.a && ends.b) return `${ends.a} and ${ends.b} marked: Link Statements links them, Escape clears the marks`;
  const side: Side | null = ends.a ? 'a' : ends.b ? 'b' : null;
  if (side === null) return 'No statement marked';
  return `${ends[side]} of ${labels[side]} marked as one end of a link: mark a statement of ${labels[otherSide(side)]}, then Link Statements`;
}

/** The statement the picker opens for when one end (`marked` on `side`) is marked: the row in focus's other side when it has one, else the marked statement. */
function pickerFrom(row: Row | undefined, side: Side, marked: SentenceId): { side: Side; sentence: SentenceId; preselect?: SentenceId } {
  const other = otherSide(side);
  return row && row[other].length > 0 && !row[side].includes(marked) ? { side: other, sentence: row[other][0]!, preselect: marked } : { side, sentence: marked };
}

/** "Link Statements" with both ends marked: the link made, the marks gone, its row in focus. */
function linkMarked(state: ViewState, a: SentenceId, b: SentenceId, action: { id: string; now: string }, view: View): ViewState {
  const c = state.loaded!.comparison;
  if (c.pairs.some((p) => p.a.includes(a) && p.b.includes(b))) return { ...state, linkEnds: NO_LINK_ENDS, status: `${a} and ${b} are linked already: marks cleared` };
  const linked = view(state, { type: 'correct', op: 'link', a, b, id: action.id, now: action.now });
  if (linked.work === state.work) return linked;
  const shown = view({ ...linked, linkEnds: NO_LINK_ENDS }, { type: 'show-sentence', sentence: a });
  return { ...shown, status: `${linked.status}; ${shown.status}` };
}

/** "Link Statements" with one end marked or none: the picker, and what is missing said. */
function pickInstead(state: ViewState, view: View): ViewState {
  const c = state.loaded!.comparison;
  const row = state.visible[state.current];
  const side: Side | null = state.linkEnds.a ? 'a' : state.linkEnds.b ? 'b' : null;
  if (side === null) {
    const how = 'mark a statement on each side (click its number, or M / Shift+M on a row), then Link Statements';
    if (!row) return { ...state, status: `To link two statements, ${how}` };
    const opened = view(state, { type: 'link-picker', from: row.kind === 'only-b' ? { side: 'b', sentence: row.b[0]! } : { side: 'a', sentence: row.a[0]! } });
    return { ...opened, status: `${opened.status}; or ${how}` };
  }
  const marked = state.linkEnds[side]!;
  const from = pickerFrom(row, side, marked);
  const opened = view(state, { type: 'link-picker', from });
  const first = from.preselect ? ` (${marked} first)` : '';
  return { ...opened, status: `Only ${marked} is marked. ${opened.status}${first}, or mark a statement of ${c[otherSide(side)].label} and Link Statements again` };
}

/** Applies an action about the marks. */
export function linkEndsReducer(state: ViewState, action: LinkEndAction, view: View): ViewState {
  const loaded = state.loaded;
  if (!loaded) return state;
  const labels = { a: loaded.comparison.a.label, b: loaded.comparison.b.label };
  switch (action.type) {
    case 'mark-link-end': {
      if (!loaded.comparison[action.side].sentences.some((s) => s.id === action.sentence)) return { ...state, status: `There is no statement ${action.sentence} in this comparison` };
      const unmark = state.linkEnds[action.side] === action.sentence;
      const linkEnds = { ...state.linkEnds, [action.side]: unmark ? null : action.sentence };
      const status = unmark ? `${action.sentence} unmarked${hasLinkEnds(linkEnds) ? `; ${linkEndsWording(linkEnds, labels)}` : ''}` : linkEndsWording(linkEnds, labels);
      return { ...state, linkEnds, status };
    }
    case 'mark-row-end': {
      const row = state.visible[state.current];
      if (!row) return { ...state, status: 'Put a row in focus first: its statement is the one marked' };
      const side = row[action.side].length > 0 ? action.side : otherSide(action.side);
      return linkEndsReducer(state, { type: 'mark-link-end', side, sentence: row[side][0]! }, view);
    }
    case 'clear-link-ends':
      return hasLinkEnds(state.linkEnds) ? { ...state, linkEnds: NO_LINK_ENDS, status: 'Link marks cleared' } : state;
    case 'link-statements': {
      const { a, b } = state.linkEnds;
      return a && b ? linkMarked(state, a, b, action, view) : pickInstead(state, view);
    }
  }
}
