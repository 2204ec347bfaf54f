import { describe, expect, it } from 'vitest';
import { begin, isLatest, NO_REQUESTS } from '../../../shared/ipc/latest';
import { currentRequest, initialSession, mayShow, sessionStep, type SessionEvent, type SessionState } from '../../../node/app/session';

/** The state after `events`, and the effects of the last one. */
function run(events: Array<SessionEvent<string>>, state: SessionState<string> = initialSession<string>()) {
  let effects: ReturnType<typeof sessionStep<string>>['effects'] = [];
  for (const e of events) ({ state, effects } = sessionStep(state, e));
  return { state, effects };
}

describe('latest request wins', () => {
  it('lets only the request begun last take the screen', () => {
    const one = begin(NO_REQUESTS);
    const two = begin(one);
    expect(isLatest(one, 1)).toBe(true);
    expect(isLatest(two, 1)).toBe(false);
    expect(isLatest(two, 2)).toBe(true);
  });
});

describe('the main-side session', () => {
  it('numbers requests, and a newer one supersedes every older one', () => {
    const { state, effects } = run([{ type: 'begin' }, { type: 'begin' }]);
    expect(currentRequest(state)).toBe(2);
    expect(effects).toEqual([{ type: 'supersede', request: 2 }]);
    expect(mayShow(state, 1)).toBe(false);
    expect(mayShow(state, 2)).toBe(true);
  });

  it('prepares the start once, and the page’s request answers what was prepared, with the start notice once', () => {
    const prefetched = run([{ type: 'prefetch' }], initialSession('Settings could not be read.'));
    expect(prefetched.effects).toEqual([{ type: 'prepare-start', file: undefined }]);
    expect(sessionStep(prefetched.state, { type: 'prefetch', file: 'x.readouts' }).effects).toEqual([]);
    const asked = sessionStep(prefetched.state, { type: 'initial', onScreen: false });
    expect(asked.effects).toEqual([{ type: 'answer-prepared' }, { type: 'notice', notice: 'Settings could not be read.' }]);
    expect(asked.state.start).toEqual({ phase: 'asked' });
    // asked again (the page reloaded): the comparison on screen, recomputed; the notice is not said twice
    expect(sessionStep(asked.state, { type: 'initial', onScreen: true }).effects).toEqual([{ type: 'answer-reload' }]);
    expect(sessionStep(asked.state, { type: 'initial', onScreen: false }).effects).toEqual([{ type: 'answer-start' }]);
  });

  it('starts afresh when the page asks before anything was prepared', () => {
    expect(run([{ type: 'initial', onScreen: false }]).effects).toEqual([{ type: 'answer-start' }]);
  });

  it('makes a file the system opens before the page asked the comparison shown at start; after, opens it now', () => {
    expect(run([{ type: 'system-open', path: 'a.readouts' }]).effects).toEqual([{ type: 'prepare-start', file: 'a.readouts' }]);
    expect(run([{ type: 'prefetch' }, { type: 'system-open', path: 'a.readouts' }]).effects).toEqual([{ type: 'prepare-over', path: 'a.readouts' }]);
    const asked = run([{ type: 'initial', onScreen: false }, { type: 'system-open', path: 'a.readouts' }]);
    expect(asked.effects).toEqual([{ type: 'open-now', path: 'a.readouts' }]);
    // the file opened before the page asked is what it gets
    expect(run([{ type: 'system-open', path: 'a.readouts' }, { type: 'initial', onScreen: false }]).effects).toEqual([{ type: 'answer-prepared' }]);
  });

  it('answers the article pending only for the comparison it is analysed against', () => {
    const { state } = run([{ type: 'defer-article', document: 3 }]);
    expect(sessionStep(state, { type: 'ask-article', document: 3 }).effects).toEqual([{ type: 'answer-article' }]);
    expect(sessionStep(state, { type: 'ask-article', document: 4 }).effects).toEqual([{ type: 'answer-none' }]);
    expect(run([{ type: 'ask-article', document: 1 }]).effects).toEqual([{ type: 'answer-none' }]);
  });

  it('pairs a readout held for its language with the next one on the other side of the same comparison, once', () => {
    const held = run([{ type: 'hold', held: { side: 'a', readout: 'russian.txt', document: 2 } }]).state;
    const taken = sessionStep(held, { type: 'take-held', side: 'b', document: 2 });
    expect(taken.effects).toEqual([{ type: 'pair', readout: 'russian.txt' }]);
    expect(taken.state.held).toBeNull();
    expect(sessionStep(taken.state, { type: 'take-held', side: 'b', document: 2 }).effects).toEqual([]);
    // the same side replaces it; another comparison on screen forgets it
    expect(sessionStep(held, { type: 'take-held', side: 'a', document: 2 })).toEqual({ state: { ...held, held: null }, effects: [] });
    expect(sessionStep(held, { type: 'take-held', side: 'b', document: 5 }).effects).toEqual([]);
  });
});
