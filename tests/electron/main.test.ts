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
    readonly loadFile = vi.fn(async (..._args: unknown[]) => undefined);
    readonly loadURL = vi.fn(async (..._args: unknown[]) => undefined);
    constructor(readonly options: unknown) {
      FakeBrowserWindow.created.push(this);
    }
    once() { return this; }
    on() { return this; }
    isDestroyed() { return false; }
    isMinimized() { return false; }
    restore() {}
    focus = vi.fn();
    setBackgroundColor = vi.fn();
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
        getSystemLocale: () => 'en-US',
        getLocale: () => 'en-US',
        addRecentDocument: vi.fn(),
        clearRecentDocuments: vi.fn(),
      },
      screen: {
        getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
        getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
      },
      BrowserWindow: FakeBrowserWindow,
      nativeTheme: { shouldUseDarkColors: false, themeSource: 'system' },
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
      protocol: {
        registerSchemesAsPrivileged: vi.fn((schemes: Array<{ scheme: string }>) => calls.push(`registerSchemesAsPrivileged ${schemes.map((s) => s.scheme).join()}`)),
        handle: vi.fn((scheme: string) => calls.push(`handle ${scheme}`)),
      },
      Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
      shell: { openExternal: vi.fn(), openPath: vi.fn(async (_path: string) => '') },
      clipboard: { writeText: vi.fn(), read: vi.fn(async () => []) },
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

// The settings and the log, in memory: nothing is written under the fake userData.
const settingsStore = vi.hoisted(() => {
  const state = { theme: 'dark', pdfPageSize: 'Letter', window: null, lastFolder: null, introSeen: false, version: 1 } as Record<string, unknown>;
  return {
    state,
    store: { path: '', load: vi.fn(async () => ({ notice: 'Your settings could not be read.' })), get: () => state, update: vi.fn((patch: object) => Object.assign(state, patch)), flush: vi.fn(async () => undefined), pending: () => false },
  };
});
vi.mock('../../node/settings/store', () => ({ createSettingsStore: () => settingsStore.store }));
const appLog = vi.hoisted(() => ({ dir: '/home/analyst/.config/userData/logs', write: vi.fn(), flush: vi.fn(async () => undefined) }));
vi.mock('../../node/log/log', () => ({ createLog: () => appLog }));
const installMainLogging = vi.hoisted(() => vi.fn());
vi.mock('../../electron/logging', async (original) => ({ ...(await original<object>()), installMainLogging }));

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
  // start() reads the settings and recent files (real, missing files) before it builds the menu: wait for it, however loaded the machine
  await vi.waitFor(() => expect(electron.module.Menu.buildFromTemplate).toHaveBeenCalled(), { timeout: 10_000, interval: 10 });
  await flush();
  menu = electron.module.Menu.buildFromTemplate.mock.calls[0]![0] as MenuItemConstructorOptions[];
});

