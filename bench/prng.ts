/**
 * A small seeded pseudo-random number generator for the benchmark's synthetic
 * documents: mulberry32 (Tommy Ettinger's 32-bit generator), re-implemented here.
 * It is not cryptographic; it is fast, has a 2^32 period, and gives the same
 * sequence for the same seed on every JavaScript engine, so a benchmark input is
 * reproducible from its seed alone.
 */

/** A source of uniform random numbers in [0, 1), as `Math.random` but seeded. */
export type Random = () => number;

/** A mulberry32 generator started from `seed` (any number; only its low 32 bits count). */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in [0, n) drawn from `random`; `n` must be a positive integer. */
export function randomInt(random: Random, n: number): number {
  return Math.floor(random() * n);
}

/** Shuffles `items` in place (Fisher–Yates, from the last index down) and returns it. */
export function shuffleInPlace<T>(items: T[], random: Random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    const tmp = items[i]!;
    items[i] = items[j]!;
    items[j] = tmp;
  }
  return items;
}
