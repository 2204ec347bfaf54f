/**
 * What the handlers (handlers.ts) share: their options, the comparer, the documents
 * (comparison-file.ts), the session's shell (session-shell.ts) and the PDF export
 * running; and the wrappers every handler answers through (`fail`, `guarded`).
 */
import type { Result } from '../../shared/ipc/contract';
import type { ExportJobs } from '../report/export-job';
import type { RecentEntry } from '../store/recent-files';
import { JobCancelled } from './compare-job';
import type { ComparisonFiles } from './comparison-file';
import type { SessionShell } from './session-shell';
import type { Comparer } from './worker-comparer';

/** Where the handlers find the app's files, and how they compare. */
export interface HandlerOptions {
  /** The folder holding `samples/<id>/` with a meta.json and two readouts each. */
  assetsDir: string;
  /** Runs a comparison and an article's analysis; Electron passes a worker thread (worker-comparer.ts). Default: in this thread. */
  comparer?: Comparer;
  /** Called once, when the window has painted its first comparison (`shown`): the app warms its compare worker then. */
  onShown?: () => void;
  /** Electron's userData folder, for the autosave and restoring it; without it nothing is autosaved (the CLI, most tests). */
  userData?: string;
  /** The app's version, written into comparison files; default package.json's. */
  appVersion?: string;
  /** Use the samples' comparisons stored ahead (precomputed.ts) when they match; default true. */
  precomputedSamples?: boolean;
  /** The clock (names of kept work); default the system's. */
  now?: () => Date;
  /** Autosave's quiet time after a change, in ms; default 1,000. */
  autosaveDelayMs?: number;
  /** Something to tell the user with the first comparison shown (settings that could not be read). */
  startNotice?: string | null;
  /** Told of every comparison file or readout pair the user opened (or saved to) with success: File > Open Recent. */
  onOpened?: (entry: RecentEntry) => void;
  /** Reads the clipboard (Electron's `clipboard`; the browser tests give theirs); without it nothing can be pasted. */
  readClipboard?: () => Promise<{ html: string; text: string }>;
}

/** What every handler works with. */
export interface HandlerContext {
  options: HandlerOptions;
  /** `<assetsDir>/samples`. */
  samplesDir: string;
  comparer: Comparer;
  /** The comparison on screen and the analyst's work on it, kept so that an article can be analysed against it and the work saved with it. */
  files: ComparisonFiles;
  session: SessionShell;
  /** The PDF export running, which a newer one supersedes and Cancel stops (export-job.ts). */
  reports: ExportJobs;
}

/** A refusal or failure as a `Result`. */
export const fail = <T>(code: Extract<Result<T>, { ok: false }>['error']['code'], message: string): Result<T> => ({ ok: false, error: { code, message } });

/** `work`'s answer; a cancelled job answers `cancelled`, anything thrown `internal`. */
export async function guarded<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof JobCancelled) return fail('cancelled', e.message);
    return fail('internal', e instanceof Error ? e.message : String(e));
  }
}
