/**
 * Finds a Chromium-family browser on this system for the CLI's PDF export: the
 * one the user names (`--browser PATH`), else `CHROMIUM_PATH` or `BROWSER_PATH`,
 * else the usual names on PATH and the usual install locations of Chromium,
 * Chrome, Edge and Brave on Linux, macOS and Windows. Every browser of the family
 * has Chromium's printer, the one Electron uses, so the PDF is the app's.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';

/** Names of Chromium-family executables looked up on PATH, most specific first. */
export const BROWSER_NAMES = [
  'chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome',
  'microsoft-edge-stable', 'microsoft-edge', 'msedge', 'brave-browser', 'brave',
] as const;

/** Install locations outside PATH, per platform (`%VAR%` taken from the environment). */
const INSTALLED: Partial<Record<NodeJS.Platform, readonly string[]>> = {
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    '/Applications/Brave Browser.app/Contents/MacOS/Brave Browser',
  ],
  win32: [
    '%ProgramFiles%\\Google\\Chrome\\Application\\chrome.exe',
    '%ProgramFiles(x86)%\\Google\\Chrome\\Application\\chrome.exe',
    '%LOCALAPPDATA%\\Google\\Chrome\\Application\\chrome.exe',
    '%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe',
    '%ProgramFiles%\\Microsoft\\Edge\\Application\\msedge.exe',
    '%LOCALAPPDATA%\\Chromium\\Application\\chrome.exe',
    '%ProgramFiles%\\BraveSoftware\\Brave-Browser\\Application\\brave.exe',
  ],
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/opt/google/chrome/chrome', '/usr/bin/microsoft-edge'],
};

/** What finding a browser needs from the system (tests pass their own). */
export interface BrowserSearch {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** Folder a relative `--browser` path is taken from. */
  cwd: string;
  /** Whether `path` is an executable regular file. */
  isExecutable(path: string): boolean;
}

/** The system's own answers. */
export function systemSearch(cwd: string): BrowserSearch {
  return {
    env: process.env, platform: process.platform, cwd,
    isExecutable: (path) => {
      try {
        if (!statSync(path).isFile()) return false;
        accessSync(path, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** A browser found, or why none is usable. */
export type FoundBrowser = { ok: true; path: string } | { ok: false; message: string };

/** The browser to print with. `chosen` is `--browser PATH`: when given it is the only one tried. */
export function findBrowser(chosen: string | undefined, search: BrowserSearch): FoundBrowser {
  if (chosen !== undefined) {
    const path = isAbsolute(chosen) ? chosen : resolve(search.cwd, chosen);
    return search.isExecutable(path) ? { ok: true, path } : { ok: false, message: `--browser ${chosen}: no executable file there` };
  }
  for (const name of ['CHROMIUM_PATH', 'BROWSER_PATH']) {
    const value = search.env[name];
    if (value) return search.isExecutable(value) ? { ok: true, path: value } : { ok: false, message: `${name}=${value}: no executable file there` };
  }
  const win = search.platform === 'win32';
  const dirs = (search.env.PATH ?? search.env.Path ?? '').split(win ? ';' : delimiter).filter(Boolean);
  for (const name of BROWSER_NAMES) {
    for (const dir of dirs) {
      const path = join(dir, win ? `${name}.exe` : name);
      if (search.isExecutable(path)) return { ok: true, path };
    }
  }
  for (const template of INSTALLED[search.platform] ?? []) {
    const path = template.replace(/%([^%]+)%/g, (_, v: string) => search.env[v] ?? `%${v}%`);
    if (!path.includes('%') && search.isExecutable(path)) return { ok: true, path };
  }
  return {
    ok: false,
    message: 'no Chromium-family browser found to print the PDF with (Chromium, Chrome, Edge or Brave): install one (on Debian: apt-get install chromium), or name it with --browser PATH; --html OUT.html writes the report without a browser',
  };
}
