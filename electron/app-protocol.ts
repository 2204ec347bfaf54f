/**
 * The app's own scheme, `app://readout-compare/…`, as the Electron security guide
 * recommends in place of `file://` ("Use a custom protocol instead of the file
 * protocol"): a privileged, standard, secure scheme whose handler serves only the
 * files of the built renderer folder (out/renderer), with the content security
 * policy as a header. Thin glue: what is served is app-files.ts, the rules on the
 * URL app-url.ts (pure).
 */
import { protocol } from 'electron';
import { serveAppRequest } from './app-files';
import { APP_SCHEME } from './app-url';

export { APP_HOST, APP_ORIGIN, APP_SCHEME } from './app-url';

/**
 * Registers the scheme as privileged: standard (relative URLs, an origin of its own,
 * web storage), secure (a secure context, like https) and fetch-capable. Not
 * `bypassCSP`: the page's policy applies. Must run before the app's `ready` event.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves `root` (out/renderer) on the scheme, each response carrying `csp`; call once the app is ready. */
export function handleAppScheme(root: string, csp: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(root, csp, request));
}
