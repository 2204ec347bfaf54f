import { describe, expect, it } from 'vitest';
import { appLocationFor, isAppUrl, type AppLocation } from '../../electron/app-url';

const built: AppLocation = { kind: 'file', path: '/opt/Readout Compare/out/renderer/index.html' };
const devServer: AppLocation = { kind: 'dev-server', url: 'http://localhost:5173' };

describe('appLocationFor', () => {
  it('uses the dev server when not packaged and electron-vite set its URL', () => {
    expect(appLocationFor(false, 'http://localhost:5173', '/x/index.html')).toEqual({ kind: 'dev-server', url: 'http://localhost:5173' });
  });

  it('uses the built page when no dev server is set', () => {
    expect(appLocationFor(false, undefined, '/x/index.html')).toEqual({ kind: 'file', path: '/x/index.html' });
    expect(appLocationFor(false, '', '/x/index.html')).toEqual({ kind: 'file', path: '/x/index.html' });
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
    expect(appLocationFor(true, 'https://evil.example', '/x/index.html')).toEqual({ kind: 'file', path: '/x/index.html' });
  });
});

describe('isAppUrl', () => {
  it('accepts the built index.html, with a query or fragment', () => {
    expect(isAppUrl(built, 'file:///opt/Readout%20Compare/out/renderer/index.html')).toBe(true);
    expect(isAppUrl(built, 'file:///opt/Readout%20Compare/out/renderer/index.html#row-4')).toBe(true);
    expect(isAppUrl(built, 'file:///opt/Readout%20Compare/out/renderer/index.html?x=1')).toBe(true);
  });

  it('rejects other local files and other schemes for a built app', () => {
    expect(isAppUrl(built, 'file:///etc/passwd')).toBe(false);
    expect(isAppUrl(built, 'file:///opt/Readout%20Compare/out/renderer/other.html')).toBe(false);
    expect(isAppUrl(built, 'file://host/opt/Readout%20Compare/out/renderer/index.html')).toBe(false);
    expect(isAppUrl(built, 'https://example.com/opt/Readout%20Compare/out/renderer/index.html')).toBe(false);
  });

  it('accepts any page of the dev server origin and nothing else', () => {
    expect(isAppUrl(devServer, 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl(devServer, 'http://localhost:5173/index.html#x')).toBe(true);
    expect(isAppUrl(devServer, 'http://localhost:5174/')).toBe(false);
    expect(isAppUrl(devServer, 'https://localhost:5173/')).toBe(false);
    expect(isAppUrl(devServer, 'http://localhost.evil.example:5173/')).toBe(false);
    expect(isAppUrl(devServer, 'file:///index.html')).toBe(false);
  });

  it('rejects what does not parse', () => {
    expect(isAppUrl(built, '')).toBe(false);
    expect(isAppUrl(devServer, 'not a url')).toBe(false);
    expect(isAppUrl({ kind: 'dev-server', url: 'garbage' }, 'http://localhost:5173/')).toBe(false);
  });
});
