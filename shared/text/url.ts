/**
 * The one check of a web address, used wherever an address is read, shown, written
 * or opened: the details editor, a `.readouts` file being read or written, the IPC
 * contract, the JSON-LD export and the links main hands to the user's browser
 * (electron/security.ts).
 */

/** Longest address accepted, in UTF-16 code units (what browsers and servers reliably handle). */
export const MAX_WEB_ADDRESS = 2048;

/**
 * The normalised form of `url` when it is an absolute http: or https: address with
 * a host and no user name or password (no "https://trusted.example@evil.example"),
 * at most {@link MAX_WEB_ADDRESS} long and without spaces or control characters
 * (which the URL parser would silently drop); otherwise null.
 */
export function webAddress(url: string): string | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_WEB_ADDRESS) return null;
  if (/[\s\u0000-\u001f\u007f]/.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username !== '' || parsed.password !== '' || parsed.hostname === '') return null;
  return parsed.href;
}

/** Whether `url` is a web address as {@link webAddress} defines it. */
export function isWebAddress(url: string): boolean {
  return webAddress(url) !== null;
}
