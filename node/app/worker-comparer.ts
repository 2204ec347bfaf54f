/**
 * Comparisons (and article analyses) in a worker thread. One job runs in the worker at
 * a time; the others wait their turn here, in order of arrival. A job is cancelled by
 * its `signal` (a newer request superseding it, or the analyst): one waiting is dropped
 * before it reaches the worker, and the one running is abandoned by ending its worker
 * (a comparison cannot be interrupted from outside), so the next job starts at once in
 * a new one. Either way the job rejects with `JobCancelled`. A new worker is made when
 * one dies. The worker is created by a factory the caller passes (Electron's build gives
 * one for the bundled worker file; the tests give one that runs the TypeScript source).
 */
import type { Worker } from 'node:worker_threads';
import type { SourceDoc } from '../../shared/model/types';
import { cancellation, type Compared, type CompareOptions } from './compare-job';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/**
 * Compares two readouts somewhere else (unless `options.comparison` is given) and
 * analyses `options.article` against them; rejects with a message when that fails,
 * and with `JobCancelled` when `options.signal` cancels it first.
 */
export type Comparer = (a: SourceDoc, b: SourceDoc, options?: CompareOptions) => Promise<Compared>;

/** A job, from its arrival to its answer. */
interface Job {
  request: WorkerRequest;
  resolve: (c: Compared) => void;
  reject: (e: Error) => void;
  /** Stops listening to the job's signal. */
  release: () => void;
}

/** A comparer backed by worker threads from `createWorker`; `warm()` starts the worker ahead of the first request. */
export function workerComparer(createWorker: () => Worker): Comparer & { warm: () => void; close: () => Promise<void> } {
  let worker: Worker | null = null;
  let nextId = 1;
  const waiting: Job[] = [];
  let running: Job | null = null;

  const settle = (job: Job, outcome: { ok: true; value: Compared } | { ok: false; error: Error }): void => {
    job.release();
    if (outcome.ok) job.resolve(outcome.value);
    else job.reject(outcome.error);
  };
  /** Starts the next job waiting, if the worker is free. */
  const pump = (): void => {
    if (running || waiting.length === 0) return;
    running = waiting.shift()!;
    ensure().postMessage(running.request);
  };
  /** Ends the worker (a new one is made for the next job). */
  const drop = (w: Worker | null): void => {
    if (w && worker === w) worker = null;
    void w?.terminate();
  };
  const ensure = (): Worker => {
    if (worker) return worker;
    const w = createWorker();
    w.on('message', (reply: WorkerReply) => {
      const job = running;
      if (worker !== w || !job || job.request.id !== reply.id) return;
      running = null;
      settle(job, reply.ok ? { ok: true, value: { comparison: reply.comparison, article: reply.article } } : { ok: false, error: new Error(reply.message) });
      pump();
    });
    const died = (error: Error): void => {
      if (worker !== w) return;
      worker = null;
      const job = running;
      running = null;
      if (job) settle(job, { ok: false, error });
      pump();
    };
    w.on('error', (e) => died(e instanceof Error ? e : new Error(String(e))));
    w.on('exit', (code) => died(new Error(`the comparison worker stopped (exit code ${code})`)));
    // Do not keep the process alive for an idle worker.
    w.unref();
    worker = w;
    return w;
  };

  /** Cancels `job`: dropped if waiting, its worker ended if running. */
  const cancel = (job: Job, why: Error): void => {
    const at = waiting.indexOf(job);
    if (at >= 0) waiting.splice(at, 1);
    else if (running === job) {
      running = null;
      drop(worker);
    } else return;
    settle(job, { ok: false, error: why });
    pump();
  };

  const comparer = (a: SourceDoc, b: SourceDoc, options: CompareOptions = {}): Promise<Compared> =>
    new Promise((resolve, reject) => {
      const { signal } = options;
      if (signal?.aborted) return reject(cancellation(signal));
      // every option crosses: a curated claims file and manual links must reach the job as they do in this thread
      const request: WorkerRequest = {
        id: nextId++, a, b, article: options.article ?? null, comparison: options.comparison ?? null,
        claims: options.claims ?? null, claimsFile: options.claimsFile ?? null, manualLinks: options.manualLinks ?? null,
      };
      const onAbort = () => cancel(job, cancellation(signal!));
      const job: Job = { request, resolve, reject, release: () => signal?.removeEventListener('abort', onAbort) };
      signal?.addEventListener('abort', onAbort, { once: true });
      waiting.push(job);
      pump();
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
