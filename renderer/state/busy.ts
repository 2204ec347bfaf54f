/**
 * What main is doing while the window waits (issue 15, item 10), as the busy bar names it
 * with its Cancel button (renderer/components/BusyBar.tsx), part of the view's state
 * (state/view.ts). Pure: tested without a DOM.
 *
 *   idle ──loading──▶ compare ──loaded / failed / cancelled──▶ idle
 *   idle ──report-started n──▶ export-pdf n [n] ──report-ended n──▶ idle (saved, failed, or cancelled)
 *   export-pdf n [.., n] ──report-started m──▶ export-pdf m [.., n, m]
 *   export-pdf m [n, m] ──report-ended n──▶ export-pdf m [m]   (main replaced n once m's file was chosen)
 *   export-pdf m [n, m] ──report-ended m──▶ export-pdf n [n]   (m ended before replacing n: its save
 *                                                               dialog closed; n still prints)
 *   compare / export-pdf ──cancel-busy──▶ the same, cancelling (main is told; its answer ends it)
 *
 * Main replaces a running export only when the newer one's file is chosen, so the exports
 * started and not yet answered (`running`) are all followed: the bar stays while any runs.
 * A comparison and an export do not overlap: each is refused while the other runs
 * (`refusal`), on every path (menu, keys, drop, paste), so the end of one never ends the
 * wait for the other.
 */
import type { CancelTarget } from '../../shared/ipc/contract';
import { printable } from '../../shared/text/printable';
import type { ErrorOffer, ViewState } from './view';

/** What runs in main while the window waits; `cancelling` once the analyst asked to stop it. */
export type Busy =
  /** A comparison on its way to the screen (the latest request). */
  | { task: 'compare'; cancelling: boolean }
  /**
   * The PDF report being exported: `export` numbers the latest among the window's exports, which the bar
   * names; `running` holds every export started and not yet answered (the latest last).
   */
  | { task: 'export-pdf'; export: number; running: readonly number[]; cancelling: boolean };

/** How an export ended. */
export type ReportOutcome =
  | { ended: 'saved'; path: string }
  | { ended: 'cancelled' }
  | { ended: 'failed'; message: string; offer?: ErrorOffer };

export type BusyAction =
  /** Export `export` began (the options chosen, the save dialog next). */
  | { type: 'report-started'; export: number }
  /** Export `export` answered. */
  | { type: 'report-ended'; export: number; outcome: ReportOutcome }
  /** The analyst asked to stop what runs (Escape, the Cancel button). */
  | { type: 'cancel-busy' };

/** What Cancel stops in main for this wait. */
export const cancelTarget = (busy: Busy): CancelTarget => busy.task;

/** The busy bar's words for a wait. */
export function busyLabel(busy: Busy): string {
  if (busy.cancelling) return 'Cancelling…';
  return busy.task === 'compare' ? 'Comparing…' : 'Exporting PDF…';
}

/** Said while an export is being made. */
export const EXPORTING_STATUS = 'Exporting the PDF report…';

/** Why `wanted` cannot start now (the other kind of work runs), or null when it can. */
export function refusal(busy: Busy | null, wanted: Busy['task']): string | null {
  if (busy === null || busy.task === wanted) return null;
  return wanted === 'compare'
    ? 'A PDF export is running: wait for it, or cancel it (Escape), before opening another comparison'
    : 'A comparison is on its way: wait for it, or cancel it (Escape), before exporting';
}

/** What a comparison's answer leaves: an export still running stays. */
export const afterCompare = (busy: Busy | null): Busy | null => (busy?.task === 'compare' ? null : busy);

/** Said when the analyst cancelled an export. */
export const EXPORT_CANCELLED_STATUS = 'PDF export cancelled: nothing was written.';

/** What an export's answer says, whichever export it was. */
function said(state: ViewState, outcome: ReportOutcome, cancelledByUser: boolean): ViewState {
  switch (outcome.ended) {
    case 'saved': return { ...state, status: printable(`PDF report saved to ${outcome.path}`), error: null, errorOffer: null };
    // Closing the save dialog (or being replaced by a newer export) is no news; a Cancel is said.
    case 'cancelled': return { ...state, status: cancelledByUser ? EXPORT_CANCELLED_STATUS : state.status === EXPORTING_STATUS ? '' : state.status };
    case 'failed': return { ...state, status: '', error: printable(outcome.message), errorOffer: outcome.offer ?? null };
  }
}

function reportEnded(state: ViewState, action: Extract<BusyAction, { type: 'report-ended' }>): ViewState {
  const busy = state.busy;
  if (busy?.task !== 'export-pdf' || !busy.running.includes(action.export)) return said(state, action.outcome, false);
  const running = busy.running.filter((n) => n !== action.export);
  const latest = busy.export === action.export;
  // An earlier export still printing keeps the bar (the latest ended before replacing it: its dialog was closed).
  const next: Busy | null = running.length === 0 ? null
    : latest ? { task: 'export-pdf', export: running[running.length - 1]!, running, cancelling: false }
    : { ...busy, running };
  const ended = said({ ...state, busy: next }, action.outcome, latest && busy.cancelling);
  return next !== null && ended.status === '' ? { ...ended, status: EXPORTING_STATUS } : ended;
}

/** Applies a busy action. */
export function busyReducer(state: ViewState, action: BusyAction): ViewState {
  switch (action.type) {
    case 'report-started':
      return {
        ...state, status: EXPORTING_STATUS,
        busy: { task: 'export-pdf', export: action.export, running: [...(state.busy?.task === 'export-pdf' ? state.busy.running : []), action.export], cancelling: false },
      };
    case 'report-ended':
      return reportEnded(state, action);
    case 'cancel-busy':
      return state.busy === null || state.busy.cancelling ? state : { ...state, busy: { ...state.busy, cancelling: true } };
  }
}
