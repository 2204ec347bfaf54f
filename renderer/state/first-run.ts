/**
 * The first-run introduction's state, as a small state machine. Whether it was
 * dismissed before is main's to keep (settings.json, `introSeen`, read with
 * `getSettings` and written with `markIntroSeen`): the page's own storage would start
 * empty whenever its origin changes (app:// instead of file://) or the profile is
 * cleared. Until main answers, the introduction is not shown; an answer that fails
 * counts as a first run (the worst case is the introduction shown again).
 */

/** Whether the introduction is shown: `unknown` until main's settings answer. */
export type IntroState = 'unknown' | 'shown' | 'hidden';

/** What changes it: main's answer (the flag, or `failed`), Help › Show Introduction, or "Got it" / Escape. */
export type IntroEvent =
  | { type: 'settings'; introSeen: boolean | 'failed' }
  | { type: 'show' }
  | { type: 'dismiss' };

/** The next state. Main's answer counts only while the state is unknown: the user's own choice, made before it, stands. */
export function introAfter(state: IntroState, event: IntroEvent): IntroState {
  switch (event.type) {
    case 'settings':
      if (state !== 'unknown') return state;
      return event.introSeen === true ? 'hidden' : 'shown';
    case 'show':
      return 'shown';
    case 'dismiss':
      return 'hidden';
  }
}

/** The keyboard's platform, for the shortcuts' modifier names (⌘ on macOS, Ctrl elsewhere). */
export function keyPlatform(platform: string): 'mac' | 'other' {
  return /^mac|iphone|ipad/i.test(platform) ? 'mac' : 'other';
}
