/**
 * What the app's main process does for the renderer, without Electron: list and
 * open the embedded samples (with their article, when they have one), compare two
 * files, analyse an article against the comparison on screen, and save, open,
 * autosave, restore and export the comparison with the analyst's work
 * (comparison-file.ts; Electron passes the dialogs in). Electron's main process calls these
 * through IPC (electron/ipc.ts); the end-to-end tests call the very same functions
 * through a test transport. Every answer is a `Result`: nothing throws across.
 * The work itself is in the modules the context (handler-context.ts) is passed to;
 * the session's state is in session.ts and request-work.ts, held by session-shell.ts.
 */
import { join, resolve } from 'node:path';
import type { ExportFormat } from '../../shared/annotations/export';
import type { AboutInfo, CancelTarget, EditsRequest, ImportedFile, ImportTarget, LoadedComparison, Result, SampleInfo, SavedComparison, SaveMode } from '../../shared/ipc/contract';
import type { ReportOptions } from '../../shared/report/options';
import { version } from '../../package.json';
import { loadResources } from '../resources';
import type { PrintHtml } from '../report/export';
import { exportJobs } from '../report/export-job';
import type { RecentEntry } from '../store/recent-files';
import { readAbout } from './about';
import { cancellation, runCompareJob } from './compare-job';
import { compareFiles } from './compare-sources';
import { createComparisonFiles, type AskPath } from './comparison-file';
import { exportReport } from './export-report';
import { fail, guarded, type HandlerContext, type HandlerOptions } from './handler-context';
import { compareImported, importSource, openArticle, pasteSource } from './import-source';
import { createSessionShell } from './session-shell';
import { listSamples, openSample, pendingArticle, startAnswer } from './start';
import type { Comparer } from './worker-comparer';

export type { HandlerOptions } from './handler-context';
export { warningsNotices } from './notices';
export { DEFAULT_SAMPLE } from './start';

/** The handlers the renderer's API is served by. */
export interface MainHandlers {
  listSamples(): Promise<Result<SampleInfo[]>>;
  openSample(id: string): Promise<Result<LoadedComparison>>;
  compareFiles(a: string, b: string): Promise<Result<LoadedComparison>>;
  /**
   * Analyses the article at `path` against the comparison loaded last (its readouts
   * are kept here, not re-read); `no-comparison` when none is loaded.
   */
  openArticle(path: string): Promise<Result<LoadedComparison>>;
  /**
   * A file's bytes (dropped on the window, or the clipboard) as readout A or B, compared
   * with the other readout on screen (its article analysed again), or as the article of
   * the comparison on screen. Main reads no path for it: the renderer sends the bytes.
   */
  importSource(target: ImportTarget, file: ImportedFile): Promise<Result<LoadedComparison>>;
  /** What the clipboard holds (read by main: `readClipboard`) as readout A or B, or the article, as `importSource` takes a file. */
  pasteSource(target: ImportTarget): Promise<Result<LoadedComparison>>;
  /** Two files' bytes (dropped together), compared: `a` on the left. */
  compareImported(a: ImportedFile, b: ImportedFile): Promise<Result<LoadedComparison>>;
  /** Whether a comparison is loaded, so an article can be opened against it. */
  hasComparison(): boolean;
  /**
   * The comparison shown at start, prefetched if `prefetchInitial` ran: the one last on
   * screen, restored from the autosave with its work, or else the embedded sample.
   */
  initial(): Promise<Result<LoadedComparison>>;
  /**
   * The comparison shown with `articlePending`, with its article once analysed; null when it is no longer on screen.
   * The analysis starts when this is first asked (or at `shown`), not with the comparison: the renderer asks once the
   * rows are painted, so the analysis does not compete with the first frame for the processor.
   */
  pendingArticle(document: number): Promise<Result<LoadedComparison | null>>;
  /**
   * The window has painted the comparison shown at start (or said why it could not): what the start put off so as
   * not to compete with that frame for the processor may begin, namely `HandlerOptions.onShown` (the app warms its
   * compare worker) and the start's article analysis. Later calls do nothing.
   */
  shown(): void;
  /**
   * Starts the comparison shown at start ahead of the renderer's request (used once);
   * with `file`, a comparison file the app was launched to open: it is shown instead
   * (after the last comparison's unsaved work is kept aside), or, when it cannot be
   * opened, the usual comparison with a notice saying why.
   */
  prefetchInitial(file?: string): void;
  /**
   * A comparison file the system asks to open (double-clicked, a second launch):
   * before the renderer has asked for `initial()`, it becomes the comparison shown
   * at start and this answers null; after, it is opened now and its answer is for
   * main to send to the window.
   */
  openFromSystem(path: string): Promise<Result<LoadedComparison>> | null;
  /** Saves the comparison on screen with the analyst's work; `ask` is asked for a path when one is needed. */
  saveComparison(request: EditsRequest & { mode: SaveMode }, ask: AskPath): Promise<Result<SavedComparison>>;
  /** Asks for a comparison file and opens it. */
  openComparison(ask: AskPath): Promise<Result<LoadedComparison>>;
  /** Opens the comparison file at `path` (File > Open Comparison…, a file the system opens with the app). */
  openComparisonFile(path: string): Promise<Result<LoadedComparison>>;
  /** Opens the backup the last failed open offered; it belongs to no file until saved. */
  openComparisonBackup(): Promise<Result<LoadedComparison>>;
  /** The analyst's latest work on the comparison on screen: autosaved a moment later. */
  autosave(request: EditsRequest): Promise<Result<null>>;
  /** Asks where to export the annotations and writes them there. */
  exportAnnotations(request: EditsRequest & { format: ExportFormat }, ask: AskPath): Promise<Result<{ path: string }>>;
  /**
   * Asks where to save the report of the comparison on screen (with the analyst's latest work)
   * and prints it there with `print` (Electron's hidden window; Chromium's printer in the tests).
   */
  exportReport(request: EditsRequest & { options: ReportOptions }, ask: AskPath, print: PrintHtml): Promise<Result<{ path: string }>>;
  /**
   * Cancels what runs (Escape, the Cancel button): the comparison requested last, the PDF
   * export, or (`what` not given) both. It answers `cancelled`; the comparison on screen
   * stays; a cancelled export writes nothing (export-job.ts).
   */
  cancel(what?: CancelTarget): void;
  /** Help > About: version, licence, third-party notices and the samples' provenance (about.ts). */
  about(): Promise<Result<AboutInfo>>;
  /** Writes the pending autosave now (before quitting). */
  flush(): Promise<void>;
  /** Whether an autosave is waiting or being written. */
  autosavePending(): boolean;
}

