import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MenuItemConstructorOptions } from 'electron';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, REQUESTS } from '../../shared/ipc/contract';
import { fakeHandlers, LOADED } from './fakes';

// The entry's wiring, with every Electron module faked: what happens at import,
// at ready, and when the menu or the renderer asks for something.
const electron = vi.hoisted(() => {
  const calls: string[] = [];
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    readonly webContents = { id: 1, mainFrame: { processId: 2, routingId: 3 }, send: vi.fn(), on: vi.fn(), setWindowOpenHandler: vi.fn() };
    readonly loadFile = vi.fn(async () => undefined);
    readonly loadURL = vi.fn(async () => undefined);
    constructor(readonly options: unknown) {
      FakeBrowserWindow.created.push(this);
    }
    once() { return this; }
    on() { return this; }
    isDestroyed() { return false; }
  }
  return {
    calls, appListeners, ipcHandlers, FakeBrowserWindow,
    module: {
      app: {
        isPackaged: false,
        enableSandbox: vi.fn(() => calls.push('enableSandbox')),
        requestSingleInstanceLock: () => true,
        whenReady: vi.fn(() => {
          calls.push('whenReady');
          return Promise.resolve();
        }),
        isReady: () => true,
        on: vi.fn((name: string, listener: (...args: unknown[]) => void) => appListeners.set(name, listener)),
        quit: vi.fn(),
        getAppPath: () => '/repo',
        getName: () => 'Readout Compare',
        getPath: (name: string) => `/home/analyst/.config/${name}`,
        getVersion: () => '0.1.0',
        addRecentDocument: vi.fn(),
        clearRecentDocuments: vi.fn(),
      },
      BrowserWindow: FakeBrowserWindow,
      nativeTheme: { shouldUseDarkColors: false },
      session: {
        defaultSession: {
          webRequest: { onHeadersReceived: vi.fn() },
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
        },
      },
      ipcMain: {
        handle: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => Promise<unknown>) => ipcHandlers.set(channel, listener)),
        removeHandler: vi.fn(),
      },
      dialog: { showOpenDialog: vi.fn(), showErrorBox: vi.fn() },
      Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
      shell: { openExternal: vi.fn() },
    },
  };
});
vi.mock('electron', () => electron.module);

const handlers = fakeHandlers();
const createHandlers = vi.hoisted(() => vi.fn());
vi.mock('../../node/app/handlers', () => ({ createHandlers }));
// The compare worker is a separate bundle (electron-vite's `?nodeWorker`); here it is a fake factory.
const createCompareWorker = vi.hoisted(() => vi.fn(() => ({ on: vi.fn(), unref: vi.fn(), postMessage: vi.fn(), terminate: vi.fn(async () => 0) })));
vi.mock('../../node/app/compare-worker?nodeWorker', () => ({ default: createCompareWorker }));

const electronDir = join(__dirname, '..', '..', 'electron');
let menu: MenuItemConstructorOptions[];

function menuItem(label: string): MenuItemConstructorOptions {
  const all = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? all(i.submenu) : [])]);
  const found = all(menu).find((i) => i.label === label);
  if (!found) throw new Error(`no menu item ${label}`);
  return found;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeAll(async () => {
  createHandlers.mockReturnValue(handlers);
  await import('../../electron/main');
  await flush();
  menu = electron.module.Menu.buildFromTemplate.mock.calls[0]![0] as MenuItemConstructorOptions[];
});

