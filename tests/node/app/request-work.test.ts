import { describe, expect, it } from 'vitest';
import { NO_WORK, workStep, type WorkEvent, type WorkState } from '../../../node/app/request-work';
import { createSessionShell, initialShell } from '../../../node/app/session-shell';

/** The state after `events`, and the effects of the last one. */
function run(events: Array<WorkEvent<string>>, state: WorkState<string> = NO_WORK) {
  let effects: ReturnType<typeof workStep<string>>['effects'] = [];
  for (const e of events) ({ state, effects } = workStep(state, e));
  return { state, effects };
}

describe('the work of main’s requests', () => {
  it('keeps what cancels each request’s work', () => {
    const { state, effects } = run([{ type: 'started', request: 1, controller: 'one' }, { type: 'started', request: 2, controller: 'two' }]);
    expect(state.live).toEqual([{ request: 1, controller: 'one' }, { request: 2, controller: 'two' }]);
    expect(effects).toEqual([]);
  });

  it('aborts and forgets the work of every request older than the one begun', () => {
    const started = run([1, 2, 3].map((n) => ({ type: 'started', request: n, controller: `c${n}` })));
    const { state, effects } = workStep(started.state, { type: 'supersede', request: 3 });
    expect(effects).toEqual([{ type: 'abort', controller: 'c1', why: 'superseded' }, { type: 'abort', controller: 'c2', why: 'superseded' }]);
    expect(state.live).toEqual([{ request: 3, controller: 'c3' }]);
  });

  it('supersedes nothing when no older work runs', () => {
    expect(run([{ type: 'supersede', request: 1 }]).effects).toEqual([]);
  });

  it('cancels the latest request’s work on the analyst’s word, and still supersedes it later', () => {
    const started = run([{ type: 'started', request: 4, controller: 'four' }]);
    const cancelled = workStep(started.state, { type: 'cancel', request: 4 });
    expect(cancelled.effects).toEqual([{ type: 'abort', controller: 'four', why: 'cancelled' }]);
    expect(cancelled.state.live).toEqual([{ request: 4, controller: 'four' }]);
    expect(workStep(cancelled.state, { type: 'supersede', request: 5 }).effects).toEqual([{ type: 'abort', controller: 'four', why: 'superseded' }]);
  });

  it('cancels nothing when the latest request has no work', () => {
    expect(run([{ type: 'started', request: 1, controller: 'one' }, { type: 'cancel', request: 2 }]).effects).toEqual([]);
  });
});

describe('the session’s shell', () => {
  it('starts with no request, no work and no answer kept', () => {
    const state = initialShell('Settings could not be read.');
    expect(state.work).toEqual(NO_WORK);
    expect(state.answers).toEqual({});
    expect(state.session.startNotice).toBe('Settings could not be read.');
  });

  it('aborts an older request’s signal when a newer one begins, and only the newer may show', () => {
    const shell = createSessionShell(null);
    const first = shell.begin();
    const second = shell.begin();
    expect(first.signal.aborted).toBe(true);
    expect(first.signal.reason).toMatchObject({ message: 'A later request replaced this one.' });
    expect(first.mayShow()).toBe(false);
    expect(second.signal.aborted).toBe(false);
    expect(second.mayShow()).toBe(true);
    shell.cancelLatest();
    expect(second.signal.aborted).toBe(true);
  });

  it('keeps the start\'s answer until it is forgotten', async () => {
    const shell = createSessionShell(null);
    const answer = Promise.resolve({ ok: false as const, error: { code: 'internal' as const, message: 'x' } });
    shell.keepStart(answer);
    expect(shell.keptStart()).toBe(answer);
    shell.keepStart(undefined);
    expect(shell.keptStart()).toBeUndefined();
  });

  it('keeps a deferred article waiting, not run, until it is started, and starts it once', async () => {
    const shell = createSessionShell(null);
    let runs = 0;
    shell.deferArticle(() => {
      runs += 1;
      return Promise.resolve({ ok: true as const, value: null });
    });
    expect(runs).toBe(0);
    expect(shell.articleAnswer()).toBeUndefined();
    shell.startArticle();
    shell.startArticle();
    expect(runs).toBe(1);
    await expect(shell.articleAnswer()).resolves.toEqual({ ok: true, value: null });
  });

  it('replaces a waiting article analysis with a later one, which alone runs', async () => {
    const shell = createSessionShell(null);
    const ran: string[] = [];
    shell.deferArticle(() => (ran.push('first'), Promise.resolve({ ok: true as const, value: null })));
    shell.deferArticle(() => (ran.push('second'), Promise.resolve({ ok: true as const, value: null })));
    shell.startArticle();
    expect(ran).toEqual(['second']);
  });
});
