/**
 * What the app scheme (app-protocol.ts) answers, as a fetch `Response`: the files of
 * the built renderer folder (out/renderer) and nothing else. No `electron` import, so
 * that the browser tests serve the renderer through exactly this code
 * (tests/e2e/harness.ts). Refused: any method but GET (403); a path that leaves the
 * folder (`..`, encoded or not), names no regular file, or reaches a file outside the
 * folder through a symbolic link (404). The rules on the URL are pure (app-url.ts).
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { appRequestTarget, isInside } from './app-url';

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

const refusal = (status: 403 | 404): Response =>
  new Response(status === 403 ? 'Forbidden' : 'Not found', { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/** The real path of `file` when it is a regular file whose real path is inside `realRoot`; else null. */
async function servable(realRoot: string, file: string): Promise<string | null> {
  const real = await realpath(file).catch(() => null);
  if (real === null || !isInside(realRoot, real)) return null;
  const s = await stat(real).catch(() => null);
  return s?.isFile() ? real : null;
}

/** Answers one request to the scheme for `root` (out/renderer), each file with `csp` as its Content-Security-Policy header. */
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
