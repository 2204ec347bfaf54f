/**
 * The first-run introduction's "seen" flag, kept in the page's localStorage (the
 * renderer's own origin: `file://` in Electron, allowed by the sandbox and the CSP).
 * No settings file is needed for one flag; a storage that throws (disabled, full)
 * counts as "not seen", so the worst case is the introduction shown again.
 */

/** The localStorage key of the flag. */
export const INTRO_SEEN_KEY = 'readouts.intro-seen';

/** The part of `Storage` used here (a fake in tests). */
export type FlagStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The page's localStorage, or null where reading it throws. */
export function pageStorage(): FlagStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Whether the introduction was dismissed before. */
export function introSeen(storage: FlagStorage | null): boolean {
  try {
    return storage?.getItem(INTRO_SEEN_KEY) === '1';
  } catch {
    return false;
  }
}

/** Remembers that the introduction was dismissed; false when the storage refused. */
export function markIntroSeen(storage: FlagStorage | null): boolean {
  try {
    if (!storage) return false;
    storage.setItem(INTRO_SEEN_KEY, '1');
    return true;
  } catch {
    return false;
  }
}

/** The keyboard's platform, for the shortcuts' modifier names (⌘ on macOS, Ctrl elsewhere). */
export function keyPlatform(platform: string): 'mac' | 'other' {
  return /^mac|iphone|ipad/i.test(platform) ? 'mac' : 'other';
}
