/**
 * Where the renderer is loaded from, and how main recognises the app's own pages
 * (for navigation and IPC sender checks) and the files its scheme may serve. Pure:
 * no `electron` import, no file system (app-protocol.ts is the glue that reads files).
 *
 * Built, the page is `app://readout-compare/index.html`: a privileged custom scheme
 * (app-protocol.ts) in place of `file://`, as the Electron security guide recommends
 * ("Use a custom protocol instead of the file protocol"), so that the page's origin
 * is the app's alone and no other local file is reachable from it.
 */
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The scheme's name. */
export const APP_SCHEME = 'app';
/** The one host the scheme serves. */
export const APP_HOST = 'readout-compare';
/** The origin of the app's pages. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The app's one page, as the scheme serves it. */
export const APP_PAGE = '/index.html';

/** The renderer's location: the electron-vite dev server, or the built folder served on the app scheme. */
export type AppLocation =
  | { kind: 'dev-server'; /** e.g. "http://localhost:5173" */ url: string }
  | { kind: 'app'; /** absolute path of out/renderer, the only folder the scheme serves */ root: string };

/**
 * The renderer's location for this run. The dev server URL (set by electron-vite in
 * `ELECTRON_RENDERER_URL`) is honoured only when the app is not packaged, so an
 * environment variable can never point an installed app at a remote page.
 */
export function appLocationFor(isPackaged: boolean, devServerUrl: string | undefined, indexHtmlPath: string): AppLocation {
  if (!isPackaged && devServerUrl) return { kind: 'dev-server', url: devServerUrl };
  return { kind: 'app', root: dirname(indexHtmlPath) };
}

/** The URL the window loads: the dev server, or the app's page on its scheme; `hash` (e.g. the recovery state) when given. */
export function appUrlFor(location: AppLocation, hash?: string): string {
  const base = location.kind === 'dev-server' ? location.url : `${APP_ORIGIN}${APP_PAGE}`;
  return hash ? `${base.replace(/#.*$/u, '')}#${hash}` : base;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Whether `url` is one of the app's own pages: same origin as the dev server, or
 * `app://readout-compare/index.html` itself (any query or fragment), never a file://
 * page, another host or another path of the scheme.
 */
export function isAppUrl(location: AppLocation, url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (location.kind === 'dev-server') {
    const own = parse(location.url);
    return own !== null && parsed.origin !== 'null' && parsed.origin === own.origin;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === ''
    && parsed.pathname === APP_PAGE;
}

/** Whether `path` is strictly inside the folder `base` (both absolute; no `..` between them). */
export function isInside(base: string, path: string): boolean {
  const inside = relative(resolve(base), resolve(path));
  return inside !== '' && inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
}

/** What the scheme does with a request: serve the file at `file` (still to be checked on disk), or refuse with `status`. */
export type AppRequestTarget = { ok: true; file: string } | { ok: false; status: 403 | 404 };

/**
 * The file under `root` that `url` names, or null: another scheme or host, a user or
 * a port, a path that decodes outside `root` (`..`, `%2e%2e`, `..%2f`, `..%5c`), a NUL,
 * or a bad escape. Links on disk are the caller's to check (app-protocol.ts).
 */
export function resolveAppPath(root: string, url: string): string | null {
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username !== '' || parsed.password !== '') return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\u0000')) return null;
  // a backslash is a separator on Windows: refused everywhere, so a path means the same on every system
  if (path.includes('\\')) return null;
  const file = resolve(join(resolve(root), path));
  return isInside(root, file) ? file : null;
}

/** The host of the report's pages, served from memory in the report window's own session (report-window.ts). */
export const REPORT_HOST = 'report';

/** The URL of the report page `id` (letters, digits and hyphens). */
export function reportUrl(id: string): string {
  return `${APP_SCHEME}://${REPORT_HOST}/${id}.html`;
}

/** What the report's session does with a request: the page `id` (GET `app://report/<id>.html`), or a refusal (403 another method, 404 anything else). */
export function reportRequestTarget(request: { method: string; url: string }): { ok: true; id: string } | { ok: false; status: 403 | 404 } {
  if (request.method !== 'GET') return { ok: false, status: 403 };
  const parsed = parse(request.url);
  const id = parsed && parsed.protocol === `${APP_SCHEME}:` && parsed.host === REPORT_HOST && parsed.username === '' && parsed.password === ''
    ? /^\/([0-9a-z-]{1,64})\.html$/u.exec(parsed.pathname)?.[1] : undefined;
  return id === undefined ? { ok: false, status: 404 } : { ok: true, id };
}

/** A request to the scheme: GET of a file under `root` (resolveAppPath), else 403 (another method) or 404. */
export function appRequestTarget(root: string, request: { method: string; url: string }): AppRequestTarget {
  if (request.method !== 'GET') return { ok: false, status: 403 };
  const file = resolveAppPath(root, request.url);
  return file === null ? { ok: false, status: 404 } : { ok: true, file };
}