/** What the handlers work with, for an assets folder. */
function handlerContext(options: HandlerOptions): HandlerContext {
  // In this thread a comparison cannot be interrupted: a cancelled one is not started (the CLI's Ctrl+C ends the process).
  const comparer: Comparer = options.comparer ?? (async (a, b, job = {}) => {
    if (job.signal?.aborted) throw cancellation(job.signal);
    return runCompareJob(a, b, job, loadResources());
  });
  const files = createComparisonFiles({
    comparer, userData: options.userData, appVersion: options.appVersion ?? version, now: options.now, autosaveDelayMs: options.autosaveDelayMs,
  });
  return { options, samplesDir: join(options.assetsDir, 'samples'), comparer, files, session: createSessionShell(options.startNotice ?? null), reports: exportJobs() };
}

/** `result`, after telling `onOpened` of `entry` when it succeeded. */
function opened<T>(options: HandlerOptions, result: Result<T>, entry: RecentEntry): Result<T> {
  if (result.ok) options.onOpened?.(entry);
  return result;
}

const comparisonAt = (path: string): RecentEntry => ({ kind: 'comparison', path: resolve(path) });

/**
 * Builds the handlers for an assets folder: each carries a request to the module that
 * does it (start.ts, compare-sources.ts, import-source.ts, export-report.ts,
 * comparison-file.ts) over one shared context.
 */
export function createHandlers(options: HandlerOptions): MainHandlers {
  const ctx = handlerContext(options);
  const { files, session } = ctx;
  return {
    listSamples: () => listSamples(ctx),
    openSample: (id) => openSample(ctx, id),
    pendingArticle: (document) => pendingArticle(ctx, document),
    shown: () => {
      if (!session.markShown()) return;
      options.onShown?.();
      session.startArticle();
    },
    compareFiles: async (a, b) => opened(options, await compareFiles(ctx, { a, b }), { kind: 'pair', a: resolve(a), b: resolve(b) }),
    importSource: (target, file) => importSource(ctx, target, file),
    pasteSource: (target) => pasteSource(ctx, target),
    compareImported: (a, b) => compareImported(ctx, a, b),
    openArticle: (path) => openArticle(ctx, path),
    hasComparison: () => files.current() !== null,
    // The first call starts the comparison shown at start; main calls it as the window opens,
    // so it runs while the page loads, and the renderer's request gets the same answer.
    // A later call (the page reloaded after a crash) answers the comparison on screen with the work main
    // holds, recomputed; only without one is the start repeated.
    initial: () => startAnswer(ctx, session.step({ type: 'initial', onScreen: files.current() !== null }))!,
    prefetchInitial: (file) => void startAnswer(ctx, session.step({ type: 'prefetch', file })),
    openFromSystem: (path) => startAnswer(ctx, session.step({ type: 'system-open', path })),
    saveComparison: async (request, ask) => {
      const saved = await files.save(request, ask);
      return saved.ok ? opened(options, saved, comparisonAt(saved.value.path)) : saved;
    },
    openComparison: (ask) => guarded(async () => {
      const path = await ask({ purpose: 'open' });
      if (path === null) return fail('cancelled', 'No comparison file was chosen.');
      return opened(options, await files.openFile(path, session.begin()), comparisonAt(path));
    }),
    openComparisonFile: (path) => guarded(async () => opened(options, await files.openFile(path, session.begin()), comparisonAt(path))),
    openComparisonBackup: () => guarded(async () => {
      const backup = files.offeredBackup();
      if (backup === null) return fail('not-found', 'No backup is on offer: open the comparison file again to see what is wrong with it.');
      return files.openFile(backup, session.begin(), false);
    }),
    autosave: (request) => files.autosave(request),
    exportAnnotations: (request, ask) => files.exportAnnotations(request, ask),
    exportReport: (request, ask, print) => exportReport(ctx, request, ask, print),
    cancel: (what) => {
      if (what !== 'export-pdf') session.cancelLatest();
      if (what !== 'compare') ctx.reports.cancel();
    },
    about: () => readAbout(options.assetsDir, options.appVersion ?? version),
    flush: () => files.flush(),
    autosavePending: () => files.pending(),
  };
}
