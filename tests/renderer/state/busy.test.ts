/**
 * The wait the busy bar shows (renderer/state/busy.ts, through the view's reducer):
 * a comparison or the PDF export, what ends it, Cancel, and a newer export superseding
 * an older one (issue 15, item 10).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedComparison } from '../../../shared/ipc/contract';
import { busyLabel, cancelTarget, EXPORT_CANCELLED_STATUS, refusal } from '../../../renderer/state/busy';
import { INITIAL_VIEW, viewReducer, type ViewAction, type ViewState } from '../../../renderer/state/view';
import { loadSample } from '../sample';

let sample: LoadedComparison;
beforeAll(async () => { sample = await loadSample(); });
const run = (...actions: ViewAction[]): ViewState => actions.reduce(viewReducer, INITIAL_VIEW);
const loaded = (): ViewAction => ({ type: 'loaded', loaded: sample });

describe('the PDF export’s wait', () => {
  it('names the export while it runs, and ends with the file it saved', () => {
    const s = run(loaded(), { type: 'report-started', export: 1 });
    expect(s.busy).toEqual({ task: 'export-pdf', export: 1, running: [1], cancelling: false });
    expect(busyLabel(s.busy!)).toBe('Exporting PDF…');
    expect(cancelTarget(s.busy!)).toBe('export-pdf');
    expect(s.status).toBe('Exporting the PDF report…');
    const done = viewReducer({ ...s, error: 'an earlier failure', errorOffer: 'export-report-as' }, { type: 'report-ended', export: 1, outcome: { ended: 'saved', path: '/r/call.pdf' } });
    expect(done.busy).toBeNull();
    expect(done.status).toBe('PDF report saved to /r/call.pdf');
    expect(done.error).toBeNull();
  });

  it('says a cancelled export was cancelled, and says nothing when the save dialog was closed', () => {
    const cancelling = run(loaded(), { type: 'report-started', export: 1 }, { type: 'cancel-busy' });
    expect(cancelling.busy).toMatchObject({ task: 'export-pdf', cancelling: true });
    expect(busyLabel(cancelling.busy!)).toBe('Cancelling…');
    const cancelled = viewReducer(cancelling, { type: 'report-ended', export: 1, outcome: { ended: 'cancelled' } });
    expect(cancelled.busy).toBeNull();
    expect(cancelled.status).toBe(EXPORT_CANCELLED_STATUS);
    const closed = run(loaded(), { type: 'report-started', export: 1 }, { type: 'report-ended', export: 1, outcome: { ended: 'cancelled' } });
    expect(closed.busy).toBeNull();
    expect(closed.status).toBe('');
  });

  it('shows a failure in the banner with what it offers, the comparison staying', () => {
    const s = run(loaded(), { type: 'report-started', export: 1 }, { type: 'report-ended', export: 1, outcome: { ended: 'failed', message: '/r/ro.pdf: the file is read-only', offer: 'export-report-as' } });
    expect(s.busy).toBeNull();
    expect(s.error).toBe('/r/ro.pdf: the file is read-only');
    expect(s.errorOffer).toBe('export-report-as');
    expect(s.loaded).toBe(sample);
  });

  it('is the newer export’s when one supersedes another: the older’s end changes nothing but a file it saved or a failure', () => {
    let s = run(loaded(), { type: 'report-started', export: 1 }, { type: 'report-started', export: 2 });
    expect(s.busy).toEqual({ task: 'export-pdf', export: 2, running: [1, 2], cancelling: false });
    s = viewReducer(s, { type: 'report-ended', export: 1, outcome: { ended: 'cancelled' } });
    expect(s.busy).toEqual({ task: 'export-pdf', export: 2, running: [2], cancelling: false });
    expect(s.status).toBe('Exporting the PDF report…');
    s = viewReducer(s, { type: 'report-ended', export: 2, outcome: { ended: 'saved', path: '/r/second.pdf' } });
    expect(s.busy).toBeNull();
    expect(s.status).toBe('PDF report saved to /r/second.pdf');
  });

  it('goes back to the export still printing when the newer one’s save dialog is closed, and says how that one ends', () => {
    let s = run(loaded(), { type: 'report-started', export: 1 }, { type: 'report-started', export: 2 }, { type: 'report-ended', export: 2, outcome: { ended: 'cancelled' } });
    expect(s.busy).toEqual({ task: 'export-pdf', export: 1, running: [1], cancelling: false });
    expect(s.status).toBe('Exporting the PDF report…');
    s = viewReducer(s, { type: 'report-ended', export: 1, outcome: { ended: 'failed', message: '/r/a.pdf: the disk is full' } });
    expect(s.busy).toBeNull();
    expect(s.error).toBe('/r/a.pdf: the disk is full');
  });

  it('shows the failure of an older export that failed on its own while a newer one waits for its file', () => {
    const s = run(loaded(), { type: 'report-started', export: 1 }, { type: 'report-started', export: 2 }, { type: 'report-ended', export: 1, outcome: { ended: 'failed', message: 'late' } });
    expect(s.error).toBe('late');
    expect(s.busy).toMatchObject({ export: 2, running: [2] });
  });
});

describe('a comparison’s wait beside an export’s', () => {
  it('names the comparison, which Cancel stops', () => {
    const s = run(loaded(), { type: 'loading' }, { type: 'cancel-busy' });
    expect(s.busy).toEqual({ task: 'compare', cancelling: true });
    expect(cancelTarget(s.busy!)).toBe('compare');
    expect(viewReducer(s, { type: 'cancelled' }).busy).toBeNull();
  });

  it('is not ended by an export’s end, nor an export’s by a comparison coming', () => {
    const exporting = run(loaded(), { type: 'report-started', export: 1 }, loaded(), { type: 'failed', message: 'autosave failed' }, { type: 'cancelled' });
    expect(exporting.busy).toMatchObject({ task: 'export-pdf', export: 1 });
  });

  it('refuses a comparison while an export runs, and an export while a comparison runs, saying why', () => {
    const exporting = run(loaded(), { type: 'report-started', export: 1 }).busy;
    const comparing = run(loaded(), { type: 'loading' }).busy;
    expect(refusal(exporting, 'compare')).toMatch(/^A PDF export is running: wait for it, or cancel it \(Escape\)/);
    expect(refusal(comparing, 'export-pdf')).toMatch(/^A comparison is on its way/);
    expect([refusal(exporting, 'export-pdf'), refusal(comparing, 'compare'), refusal(null, 'compare'), refusal(null, 'export-pdf')]).toEqual([null, null, null, null]);
  });

  it('changes nothing when Cancel comes with nothing running', () => {
    const s = run(loaded());
    expect(viewReducer(s, { type: 'cancel-busy' })).toBe(s);
  });
});
