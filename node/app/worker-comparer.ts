/**
 * Comparisons (and article analyses) in a worker thread: one long-lived worker, requests answered in
 * order of arrival, a new worker if one dies. The worker is created by a factory
 * the caller passes (Electron's build gives one for the bundled worker file; the
 * tests give one that runs the TypeScript source).
 */
import type { Worker } from 'node:worker_threads';
import type { SourceDoc } from '../../shared/model/types';
import type { Compared, CompareOptions } from './compare-job';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/**
 * Compares two readouts somewhere else (unless `options.comparison` is given) and
 * analyses `options.article` against them; rejects with a message when that fails.
 */
export type Comparer = (a: SourceDoc, b: SourceDoc, options?: CompareOptions) => Promise<Compared>;

/** A comparer backed by worker threads from `createWorker`; `warm()` starts the worker ahead of the first request. */
export function workerComparer(createWorker: () => Worker): Comparer & { warm: () => void; close: () => Promise<void> } {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (c: Compared) => void; reject: (e: Error) => void }>();

  const failAll = (error: Error): void => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
    worker = null;
  };
  const ensure = (): Worker => {
    if (worker) return worker;
    const w = createWorker();
    w.on('message', (reply: WorkerReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.ok) p.resolve({ comparison: reply.comparison, article: reply.article });
      else p.reject(new Error(reply.message));
    });
    w.on('error', (e) => failAll(e instanceof Error ? e : new Error(String(e))));
    w.on('exit', (code) => {
      if (worker === w) failAll(new Error(`the comparison worker stopped (exit code ${code})`));
    });
    // Do not keep the process alive for an idle worker.
    w.unref();
    worker = w;
    return w;
  };

  const comparer = (a: SourceDoc, b: SourceDoc, options: CompareOptions = {}): Promise<Compared> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      // every option crosses: a curated claims file and manual links must reach the job as they do in this thread
      const request: WorkerRequest = {
        id, a, b, article: options.article ?? null, comparison: options.comparison ?? null,
        claims: options.claims ?? null, claimsFile: options.claimsFile ?? null, manualLinks: options.manualLinks ?? null,
      };
      ensure().postMessage(request);
    });
  return Object.assign(comparer, {
    warm: () => void ensure(),
    close: async () => {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  });
}
