// Issue 15, item 15: the app's pages come from a privileged custom scheme (Electron security guide,
// "Use a custom protocol instead of file://"), serving only out/renderer's files. Electron is mocked
// (its binary cannot run here): this checks the registration and the handler, not a running app.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  privileged: [] as unknown[],
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
}));
vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => { electron.privileged.push(...schemes); },
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => { electron.handlers.set(scheme, handler); },
  },
}));

const modulePath = '../../electron/app-protocol';
let root: string;
let outside: string;
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'app-protocol-'));
  root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Readout Compare</title>');
  writeFileSync(join(root, 'assets', 'index.js'), 'console.log(1)');
  outside = join(dir, 'secret.txt');
  writeFileSync(outside, 'not for the page');
  // links inside the folder: one to a file outside it, one to a folder outside it
  mkdirSync(join(dir, 'elsewhere'));
  writeFileSync(join(dir, 'elsewhere', 'page.js'), 'not for the page either');
  symlinkSync(outside, join(root, 'secret.js'));
  symlinkSync(join(dir, 'elsewhere'), join(root, 'linked'));
});
afterAll(() => rmSync(join(root, '..'), { recursive: true, force: true }));

describe('the app scheme', () => {
  it('is registered as privileged (standard, secure) before the app is ready', async () => {
    const { registerAppScheme, APP_SCHEME } = await import(modulePath);
    registerAppScheme();
    expect(electron.privileged).toEqual([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('serves the renderer’s files with their type and the content security policy, and nothing else', async () => {
    const { handleAppScheme, APP_SCHEME, APP_ORIGIN } = await import(modulePath);
    handleAppScheme(root, "default-src 'self'");
    const get = (path: string) => electron.handlers.get(APP_SCHEME)!(new Request(`${APP_ORIGIN}${path}`));
    const page = await get('/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(await page.text()).toContain('<title>Readout Compare</title>');
    expect((await get('/assets/index.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    for (const path of ['/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt', '/missing.js', '/assets', `/${encodeURIComponent(outside)}`])
      expect((await get(path)).status, path).toBe(404);
    const otherHost = await electron.handlers.get(APP_SCHEME)!(new Request(`${APP_SCHEME}://elsewhere/index.html`));
    expect(otherHost.status).toBe(404);
  });

  // A link inside out/renderer to a file outside it, and any method but GET, are refused (failed before).
  it('refuses a link inside the folder that leads out of it', async () => {
    const { handleAppScheme, APP_SCHEME, APP_ORIGIN } = await import(modulePath);
    handleAppScheme(root, "default-src 'self'");
    const get = (path: string) => electron.handlers.get(APP_SCHEME)!(new Request(`${APP_ORIGIN}${path}`));
    for (const path of ['/secret.js', '/linked/page.js']) expect((await get(path)).status, path).toBe(404);
  });

  it('answers GET only: any other method is refused', async () => {
    const { handleAppScheme, APP_SCHEME, APP_ORIGIN } = await import(modulePath);
    handleAppScheme(root, "default-src 'self'");
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']) {
      const response = await electron.handlers.get(APP_SCHEME)!(new Request(`${APP_ORIGIN}/index.html`, { method }));
      expect(response.status, method).toBe(403);
    }
  });
});
