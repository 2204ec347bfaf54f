/**
 * What the app's main process does for the renderer, without Electron: list and
 * open the embedded samples, compare two files. Electron's main process calls these
 * through IPC (electron/ipc.ts); the end-to-end tests call the very same functions
 * through a test transport. Every answer is a `Result`: nothing throws across.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { compare } from '../../shared/compare/compare';
import type { LoadedComparison, Result, SampleInfo } from '../../shared/ipc/contract';
import type { SourceDoc } from '../../shared/model/types';
import { loadMetaFile, type MetaFile } from '../meta';
import { loadResources } from '../resources';
import { loadSourceDoc } from '../source-doc';
import type { Comparer } from './worker-comparer';

/** The handlers the renderer's API is served by. */
export interface MainHandlers {
  listSamples(): Promise<Result<SampleInfo[]>>;
  openSample(id: string): Promise<Result<LoadedComparison>>;
  compareFiles(a: string, b: string): Promise<Result<LoadedComparison>>;
  /** The comparison shown at start (the embedded sample), prefetched if `prefetchInitial` ran. */
  initial(): Promise<Result<LoadedComparison>>;
  /** Starts the comparison shown at start ahead of the renderer's request (used once). */
  prefetchInitial(): void;
}

/** Where the handlers find the app's files, and how they compare. */
export interface HandlerOptions {
  /** The folder holding `samples/<id>/` with a meta.json and two readouts each. */
  assetsDir: string;
  /** Runs a comparison; Electron passes a worker thread (worker-comparer.ts). Default: in this thread. */
  comparer?: Comparer;
}

/** The sample shown at first start: the 18 March 2025 Trump–Putin call. */
export const DEFAULT_SAMPLE = '2025-03-18-trump-putin';

const fail = <T>(code: Extract<Result<T>, { ok: false }>['error']['code'], message: string): Result<T> => ({ ok: false, error: { code, message } });

/** Builds the handlers for an assets folder. */
export function createHandlers(options: HandlerOptions): MainHandlers {
  const samplesDir = join(options.assetsDir, 'samples');

  const readSampleMeta = async (id: string): Promise<MetaFile | null> => {
    const loaded = await loadMetaFile(join(samplesDir, id, 'meta.json'));
    return loaded.ok ? loaded.metaFile : null;
  };

  const comparer: Comparer = options.comparer ?? (async (a, b) => compare(a, b, loadResources()));
  const compareDocs = async (a: SourceDoc, b: SourceDoc, event: string | null, date: string | null): Promise<LoadedComparison> => ({
    event, date,
    a: { file: a.file, meta: a.meta },
    b: { file: b.file, meta: b.meta },
    comparison: await comparer(a, b),
  });

  const compareFiles = async (pathA: string, pathB: string, event: string | null = null, date: string | null = null): Promise<Result<LoadedComparison>> => {
    try {
      const a = await loadSourceDoc(pathA);
      if (!a.ok) return { ok: false, error: a.error };
      const b = await loadSourceDoc(pathB);
      if (!b.ok) return { ok: false, error: b.error };
      return { ok: true, value: await compareDocs(a.doc, b.doc, event, date) };
    } catch (e) {
      return fail('internal', e instanceof Error ? e.message : String(e));
    }
  };

  let initialAnswer: Promise<Result<LoadedComparison>> | undefined;

  const openSample = async (id: string): Promise<Result<LoadedComparison>> => {
    const meta = await readSampleMeta(id);
    const [first, second] = meta?.readouts ?? [];
    if (!meta || !first || !second) return fail('not-found', `There is no sample called ${id}.`);
    return compareFiles(join(samplesDir, id, first.file), join(samplesDir, id, second.file), meta.event ?? null, meta.date ?? null);
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
