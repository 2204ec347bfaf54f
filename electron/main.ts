/**
 * The Electron entry (built to out/main/index.js): wires the pieces together and
 * nothing else. Security settings live in window.ts and security.ts, the IPC
 * checks in ipc.ts, the menu in menu.ts, the work itself in node/app/handlers.ts.
 */
import { join } from 'node:path';
import { app, BrowserWindow, clipboard, dialog, nativeTheme, screen, session, shell } from 'electron';
import createCompareWorker from '../node/app/compare-worker?nodeWorker';
import { createLog, type Log } from '../node/log/log';
import type { Theme } from '../node/settings/settings';
import { createSettingsStore, type SettingsStore } from '../node/settings/store';
import { createHandlers, type MainHandlers } from '../node/app/handlers';
import { workerComparer } from '../node/app/worker-comparer';
import { createRecentFiles, loadRecent } from '../node/store/recent-files';
import type { LoadedComparison, Result } from '../shared/ipc/contract';
import { handleAppScheme, registerAppScheme } from './app-protocol';
import { appLocationFor, isAppUrl } from './app-url';
import { openArticleWithDialog } from './article-dialog';
import { compareFilesWithDialog } from './compare-dialog';
import { registerIpc, sendCommand, sendComparison, type AppServices } from './ipc';
import { installMenu, type MenuActions } from './menu';
import { assetsDirFor, preloadPathFor, rendererIndexFor } from './paths';
import { flushBeforeQuit, flushSettingsBeforeExit } from './quit';
import { readClipboard } from './clipboard';
import { recentActions } from './recent';
import { cspFor } from './csp';
import { applyContentSecurityPolicy, denyAllPermissions } from './security';
import { BACKGROUND, createMainWindow, loadApp } from './window';
import { rememberFolders } from './last-folder';
import { installMainLogging, logRendererError } from './logging';
import { collectOpenedFiles, readoutsPathsInArgv } from './open-files';
import { watchForCrashes } from './recovery';
import { restoredBounds, trackWindowState } from './window-state';

// every renderer sandboxed, whatever its options say; must run before ready
app.enableSandbox();
// the app's own scheme (app://readout-compare), privileged; must run before ready too
registerAppScheme();

const location = appLocationFor(app.isPackaged, process.env.ELECTRON_RENDERER_URL, rendererIndexFor(__dirname));
const dev = location.kind === 'dev-server';
let mainWindow: BrowserWindow | null = null;
// Set at ready (start()): the settings live in userData.
let settings: SettingsStore | null = null;
// .readouts files the system asks to open: from this launch's argv now, macOS's open-file (which can come
// before ready) and second launches later; opened once the app is ready.
const systemFiles = collectOpenedFiles(app);
systemFiles.add(readoutsPathsInArgv(process.argv, { defaultApp: Boolean(process.defaultApp), cwd: process.cwd() }));

