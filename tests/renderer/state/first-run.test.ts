import { describe, expect, it } from 'vitest';
import { INTRO_SEEN_KEY, introSeen, keyPlatform, markIntroSeen, type FlagStorage } from '../../../renderer/state/first-run';

function memoryStorage(): FlagStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const throwing: FlagStorage = {
  getItem: () => { throw new Error('SecurityError'); },
  setItem: () => { throw new Error('QuotaExceededError'); },
};

describe('the first-run flag', () => {
  it('is unset at first, and set once the introduction is dismissed', () => {
    const storage = memoryStorage();
    expect(introSeen(storage)).toBe(false);
    expect(markIntroSeen(storage)).toBe(true);
    expect(storage.data.get(INTRO_SEEN_KEY)).toBe('1');
    expect(introSeen(storage)).toBe(true);
  });

  it('counts a storage that throws, or none, as not seen, without failing', () => {
    expect(introSeen(throwing)).toBe(false);
    expect(markIntroSeen(throwing)).toBe(false);
    expect(introSeen(null)).toBe(false);
    expect(markIntroSeen(null)).toBe(false);
  });

  it('names the keyboard platform from navigator.platform', () => {
    expect(keyPlatform('MacIntel')).toBe('mac');
    expect(keyPlatform('Linux x86_64')).toBe('other');
    expect(keyPlatform('Win32')).toBe('other');
  });
});
