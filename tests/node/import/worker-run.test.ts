import { describe, expect, it } from 'vitest';
import { busyLimit } from '../../../node/import/worker-run';

// A good file on a busy machine must not be reported as damaged: the import-source test's
// two-page PDF was, under a load of 15 on 2 cores, with the plain 1.2 s limit.
describe('busyLimit: a worker time limit stretched by the load per core', () => {
  it('keeps the limit on a machine with no more load than cores, and where no load is known (Windows)', () => {
    expect(busyLimit(1200, 0.5, 2)).toBe(1200);
    expect(busyLimit(1200, 2, 2)).toBe(1200);
    expect(busyLimit(1200, 0, 8)).toBe(1200);
  });

  it('stretches it by the load per core above one', () => {
    expect(busyLimit(1200, 6, 2)).toBe(3600);
    expect(busyLimit(1000, 12.5, 4)).toBe(3125);
  });

  it('stretches it at most eight times, so that a reader built to stall is still stopped', () => {
    expect(busyLimit(1200, 100, 2)).toBe(9600);
  });

  it('never shrinks it, whatever the machine reports', () => {
    expect(busyLimit(1200, Number.NaN, 2)).toBe(1200);
    expect(busyLimit(1200, 4, 0)).toBe(4800);
  });
});
