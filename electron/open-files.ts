/**
 * Comparison files the system asks the app to open: a `.readouts` file
 * double-clicked, or passed on the command line of the first launch or of a second
 * one (Windows and Linux pass it in argv; a second launch hands its argv and working
 * folder to the running app through `second-instance`), or sent by macOS as
 * `open-file`, which can come before the app is ready. Paths are queued until the
 * app can open them.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { App } from 'electron';

/** The extension of comparison files, the only files the app opens from the system. */
const READOUTS = /\.readouts$/iu;

/**
 * The comparison files named in a launch's `argv`: after the executable (and, when
 * run as `electron <app>` in development, `defaultApp`, after the app's path),
 * every argument ending in `.readouts` that is not a switch (Chromium adds its own
 * switches to a second instance's argv), as an absolute path resolved against
 * `cwd`; `file://` URLs (some Linux desktops pass them) become paths.
 */
export function readoutsPathsInArgv(argv: readonly string[], options: { defaultApp: boolean; cwd: string }): string[] {
  const paths: string[] = [];
  for (const arg of argv.slice(options.defaultApp ? 2 : 1)) {
    if (arg.startsWith('-')) continue;
    let path = arg;
    if (/^file:\/\//iu.test(arg)) {
      try {
        path = fileURLToPath(arg);
      } catch {
        continue;
      }
    }
    if (!READOUTS.test(path)) continue;
    paths.push(isAbsolute(path) ? path : resolve(options.cwd, path));
  }
  return paths;
}

/** The queue of files to open. */
export interface OpenedFiles {
  /** Files to open (from argv or `second-instance`); delivered at once once `deliverTo` was called. */
  add(paths: readonly string[]): void;
  /** Takes the files waiting (oldest first), leaving none. */
  take(): string[];
  /** From now on, every file is handed to `open` as it comes; the ones waiting too. */
  deliverTo(open: (path: string) => void): void;
}

/**
 * Listens for macOS's `open-file` at once (it can come before `ready`), and
 * queues every file until `deliverTo`.
 */
export function collectOpenedFiles(app: Pick<App, 'on'>): OpenedFiles {
  const waiting: string[] = [];
  let deliver: ((path: string) => void) | null = null;
  const add = (paths: readonly string[]): void => {
    for (const path of paths) {
      if (deliver) deliver(path);
      else waiting.push(path);
    }
  };
  app.on('open-file', (event, path) => {
    // handled: macOS must not report that the app could not open it
    event.preventDefault();
    if (READOUTS.test(path)) add([path]);
  });
  return {
    add,
    take: () => waiting.splice(0),
    deliverTo(open) {
      deliver = open;
      add(waiting.splice(0));
    },
  };
}
