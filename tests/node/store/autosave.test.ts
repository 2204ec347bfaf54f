import { describe, expect, it } from 'vitest';
import { createAutosaver, type Timers } from '../../../node/store/autosave';

/** A clock the test moves by hand. */
function fakeTimers(): Timers & { advance(ms: number): void } {
  let now = 0;
  let nextId = 0;
  const due = new Map<number, { at: number; run: () => void }>();
  return {
    now: () => now,
    setTimeout(run, ms) {
      due.set(++nextId, { at: now + ms, run });
      return nextId;
    },
    clearTimeout(handle) {
      due.delete(handle as number);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const next = [...due.entries()].sort((x, y) => x[1].at - y[1].at)[0];
        if (!next || next[1].at > end) break;
        due.delete(next[0]);
        now = next[1].at;
        next[1].run();
      }
      now = end;
    },
  };
}

/** A save that records what it wrote and when, resolving when the test says so (or at once). */
function recorder(timers: Timers, manual = false) {
  const writes: Array<{ value: string; at: number }> = [];
  const waiting: Array<() => void> = [];
  let running = 0;
  let maxRunning = 0;
  const save = async (value: string) => {
    running++;
    maxRunning = Math.max(maxRunning, running);
    if (manual) await new Promise<void>((resolve) => waiting.push(resolve));
    writes.push({ value, at: timers.now() });
    running--;
    return `saved ${value}`;
  };
  return { save, writes, release: () => waiting.shift()?.(), maxRunning: () => maxRunning };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('autosave', () => {
  it('writes the latest state once the changes have stopped for the quiet time', async () => {
    const timers = fakeTimers();
    const r = recorder(timers);
    const saver = createAutosaver({ save: r.save, delayMs: 1000, timers });
    saver.schedule('v1');
    timers.advance(500);
    saver.schedule('v2');
    timers.advance(999);
    await settle();
    expect(r.writes).toEqual([]);
    expect(saver.busy()).toBe(true);
    timers.advance(1);
    await settle();
    expect(r.writes).toEqual([{ value: 'v2', at: 1500 }]);
    expect(saver.busy()).toBe(false);
  });

  it('writes at the latest after the longest delay while changes keep coming', async () => {
    const timers = fakeTimers();
    const r = recorder(timers);
    const saver = createAutosaver({ save: r.save, delayMs: 1000, maxDelayMs: 3000, timers });
    for (let t = 0; t < 5000; t += 500) {
      saver.schedule(`v${t}`);
      timers.advance(500);
      await settle();
    }
    expect(r.writes[0]).toEqual({ value: 'v2500', at: 3000 });
  });

  it('never runs two writes at once: a change during a write is written after it', async () => {
    const timers = fakeTimers();
    const r = recorder(timers, true);
    const saved: string[] = [];
    const saver = createAutosaver({ save: r.save, delayMs: 10, timers, onSaved: (x) => saved.push(x) });
    saver.schedule('v1');
    timers.advance(10);
    await settle();
    saver.schedule('v2');
    timers.advance(10);
    await settle();
    expect(r.writes).toEqual([]);
    r.release();
    await settle();
    r.release();
    await settle();
    expect(r.writes.map((w) => w.value)).toEqual(['v1', 'v2']);
    expect(r.maxRunning()).toBe(1);
    expect(saved).toEqual(['saved v1', 'saved v2']);
  });

  it('flushes on demand: writes what is pending now, after a write in progress, and resolves with its result', async () => {
    const timers = fakeTimers();
    const r = recorder(timers);
    const saver = createAutosaver({ save: r.save, delayMs: 1000, timers });
    expect(await saver.flush()).toBeNull();
    saver.schedule('v1');
    expect(await saver.flush()).toBe('saved v1');
    expect(r.writes).toEqual([{ value: 'v1', at: 0 }]);
    // Nothing pending: the last result, and no timer left to write again.
    expect(await saver.flush()).toBe('saved v1');
    timers.advance(5000);
    await settle();
    expect(r.writes.length).toBe(1);
  });

  it('reports a save that throws and goes on with the next one', async () => {
    const timers = fakeTimers();
    const errors: unknown[] = [];
    let fail = true;
    const saver = createAutosaver({
      save: async (v: string) => {
        if (fail) throw new Error('boom');
        return v;
      },
      delayMs: 10, timers, onError: (e) => errors.push(e),
    });
    saver.schedule('v1');
    expect(await saver.flush()).toBeNull();
    expect(errors).toEqual([new Error('boom')]);
    fail = false;
    saver.schedule('v2');
    expect(await saver.flush()).toBe('v2');
  });

  it('drops what is pending when disposed, and takes no more', async () => {
    const timers = fakeTimers();
    const r = recorder(timers);
    const saver = createAutosaver({ save: r.save, delayMs: 10, timers });
    saver.schedule('v1');
    saver.dispose();
    saver.schedule('v2');
    timers.advance(100);
    await settle();
    expect(r.writes).toEqual([]);
    expect(saver.busy()).toBe(false);
  });
});
