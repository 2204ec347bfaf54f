/**
 * Timing helpers for the benchmark. The clock is injected (`performance.now` in
 * bench.ts) so the helpers themselves are deterministic under test.
 */

/** A monotonic clock in milliseconds, such as `performance.now`. */
export type Clock = () => number;

/** How often to run a timed function. */
export interface RunPlan {
  /** Untimed runs first (JIT warm-up, caches). */
  warmup: number;
  /** Timed runs; the median of their durations is reported. */
  runs: number;
}

/** The median of `values` (the mean of the middle two for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Duration in ms of one call of `fn`, on `clock`. */
export function timeOnce(fn: () => unknown, clock: Clock): number {
  const start = clock();
  fn();
  return clock() - start;
}

/** The median duration in ms of `plan.runs` calls of `fn` after `plan.warmup` untimed calls. */
export function medianTime(fn: () => unknown, plan: RunPlan, clock: Clock): number {
  for (let i = 0; i < plan.warmup; i++) fn();
  const durations: number[] = [];
  for (let i = 0; i < plan.runs; i++) durations.push(timeOnce(fn, clock));
  return median(durations);
}
