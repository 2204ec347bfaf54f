/**
 * The app's PDF exports as jobs (issue 15, item 10): one runs at a time; a newer export
 * supersedes the one still running as soon as it is asked, and Escape or the Cancel
 * button cancels it. A cancelled export answers at once, whatever its printer is doing
 * (`abortable`): the printer is told through the job's signal and stopped by its owner
 * (Electron's hidden window is destroyed, report-window.ts; the browser's page closed,
 * pdf.ts), its late answer dropped; the write (atomic-write.ts) removes its temporary
 * file, and nothing reaches the target. Pure Node: no Electron here.
 */
import { cancellation, JobCancelled } from '../app/compare-job';

/** Why an export gave no file: it was cancelled, or a later one replaced it. */
export const EXPORT_CANCELLED = 'The PDF export was cancelled; nothing was written.';
export const EXPORT_SUPERSEDED = 'A later PDF export replaced this one; nothing was written.';

/**
 * Settles as `work` does, or rejects with the signal's cancellation (`JobCancelled`) as
 * soon as it aborts, without waiting for `work`, whose answer is then dropped.
 */
export function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(cancellation(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancellation(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** One export, from its start to its end. */
export interface ExportJob {
  /** Aborts when the export is cancelled or superseded (its reason a `JobCancelled`). */
  signal: AbortSignal;
  /** The export ended (written, failed or cancelled): it is no longer the one running. */
  end(): void;
}

/** The exports of one app. */
export interface ExportJobs {
  /** Begins an export; the one running, if any, is superseded. */
  begin(): ExportJob;
  /** Cancels the export running; whether there was one. */
  cancel(): boolean;
  /** Whether an export is running. */
  running(): boolean;
}

export function exportJobs(): ExportJobs {
  let current: AbortController | null = null;
  const stop = (message: string): boolean => {
    const running = current;
    current = null;
    running?.abort(new JobCancelled(message));
    return running !== null;
  };
  return {
    begin: () => {
      stop(EXPORT_SUPERSEDED);
      const controller = new AbortController();
      current = controller;
      return {
        signal: controller.signal,
        end: () => {
          if (current === controller) current = null;
        },
      };
    },
    cancel: () => stop(EXPORT_CANCELLED),
    running: () => current !== null,
  };
}
