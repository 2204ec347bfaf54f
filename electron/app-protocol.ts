/**
 * The app's own scheme, `app://readout-compare/…`, as the Electron security guide
 * recommends in place of `file://` ("Use a custom protocol instead of the file
 * protocol"): a privileged, standard, secure scheme whose handler serves only the
 * files of the built renderer folder (out/renderer), with the content security
 * policy as a header. A path that leaves that folder (`..`, encoded or not) or names
 * no file is 404. Thin glue over `resolveAppPath`, which is pure.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { protocol } from 'electron';

/** The scheme's name. */
export const APP_SCHEME = 'app';
/** The one host the scheme serves. */
export const APP_HOST = 'readout-compare';
/** The origin of the app's pages. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Content types of the files electron-vite builds into out/renderer. */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

/** Registers the scheme as privileged; must run before the app's `ready` event. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/**
 * The file under `root` that `url` names, or null: another scheme or host, a
 * path that decodes outside `root` (`..`, `%2e%2e`, `..%2f`), a NUL, or a bad escape.
 */
export function resolveAppPath(root: string, url: string): string | null {
  let parsed: URL;
  let path: string;
  try {
    parsed = new URL(url);
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || path.includes('\u0000')) return null;
  const base = resolve(root);
  const file = resolve(join(base, path));
  const inside = relative(base, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return file;
}

/** Serves `root` (out/renderer) on the scheme, each response carrying `csp`; call once the app is ready. */
export function handleAppScheme(root: string, csp: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppPath(root, request.url);
    const notFound = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    if (file === null) return notFound();
    try {
      if (!(await stat(file)).isFile()) return notFound();
      const body = await readFile(file);
      return new Response(body, {
        status: 200,
        headers: { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'content-security-policy': csp, 'x-content-type-options': 'nosniff' },
      });
    } catch {
      return notFound();
    }
  });
}
