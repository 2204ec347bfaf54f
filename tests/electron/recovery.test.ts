import { describe, expect, it, vi } from 'vitest';
import { CRASH_WINDOW_MS, isCrash, MAX_RECOVERIES, watchForCrashes } from '../../electron/recovery';

function setUp() {
  let gone: ((event: unknown, details: { reason: string; exitCode: number }) => void) | undefined;
  const win = { isDestroyed: () => false, webContents: { on: vi.fn((_name: string, l: typeof gone) => { gone = l; }) } };
  let t = 0;
  const actions = { load: vi.fn(), log: vi.fn(), giveUp: vi.fn(), now: () => t };
  watchForCrashes(win as never, actions);
  return { actions, crash: (reason: string, at: number) => { t = at; gone!({}, { reason, exitCode: 1 }); } };
}

describe('watchForCrashes', () => {
  it('counts everything but a clean exit as a crash', () => {
    expect(isCrash({ reason: 'clean-exit' })).toBe(false);
    for (const reason of ['crashed', 'killed', 'oom', 'abnormal-exit', 'launch-failed', 'integrity-failure'] as const) expect(isCrash({ reason })).toBe(true);
  });

  it('logs a crash and loads the page in its recovery state, naming the reason', () => {
    const { actions, crash } = setUp();
    crash('oom', 0);
    expect(actions.log).toHaveBeenCalledWith("The window's renderer stopped: oom (exit code 1).");
    expect(actions.load).toHaveBeenCalledWith('recovery=oom');
  });

  it('gives up after more than three crashes in a minute, and recovers again after a quiet minute', () => {
    const { actions, crash } = setUp();
    for (let i = 0; i < MAX_RECOVERIES; i++) crash('crashed', i * 1000);
    expect(actions.load).toHaveBeenCalledTimes(MAX_RECOVERIES);
    crash('crashed', 5000);
    expect(actions.load).toHaveBeenCalledTimes(MAX_RECOVERIES);
    expect(actions.giveUp).toHaveBeenCalledWith(expect.stringMatching(/^The window stopped 4 times in a minute \(crashed\)\. Your work was autosaved/));
    crash('crashed', 5000 + CRASH_WINDOW_MS + 1);
    expect(actions.load).toHaveBeenCalledTimes(MAX_RECOVERIES + 1);
  });
});
