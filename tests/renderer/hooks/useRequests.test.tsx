// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoadedComparison, ReadoutsApi, Result } from '../../../shared/ipc/contract';
import { useRequests } from '../../../renderer/hooks/useRequests';

afterEach(cleanup);

const failed = (message: string): Result<LoadedComparison> => ({ ok: false, error: { code: 'empty', message } });

describe('useRequests (R6)', () => {
  it('lets a comparison main sends take the screen from an answer still awaited (the start one)', async () => {
    const dispatch = vi.fn();
    const shown = vi.fn(async () => ({ ok: true as const, value: null }));
    const { result } = renderHook(() => useRequests({ shown } as unknown as ReadoutsApi, dispatch));
    let answer!: (r: Result<LoadedComparison>) => void;
    let started!: Promise<void>;
    act(() => { started = result.current.run(() => new Promise((resolve) => { answer = resolve; })); });
    // The file the system opened at start arrives (held by the preload until the page listened).
    act(() => result.current.pushed(failed('opened.readouts is empty.')));
    await act(async () => { answer(failed('the start comparison')); await started; });
    expect(dispatch.mock.calls.map(([a]) => a)).toEqual([
      { type: 'loading' },
      { type: 'failed', message: 'opened.readouts is empty.', offer: undefined },
    ]);
    // Main is told once, after the first answer shown has been painted (two frames and a task), that the window is shown.
    await act(async () => { await new Promise((r) => setTimeout(r, 100)); });
    expect(shown).toHaveBeenCalledTimes(1);
  });
});