describe('the main entry', () => {
  it('enables the sandbox for every renderer before the app is ready', () => {
    expect(electron.calls.slice(0, 2)).toEqual(['enableSandbox', 'whenReady']);
  });

  it('applies the CSP and denies permissions on the default session', () => {
    const session = electron.module.session.defaultSession;
    expect(session.webRequest.onHeadersReceived).toHaveBeenCalledTimes(1);
    expect(session.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(session.setPermissionCheckHandler).toHaveBeenCalledTimes(1);
  });

  it('serves the handlers from the repository assets when not packaged', () => {
    expect(createHandlers).toHaveBeenCalledWith({
      assetsDir: join('/repo', 'assets'), comparer: expect.any(Function), userData: '/home/analyst/.config/userData', appVersion: '0.1.0',
      onOpened: expect.any(Function), readClipboard: expect.any(Function),
    });
    // The compare worker starts with the app, so its resources load while the window opens.
    expect(createCompareWorker).toHaveBeenCalledTimes(1);
    // …and the comparison shown at start is computed while the page loads.
    expect(handlers.prefetchInitial).toHaveBeenCalledTimes(1);
  });

  it('registers every invoke channel', () => {
    expect([...electron.ipcHandlers.keys()].sort()).toEqual(Object.keys(REQUESTS).sort());
  });

  it('installs the menu with the samples, and opens one sandboxed window on the built page', () => {
    expect(electron.module.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(menuItem('Open Sample').submenu).toHaveLength(1);
    expect(electron.FakeBrowserWindow.created).toHaveLength(1);
    const win = electron.FakeBrowserWindow.created[0]!;
    expect(win.options).toMatchObject({ webPreferences: { sandbox: true, contextIsolation: true, preload: join(electronDir, '..', 'preload', 'index.js') } });
    expect(win.loadFile).toHaveBeenCalledWith(join(electronDir, '..', 'renderer', 'index.html'));
  });

  it('answers the window’s own page and refuses any other', async () => {
    const listSamples = electron.ipcHandlers.get(CHANNELS.listSamples)!;
    const frame = (url: string) => ({ sender: { id: 1 }, senderFrame: { url, parent: null, processId: 2, routingId: 3 } });
    const ownUrl = pathToFileURL(join(electronDir, '..', 'renderer', 'index.html')).href;
    expect(await listSamples(frame(ownUrl))).toMatchObject({ ok: true });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await listSamples(frame('file:///tmp/evil.html'))).toMatchObject({ ok: false, error: { code: 'refused' } });
    warn.mockRestore();
  });

  it('sends the comparison chosen with File > Compare Files… to the window', async () => {
    const win = electron.FakeBrowserWindow.created[0]!;
    win.webContents.send.mockClear();
    electron.module.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/a.txt', '/b.txt'] });
    (menuItem('Compare Files…').click as () => void)();
    await flush();
    expect(handlers.compareFiles).toHaveBeenCalledWith('/a.txt', '/b.txt');
    expect(win.webContents.send).toHaveBeenCalledWith(CHANNELS.comparisonLoaded, { ok: true, value: LOADED });
  });

  it('sends nothing when the user cancels File > Compare Files…', async () => {
    const win = electron.FakeBrowserWindow.created[0]!;
    win.webContents.send.mockClear();
    electron.module.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    (menuItem('Compare Files…').click as () => void)();
    await flush();
    expect(win.webContents.send).not.toHaveBeenCalled();
  });

  it('sends the article chosen with File > Open Article… to the window, and nothing when cancelled', async () => {
    const win = electron.FakeBrowserWindow.created[0]!;
    win.webContents.send.mockClear();
    electron.module.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/article.txt'] });
    (menuItem('Open Article…').click as () => void)();
    await flush();
    expect(handlers.openArticle).toHaveBeenCalledWith('/article.txt');
    expect(win.webContents.send).toHaveBeenCalledWith(CHANNELS.comparisonLoaded, { ok: true, value: LOADED });
    win.webContents.send.mockClear();
    electron.module.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    (menuItem('Open Article…').click as () => void)();
    await flush();
    expect(win.webContents.send).not.toHaveBeenCalled();
  });

  it('sends a sample opened from the menu, and menu commands, to the window', async () => {
    const win = electron.FakeBrowserWindow.created[0]!;
    win.webContents.send.mockClear();
    (menuItem('Telephone call (2025-03-18)').click as () => void)();
    await flush();
    expect(handlers.openSample).toHaveBeenCalledWith('2025-03-18-trump-putin');
    expect(win.webContents.send).toHaveBeenCalledWith(CHANNELS.comparisonLoaded, { ok: true, value: LOADED });
    (menuItem('Next Difference').click as () => void)();
    expect(win.webContents.send).toHaveBeenLastCalledWith(CHANNELS.command, 'next-difference');
  });

  it('remembers the files the handlers report opened in File > Open Recent and the system\'s recent documents', () => {
    expect(menuItem('Open Recent').submenu).toEqual([{ label: 'No recent files', enabled: false }, { type: 'separator' }, expect.objectContaining({ label: 'Clear Recently Opened', enabled: false })]);
    const { onOpened } = createHandlers.mock.calls[0]![0] as { onOpened: (entry: unknown) => void };
    onOpened({ kind: 'pair', a: '/r/a.html', b: '/r/b.pdf' });
    expect(electron.module.app.addRecentDocument.mock.calls).toEqual([['/r/a.html'], ['/r/b.pdf']]);
    const rebuilt = electron.module.Menu.buildFromTemplate.mock.calls.at(-1)![0] as MenuItemConstructorOptions[];
    const file = rebuilt[0]!.submenu as MenuItemConstructorOptions[];
    expect((file.find((i) => i.label === 'Open Recent')!.submenu as MenuItemConstructorOptions[])[0]!.label).toBe('a.html and b.pdf (/r)');
  });

  it('holds a quit until the pending autosave is written', async () => {
    handlers.autosavePending.mockReturnValueOnce(true);
    const event = { preventDefault: vi.fn() };
    electron.module.app.quit.mockClear();
    electron.appListeners.get('before-quit')!(event);
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
    expect(handlers.flush).toHaveBeenCalledTimes(1);
    await flush();
    expect(electron.module.app.quit).toHaveBeenCalledTimes(1);
  });

  it('quits when the last window closes, except on macOS', () => {
    electron.module.app.quit.mockClear();
    electron.appListeners.get('window-all-closed')!();
    expect(electron.module.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });
});
