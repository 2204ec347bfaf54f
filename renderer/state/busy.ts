/**
 * What main is doing while the window waits (issue 15, item 10), as the busy bar names it
 * with its Cancel button (renderer/components/BusyBar.tsx), part of the view's state
 * (state/view.ts). Pure: tested without a DOM.
 *
 *   idle ──loading──▶ compare ──loaded / failed / cancelled──▶ idle
 *   idle ──report-started n──▶ export-pdf n ──report-ended n──▶ idle (saved, failed, or cancelled)
 *   export-pdf n ──report-started n+1──▶ export-pdf n+1   (main supersedes n; n's end changes nothing)
 *   compare / export-pdf ──cancel-busy──▶ the same, cancelling (main is told; its answer ends it)
 *
 * A comparison and an export are told apart, so the end of one never ends the wait for the other.
 */
import type { CancelTarget } from '../../shared/ipc/contract';
import { printable } from '../../shared/text/printable';
import type { ErrorOffer, ViewState } from './view';

/** What runs in main while the window waits; `cancelling` once the analyst asked to stop it. */
export type Busy =
  /** A comparison on its way to the screen (the latest request). */
  | { task: 'compare'; cancelling: boolean }
  /** The PDF report being exported: `export` numbers it among the window's exports (the latest wins). */
  | { task: 'export-pdf'; export: number; cancelling: boolean };

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

/** What a comparison's answer leaves: an export still running stays. */
export const afterCompare = (busy: Busy | null): Busy | null => (busy?.task === 'compare' ? null : busy);

/** Said when the analyst cancelled an export. */
export const EXPORT_CANCELLED_STATUS = 'PDF export cancelled: nothing was written.';

function reportEnded(state: ViewState, action: Extract<BusyAction, { type: 'report-ended' }>): ViewState {
  const busy = state.busy;
  const latest = busy?.task === 'export-pdf' && busy.export === action.export;
  const { outcome } = action;
  // An older export's end (main superseded it): only a file it wrote in time is said.
  if (!latest) return outcome.ended === 'saved' ? { ...state, status: printable(`PDF report saved to ${outcome.path}`) } : state;
  const idle = { ...state, busy: null };
  switch (outcome.ended) {
    case 'saved': return { ...idle, status: printable(`PDF report saved to ${outcome.path}`), error: null, errorOffer: null };
    // Closing the save dialog is no news; a Cancel is said.
    case 'cancelled': return { ...idle, status: busy.cancelling ? EXPORT_CANCELLED_STATUS : '' };
    case 'failed': return { ...idle, status: '', error: printable(outcome.message), errorOffer: outcome.offer ?? null };
  }
}

/** Applies a busy action. */
export function busyReducer(state: ViewState, action: BusyAction): ViewState {
  switch (action.type) {
    case 'report-started':
      return { ...state, busy: { task: 'export-pdf', export: action.export, cancelling: false }, status: 'Exporting the PDF report…' };
    case 'report-ended':
      return reportEnded(state, action);
    case 'cancel-busy':
      return state.busy === null || state.busy.cancelling ? state : { ...state, busy: { ...state.busy, cancelling: true } };
  }
}
