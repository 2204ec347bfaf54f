/**
 * The renderer's Content Security Policy, as pure data (no `electron` import), so
 * that tests and build tooling can read it. `security.ts` applies it as a header.
 */

/** The production policy: the app's own files only, no inline code, no eval, no framing. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The policy for a build: `CSP` in production. In development the Vite dev server
 * needs three relaxations, and only there:
 * - inline scripts: @vitejs/plugin-react injects its fast-refresh preamble as an
 *   inline module script after Vite has turned the page's own inline scripts into
 *   modules, so `script-src 'self'` would block it;
 * - inline styles: Vite's client injects CSS as `<style>` elements;
 * - `ws:`: the hot-reload socket.
 */
export function cspFor(dev: boolean): string {
  if (!dev) return CSP;
  return CSP
    .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    .replace("connect-src 'self'", "connect-src 'self' ws:");
}
