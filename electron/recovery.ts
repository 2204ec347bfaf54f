/**
 * A renderer that crashes (or is killed, or runs out of memory) leaves a blank
 * window. Main sees it (`render-process-gone`), logs it, and loads the app's page
 * again in its recovery state (`#recovery=<reason>`): the page says what happened
 * and offers Reload, which shows the comparison with the analyst's work (main holds
 * the latest the renderer reported, and `initial()` answers it again).
 */
import type { BrowserWindow, RenderProcessGoneDetails } from 'electron';

/** The page's hash for its recovery state (renderer/recovery.ts reads it). */
export const RECOVERY_HASH = 'recovery';

/** More crashes than this within `CRASH_WINDOW_MS`: the page is not loaded again (it would crash again). */
export const MAX_RECOVERIES = 3;
export const CRASH_WINDOW_MS = 60_000;

/** Whether the renderer's end was a crash (anything but a clean exit). */
export function isCrash(details: Pick<RenderProcessGoneDetails, 'reason'>): boolean {
  return details.reason !== 'clean-exit';
}

/** What `watchForCrashes` does about a crash. */
export interface RecoveryActions {
  /** Loads the app's page with this hash. */
  load(hash: string): void;
  /** Logs a line. */
  log(message: string): void;
  /** Tells the user the window cannot be recovered (crashing over and over). */
  giveUp(message: string): void;
  /** The clock, in ms. */
  now?: () => number;
}

/** Watches `win`'s renderer and shows the recovery page after a crash. */
export function watchForCrashes(win: Pick<BrowserWindow, 'webContents' | 'isDestroyed'>, actions: RecoveryActions): void {
  const now = actions.now ?? Date.now;
  const crashes: number[] = [];
  win.webContents.on('render-process-gone', (_event, details) => {
    if (!isCrash(details) || win.isDestroyed()) return;
    actions.log(`The window's renderer stopped: ${details.reason} (exit code ${details.exitCode}).`);
    const t = now();
    crashes.push(t);
    while (crashes.length > 0 && crashes[0]! < t - CRASH_WINDOW_MS) crashes.shift();
    if (crashes.length > MAX_RECOVERIES) {
      actions.giveUp(`The window stopped ${crashes.length} times in a minute (${details.reason}). Your work was autosaved: restart Readout Compare to continue.`);
      return;
    }
    actions.load(`${RECOVERY_HASH}=${encodeURIComponent(details.reason)}`);
  });
}
