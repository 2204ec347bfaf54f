import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { describeArg, installMainLogging, logRendererError } from '../../electron/logging';
import type { Log } from '../../node/log/log';

const fakeLog = () => ({ dir: '/logs', write: vi.fn(), flush: vi.fn(async () => undefined) }) satisfies Log;

describe('installMainLogging', () => {
  it('copies console.error and console.warn to the log, still printing them', () => {
    const log = fakeLog();
    const printed = { error: vi.fn(), warn: vi.fn() };
    const con = { ...printed };
    installMainLogging(log, { process: new EventEmitter() as never, console: con as never });
    const e = new Error('disk full');
    con.error('Autosave failed:', e);
    con.warn('IPC refused', { url: 'file:///x' });
    expect(printed.error).toHaveBeenCalledWith('Autosave failed:', e);
    expect(log.write).toHaveBeenNthCalledWith(1, 'error', 'main', `Autosave failed: ${e.stack}`);
    expect(log.write).toHaveBeenNthCalledWith(2, 'warn', 'main', "IPC refused { url: 'file:///x' }");
  });

  it('logs uncaught exceptions and unhandled rejections', () => {
    const log = fakeLog();
    const proc = new EventEmitter();
    installMainLogging(log, { process: proc as never, console: { error: vi.fn(), warn: vi.fn() } as never });
    proc.emit('uncaughtException', new TypeError('x is undefined'));
    proc.emit('unhandledRejection', 'plain reason');
    expect(log.write.mock.calls[0]![2]).toMatch(/^Uncaught exception: TypeError: x is undefined\n\s+at /);
    expect(log.write.mock.calls[1]).toEqual(['error', 'main', 'Unhandled rejection: plain reason']);
  });
});

describe('describeArg', () => {
  it('keeps objects short', () => {
    expect(describeArg({ text: 'y'.repeat(500) }).length).toBeLessThan(260);
  });
});

describe('logRendererError', () => {
  it('logs the kind, message and stack as the renderer’s', () => {
    const log = fakeLog();
    logRendererError(log, { kind: 'render', message: 'TypeError: rows is undefined', stack: 'at RowList' });
    expect(log.write).toHaveBeenCalledWith('error', 'renderer', 'Render error: TypeError: rows is undefined\nat RowList');
  });
});
