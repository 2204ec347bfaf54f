/**
 * Where the renderer is loaded from, and how main recognises the app's own pages
 * (for navigation and IPC sender checks). Pure: no `electron` import.
 */
import { pathToFileURL } from 'node:url';

/** The renderer's location: the electron-vite dev server, or the built index.html. */
export type AppLocation =
  | { kind: 'dev-server'; /** e.g. "http://localhost:5173" */ url: string }
  | { kind: 'file'; /** absolute path of out/renderer/index.html */ path: string };

/**
 * The renderer's location for this run. The dev server URL (set by electron-vite in
 * `ELECTRON_RENDERER_URL`) is honoured only when the app is not packaged, so an
 * environment variable can never point an installed app at a remote page.
 */
export function appLocationFor(isPackaged: boolean, devServerUrl: string | undefined, indexHtmlPath: string): AppLocation {
  if (!isPackaged && devServerUrl) return { kind: 'dev-server', url: devServerUrl };
  return { kind: 'file', path: indexHtmlPath };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Whether `url` is one of the app's own pages: same origin as the dev server, or the
 * built index.html itself (any query or fragment), never another local file.
 */
export function isAppUrl(location: AppLocation, url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (location.kind === 'dev-server') {
    const own = parse(location.url);
    return own !== null && parsed.origin !== 'null' && parsed.origin === own.origin;
  }
  const own = pathToFileURL(location.path);
  return parsed.protocol === 'file:' && parsed.host === own.host && parsed.pathname === own.pathname;
}
