/**
 * Autosave: the app reports every change (`schedule`), and the latest state is
 * written a moment after the changes stop (debounced), or at the latest
 * `maxDelayMs` after the first unsaved change, so that steady typing is saved too.
 * Writes run one at a time, never overlapping; `flush` writes what is pending now
 * (before quitting, before opening another comparison) and waits for it.
 *
 * The clock is injected (`timers`), so tests drive it without waiting.
 */

/** Timer functions and the clock (the global ones by default; a fake clock in tests). */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Milliseconds since some fixed moment. */
  now(): number;
}

/** Options of {@link createAutosaver}. */
export interface AutosaveOptions<T, R> {
  /** Writes one state (e.g. `saveComparison` to the restore location). Its result is passed on; a throw is reported as `onError`. */
  save: (value: T) => Promise<R>;
  /** Quiet time after the last change before writing, in ms; default 1,000. */
  delayMs?: number;
  /** Longest time a change waits to be written while changes keep coming, in ms; default 10,000. */
  maxDelayMs?: number;
  /** Called with each save's result (to show "saved" or an error). */
  onSaved?: (result: R) => void;
  /** Called when `save` throws (a bug; results carry the expected failures). */
  onError?: (error: unknown) => void;
  timers?: Timers;
}

/** A debounced, serialised writer of the latest state. */
export interface Autosaver<T, R> {
  /** Records the latest state; it is written after the quiet time. */
  schedule(value: T): void;
  /** Writes the pending state now, after any write in progress; resolves with that save's result, or the last one's, or null when nothing was ever saved. */
  flush(): Promise<R | null>;
  /** Whether a state is waiting to be written or being written. */
  busy(): boolean;
  /** Stops the timer; a pending state is dropped unless `flush` was awaited first. */
  dispose(): void;
}

const defaultTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

/** Creates an autosaver around `options.save`. */
export function createAutosaver<T, R>(options: AutosaveOptions<T, R>): Autosaver<T, R> {
  const delayMs = options.delayMs ?? 1_000;
  const maxDelayMs = Math.max(delayMs, options.maxDelayMs ?? 10_000);
  const timers = options.timers ?? defaultTimers;
  let pending: { value: T } | null = null;
  let timer: unknown = null;
  /** When the oldest unsaved change was scheduled, for the max delay. */
  let waitingSince: number | null = null;
  let writing: Promise<R | null> = Promise.resolve(null);
  let inFlight = 0;
  let last: R | null = null;
  let disposed = false;

  const write = (): Promise<R | null> => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    waitingSince = null;
    const job = pending;
    pending = null;
    if (!job) return writing;
    inFlight++;
    writing = writing.then(async () => {
      try {
        last = await options.save(job.value);
        options.onSaved?.(last);
      } catch (e) {
        options.onError?.(e);
      } finally {
        inFlight--;
      }
      return last;
    });
    return writing;
  };

  return {
    schedule(value) {
      if (disposed) return;
      pending = { value };
      const now = timers.now();
      if (waitingSince === null) waitingSince = now;
      if (timer !== null) timers.clearTimeout(timer);
      // Wait the quiet time, but no longer than what is left of the max delay.
      const wait = Math.max(0, Math.min(delayMs, waitingSince + maxDelayMs - now));
      timer = timers.setTimeout(() => {
        timer = null;
        void write();
      }, wait);
    },
    flush: () => write(),
    busy: () => pending !== null || inFlight > 0,
    dispose() {
      disposed = true;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
