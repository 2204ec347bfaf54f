/**
 * Electron security settings that live outside the window options: the CSP header,
 * permission requests, navigation, new windows, <webview>, and the filter for links
 * handed to the user's browser.
 */
import { shell, type Session, type WebContents } from 'electron';
import { webAddress } from '../shared/text/url';
import { cspFor } from './csp';

/**
 * The normalised form of a link that may be opened in the user's browser, or null:
 * the one web-address check of shared/text/url.ts (http: or https: only, with a host,
 * no user name or password, no spaces or control characters, at most 2048 long).
 */
export function safeExternalUrl(url: string): string | null {
  return webAddress(url);
}

/** Whether a link may be opened in the user's browser (see `safeExternalUrl`). */
export function isSafeExternalUrl(url: string): boolean {
  return safeExternalUrl(url) !== null;
}

/** Opens a link in the user's browser if it is safe; false if it was refused or failed. */
export async function openExternalSafely(url: string): Promise<boolean> {
  const safe = safeExternalUrl(url);
  if (safe === null) return false;
  try {
    await shell.openExternal(safe);
    return true;
  } catch (e) {
    console.error(`Could not open ${safe}:`, e instanceof Error ? e.message : e);
    return false;
  }
}

/** Sends the CSP (`cspFor(dev)`) with every response the session receives. */
export function applyContentSecurityPolicy(session: Session, dev: boolean): void {
  const policy = cspFor(dev);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
}

/** Denies every permission (camera, notifications, geolocation, …): the app needs none. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Locks a window's contents to the app: navigation away is prevented, new windows
 * are denied (a safe http(s) link goes to the user's browser instead), and
 * <webview> tags are never attached.
 */
export function lockWebContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  // Frames and redirects too: nothing in the window may leave the app's page.
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
