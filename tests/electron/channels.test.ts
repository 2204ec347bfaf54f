import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc/channels';
import * as contract from '../../shared/ipc/contract';

// shared/ipc/channels.ts lets the sandboxed preload import the channel names without zod;
// until contract.ts re-exports them from there, the two lists must not drift apart.
describe('the channel names', () => {
  it('are the contract’s', () => {
    expect(CHANNELS).toEqual(contract.CHANNELS);
  });

  it('are all distinct', () => {
    expect(new Set(Object.values(CHANNELS)).size).toBe(Object.values(CHANNELS).length);
  });
});
