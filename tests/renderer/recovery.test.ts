import { describe, expect, it, vi } from 'vitest';
import { RENDERER_ERROR_LIMITS, type RendererError } from '../../shared/ipc/contract';
import { crashMessage, crashReason, errorReport, reportErrors } from '../../renderer/recovery';

describe('crashReason', () => {
  it('reads the reason of the recovery state, and nothing from any other hash', () => {
    expect(crashReason('#recovery=crashed')).toBe('crashed');
    expect(crashReason('#recovery=abnormal-exit')).toBe('abnormal-exit');
    expect(crashReason('#recovery=')).toBe('unknown');
    expect(crashReason('#recovery=%E0%A4%A')).toBe('unknown');
    expect(crashReason('')).toBeNull();
    expect(crashReason('#row-3')).toBeNull();
  });
});

describe('crashMessage', () => {
  it('says why in words, with the reason', () => {
    expect(crashMessage('oom')).toBe('The window stopped working: it ran out of memory (oom).');
    expect(crashMessage('killed')).toBe('The window stopped working: it was stopped by the system (killed).');
    expect(crashMessage('crashed')).toBe('The window stopped working: it crashed (crashed).');
  });
});

describe('errorReport', () => {
  it('cuts the message and stack to the contract’s limits', () => {
    const e = new TypeError('x'.repeat(5_000));
    e.stack = 'y'.repeat(20_000);
    const report = errorReport('error', e);
    expect(report.message).toHaveLength(RENDERER_ERROR_LIMITS.message);
    expect(report.message.startsWith('TypeError: x')).toBe(true);
    expect(report.stack).toHaveLength(RENDERER_ERROR_LIMITS.stack);
  });

  it('reports a thrown non-error as text, without a stack', () => {
    expect(errorReport('rejection', 42)).toEqual({ kind: 'rejection', message: '42' });
  });
});

describe('reportErrors', () => {
  it('sends uncaught errors and unhandled rejections to main', () => {
    const listeners = new Map<string, (e: unknown) => void>();
    const target = { addEventListener: (name: string, l: (e: unknown) => void) => listeners.set(name, l) };
    const api = { logError: vi.fn(async (_r: RendererError) => ({ ok: true as const, value: null })) };
    reportErrors(api, target as never);
    listeners.get('error')!({ error: new RangeError('too far'), message: 'Uncaught RangeError: too far' });
    listeners.get('unhandledrejection')!({ reason: 'no answer' });
    expect(api.logError.mock.calls.map(([r]) => [r.kind, r.message])).toEqual([['error', 'RangeError: too far'], ['rejection', 'no answer']]);
  });
});
