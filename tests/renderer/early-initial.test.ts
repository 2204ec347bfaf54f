import { describe, expect, it, vi } from 'vitest';
import type { ReadoutsApi } from '../../shared/ipc/contract';
import { askInitialEarly, takeInitial } from '../../renderer/early-initial';

/** A bridge whose initial() answers with a numbered error, counting the questions. */
function bridge(): ReadoutsApi & { asked: number } {
  const b = { asked: 0 } as ReadoutsApi & { asked: number };
  b.initial = vi.fn(async () => ({ ok: false as const, error: { code: 'internal' as const, message: `answer ${++b.asked}` } }));
  return b;
}

describe('the comparison shown at start, asked for as the page starts (early-initial.ts)', () => {
  it('asks main once, early, and gives that answer to the first initial() over the same bridge', async () => {
    const b = bridge();
    askInitialEarly(b);
    askInitialEarly(b);
    expect(b.asked).toBe(1);
    expect(await takeInitial(b)).toMatchObject({ error: { message: 'answer 1' } });
    expect(b.asked).toBe(1);
    // A later session asks again.
    expect(await takeInitial(b)).toMatchObject({ error: { message: 'answer 2' } });
  });

  it('asks main afresh over another bridge, and drops the early answer', async () => {
    const early = bridge();
    const other = bridge();
    askInitialEarly(early);
    expect(await takeInitial(other)).toMatchObject({ error: { message: 'answer 1' } });
    expect(other.asked).toBe(1);
    expect(await takeInitial(early)).toMatchObject({ error: { message: 'answer 2' } });
  });
});

describe('the early question on the recovery screen (R6)', () => {
  it('is not asked when the page opens in its recovery state; Reload asks afresh', async () => {
    const b = bridge();
    askInitialEarly(b, '#recovery=crashed');
    expect(b.asked).toBe(0);
    expect(await takeInitial(b)).toMatchObject({ error: { message: 'answer 1' } });
  });
});
