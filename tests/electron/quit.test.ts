import { describe, expect, it, vi } from 'vitest';
import { flushBeforeQuit, flushSettingsBeforeExit } from '../../electron/quit';

/** An app whose before-quit listener the test calls, and handlers whose flush it resolves. */
function setUp(pending: () => boolean) {
  let listener: ((event: { preventDefault: () => void }) => void) | undefined;
  let finish: () => void = () => {};
  const app = { on: vi.fn((_name: string, l: typeof listener) => { listener = l; }), quit: vi.fn() };
  const handlers = { autosavePending: vi.fn(pending), flush: vi.fn(() => new Promise<void>((resolve) => { finish = resolve; })) };
  flushBeforeQuit(app as never, handlers);
  const quit = () => {
    const event = { preventDefault: vi.fn() };
    listener!(event);
    return event;
  };
  return { app, handlers, quit, finish: () => finish() };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('flushBeforeQuit', () => {
  it('lets the quit through when nothing waits to be autosaved', () => {
    const { quit, handlers } = setUp(() => false);
    expect(quit().preventDefault).not.toHaveBeenCalled();
    expect(handlers.flush).not.toHaveBeenCalled();
  });

  it('holds the quit, writes the autosave, then quits; a second quit meanwhile is held too', async () => {
    let pending = true;
    const { app, quit, handlers, finish } = setUp(() => pending);
    expect(quit().preventDefault).toHaveBeenCalledTimes(1);
    expect(quit().preventDefault).toHaveBeenCalledTimes(1);
    expect(handlers.flush).toHaveBeenCalledTimes(1);
    expect(app.quit).not.toHaveBeenCalled();
    pending = false;
    finish();
    await tick();
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(quit().preventDefault).not.toHaveBeenCalled();
  });
});

describe('flushSettingsBeforeExit', () => {
  it('holds the exit at will-quit until the settings are written, then quits', async () => {
    let listener: ((event: { preventDefault: () => void }) => void) | undefined;
    const app = { on: vi.fn((_name: string, l: typeof listener) => { listener = l; }), quit: vi.fn() };
    let pending = true;
    const settings = { pending: () => pending, flush: vi.fn(async () => { pending = false; }) };
    flushSettingsBeforeExit(app as never, settings);
    expect(app.on).toHaveBeenCalledWith('will-quit', expect.any(Function));
    const event = { preventDefault: vi.fn() };
    listener!(event);
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(app.quit).toHaveBeenCalledTimes(1);
    const again = { preventDefault: vi.fn() };
    listener!(again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });
});
