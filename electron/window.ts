/**
 * The app's window: options with every security setting spelled out, and the
 * window itself, loaded from the dev server or the app's scheme and locked down.
 */
import { app, BrowserWindow, dialog, nativeTheme, type BrowserWindowConstructorOptions, type WebPreferences, type Rectangle } from 'electron';
import { appUrlFor, isAppUrl, type AppLocation } from './app-url';
import { lockWebContents } from './security';

/** Window background before the page paints, matched to the OS theme to avoid a flash. */
export const BACKGROUND = { light: '#ffffff', dark: '#1e1e1e' } as const;

/** The security settings of every window of the app (the main window, the report's hidden window), spelled out. */
export const LOCKED_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} as const satisfies WebPreferences;

/** The main window's options. Pure, so each security setting has a test. */
export function windowOptions(preloadPath: string, dark = false): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 840,
    minWidth: 720,
    minHeight: 480,
    // shown on ready-to-show, so the user never sees an empty frame
    show: false,
    backgroundColor: dark ? BACKGROUND.dark : BACKGROUND.light,
    title: 'Readout Compare',
    webPreferences: { preload: preloadPath, ...LOCKED_WEB_PREFERENCES },
  };
}

/**
 * Loads the app's page from `location` into `win` (`app://readout-compare/index.html`
 * when built, never a file:// page), with `hash` (e.g. the recovery state) when given.
 */
export function loadApp(win: BrowserWindow, location: AppLocation, hash?: string): Promise<void> {
  return win.loadURL(appUrlFor(location, hash));
}

/**
 * Creates the main window, locks it down, and loads the renderer from `location`;
 * at `placement` (window-state.ts) when given, maximised if it was.
 */
export function createMainWindow(location: AppLocation, preloadPath: string, placement?: { bounds: Rectangle; maximized: boolean }): BrowserWindow {
  const options = windowOptions(preloadPath, nativeTheme.shouldUseDarkColors);
  const win = new BrowserWindow(placement ? { ...options, ...placement.bounds } : options);
  lockWebContents(win.webContents, (url) => isAppUrl(location, url));
  win.once('ready-to-show', () => {
    if (placement?.maximized) win.maximize();
    win.show();
  });
  const loaded = loadApp(win, location);
  // A window that cannot load its page would stay hidden: say so and quit rather than run unseen.
  loaded.catch((e: unknown) => {
    dialog.showErrorBox('Readout Compare could not open its window', e instanceof Error ? e.message : String(e));
    app.quit();
  });
  return win;
}
