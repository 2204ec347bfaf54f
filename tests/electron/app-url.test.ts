import { describe, expect, it } from 'vitest';
import { appLocationFor, appRequestTarget, appUrlFor, isAppUrl, isInside, reportRequestTarget, reportUrl, resolveAppPath, type AppLocation } from '../../electron/app-url';

const built: AppLocation = { kind: 'app', root: '/opt/Readout Compare/out/renderer' };
const devServer: AppLocation = { kind: 'dev-server', url: 'http://localhost:5173' };

describe('appLocationFor', () => {
  it('uses the dev server when not packaged and electron-vite set its URL', () => {
    expect(appLocationFor(false, 'http://localhost:5173', '/x/index.html')).toEqual({ kind: 'dev-server', url: 'http://localhost:5173' });
  });

  it('uses the built page when no dev server is set', () => {
    expect(appLocationFor(false, undefined, '/x/index.html')).toEqual({ kind: 'app', root: '/x' });
    expect(appLocationFor(false, '', '/x/index.html')).toEqual({ kind: 'app', root: '/x' });
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
    expect(appLocationFor(true, 'https://evil.example', '/x/index.html')).toEqual({ kind: 'app', root: '/x' });
  });
});

describe('isAppUrl', () => {
  it('accepts the built page on the app scheme, with a query or fragment', () => {
    expect(isAppUrl(built, 'app://readout-compare/index.html')).toBe(true);
    expect(isAppUrl(built, 'app://readout-compare/index.html#row-4')).toBe(true);
    expect(isAppUrl(built, 'app://readout-compare/index.html?x=1')).toBe(true);
  });

  it('rejects file:// pages (the built page too), other pages, hosts and schemes for a built app', () => {
    expect(isAppUrl(built, 'file:///opt/Readout%20Compare/out/renderer/index.html')).toBe(false);
    expect(isAppUrl(built, 'file:///etc/passwd')).toBe(false);
    expect(isAppUrl(built, 'app://readout-compare/other.html')).toBe(false);
    expect(isAppUrl(built, 'app://readout-compare/assets/index.js')).toBe(false);
    expect(isAppUrl(built, 'app://readout-compare/')).toBe(false);
    expect(isAppUrl(built, 'app://elsewhere/index.html')).toBe(false);
    expect(isAppUrl(built, 'app://user@readout-compare/index.html')).toBe(false);
    expect(isAppUrl(built, 'app://readout-compare:81/index.html')).toBe(false);
    expect(isAppUrl(built, 'https://readout-compare/index.html')).toBe(false);
    expect(isAppUrl(built, 'data:text/html,<p>app://readout-compare/index.html')).toBe(false);
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

describe('appUrlFor', () => {
  it('is the app scheme’s page when built, the dev server in development, with a hash when given', () => {
    expect(appUrlFor(built)).toBe('app://readout-compare/index.html');
    expect(appUrlFor(built, 'recovery=crashed')).toBe('app://readout-compare/index.html#recovery=crashed');
    expect(appUrlFor(devServer)).toBe('http://localhost:5173');
    expect(appUrlFor({ kind: 'dev-server', url: 'http://localhost:5173/#old' }, 'recovery=crashed')).toBe('http://localhost:5173/#recovery=crashed');
  });
});

describe('the files the app scheme may serve (pure: links on disk are app-protocol.ts’s)', () => {
  const root = '/opt/rc/out/renderer';
  it('maps a GET of a path under the folder to its file', () => {
    expect(appRequestTarget(root, { method: 'GET', url: 'app://readout-compare/index.html' })).toEqual({ ok: true, file: '/opt/rc/out/renderer/index.html' });
    expect(appRequestTarget(root, { method: 'GET', url: 'app://readout-compare/assets/index-abc.js?v=1#x' })).toEqual({ ok: true, file: '/opt/rc/out/renderer/assets/index-abc.js' });
    expect(resolveAppPath(root, 'app://readout-compare/assets/a%20b.css')).toBe('/opt/rc/out/renderer/assets/a b.css');
    // `..` that stays inside is only a longer name
    expect(resolveAppPath(root, 'app://readout-compare/assets/%2e%2e/index.html')).toBe('/opt/rc/out/renderer/index.html');
    // the URL parser takes %2e%2e segments as `..` and stops at the root, as for http
    expect(resolveAppPath(root, 'app://readout-compare/%2e%2e/%2e%2e/etc/passwd')).toBe('/opt/rc/out/renderer/etc/passwd');
    // an encoded absolute path is joined under the folder, never taken as absolute
    expect(resolveAppPath(root, 'app://readout-compare/%2Fetc%2Fpasswd')).toBe('/opt/rc/out/renderer/etc/passwd');
  });

  it('refuses any method but GET with 403', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'get'])
      expect(appRequestTarget(root, { method, url: 'app://readout-compare/index.html' }), method).toEqual({ ok: false, status: 403 });
  });

  it('refuses with 404 whatever leaves the folder or is not the scheme’s one host', () => {
    for (const url of [
      'app://readout-compare/..%2fmain%2findex.js', 'app://readout-compare/assets/..%2f..%2f..%2fsecret',
      'app://readout-compare/..%5c..%5csecret', 'app://readout-compare/assets\\..\\..\\secret',
      'app://readout-compare/index.html%00.png', 'app://readout-compare/%E0%A4%A', 'app://readout-compare/', 'app://readout-compare',
      'app://elsewhere/index.html', 'app://user:pw@readout-compare/index.html', 'file:///opt/rc/out/renderer/index.html', 'https://readout-compare/index.html', 'not a url',
    ]) expect(appRequestTarget(root, { method: 'GET', url }), url).toEqual({ ok: false, status: 404 });
  });

  it('isInside: strictly below the folder', () => {
    expect(isInside('/a/b', '/a/b/c')).toBe(true);
    expect(isInside('/a/b', '/a/b')).toBe(false);
    expect(isInside('/a/b', '/a/bc')).toBe(false);
    expect(isInside('/a/b', '/a/b/../c')).toBe(false);
    expect(isInside('/a/b', '/a/b/..c')).toBe(true);
  });
});

describe('the report pages (app://report/<id>.html, from memory)', () => {
  it('names a page by its id, GET only, and nothing else on that host', () => {
    expect(reportUrl('1f0c-ab')).toBe('app://report/1f0c-ab.html');
    expect(reportRequestTarget({ method: 'GET', url: reportUrl('1f0c-ab') })).toEqual({ ok: true, id: '1f0c-ab' });
    expect(reportRequestTarget({ method: 'POST', url: reportUrl('1f0c-ab') })).toEqual({ ok: false, status: 403 });
    for (const url of ['app://report/', 'app://report/x.js', 'app://report/a/b.html', 'app://report/%2e%2e%2fx.html', 'app://report/X.html',
      'app://readout-compare/1f0c-ab.html', 'app://u@report/1f0c-ab.html', 'file:///tmp/1f0c-ab.html', 'nonsense'])
      expect(reportRequestTarget({ method: 'GET', url }), url).toEqual({ ok: false, status: 404 });
  });
});
