import { describe, expect, it } from 'vitest';
import { NO_LISTENER, relayStep, type RelayEvent, type RelayState } from '../../../shared/ipc/held-relay';

/** The state after `events`, and every delivery made on the way. */
function after(events: Array<RelayEvent<string>>): { state: RelayState<string>; delivered: string[] } {
  let state: RelayState<string> = NO_LISTENER;
  const delivered: string[] = [];
  for (const e of events) {
    const step = relayStep(state, e);
    state = step.state;
    delivered.push(...step.deliver);
  }
  return { state, delivered };
}

describe('the relay of what main sends before the page listens (R6)', () => {
  it('keeps what arrives while nobody listens, and gives it to the first listener', () => {
    expect(after([{ type: 'arrive', payload: 'opened.readouts' }, { type: 'listen' }]).delivered).toEqual(['opened.readouts']);
  });

  it('keeps only the latest: an earlier comparison would be replaced on screen anyway', () => {
    expect(after([{ type: 'arrive', payload: 'first' }, { type: 'arrive', payload: 'second' }, { type: 'listen' }]).delivered).toEqual(['second']);
  });

  it('gives it once: a second listener, or the same one again, does not get it again', () => {
    expect(after([{ type: 'arrive', payload: 'x' }, { type: 'listen' }, { type: 'unlisten' }, { type: 'listen' }]).delivered).toEqual(['x']);
  });

  it('passes on at once what arrives while someone listens, and holds again once nobody does', () => {
    const r = after([{ type: 'listen' }, { type: 'arrive', payload: 'now' }, { type: 'unlisten' }, { type: 'arrive', payload: 'later' }]);
    expect(r.delivered).toEqual(['now']);
    expect(r.state).toEqual({ listeners: 0, held: { payload: 'later' } });
    expect(relayStep(r.state, { type: 'listen' }).deliver).toEqual(['later']);
  });

  it('never counts fewer than no listeners', () => {
    expect(after([{ type: 'unlisten' }, { type: 'arrive', payload: 'kept' }]).state).toEqual({ listeners: 0, held: { payload: 'kept' } });
  });
});
