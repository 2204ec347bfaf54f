/**
 * Runs an importer's parser (pdf.js, mammoth) in a worker thread with a time
 * limit: a library that parses in the calling thread cannot be interrupted, a
 * worker can be terminated. The worker's source is plain JavaScript run with
 * `eval`, so it needs no build step in any setting (tsx, vitest, Electron's
 * bundle); it loads its library by an absolute path resolved here.
 *
 * Protocol: the worker posts `{ ready: true }` once its library is loaded, then
 * one answer. The time limit counts from `ready`, so a slow start on a busy
 * machine never fails a good file; the start has its own, generous limit. The
 * worker gets a heap ceiling, and its console output (library warnings) is
 * swallowed so that it never reaches the CLI's stdout.
 */
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';

/** A failure inside the worker: the error's name (or code) and message. */
export interface WorkerError {
  ok: false;
  name: string;
  message: string;
}

/** Options of {@link runInWorker}. */
export interface WorkerRunOptions {
  /** Longest the work may take once the worker is ready, in milliseconds. */
  timeoutMs: number;
  /** Longest loading the library may take, in milliseconds (default 10 s: only a broken installation takes that long). */
  startLimitMs?: number;
  /** Heap ceiling in MB (default 512). */
  maxHeapMb?: number;
}

/** Runs `source` in a worker with `workerData`; its answer, a {@link WorkerError}, or "timeout". */
export function runInWorker<A extends { ok: true }>(source: string, workerData: unknown, options: WorkerRunOptions): Promise<A | WorkerError | 'timeout'> {
  return new Promise((resolve) => {
    const worker = new Worker(source, {
      eval: true,
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 512 },
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const settle = (answer: A | WorkerError | 'timeout'): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(answer);
    };
    let timer = setTimeout(() => settle('timeout'), options.startLimitMs ?? 10_000);
    worker.on('message', (message: A | WorkerError | { ready: true }) => {
      if (!('ready' in message)) return settle(message);
      clearTimeout(timer);
      timer = setTimeout(() => settle('timeout'), options.timeoutMs);
    });
    worker.on('error', (e: Error & { code?: string }) => settle({ ok: false, name: e.code ?? e.name, message: e.message }));
    worker.on('exit', (code) => settle({ ok: false, name: 'Exit', message: `the reader stopped (exit code ${code})` }));
  });
}

/** "1.5 s", "250 ms": a time limit for messages. */
export function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} s`;
}

/**
 * Most a time limit is stretched on a busy machine. Calibration: under a load of
 * about 15 on 2 cores (7.5 per core, several test runs and builds at once), the
 * two-page fixture PDF that parses in ~150 ms on a quiet machine took over 1.2 s
 * and was reported as possibly damaged; ×8 covers that, and keeps a reader built to
 * stall from holding an import for more than ~10 s.
 */
const MAX_BUSY_STRETCH = 8;

/**
 * A worker's time limit on this machine now: `limitMs` stretched by the load per
 * core when it is above one (the worker then gets only that share of a core, and
 * wall time is what is counted), at most {@link MAX_BUSY_STRETCH} times. A good
 * file on a busy machine must not be reported as damaged. `loadavg` is [0, 0, 0]
 * on Windows, where the limit stays as it is.
 */
export function busyLimit(limitMs: number, load = loadavg()[0] ?? 0, cores = availableParallelism()): number {
  const perCore = load / Math.max(1, cores);
  const stretch = Number.isFinite(perCore) ? Math.min(MAX_BUSY_STRETCH, Math.max(1, perCore)) : 1;
  return Math.round(limitMs * stretch);
}
