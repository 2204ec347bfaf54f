/**
 * The app's own scheme, `app://readout-compare/…`, as the Electron security guide
 * recommends in place of `file://` ("Use a custom protocol instead of the file
 * protocol"): a privileged, standard, secure scheme whose handler serves only the
 * files of the built renderer folder (out/renderer), with the content security
 * policy as a header. Refused: any method but GET (403); a path that leaves that
 * folder (`..`, encoded or not), names no regular file, or reaches a file outside the
 * folder through a symbolic link (404). Thin glue over app-url.ts, which is pure.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { protocol } from 'electron';
import { APP_SCHEME, appRequestTarget, isInside } from './app-url';

export { APP_HOST, APP_ORIGIN, APP_SCHEME } from './app-url';

/** Content types of the files electron-vite builds into out/renderer. */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

/** The content type of a served file, from its extension. */
export function contentTypeOf(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Registers the scheme as privileged: standard (relative URLs, an origin of its own,
 * web storage), secure (a secure context, like https) and fetch-capable. Not
 * `bypassCSP`: the page's policy applies. Must run before the app's `ready` event.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

const refusal = (status: 403 | 404): Response =>
  new Response(status === 403 ? 'Forbidden' : 'Not found', { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/** The real path of `file` when it is a regular file whose real path is inside `realRoot`; else null. */
async function servable(realRoot: string, file: string): Promise<string | null> {
  const real = await realpath(file).catch(() => null);
  if (real === null || !isInside(realRoot, real)) return null;
  const s = await stat(real).catch(() => null);
  return s?.isFile() ? real : null;
}

/** Answers one request to the scheme for `root` (out/renderer), each file with `csp`. */
export async function serveAppRequest(root: string, csp: string, request: { method: string; url: string }): Promise<Response> {
  const target = appRequestTarget(root, request);
  if (!target.ok) return refusal(target.status);
  const realRoot = await realpath(root).catch(() => null);
  const file = realRoot === null ? null : await servable(realRoot, target.file);
  if (file === null) return refusal(404);
  try {
    const body = await readFile(file);
    return new Response(body, {
      status: 200,
      headers: { 'content-type': contentTypeOf(file), 'content-security-policy': csp, 'x-content-type-options': 'nosniff' },
    });
  } catch {
    return refusal(404);
  }
}

/** Serves `root` (out/renderer) on the scheme, each response carrying `csp`; call once the app is ready. */
export function handleAppScheme(root: string, csp: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(root, csp, request));
}
