import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    readonly once = vi.fn((name: string, listener: () => void) => {
      this.onceListeners.set(name, listener);
      return this;
    });
    readonly show = vi.fn();
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    readonly loadFile = vi.fn(async (_path: string) => undefined);
    readonly onceListeners = new Map<string, () => void>();
    readonly webContents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    constructor(readonly options: unknown) {
      FakeBrowserWindow.created.push(this);
    }
  }
  return { BrowserWindow: FakeBrowserWindow, nativeTheme: { shouldUseDarkColors: false }, shell: { openExternal: vi.fn() } };
});
vi.mock('electron', () => electron);

import { appLocationFor } from '../../electron/app-url';
import { BACKGROUND, createMainWindow, windowOptions } from '../../electron/window';

beforeEach(() => {
  electron.BrowserWindow.created.length = 0;
  electron.nativeTheme.shouldUseDarkColors = false;
});

describe('windowOptions', () => {
  const options = windowOptions('/app/out/preload/index.js');

  it('isolates and sandboxes the renderer, with no Node anywhere', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('turns off webviews, spellcheck and the insecure switches', () => {
    expect(options.webPreferences).toMatchObject({
      webviewTag: false,
      spellcheck: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
  });

  it('stays hidden until ready to show, with a default and a minimum size', () => {
    expect(options.show).toBe(false);
    expect(options).toMatchObject({ width: 1280, height: 840, minWidth: 720, minHeight: 480 });
  });

  it('paints the background of the OS theme before the page does', () => {
    expect(options.backgroundColor).toBe(BACKGROUND.light);
    expect(windowOptions('/p.js', true).backgroundColor).toBe(BACKGROUND.dark);
  });
});

describe('createMainWindow', () => {
  it('loads the built page and shows the window when it is ready', () => {
    const win = createMainWindow({ kind: 'app', root: '/app/out/renderer' }, '/app/out/preload/index.js') as unknown as InstanceType<typeof electron.BrowserWindow>;
    expect(win.options).toEqual(windowOptions('/app/out/preload/index.js'));
    expect(win.loadURL).toHaveBeenCalledWith('app://readout-compare/index.html');
    expect(win.show).not.toHaveBeenCalled();
    win.onceListeners.get('ready-to-show')!();
    expect(win.show).toHaveBeenCalledTimes(1);
  });

  it('loads the dev server in development', () => {
    const win = createMainWindow({ kind: 'dev-server', url: 'http://localhost:5173' }, '/p.js') as unknown as InstanceType<typeof electron.BrowserWindow>;
    expect(win.loadURL).toHaveBeenCalledWith('http://localhost:5173');
    expect(win.loadFile).not.toHaveBeenCalled();
  });

  it('locks the contents down: navigation, new windows and webviews', () => {
    const win = createMainWindow({ kind: 'app', root: '/app' }, '/p.js') as unknown as InstanceType<typeof electron.BrowserWindow>;
    const events = win.webContents.on.mock.calls.map(([name]) => name);
    expect(events).toEqual(expect.arrayContaining(['will-navigate', 'will-attach-webview']));
    expect(win.webContents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
  });

  it('judges navigation against the page it loaded', () => {
    const win = createMainWindow({ kind: 'app', root: '/app' }, '/p.js') as unknown as InstanceType<typeof electron.BrowserWindow>;
    const [, willNavigate] = win.webContents.on.mock.calls.find(([name]) => name === 'will-navigate')!;
    const own = { url: 'app://readout-compare/index.html#row-2', preventDefault: vi.fn() };
    (willNavigate as (e: typeof own) => void)(own);
    expect(own.preventDefault).not.toHaveBeenCalled();
    for (const url of ['app://readout-compare/other.html', 'file:///app/index.html', 'https://example.org/']) {
      const other = { url, preventDefault: vi.fn() };
      (willNavigate as (e: typeof own) => void)(other);
      expect(other.preventDefault, url).toHaveBeenCalledTimes(1);
    }
  });

  it('uses the dark background when the OS is dark', () => {
    electron.nativeTheme.shouldUseDarkColors = true;
    const win = createMainWindow({ kind: 'app', root: '/app' }, '/p.js') as unknown as InstanceType<typeof electron.BrowserWindow>;
    expect((win.options as { backgroundColor: string }).backgroundColor).toBe(BACKGROUND.dark);
  });

  // Issue 15 item 15: the built page was loaded from file:// (this failed before).
  it('loads the built page from app://readout-compare/index.html, never from file://', () => {
    const location = appLocationFor(true, undefined, '/app/out/renderer/index.html');
    const win = createMainWindow(location, '/p.js') as unknown as InstanceType<typeof electron.BrowserWindow>;
    expect(win.loadURL).toHaveBeenCalledWith('app://readout-compare/index.html');
    expect(win.loadFile).not.toHaveBeenCalled();
  });
});
