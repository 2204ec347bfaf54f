/**
 * The Electron entry (built to out/main/index.js): wires the pieces together and
 * nothing else. Security settings live in window.ts and security.ts, the IPC
 * checks in ipc.ts, the menu in menu.ts, the work itself in node/app/handlers.ts.
 */
import { app, BrowserWindow, clipboard, dialog, session } from 'electron';
import createCompareWorker from '../node/app/compare-worker?nodeWorker';
import { createHandlers } from '../node/app/handlers';
import { workerComparer } from '../node/app/worker-comparer';
import { createRecentFiles, loadRecent } from '../node/store/recent-files';
import type { LoadedComparison, Result } from '../shared/ipc/contract';
import { appLocationFor, isAppUrl } from './app-url';
import { openArticleWithDialog } from './article-dialog';
import { compareFilesWithDialog } from './compare-dialog';
import { registerIpc, sendCommand, sendComparison } from './ipc';
import { installMenu, type MenuActions } from './menu';
import { assetsDirFor, preloadPathFor, rendererIndexFor } from './paths';
import { flushBeforeQuit } from './quit';
import { readClipboard } from './clipboard';
import { recentActions } from './recent';
import { applyContentSecurityPolicy, denyAllPermissions } from './security';
import { createMainWindow } from './window';

// every renderer sandboxed, whatever its options say; must run before ready
app.enableSandbox();

const location = appLocationFor(app.isPackaged, process.env.ELECTRON_RENDERER_URL, rendererIndexFor(__dirname));
const dev = location.kind === 'dev-server';
let mainWindow: BrowserWindow | null = null;

function openWindow(): BrowserWindow {
  const win = createMainWindow(location, preloadPathFor(__dirname));
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

async function start(): Promise<void> {
  applyContentSecurityPolicy(session.defaultSession, dev);
  denyAllPermissions(session.defaultSession);
  // Comparisons run in a worker thread: a long one never freezes the window.
  const comparer = workerComparer(() => createCompareWorker({}));
  comparer.warm(); // loads the aligner's resources while the window opens
  app.on('will-quit', () => void comparer.close());
  // File > Open Recent: its own file in userData; a missing or damaged one is an empty list, never a failed start.
  const userData = app.getPath('userData');
  const recentFile = await loadRecent(userData);
  if (recentFile.problem) console.warn(recentFile.problem);
  const recentFiles = createRecentFiles(userData, recentFile.entries, (m) => console.warn(m));
  let rebuildMenu = (): void => {};
  const recent = recentActions(recentFiles, app, () => rebuildMenu());
  const handlers = createHandlers({
    assetsDir: assetsDirFor(app.isPackaged, app.getAppPath(), process.resourcesPath), comparer,
    // the autosave and what is restored at start live here
    userData, appVersion: app.getVersion(),
    onOpened: (entry) => recent.remember(entry),
    // Paste: main reads the clipboard itself, so copied HTML never reaches the page.
    readClipboard: () => readClipboard(clipboard),
  });
  flushBeforeQuit(app, handlers); // the last change is written before the app quits
  handlers.prefetchInitial(); // restored (or compared) while the window opens
  registerIpc(handlers, { mainWindow: () => mainWindow, isAppUrl: (url) => isAppUrl(location, url) });
  const samples = await handlers.listSamples();
  // a dialog the user closed needs no answer; anything else is shown
  const fromDialog = (ask: (win: BrowserWindow) => Promise<Result<LoadedComparison>>) => withWindow(async (win) => {
    const result = await ask(win);
    if (result.ok || result.error.code !== 'cancelled') sendComparison(win, result);
  });
  const menuActions: MenuActions = {
    compareFiles: () => fromDialog((win) => compareFilesWithDialog(handlers, win)),
    openArticle: () => fromDialog((win) => openArticleWithDialog(handlers, win)),
    openSample: (id) => withWindow(async (win) => sendComparison(win, await handlers.openSample(id))),
    command: (command) => withWindow((win) => sendCommand(win, command)),
    openRecent: (entry) => withWindow(async (win) => sendComparison(win, await recent.open(handlers, entry))),
    clearRecent: () => recent.clear(),
  };
  // Built again whenever the recent files change.
  rebuildMenu = () => installMenu(menuActions, {
    platform: process.platform, dev, samples: samples.ok ? samples.value : [], appName: app.getName(), recent: recentFiles.list(),
  });
  rebuildMenu();
  openWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) {
      if (app.isReady()) openWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
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