describe('the main entry', () => {
  it('enables the sandbox for every renderer and registers the app scheme as privileged before the app is ready', () => {
    expect(electron.calls.slice(0, 3)).toEqual(['enableSandbox', 'registerSchemesAsPrivileged app', 'whenReady']);
  });

  it('serves the built renderer on the app scheme once ready, before the window loads it', () => {
    expect(electron.calls).toContain('handle app');
    expect(electron.calls.indexOf('handle app')).toBeGreaterThan(electron.calls.indexOf('whenReady'));
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
      startNotice: 'Your settings could not be read.',
      onOpened: expect.any(Function), readClipboard: expect.any(Function), onShown: expect.any(Function),
    });
    // The comparison shown at start is prepared while the page loads…
    expect(handlers.prefetchInitial).toHaveBeenCalledTimes(1);
    // …but the compare worker starts only once the window has painted it (handlers.shown calls onShown):
    // its warm-up would take the processor from that first frame.
    expect(createCompareWorker).not.toHaveBeenCalled();
    (createHandlers.mock.calls[0]![0] as { onShown: () => void }).onShown();
    expect(createCompareWorker).toHaveBeenCalledTimes(1);
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
    expect(win.loadURL).toHaveBeenCalledWith('app://readout-compare/index.html');
    expect(win.loadFile).not.toHaveBeenCalled();
  });

  it('answers the window’s own page and refuses any other', async () => {
    const listSamples = electron.ipcHandlers.get(CHANNELS.listSamples)!;
    const frame = (url: string) => ({ sender: { id: 1 }, senderFrame: { url, parent: null, processId: 2, routingId: 3 } });
    expect(await listSamples(frame('app://readout-compare/index.html#row-3'))).toMatchObject({ ok: true });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await listSamples(frame('file:///tmp/evil.html'))).toMatchObject({ ok: false, error: { code: 'refused' } });
    // the built page itself, loaded from file:// as before, is not the app's page any more
    expect(await listSamples(frame(pathToFileURL(join(electronDir, '..', 'renderer', 'index.html')).href))).toMatchObject({ ok: false, error: { code: 'refused' } });
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
    (menuItem('Next Row').click as () => void)();
    expect(win.webContents.send).toHaveBeenLastCalledWith(CHANNELS.command, 'next-row');
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

  it('sends main’s errors to the log and applies the theme from the settings', () => {
    expect(installMainLogging).toHaveBeenCalledWith(appLog);
    expect(settingsStore.store.load).toHaveBeenCalledTimes(1);
    expect(menuItem('Dark').checked).toBe(true);
  });

  it('opens the window where the settings say, else centred on the primary display', () => {
    expect(electron.FakeBrowserWindow.created[0]!.options).toMatchObject({ x: 320, y: 100, width: 1280, height: 840 });
  });

  it('sets the theme from View > Theme, and remembers it', () => {
    (menuItem('Light').click as () => void)();
    expect(electron.module.nativeTheme.themeSource).toBe('light');
    expect(settingsStore.store.update).toHaveBeenLastCalledWith({ theme: 'light' });
  });

  it('opens the log folder from Help > Show Logs', () => {
    (menuItem('Show Logs').click as () => void)();
    expect(electron.module.shell.openPath).toHaveBeenCalledWith('/home/analyst/.config/userData/logs');
  });

  it('serves the settings the renderer may read', async () => {
    const getSettings = electron.ipcHandlers.get(CHANNELS.getSettings)!;
    const event = { sender: { id: 1 }, senderFrame: { url: 'app://readout-compare/index.html', parent: null, processId: 2, routingId: 3 } };
    expect(await getSettings(event)).toEqual({ ok: true, value: { theme: 'light', pdfPageSize: 'Letter', introSeen: false } });
  });

  it('keeps the first-run flag in settings.json when the introduction is dismissed', async () => {
    const event = { sender: { id: 1 }, senderFrame: { url: 'app://readout-compare/index.html', parent: null, processId: 2, routingId: 3 } };
    expect(await electron.ipcHandlers.get(CHANNELS.markIntroSeen)!(event)).toEqual({ ok: true, value: null });
    expect(settingsStore.store.update).toHaveBeenCalledWith({ introSeen: true });
    expect(await electron.ipcHandlers.get(CHANNELS.getSettings)!(event)).toMatchObject({ ok: true, value: { introSeen: true } });
  });

  it('puts the text the window copies (Copy findings) on the system clipboard', async () => {
    const copyText = electron.ipcHandlers.get(CHANNELS.copyText)!;
    const event = { sender: { id: 1 }, senderFrame: { url: 'app://readout-compare/index.html', parent: null, processId: 2, routingId: 3 } };
    expect(await copyText(event, '1. Row 6 · omission — Only in Kremlin (b8)')).toEqual({ ok: true, value: null });
    expect(electron.module.clipboard.writeText).toHaveBeenCalledWith('1. Row 6 · omission — Only in Kremlin (b8)');
  });

  it('opens a .readouts file from a second launch and sends it to the focused window', async () => {
    const win = electron.FakeBrowserWindow.created[0]!;
    win.webContents.send.mockClear();
    handlers.openFromSystem.mockImplementationOnce(async () => ({ ok: true, value: LOADED }) as const);
    electron.appListeners.get('second-instance')!({}, ['/opt/readout-compare', '--some-switch', 'call.readouts'], '/home/ana');
    await flush();
    expect(handlers.openFromSystem).toHaveBeenCalledWith(join('/home/ana', 'call.readouts'));
    expect(win.focus).toHaveBeenCalled();
    expect(win.webContents.send).toHaveBeenCalledWith(CHANNELS.comparisonLoaded, { ok: true, value: LOADED });
  });

  it('shows the recovery page when the renderer crashes, not when it exits cleanly', () => {
    const win = electron.FakeBrowserWindow.created[0]!;
    const gone = (win.webContents.on.mock.calls as unknown as Array<[string, (...a: unknown[]) => void]>).find(([name]) => name === 'render-process-gone')![1];
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    win.loadURL.mockClear();
    gone({}, { reason: 'clean-exit', exitCode: 0 });
    expect(win.loadURL).not.toHaveBeenCalled();
    gone({}, { reason: 'crashed', exitCode: 139 });
    expect(win.loadURL).toHaveBeenCalledWith('app://readout-compare/index.html#recovery=crashed');
    expect(error).toHaveBeenCalledWith('The window\'s renderer stopped: crashed (exit code 139).');
    error.mockRestore();
  });

  it('quits when the last window closes, except on macOS', () => {
    electron.module.app.quit.mockClear();
    electron.appListeners.get('window-all-closed')!();
    expect(electron.module.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });
});
