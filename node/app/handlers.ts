/**
 * What the app's main process does for the renderer, without Electron: list and
 * open the embedded samples (with their article, when they have one), compare two
 * files, analyse an article against the comparison on screen, and save, open,
 * autosave, restore and export the comparison with the analyst's work
 * (comparison-file.ts; Electron passes the dialogs in). Electron's main process calls these
 * through IPC (electron/ipc.ts); the end-to-end tests call the very same functions
 * through a test transport. Every answer is a `Result`: nothing throws across.
 */
import { readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { ExportFormat } from '../../shared/annotations/export';
import { applyCorrections } from '../../shared/corrections/apply';
import { isImportable, unsupportedMessage } from '../../shared/file/formats';
import { clipboardFile } from '../../shared/view/drop';
import type { AboutInfo, CancelTarget, EditsRequest, ImportedFile, ImportTarget, LoadedComparison, Result, SampleInfo, SavedComparison, SaveMode, SourceOrigin } from '../../shared/ipc/contract';
import { version } from '../../package.json';
import { loadMetaFile, type MetaFile } from '../meta';
import { loadResources } from '../resources';
import { loadClaimsFile, type ClaimsFileErrorCode } from '../claims-file';
import type { ClaimsFile } from '../../shared/article/claims-schema';
import { languageMismatch } from '../../shared/text/detect-language';
import { loadSourceBytes, loadSourceDoc, type SourceDocResult } from '../source-doc';
import { sameFile } from '../same-file';
import type { InputRole } from '../read-text';
import { comparisonRepeats, identicalTextNote, sameFileMessage } from '../../shared/text/input-notes';
import type { Comparison } from '../../shared/compare/compare';
import type { RecentEntry } from '../store/recent-files';
import { withManualLinks } from '../../shared/article/links';
import type { ReportOptions } from '../../shared/report/options';
import { writeReport, type PrintHtml } from '../report/export';
import { exportJobs, type ExportJob } from '../report/export-job';
import { readAbout } from './about';
import { cancellation, JobCancelled, runCompareJob } from './compare-job';
import { readPrecomputed } from './precomputed';
import { createComparisonFiles, savePath, writeError, type AskPath, type DocumentSources, type Ticket } from './comparison-file';
import { currentRequest, initialSession, mayShow, sessionStep, type SessionEffect, type SessionEvent } from './session';
import type { Comparer } from './worker-comparer';

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

/** The sample shown at first start: the 18 March 2025 Trump–Putin call. */
export const DEFAULT_SAMPLE = '2025-03-18-trump-putin';

const fail = <T>(code: Extract<Result<T>, { ok: false }>['error']['code'], message: string): Result<T> => ({ ok: false, error: { code, message } });

/** The contract's code for a claims-file problem (its own JSON and schema problems are the file's content). */
function claimsErrorCode(code: ClaimsFileErrorCode): Extract<Result<unknown>, { ok: false }>['error']['code'] {
  return code === 'claims-json' || code === 'claims-schema' ? 'claims-invalid' : code;
}

/** A loaded source: its document and how it was read. */
type Loaded = Extract<SourceDocResult, { ok: true }>;
/** Loads a source when called (a file on disk, bytes, or the one on screen). */
type Load = () => Promise<SourceDocResult>;

/** The event and date a meta.json records for its pair (none when it cannot be read again). */
async function pairAbout(metaFile: string): Promise<Pick<DocumentSources, 'event' | 'date'>> {
  const loaded = await loadMetaFile(metaFile);
  return loaded.ok ? { event: loaded.metaFile.event ?? null, date: loaded.metaFile.date ?? null } : { event: null, date: null };
}

/** Bytes from the renderer, imported by their name's format (checked with `isImportable` first). */
function bytesLoader(file: ImportedFile, role: InputRole = 'readout'): Load {
  return () => loadSourceBytes(file.bytes, file.name, role);
}

/** The first of `files` in a format the importers do not read, refused; null when all are. */
function unsupported(...files: ImportedFile[]): Result<never> | null {
  const bad = files.find((f) => !isImportable(f.name));
  return bad ? fail('unsupported', unsupportedMessage(bad.name)) : null;
}

/** A source already loaded (the other readout on screen), as a loader. */
function onScreen(doc: Loaded['doc']): Load {
  return async () => ({ ok: true, doc, metaFile: null, format: 'text', encoding: null, warnings: [] });
}

/** The warnings of loaded sources, as one notice (null without any). */
export function warningsNotice(...loaded: Array<Loaded | null>): string | null {
  const warnings = loaded.flatMap((l) => l?.warnings ?? []);
  return warnings.length === 0 ? null : warnings.map((w) => (/[.!?]$/.test(w) ? w : `${w}.`)).join(' ');
}

/** What is worth saying about two readouts compared: the same text on both sides (identical copies), a readout that repeats a passage. */
function comparisonNotice(a: Loaded['doc'], b: Loaded['doc'], comparison: Comparison): string | null {
  const identical = a.text === b.text ? `${identicalTextNote(a.file, b.file)}.` : null;
  return joinNotices(identical, ...comparisonRepeats(comparison));
}

/** Notices joined into one, null without any. */
function joinNotices(...notices: Array<string | null>): string | null {
  const said = notices.filter((n): n is string => n !== null);
  return said.length === 0 ? null : said.join(' ');
}

/** `result` with `extra` added to its notice. */
function noticed(result: Result<LoadedComparison>, extra: string | null): Result<LoadedComparison> {
  if (!result.ok || extra === null) return result;
  return { ok: true, value: { ...result.value, notice: result.value.notice ? `${result.value.notice} ${extra}` : extra } };
}

/** How a source was read, for the UI (none for a source kept from the screen). */
function originOf(l: Loaded, fresh: boolean): SourceOrigin | undefined {
  return fresh ? { format: l.format, encoding: l.encoding } : undefined;
}

/** Two readout files to compare (`compareFiles`), and what else comes with them. */
interface CompareFilesRequest {
  a: string;
  b: string;
  /** The event and date they are about, and the sample they are (default: none). */
  about?: Pick<DocumentSources, 'event' | 'date' | 'sample'>;
  /** The article's file, analysed against them. */
  article?: string;
  /** Answer the comparison first and analyse the article next (`pendingArticle`). */
  deferArticle?: boolean;
  /** A sample's folder, where its comparison may be stored ahead (precomputed.ts). */
  precomputed?: string;
}

/** Builds the handlers for an assets folder. */
export function createHandlers(options: HandlerOptions): MainHandlers {
  const samplesDir = join(options.assetsDir, 'samples');

  const readSampleMeta = async (id: string): Promise<MetaFile | null> => {
    const loaded = await loadMetaFile(join(samplesDir, id, 'meta.json'));
    return loaded.ok ? loaded.metaFile : null;
  };

  // In this thread a comparison cannot be interrupted: a cancelled one is not started (the CLI's Ctrl+C ends the process).
  const comparer: Comparer = options.comparer ?? (async (a, b, job = {}) => {
    if (job.signal?.aborted) throw cancellation(job.signal);
    return runCompareJob(a, b, job, loadResources());
  });
  // The comparison on screen and the analyst's work on it, kept so that an article can be analysed
  // against it and the work saved with it.
  const files = createComparisonFiles({
    comparer, userData: options.userData, appVersion: options.appVersion ?? version, now: options.now, autosaveDelayMs: options.autosaveDelayMs,
  });

  // The session's state (session.ts): requests numbered (the latest wins), the start, the article
  // analysed after its comparison, a readout held for its language. `step` moves it; the answers
  // it names are kept in `answers`.
  let session = initialSession<Loaded>(options.startNotice ?? null);
  const answers: { start?: Promise<Result<LoadedComparison>>; article?: Promise<Result<LoadedComparison | null>> } = {};
  /** The start's article analysis, not started yet (`startArticle` starts it); whether the window was shown. */
  const later: { article?: () => Promise<Result<LoadedComparison | null>>; shown: boolean } = { shown: false };
  /** Starts the deferred article analysis, if one waits: its answer becomes `answers.article`. */
  const startArticle = (): void => {
    const job = later.article;
    later.article = undefined;
    if (job) answers.article = job();
  };
  const step = (event: SessionEvent<Loaded>): Array<SessionEffect<Loaded>> => {
    const next = sessionStep(session, event);
    session = next.state;
    return next.effects;
  };

  // The PDF export running, which a newer one supersedes and Cancel stops (export-job.ts).
  const reports = exportJobs();

  // What cancels the work of each request not yet superseded (the latest, and any still finishing).
  const controllers = new Map<number, AbortController>();
  /** Cancels the work of every request numbered below `request`. */
  const supersede = (request: number): void => {
    for (const [n, controller] of controllers) {
      if (n >= request) continue;
      controller.abort(new JobCancelled('A later request replaced this one.'));
      controllers.delete(n);
    }
  };

  /** Begins a request that may change the comparison on screen; its ticket then says, once the work is done, whether it still may. */
  const beginRequest = (): Ticket & { signal: AbortSignal } => {
    for (const effect of step({ type: 'begin' })) if (effect.type === 'supersede') supersede(effect.request);
    const request = currentRequest(session);
    const controller = new AbortController();
    controllers.set(request, controller);
    return { mayShow: () => mayShow(session, request), signal: controller.signal };
  };

  const guarded = async (work: () => Promise<Result<LoadedComparison>>): Promise<Result<LoadedComparison>> => {
    try {
      return await work();
    } catch (e) {
      if (e instanceof JobCancelled) return fail('cancelled', e.message);
      return fail('internal', e instanceof Error ? e.message : String(e));
    }
  };

  /**
   * Loads the readouts (and the article, if any) and compares them; the article's file is
   * named when it is bad. With `deferArticle`, the comparison is answered first, marked
   * `articlePending`, and the article is analysed next in the same worker: the rows paint
   * without waiting for it (`pendingArticle`).
   */
  const compareFiles = async (request: CompareFilesRequest): Promise<Result<LoadedComparison>> => {
    const same = await sameFile(request.a, request.b);
    if (same !== null) return fail('refused', `${sameFileMessage(request.a, request.b, same)}.`);
    return compareSources(() => loadSourceDoc(request.a), () => loadSourceDoc(request.b), request.about ?? { event: null, date: null }, {
      article: request.article === undefined ? undefined : () => loadSourceDoc(request.article!, { role: 'article' }), deferArticle: request.deferArticle, precomputed: request.precomputed,
    });
  };

  /**
   * `compareFiles` over loaders. `article`: the article's loader (none: no article), with its curated
   * `claims`; `fresh`: which readouts were read now (their format and warnings are shown; default both).
   */
  const compareSources = (loadA: Load, loadB: Load, about: Pick<DocumentSources, 'event' | 'date' | 'sample'>, more: {
    article?: Load; claims?: ClaimsFile | null; deferArticle?: boolean; fresh?: { a: boolean; b: boolean };
    /** A sample's folder, where its comparison may be stored ahead (precomputed.ts). */
    precomputed?: string;
  } = {}) => guarded(async () => {
    const { article: loadArticle, claims = null, deferArticle = false, fresh = { a: true, b: true } } = more;
    const latest = beginRequest();
    const a = await loadA();
    if (!a.ok) return { ok: false, error: a.error };
    const b = await loadB();
    if (!b.ok) return { ok: false, error: b.error };
    // Two readouts one meta.json describes: its event and date name the comparison, as a sample's do.
    if (about.event === null && about.date === null && a.metaFile !== null && a.metaFile === b.metaFile) about = { ...about, ...await pairAbout(a.metaFile) };
    // Two languages: an alignment would be meaningless, so say so instead.
    const mismatch = languageMismatch({ file: basename(a.doc.file), language: a.doc.meta.language }, { file: basename(b.doc.file), language: b.doc.meta.language });
    if (mismatch) return fail('languages', `${mismatch}.`);
    const article = loadArticle === undefined ? null : await loadArticle();
    if (article && !article.ok) return { ok: false, error: article.error };
    const defer = deferArticle && article !== null;
    // A sample's comparison stored ahead: no need to wait for the worker unless an article is analysed now.
    const known = more.precomputed === undefined ? null : await readPrecomputed(more.precomputed, a.doc, b.doc);
    const compared = known && (defer || article === null)
      ? { comparison: known, article: null }
      : await comparer(a.doc, b.doc, { article: defer ? null : article?.doc ?? null, claims, comparison: known, signal: latest.signal });
    if (!latest.mayShow()) return fail('cancelled', 'A later request replaced this one.');
    const origins = { a: originOf(a, fresh.a), b: originOf(b, fresh.b) };
    const sources: DocumentSources = { ...about, a: a.doc, b: b.doc, comparison: compared.comparison, article: article ? { doc: article.doc, claims } : null, origins };
    const shown = noticed(await files.adopt(sources, compared.article, { how: 'new' }), joinNotices(warningsNotice(fresh.a ? a : null, fresh.b ? b : null, article), comparisonNotice(a.doc, b.doc, compared.comparison)));
    if (!defer || !shown.ok || !article) return shown;
    const document = shown.value.document;
    const articleSources = sources.article;
    step({ type: 'defer-article', document });
    // Started when the renderer first asks for it (its rows painted) or says the window is shown: not now.
    later.article = async (): Promise<Result<LoadedComparison | null>> => {
        try {
          const analysed = await comparer(a.doc, b.doc, { article: article.doc, comparison: compared.comparison, signal: latest.signal });
          // Only for the comparison it was analysed against, if that is still on screen.
          if (files.currentDocument() !== document) return { ok: true, value: null };
          return { ok: true, value: files.setArticle(articleSources, analysed.article) };
        } catch (e) {
          // superseded: another comparison is on screen, so there is nothing to show
          if (e instanceof JobCancelled) return { ok: true, value: null };
          return fail('internal', e instanceof Error ? e.message : String(e));
        }
      };
    return { ok: true, value: { ...shown.value, articlePending: true } };
  });

  const openArticle = (path: string) => analyseArticle(path, () => loadSourceDoc(path, { role: 'article' }));

  /** Analyses the article `load` gives (`name`: its file, or a curated claims file by its .json) against the comparison on screen. */
  const analyseArticle = (path: string, load: Load) => guarded(async () => {
    const on = files.current();
    if (!on) return fail('no-comparison', 'Open a sample or compare two readouts before opening an article.');
    // A curated claims file (JSON) carries or names its article; anything else is the article itself.
    let article: NonNullable<DocumentSources['article']>;
    let warnings: string | null = null;
    if (/\.json$/iu.test(path)) {
      const curated = await loadClaimsFile(path);
      if (!curated.ok) return { ok: false, error: { code: claimsErrorCode(curated.error.code), message: curated.error.message } };
      article = { doc: curated.article, claims: curated.claims };
    } else {
      const read = await load();
      if (!read.ok) return { ok: false, error: read.error };
      article = { doc: read.doc, claims: null };
      warnings = warningsNotice(read);
    }
    const compared = await comparer(on.a, on.b, { article: article.doc, claims: article.claims, claimsFile: path, comparison: on.comparison });
    // The comparison on screen may have changed meanwhile: the article is for the one it was analysed against.
    if (files.current() !== on) return fail('cancelled', 'Another comparison was opened meanwhile.');
    const loaded = files.setArticle(article, compared.article);
    return loaded ? noticed({ ok: true, value: loaded }, warnings) : fail('no-comparison', 'Open a sample or compare two readouts before opening an article.');
  });

  /**
   * A readout added to one side that is in another language than the readout on the other
   * side: kept (for the comparison on screen, `document`) until a readout in its language
   * is added to the other side, and the two are compared. So two readouts in another
   * language than the ones on screen can be pasted one after the other.
   */
  const importSource = async (target: ImportTarget, file: ImportedFile): Promise<Result<LoadedComparison>> => {
    const refused = unsupported(file);
    if (refused) return refused;
    if (target === 'article') return analyseArticle(file.name, bytesLoader(file, 'article'));
    const on = files.current();
    if (!on) return fail('no-comparison', 'Open a sample or compare two readouts before replacing one of them.');
    const loaded = await loadSourceBytes(file.bytes, file.name);
    if (!loaded.ok) return { ok: false, error: loaded.error };
    const added = async () => loaded;
    const pair = step({ type: 'take-held', side: target, document: files.currentDocument() }).find((e) => e.type === 'pair');
    const kept = pair?.readout ?? null;
    if (kept && kept.doc.meta.language === loaded.doc.meta.language) {
      // The readout kept on the other side, and this one: a comparison of their own.
      const [a, b] = target === 'b' ? [kept, loaded] : [loaded, kept];
      return compareSources(async () => a, async () => b, { event: null, date: null });
    }
    // The other readout stays as it is on screen (with the details the analyst gave it); so does the article, analysed again.
    const article = on.article;
    const loaders = target === 'a' ? [added, onScreen(on.b)] as const : [onScreen(on.a), added] as const;
    const result = await compareSources(loaders[0], loaders[1], { event: on.event, date: on.date }, {
      article: article ? onScreen(article.doc) : undefined, claims: article?.claims ?? null, fresh: { a: target === 'a', b: target === 'b' },
    });
    if (result.ok || result.error.code !== 'languages') return result;
    step({ type: 'hold', held: { side: target, readout: loaded, document: files.currentDocument() } });
    const other = target === 'a' ? 'B' : 'A';
    return fail('languages', `${result.error.message} ${file.name} is kept: add the other readout in its language on side ${other} (drop or paste it) to compare the two.`);
  };

  const withNotice = (result: Result<LoadedComparison>, notice: string | null): Result<LoadedComparison> => {
    if (result.ok && notice) result.value.notice = result.value.notice ? `${notice} ${result.value.notice}` : notice;
    return result;
  };

  /** Opens `file` over what `shown` answered (that comparison's unsaved work is kept aside); when it cannot be opened, `shown` with a notice saying why. */
  const openOver = async (shown: Result<LoadedComparison> | null, file: string): Promise<Result<LoadedComparison>> => {
    const opened = await files.openFile(file, beginRequest());
    if (opened.ok || opened.error.code === 'cancelled') return opened;
    const why = `${basename(file)} could not be opened: ${opened.error.message}`;
    if (shown?.ok) return withNotice(shown, why);
    return withNotice(await openSample(DEFAULT_SAMPLE, true), why);
  };

  /**
   * The comparison last on screen, restored from the autosave; else the default sample (with a notice when
   * the autosave could not be read). With `file`, that file over it (the restored work kept aside when unsaved).
   */
  const startUp = (file?: string) => guarded(async () => {
    const { restored, notice } = await files.restore(beginRequest());
    if (file !== undefined) return withNotice(await openOver(restored, file), notice);
    if (restored) return restored;
    return withNotice(await openSample(DEFAULT_SAMPLE, true), notice);
  });

  const openSample = async (id: string, deferArticle = false): Promise<Result<LoadedComparison>> => {
    const meta = await readSampleMeta(id);
    const [first, second] = meta?.readouts ?? [];
    if (!meta || !first || !second) return fail('not-found', `There is no sample called ${id}.`);
    const file = (name: string): string => join(samplesDir, id, name);
    return compareFiles({
      a: file(first.file), b: file(second.file), about: { event: meta.event ?? null, date: meta.date ?? null, sample: id },
      article: meta.article ? file(meta.article.file) : undefined, deferArticle, precomputed: options.precomputedSamples === false ? undefined : join(samplesDir, id),
    });
  };

  /**
   * Carries out the start's effects: prepares the comparison shown at start (kept in `answers.start`),
   * or answers it; null when nothing is answered now (prepared for later).
   */
  const startAnswer = (effects: Array<SessionEffect<Loaded>>): Promise<Result<LoadedComparison>> | null => {
    let answer: Promise<Result<LoadedComparison>> | null = null;
    for (const effect of effects) {
      switch (effect.type) {
        case 'prepare-start': answers.start = startUp(effect.file); break;
        case 'prepare-over': {
          const before = answers.start!;
          answers.start = guarded(async () => openOver(await before, effect.path));
          break;
        }
        case 'answer-prepared': answer = answers.start!; answers.start = undefined; break;
        case 'answer-reload': answer = guarded(async () => (await files.reload(beginRequest())) ?? startUp()); break;
        case 'answer-start': answer = startUp(); break;
        case 'open-now': answer = guarded(() => files.openFile(effect.path, beginRequest())); break;
        case 'notice': answer = answer!.then((r) => withNotice(r, effect.notice)); break;
      }
    }
    return answer;
  };

  /** `result`, after telling `onOpened` of `entry` when it succeeded. */
  const opened = <T>(result: Result<T>, entry: RecentEntry): Result<T> => {
    if (result.ok) options.onOpened?.(entry);
    return result;
  };
  const comparisonAt = (path: string): RecentEntry => ({ kind: 'comparison', path: resolve(path) });

  return {
    async listSamples() {
      let ids: string[];
      try {
        ids = (await readdir(samplesDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
      } catch {
        return fail('not-found', `The samples folder ${samplesDir} is missing.`);
      }
      const samples: SampleInfo[] = [];
      for (const id of ids) {
        const meta = await readSampleMeta(id);
        if (meta && (meta.readouts?.length ?? 0) >= 2) samples.push({ id, event: meta.event ?? id, date: meta.date ?? '' });
      }
      return { ok: true, value: samples };
    },
    openSample: (id) => openSample(id),
    pendingArticle: async (document) => {
      startArticle();
      const effects = step({ type: 'ask-article', document });
      if (!effects.some((e) => e.type === 'answer-article') || !answers.article) return { ok: true, value: null };
      const answer = await answers.article;
      // Asked after another comparison replaced it: nothing to show.
      return answer.ok && files.currentDocument() !== document ? { ok: true, value: null } : answer;
    },
    compareFiles: async (a, b) => opened(await compareFiles({ a, b }), { kind: 'pair', a: resolve(a), b: resolve(b) }),
    importSource,
    pasteSource: async (target) => {
      if (!options.readClipboard) return fail('internal', 'This build cannot read the clipboard.');
      const { html, text } = await options.readClipboard();
      const clip = clipboardFile(html, text);
      if (!clip) return fail('empty', 'The clipboard holds no text to paste.');
      const utf8 = (s: string) => new TextEncoder().encode(s);
      const pasted = await importSource(target, { name: clip.name, bytes: utf8(clip.content) });
      // A copied passage is often too short for the page reader to find a main text in: its plain text then.
      if (!pasted.ok && pasted.error.code === 'empty' && clip.name === 'clipboard.html' && text.trim() !== '') {
        return importSource(target, { name: 'clipboard.txt', bytes: utf8(text) });
      }
      return pasted;
    },
    compareImported: async (a, b) => unsupported(a, b) ?? compareSources(bytesLoader(a), bytesLoader(b), { event: null, date: null }),
    openArticle,
    hasComparison: () => files.current() !== null,
    // The first call starts the comparison shown at start; main calls it as the window opens,
    // so it runs while the page loads, and the renderer's request gets the same answer.
    // A later call (the page reloaded after a crash) answers the comparison on screen with the work main
    // holds, recomputed; only without one is the start repeated.
    initial: () => startAnswer(step({ type: 'initial', onScreen: files.current() !== null }))!,
    prefetchInitial: (file) => void startAnswer(step({ type: 'prefetch', file })),
    shown: () => {
      if (later.shown) return;
      later.shown = true;
      options.onShown?.();
      startArticle();
    },
    openFromSystem: (path) => startAnswer(step({ type: 'system-open', path })),
    saveComparison: async (request, ask) => {
      const saved = await files.save(request, ask);
      return saved.ok ? opened(saved, comparisonAt(saved.value.path)) : saved;
    },
    openComparison: (ask) => guarded(async () => {
      const path = await ask({ purpose: 'open' });
      if (path === null) return fail('cancelled', 'No comparison file was chosen.');
      return opened(await files.openFile(path, beginRequest()), comparisonAt(path));
    }),
    openComparisonFile: (path) => guarded(async () => opened(await files.openFile(path, beginRequest()), comparisonAt(path))),
    openComparisonBackup: () => guarded(async () => {
      const backup = files.offeredBackup();
      if (backup === null) return fail('not-found', 'No backup is on offer: open the comparison file again to see what is wrong with it.');
      return files.openFile(backup, beginRequest(), false);
    }),
    autosave: (request) => files.autosave(request),
    exportAnnotations: (request, ask) => files.exportAnnotations(request, ask),
    exportReport: async (request, ask, print) => {
      let job: ExportJob | null = null;
      try {
        const doc = files.forReport(request);
        if (!doc.ok) return doc;
        const { sources, analysis, edits, stem, dir, inputs } = doc.value;
        const asked = await ask({ purpose: 'report', name: `${stem}.pdf`, dir });
        if (asked === null) return fail('cancelled', 'No report was exported.');
        // "Report v1.2" becomes "Report v1.2.pdf"; a file the dialog did not ask about is not replaced
        const chosen = await savePath(asked, '.pdf', 'Nothing was exported.');
        if (!chosen.ok) return chosen;
        const path = chosen.value;
        // A newer export supersedes the one still running once its file is chosen: a save dialog
        // closed (or a request refused) leaves the earlier one printing (renderer/state/busy.ts).
        job = reports.begin();
        const written = await writeReport({
          event: sources.event, date: sources.date, a: sources.a, b: sources.b, comparison: applyCorrections(sources.comparison, edits.corrections ?? []),
          // the article's details as edited (the analysis keeps the ones it was made with)
          article: analysis && { ...withManualLinks(analysis, edits.manualLinks), doc: sources.article?.doc ?? analysis.doc }, annotations: edits.annotations,
          generated: (options.now ?? (() => new Date()))(), app: `Readout Compare ${options.appVersion ?? version}`,
        }, request.options, { pdf: path, inputs, signal: job.signal }, print);
        return written.ok ? { ok: true, value: { path } } : writeError(written);
      } catch (e) {
        return fail('internal', e instanceof Error ? e.message : String(e));
      } finally {
        job?.end();
      }
    },
    cancel: (what) => {
      if (what !== 'export-pdf') controllers.get(currentRequest(session))?.abort(new JobCancelled());
      if (what !== 'compare') reports.cancel();
    },
    about: () => readAbout(options.assetsDir, options.appVersion ?? version),
    flush: () => files.flush(),
    autosavePending: () => files.pending(),
  };
}
