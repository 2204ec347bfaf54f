import { describe, expect, it } from 'vitest';
import { introAfter, keyPlatform, type IntroEvent, type IntroState } from '../../../renderer/state/first-run';

const run = (events: IntroEvent[], from: IntroState = 'unknown') => events.reduce(introAfter, from);

describe('the first-run introduction’s state', () => {
  it('waits for main’s settings, then shows on a first run and not after a dismissal', () => {
    expect(run([])).toBe('unknown');
    expect(run([{ type: 'settings', introSeen: false }])).toBe('shown');
    expect(run([{ type: 'settings', introSeen: true }])).toBe('hidden');
  });

  it('counts a failed answer as a first run', () => {
    expect(run([{ type: 'settings', introSeen: 'failed' }])).toBe('shown');
  });

  it('is dismissed and brought back by the user, whose choice made before main answers stands', () => {
    expect(run([{ type: 'settings', introSeen: false }, { type: 'dismiss' }])).toBe('hidden');
    expect(run([{ type: 'settings', introSeen: true }, { type: 'show' }])).toBe('shown');
    expect(run([{ type: 'show' }, { type: 'settings', introSeen: true }])).toBe('shown');
    expect(run([{ type: 'dismiss' }, { type: 'settings', introSeen: false }])).toBe('hidden');
    expect(run([{ type: 'settings', introSeen: false }, { type: 'settings', introSeen: true }])).toBe('shown');
  });

  it('names the keyboard platform from navigator.platform', () => {
    expect(keyPlatform('MacIntel')).toBe('mac');
    expect(keyPlatform('Linux x86_64')).toBe('other');
    expect(keyPlatform('Win32')).toBe('other');
  });
});