function openWindow(): BrowserWindow {
  const placement = settings ? restoredBounds(settings.get().window, screen.getAllDisplays(), screen.getPrimaryDisplay()) : undefined;
  const win = createMainWindow(location, preloadPathFor(__dirname), placement);
  const store = settings;
  if (store) trackWindowState(win, (window) => store.update({ window }));
  // A crashed renderer: the page again, in its recovery state (electron/recovery.ts).
  watchForCrashes(win, {
    load: (hash) => void loadApp(win, location, hash).catch((e: unknown) => console.error('The recovery page could not be loaded:', e)),
    log: (message) => console.error(message),
    giveUp: (message) => dialog.showErrorBox('Readout Compare stopped working', message),
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
  return win;
}

// a menu item needs the window; on macOS with every window closed, it opens one instead
function withWindow(action: (win: BrowserWindow) => void | Promise<void>): void {
  if (!mainWindow) {
    openWindow();
    return;
  }
  void Promise.resolve(action(mainWindow)).catch((e: unknown) => console.error('Menu action failed:', e));
}

/** Brings the window to the front (a second launch, a file opened from the system). */
function focusWindow(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  win.focus();
}

/** View > Theme: the setting, and Chromium's theme (the page's prefers-color-scheme follows). */
function applyTheme(theme: Theme): void {
  nativeTheme.themeSource = theme;
  settings?.update({ theme });
  mainWindow?.setBackgroundColor(nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light);
}

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  // Errors of main and renderer go to <userData>/logs/main.log (never document text: node/log/log.ts).
  const appLog = createLog({ dir: join(userData, 'logs') });
  installMainLogging(appLog);
  const store = createSettingsStore({
    userData, locale: app.getSystemLocale() || app.getLocale(), log: (message) => appLog.write('warn', 'main', message),
  });
  // File > Open Recent: its own file in userData, read while the settings are (a missing or damaged one is an empty list, never a failed start).
  const recentLoading = loadRecent(userData);
  const { notice: settingsNotice } = await store.load(); // never throws; a bad file gives the defaults and a notice
  settings = store;
  nativeTheme.themeSource = store.get().theme;
  rememberFolders({ get: () => store.get().lastFolder, set: (lastFolder) => store.update({ lastFolder }) });
  flushSettingsBeforeExit(app, store);
  applyContentSecurityPolicy(session.defaultSession, dev);
  denyAllPermissions(session.defaultSession);
  // the built page and its files, served from out/renderer alone (app-protocol.ts), before any window loads it
  if (location.kind === 'app') handleAppScheme(location.root, cspFor(false));
  // Comparisons run in a worker thread: a long one never freezes the window.
  // Started once the window has painted its first comparison (handlers.shown), not with the window: on a machine of
  // two cores its warm-up (resources, lexicon, a first comparison) took the processor from that first frame.
  const comparer = workerComparer(() => createCompareWorker({}));
  app.on('will-quit', () => void comparer.close());
  const recentFile = await recentLoading;
  if (recentFile.problem) console.warn(recentFile.problem);
  const recentFiles = createRecentFiles(userData, recentFile.entries, (m) => console.warn(m));
  let rebuildMenu = (): void => {};
  const recent = recentActions(recentFiles, app, () => rebuildMenu());
  const handlers = createHandlers({
    assetsDir: assetsDirFor(app.isPackaged, app.getAppPath(), process.resourcesPath), comparer, onShown: () => comparer.warm(),
    // the autosave and what is restored at start live here
    userData, appVersion: app.getVersion(), startNotice: settingsNotice,
    onOpened: (entry) => recent.remember(entry),
    // Paste: main reads the clipboard itself, so copied HTML never reaches the page.
    readClipboard: () => readClipboard(clipboard),
  });
  flushBeforeQuit(app, handlers); // the last change is written before the app quits
  // restored (or compared) while the window opens; a file the app was launched with instead
  handlers.prefetchInitial(systemFiles.take().at(-1));
  registerIpc(handlers, { mainWindow: () => mainWindow, isAppUrl: (url) => isAppUrl(location, url) }, appServices(store, appLog));
  const samples = await handlers.listSamples();
  const menuActions = menuActionsFor(handlers, recent, appLog);
  // Built again whenever the recent files change.
  rebuildMenu = () => installMenu(menuActions, {
    platform: process.platform, dev, samples: samples.ok ? samples.value : [], appName: app.getName(), recent: recentFiles.list(), theme: store.get().theme,
  });
  rebuildMenu();
  openWindow();
  // Files the system opens from now on: shown at start if the page has not asked yet, else opened and sent.
  systemFiles.deliverTo((path) => openFromSystem(handlers, path));
}

/** What main offers the page besides the handlers: the settings it may read or change, the log, the clipboard. */
function appServices(store: SettingsStore, appLog: Log): AppServices {
  return {
    settings: () => ({ theme: store.get().theme, pdfPageSize: store.get().pdfPageSize, introSeen: store.get().introSeen }),
    rememberPageSize: (pdfPageSize) => store.update({ pdfPageSize }),
    markIntroSeen: () => store.update({ introSeen: true }),
    logError: (report) => logRendererError(appLog, report),
    // Copy findings: main writes the clipboard, as it reads it for Paste (the page's clipboard permission is denied).
    writeClipboard: (text) => clipboard.writeText(text),
  };
}

/** What the menu's items do, each in the window (opened again if there is none). */
function menuActionsFor(handlers: MainHandlers, recent: ReturnType<typeof recentActions>, appLog: Log): MenuActions {
  // a dialog the user closed needs no answer; anything else is shown
  const fromDialog = (ask: (win: BrowserWindow) => Promise<Result<LoadedComparison>>) => withWindow(async (win) => {
    const result = await ask(win);
    if (result.ok || result.error.code !== 'cancelled') sendComparison(win, result);
  });
  return {
    compareFiles: () => fromDialog((win) => compareFilesWithDialog(handlers, win)),
    openArticle: () => fromDialog((win) => openArticleWithDialog(handlers, win)),
    openSample: (id) => withWindow(async (win) => sendComparison(win, await handlers.openSample(id))),
    command: (command) => withWindow((win) => sendCommand(win, command)),
    setTheme: applyTheme,
    showLogs: () => void shell.openPath(appLog.dir).then((problem) => { if (problem) console.error(`The log folder ${appLog.dir} could not be opened: ${problem}`); }),
    openRecent: (entry) => withWindow(async (win) => sendComparison(win, await recent.open(handlers, entry))),
    clearRecent: () => recent.clear(),
  };
}

/** A file the system opens (double-click, a second launch): sent to the window, or held for the page's first question. */
function openFromSystem(handlers: MainHandlers, path: string): void {
  const answer = handlers.openFromSystem(path);
  if (!answer) return;
  void answer.then((result) => {
    if (mainWindow) {
      focusWindow(mainWindow);
      sendComparison(mainWindow, result);
    } else {
      // (macOS, every window closed) its page asks for the comparison on screen: this one
      openWindow();
    }
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    // a second launch with a file (Windows, Linux): opened here
    systemFiles.add(readoutsPathsInArgv(argv, { defaultApp: Boolean(process.defaultApp), cwd: workingDirectory }));
    if (!mainWindow) {
      if (app.isReady()) openWindow();
      return;
    }
    focusWindow(mainWindow);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && !mainWindow) openWindow();
  });
  app.whenReady().then(start).catch((e: unknown) => {
    dialog.showErrorBox('Readout Compare could not start', e instanceof Error ? e.message : String(e));
    app.quit();
  });
}
