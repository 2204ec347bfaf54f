/**
 * What the app's main process does for the renderer, without Electron: list and
 * open the embedded samples (with their article, when they have one), compare two
 * files, analyse an article against the comparison on screen. Electron's main process calls these
 * through IPC (electron/ipc.ts); the end-to-end tests call the very same functions
 * through a test transport. Every answer is a `Result`: nothing throws across.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Comparison } from '../../shared/compare/compare';
import type { LoadedComparison, Result, SampleInfo } from '../../shared/ipc/contract';
import type { ArticleAnalysis } from '../../shared/model/article';
import type { SourceDoc } from '../../shared/model/types';
import { loadMetaFile, type MetaFile } from '../meta';
import { loadResources } from '../resources';
import { loadClaimsFile, type ClaimsFileErrorCode } from '../claims-file';
import { loadSourceDoc } from '../source-doc';
import { runCompareJob } from './compare-job';
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
  /** Whether a comparison is loaded, so an article can be opened against it. */
  hasComparison(): boolean;
  /** The comparison shown at start (the embedded sample), prefetched if `prefetchInitial` ran. */
  initial(): Promise<Result<LoadedComparison>>;
  /** Starts the comparison shown at start ahead of the renderer's request (used once). */
  prefetchInitial(): void;
}

/** Where the handlers find the app's files, and how they compare. */
export interface HandlerOptions {
  /** The folder holding `samples/<id>/` with a meta.json and two readouts each. */
  assetsDir: string;
  /** Runs a comparison and an article's analysis; Electron passes a worker thread (worker-comparer.ts). Default: in this thread. */
  comparer?: Comparer;
}

/** A comparison as main keeps it: the readouts as loaded, and what is known of the event. */
interface Loaded {
  event: string | null;
  date: string | null;
  /** The embedded sample's id, when it is one. */
  sample?: string;
  a: SourceDoc;
  b: SourceDoc;
  comparison: Comparison;
}

/** The sample shown at first start: the 18 March 2025 Trump–Putin call. */
export const DEFAULT_SAMPLE = '2025-03-18-trump-putin';

const fail = <T>(code: Extract<Result<T>, { ok: false }>['error']['code'], message: string): Result<T> => ({ ok: false, error: { code, message } });

/** The contract's code for a claims-file problem (its own JSON and schema problems are the file's content). */
function claimsErrorCode(code: ClaimsFileErrorCode): Extract<Result<unknown>, { ok: false }>['error']['code'] {
  return code === 'claims-json' || code === 'claims-schema' ? 'claims-invalid' : code;
}

/** Builds the handlers for an assets folder. */
export function createHandlers(options: HandlerOptions): MainHandlers {
  const samplesDir = join(options.assetsDir, 'samples');

  const readSampleMeta = async (id: string): Promise<MetaFile | null> => {
    const loaded = await loadMetaFile(join(samplesDir, id, 'meta.json'));
    return loaded.ok ? loaded.metaFile : null;
  };

  const comparer: Comparer = options.comparer ?? (async (a, b, job = {}) => runCompareJob(a, b, job, loadResources()));

  // The comparison loaded last, kept so that an article can be analysed against it. Requests
  // are numbered: an earlier request that finishes after a later one does not replace it
  // (the renderer shows only the latest one's answer too).
  let current: Loaded | null = null;
  let started = 0;
  let kept = 0;

  const toLoaded = (c: Loaded, comparison: Comparison, article: ArticleAnalysis | null): LoadedComparison => ({
    event: c.event, date: c.date, ...(c.sample ? { sample: c.sample } : {}),
    a: { file: c.a.file, meta: c.a.meta },
    b: { file: c.b.file, meta: c.b.meta },
    comparison, article,
  });

  const guarded = async (work: () => Promise<Result<LoadedComparison>>): Promise<Result<LoadedComparison>> => {
    try {
      return await work();
    } catch (e) {
      return fail('internal', e instanceof Error ? e.message : String(e));
    }
  };

  /** Loads the readouts (and the article, if any) and compares them; the article's file is named when it is bad. */
  const compareFiles = (pathA: string, pathB: string, about: Pick<Loaded, 'event' | 'date' | 'sample'> = { event: null, date: null }, articlePath?: string) => guarded(async () => {
    const seq = ++started;
    const a = await loadSourceDoc(pathA);
    if (!a.ok) return { ok: false, error: a.error };
    const b = await loadSourceDoc(pathB);
    if (!b.ok) return { ok: false, error: b.error };
    const article = articlePath === undefined ? null : await loadSourceDoc(articlePath);
    if (article && !article.ok) return { ok: false, error: article.error };
    const compared = await comparer(a.doc, b.doc, { article: article?.doc ?? null });
    const loaded: Loaded = { ...about, a: a.doc, b: b.doc, comparison: compared.comparison };
    if (seq > kept) [current, kept] = [loaded, seq];
    return { ok: true, value: toLoaded(loaded, compared.comparison, compared.article) };
  });

  const openArticle = (path: string) => guarded(async () => {
    const on = current;
    if (!on) return fail('no-comparison', 'Open a sample or compare two readouts before opening an article.');
    // A curated claims file (JSON) carries or names its article; anything else is the article itself.
    if (/\.json$/iu.test(path)) {
      const curated = await loadClaimsFile(path);
      if (!curated.ok) return { ok: false, error: { code: claimsErrorCode(curated.error.code), message: curated.error.message } };
      const compared = await comparer(on.a, on.b, { article: curated.article, claims: curated.claims, claimsFile: path, comparison: on.comparison });
      return { ok: true, value: toLoaded(on, compared.comparison, compared.article) };
    }
    const article = await loadSourceDoc(path);
    if (!article.ok) return { ok: false, error: article.error };
    const compared = await comparer(on.a, on.b, { article: article.doc, comparison: on.comparison });
    return { ok: true, value: toLoaded(on, compared.comparison, compared.article) };
  });

  let initialAnswer: Promise<Result<LoadedComparison>> | undefined;

  const openSample = async (id: string): Promise<Result<LoadedComparison>> => {
    const meta = await readSampleMeta(id);
    const [first, second] = meta?.readouts ?? [];
    if (!meta || !first || !second) return fail('not-found', `There is no sample called ${id}.`);
    const file = (name: string): string => join(samplesDir, id, name);
    return compareFiles(file(first.file), file(second.file), { event: meta.event ?? null, date: meta.date ?? null, sample: id }, meta.article ? file(meta.article.file) : undefined);
  };

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
    openSample,
    compareFiles: (a, b) => compareFiles(a, b),
    openArticle,
    hasComparison: () => current !== null,
    // The first call starts the comparison shown at start; main calls it as the window opens,
    // so it runs while the page loads, and the renderer's request gets the same answer.
    initial: () => {
      const first = initialAnswer ?? openSample(DEFAULT_SAMPLE);
      initialAnswer = undefined;
      return first;
    },
    prefetchInitial: () => {
      initialAnswer ??= openSample(DEFAULT_SAMPLE);
    },
  };
}
