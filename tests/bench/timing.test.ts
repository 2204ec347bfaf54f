import { describe, expect, it } from 'vitest';
import { median, medianTime, timeOnce } from '../../bench/timing';

/** A fake clock that advances by the given steps, one per reading. */
function steppingClock(steps: number[]): () => number {
  let now = 0;
  let i = 0;
  return () => {
    const t = now;
    now += steps[i++ % steps.length]!;
    return t;
  };
}

describe('median', () => {
  it('takes the middle value of an odd count', () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  it('takes the mean of the middle two of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('is NaN for no values', () => {
    expect(median([])).toBeNaN();
  });
});

describe('timeOnce and medianTime', () => {
  it('measures one call as the difference of two clock readings', () => {
    expect(timeOnce(() => undefined, steppingClock([7]))).toBe(7);
  });

  it('runs the warm-up untimed and reports the median of the timed runs', () => {
    let calls = 0;
    // Readings alternate start/end; the run durations are 10, 1, 100 (then the gaps between runs).
    const clock = steppingClock([10, 0, 1, 0, 100, 0]);
    expect(medianTime(() => calls++, { warmup: 2, runs: 3 }, clock)).toBe(10);
    expect(calls).toBe(5);
  });
});
