import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ shell: { openExternal: vi.fn(async (_url: string) => undefined) } }));
vi.mock('electron', () => electron);

import {
  applyContentSecurityPolicy, denyAllPermissions, isSafeExternalUrl, lockWebContents, openExternalSafely, safeExternalUrl,
} from '../../electron/security';
import { CSP, cspFor } from '../../electron/csp';

type Listener = (...args: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let windowOpen: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on(name: string, listener: Listener) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: typeof windowOpen) {
      windowOpen = handler;
    },
  };
  return {
    contents: contents as unknown as WebContents,
    emit(name: string, ...args: unknown[]) {
      for (const listener of listeners.get(name) ?? []) listener(...args);
    },
    openWindow: (url: string) => windowOpen!({ url }),
    count: (name: string) => listeners.get(name)?.length ?? 0,
  };
}

function fakeEvent(url = '') {
  return { url, preventDefault: vi.fn() };
}

const APP = 'file:///app/out/renderer/index.html';
const isApp = (url: string) => url.startsWith(APP);

beforeEach(() => {
  electron.shell.openExternal.mockClear();
});

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://www.whitehouse.gov/briefings-statements/', true],
    ['http://en.kremlin.ru/events/president/news/76477', true],
    ['https://example.com:8443/a?b=c#d', true],
    ['HTTPS://EXAMPLE.COM/', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox(1)', false],
    ['custom:thing', false],
    ['ms-settings:privacy', false],
    ['mailto:someone@example.com', false],
    ['http//x', false],
    ['', false],
    ['https://', false],
    ['https://trusted.example@evil.example/', false],
    ['https://user:pass@example.com/', false],
    [' https://example.com/', false],
    ['https://example.com/\n', false],
    ['java\tscript:alert(1)', false],
    ['https://exa mple.com/', false],
    [`https://example.com/${'a'.repeat(2100)}`, false],
  ])('%j → %s', (url, safe) => {
    expect(isSafeExternalUrl(url)).toBe(safe);
  });

  it('hands on the parsed, normalised URL', () => {
    expect(safeExternalUrl('HTTPS://EXAMPLE.COM')).toBe('https://example.com/');
  });
});

describe('openExternalSafely', () => {
  it('opens a safe link in the browser', async () => {
    expect(await openExternalSafely('https://example.com/x')).toBe(true);
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.com/x');
  });

  it('refuses an unsafe link without calling the shell', async () => {
    expect(await openExternalSafely('file:///etc/passwd')).toBe(false);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('reports a failing shell as false rather than throwing', async () => {
    electron.shell.openExternal.mockRejectedValueOnce(new Error('no browser'));
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await openExternalSafely('https://example.com/')).toBe(false);
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });
});

describe('lockWebContents', () => {
  it('prevents navigation away from the app', () => {
    const fake = fakeContents();
    lockWebContents(fake.contents, isApp);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'javascript:alert(1)']) {
      const event = fakeEvent(url);
      fake.emit('will-navigate', event);
      expect(event.preventDefault).toHaveBeenCalledTimes(1);
    }
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('stops frames and redirects from leaving the app too', () => {
    const fake = fakeContents();
    lockWebContents(fake.contents, isApp);
    for (const channel of ['will-frame-navigate', 'will-redirect']) {
      const away = fakeEvent('https://example.com/');
      fake.emit(channel, away);
      expect(away.preventDefault).toHaveBeenCalledTimes(1);
      const home = fakeEvent(`${APP}#top`);
      fake.emit(channel, home);
      expect(home.preventDefault).not.toHaveBeenCalled();
    }
  });

  it('lets the app navigate to its own page', () => {
    const fake = fakeContents();
    lockWebContents(fake.contents, isApp);
    const event = fakeEvent(`${APP}#top`);
    fake.emit('will-navigate', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('denies every new window and opens a safe link in the browser instead', () => {
    const fake = fakeContents();
    lockWebContents(fake.contents, isApp);
    expect(fake.openWindow('https://example.com/readout')).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.com/readout');
  });

  it('denies an unsafe new window without opening anything', () => {
    const fake = fakeContents();
    lockWebContents(fake.contents, isApp);
    expect(fake.openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(fake.openWindow('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(fake.openWindow(APP)).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('prevents every <webview> from attaching', () => {
    const fake = fakeContents();
    lockWebContents(fake.contents, isApp);
    expect(fake.count('will-attach-webview')).toBe(1);
    const event = fakeEvent();
    fake.emit('will-attach-webview', event, {}, { src: 'https://example.com/' });
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
  });
});

describe('session settings', () => {
  it('adds the CSP header to every response, keeping the others', () => {
    let listener: ((details: { responseHeaders?: Record<string, string[]> }, callback: (r: unknown) => void) => void) | undefined;
    const session = { webRequest: { onHeadersReceived: (l: typeof listener) => { listener = l; } } } as unknown as Session;
    applyContentSecurityPolicy(session, false);
    const callback = vi.fn();
    listener!({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CSP] } });
  });

  it('sends the development policy in development', () => {
    let listener: ((details: { responseHeaders?: Record<string, string[]> }, callback: (r: unknown) => void) => void) | undefined;
    const session = { webRequest: { onHeadersReceived: (l: typeof listener) => { listener = l; } } } as unknown as Session;
    applyContentSecurityPolicy(session, true);
    const callback = vi.fn();
    listener!({}, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [cspFor(true)] } });
  });

  it('denies every permission request and check', () => {
    let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: ((contents: unknown, permission: string) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (h: typeof request) => { request = h; },
      setPermissionCheckHandler: (h: typeof check) => { check = h; },
    } as unknown as Session;
    denyAllPermissions(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      request!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check!({}, permission)).toBe(false);
    }
  });
});
