/**
 * The application menu. `menuTemplate` is pure (a template of plain objects with
 * click callbacks), so its items, accelerators and actions are tested without
 * Electron; `installMenu` hands it to Electron.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Theme } from '../node/settings/settings';
import type { RendererCommand, SampleInfo } from '../shared/ipc/contract';
import { recentLabel, type RecentEntry } from '../node/store/recent-files';

/** What the menu's own items do. */
export interface MenuActions {
  /** File > Compare Files… */
  compareFiles(): void;
  /** File > Open Article… */
  openArticle(): void;
  /** File > Open Sample > (a sample). */
  openSample(id: string): void;
  /** An item the renderer carries out (find, filters, next/previous difference). */
  command(command: RendererCommand): void;
  /** View > Theme > System, Light or Dark (the submenu is shown when given, with `MenuOptions.theme`). */
  setTheme?(theme: Theme): void;
  /** Help > Show Logs: opens the log folder (the Help item is shown when given). */
  showLogs?(): void;
  /** File > Open Recent > (an entry). */
  openRecent(entry: RecentEntry): void;
  /** File > Open Recent > Clear Recently Opened. */
  clearRecent(): void;
}

/** What the menu depends on besides its actions. */
export interface MenuOptions {
  /** `process.platform`: macOS gets the app menu and keeps Quit there. */
  platform: NodeJS.Platform;
  /** Development build: adds Reload and Toggle Developer Tools. */
  dev: boolean;
  /** The embedded samples, for File > Open Sample. */
  samples: readonly SampleInfo[];
  /** The app's name, for the macOS app menu. */
  appName: string;
  /** The theme chosen (View > Theme's radio items show it). */
  theme?: Theme;
  /** File > Open Recent: the comparisons and readout pairs opened, most recent first. */
  recent?: readonly RecentEntry[];
}

/** File > Open Recent: the entries, then Clear Recently Opened (disabled, like the menu, when there is none). */
function recentMenu(actions: MenuActions, recent: readonly RecentEntry[]): MenuItemConstructorOptions[] {
  const entries: MenuItemConstructorOptions[] = recent.length > 0
    ? recent.map((entry) => ({ label: recentLabel(entry), click: () => actions.openRecent(entry) }))
    : [{ label: 'No recent files', enabled: false }];
  return [...entries, { type: 'separator' }, { label: 'Clear Recently Opened', enabled: recent.length > 0, click: () => actions.clearRecent() }];
}

/** A sample's menu label: "Telephone call between … (2025-03-18)". */
export function sampleLabel(sample: SampleInfo): string {
  return sample.date ? `${sample.event} (${sample.date})` : sample.event;
}

/** A top-level label with its Alt-key mnemonic on Windows and Linux; macOS has none. */
function topLabel(label: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? label : `&${label}`;
}

function appMenu(actions: MenuActions, appName: string): MenuItemConstructorOptions {
  return {
    label: appName,
    submenu: [
      // the page's own About dialog (version, licence, notices), not Electron's about panel
      { label: `About ${appName}`, click: () => actions.command('about') },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
}

function fileMenu(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions {
  const samples: MenuItemConstructorOptions[] = options.samples.length > 0
    ? options.samples.map((s) => ({ label: sampleLabel(s), click: () => actions.openSample(s.id) }))
    : [{ label: 'No samples found', enabled: false }];
  const mac = options.platform === 'darwin';
  return {
    label: topLabel('File', options.platform),
    // The page handles the keys of the items it carries out (they work where no menu bar is
    // shown, and in the browser tests); the menu only displays them (registerAccelerator: false).
    submenu: [
      { label: 'Compare Files…', accelerator: 'CmdOrCtrl+O', click: () => actions.compareFiles() },
      // Ctrl/Cmd+O compares files; Alt joins it for the comparison file (Shift+O opens an article).
      { label: 'Open Comparison…', accelerator: 'CmdOrCtrl+Alt+O', registerAccelerator: false, click: () => actions.command('open-comparison') },
      { label: 'Open Article…', accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.openArticle() },
      { label: 'Open Sample', submenu: samples },
      { label: 'Open Recent', submenu: recentMenu(actions, options.recent ?? []) },
      { type: 'separator' },
      { label: 'Save', accelerator: 'CmdOrCtrl+S', registerAccelerator: false, click: () => actions.command('save') },
      { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', registerAccelerator: false, click: () => actions.command('save-as') },
      {
        label: 'Export Annotations',
        submenu: [
          { label: 'W3C Web Annotation (JSON-LD)…', click: () => actions.command('export-jsonld') },
          { label: 'CSV…', click: () => actions.command('export-csv') },
          { label: 'Markdown…', click: () => actions.command('export-md') },
        ],
      },
      // The page opens the report's options first, then main asks where to save it.
      { label: 'Export PDF Report…', accelerator: 'CmdOrCtrl+P', registerAccelerator: false, click: () => actions.command('export-pdf') },
      { type: 'separator' },
      // roles carry the platform's own labels and accelerators (Cmd+W / Ctrl+W, Cmd+Q / Ctrl+Q)
      { role: 'close', label: 'Close Window' },
      ...(mac ? [] : [{ role: 'quit' } as const]),
    ],
  };
}

function editMenu(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions {
  return {
    label: topLabel('Edit', options.platform),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      // The page handles these keys itself (they must also work where no menu bar is shown), so the
      // menu only displays them: registering them too would run each command twice.
      { label: 'Find…', accelerator: 'CmdOrCtrl+F', registerAccelerator: false, click: () => actions.command('find') },
      { label: 'Find Next', accelerator: 'F3', registerAccelerator: false, click: () => actions.command('find-next') },
      { label: 'Find Previous', accelerator: 'Shift+F3', registerAccelerator: false, click: () => actions.command('find-previous') },
      { type: 'separator' },
      { label: 'Annotate Selection or Row…', accelerator: 'CmdOrCtrl+Shift+A', registerAccelerator: false, click: () => actions.command('annotate') },
      // Undo (Ctrl/Cmd+Z) above undoes typing in a field; outside one, the page undoes the last change to the annotations.
      { label: 'Undo Annotation Change', click: () => actions.command('undo') },
      { label: 'Redo Annotation Change', click: () => actions.command('redo') },
      // M / Shift+M (the row's left / right statement) and Escape are the page's keys in the rows: no accelerator here, or a
      // plain letter would be taken from every text field on macOS.
      { label: 'Mark Left Statement for Linking', click: () => actions.command('mark-left-statement') },
      { label: 'Mark Right Statement for Linking', click: () => actions.command('mark-right-statement') },
      { label: 'Link Statements…', accelerator: 'CmdOrCtrl+Shift+L', registerAccelerator: false, click: () => actions.command('link-statements') },
      { label: 'Clear Link Marks', click: () => actions.command('clear-link-marks') },
      { type: 'separator' },
      { label: 'Copy Findings as Text', click: () => actions.command('copy-findings-text') },
      { label: 'Copy Findings as Markdown', click: () => actions.command('copy-findings-markdown') },
    ],
  };
}

function viewMenu(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions {
  // Plain items, not radio items: the toolbar changes the filter too, and a menu that
  // showed a stale check mark would mislead.
  const filter = (label: string, command: RendererCommand): MenuItemConstructorOptions =>
    ({ label, click: () => actions.command(command) });
  const devItems: MenuItemConstructorOptions[] = options.dev
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  return {
    label: topLabel('View', options.platform),
    submenu: [
      filter('Show All Rows', 'filter-all'),
      filter('Show One-Sided Statements', 'filter-one-sided'),
      filter('Show Uncertain Rows', 'filter-uncertain'),
      filter('Show Rows with Typed Differences', 'filter-typed'),
      filter('Show Rows Cited by the Article', 'filter-cited'),
      filter('Show Annotated Rows', 'filter-annotated'),
      { type: 'separator' },
      { label: 'Next Row', accelerator: 'Alt+Down', registerAccelerator: false, click: () => actions.command('next-row') },
      { label: 'Previous Row', accelerator: 'Alt+Up', registerAccelerator: false, click: () => actions.command('previous-row') },
      { label: 'Next One-Sided Statement', accelerator: 'F7', registerAccelerator: false, click: () => actions.command('next-one-sided') },
      { label: 'Previous One-Sided Statement', accelerator: 'Shift+F7', registerAccelerator: false, click: () => actions.command('previous-one-sided') },
      { label: 'Next Row Cited by the Article', accelerator: 'F8', registerAccelerator: false, click: () => actions.command('next-cited') },
      { label: 'Previous Row Cited by the Article', accelerator: 'Shift+F8', registerAccelerator: false, click: () => actions.command('previous-cited') },
      { type: 'separator' },
      { label: 'Show or Hide Article Panel', click: () => actions.command('toggle-article-panel') },
      { label: 'Show or Hide Annotations Panel', click: () => actions.command('toggle-annotations-panel') },
      { label: 'Show or Hide Findings Panel', click: () => actions.command('toggle-findings-panel') },
      { label: 'Show or Hide Overview Map', click: () => actions.command('toggle-overview-map') },
      { label: 'Switch Between Rows and Article Panel', accelerator: 'F6', registerAccelerator: false, click: () => actions.command('switch-pane') },
      { type: 'separator' },
      ...themeItems(actions, options),
      ...devItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}

/** View > Theme: radio items, the chosen one checked (Electron checks the one clicked). */
function themeItems(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const setTheme = actions.setTheme;
  if (!setTheme || !options.theme) return [];
  const radio = (label: string, theme: Theme): MenuItemConstructorOptions =>
    ({ label, type: 'radio', checked: options.theme === theme, click: () => setTheme(theme) });
  return [
    { label: 'Theme', submenu: [radio('System', 'system'), radio('Light', 'light'), radio('Dark', 'dark')] },
    { type: 'separator' },
  ];
}

function helpMenu(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions {
  const mac = options.platform === 'darwin';
  const showLogs = actions.showLogs;
  return {
    role: 'help',
    label: topLabel('Help', options.platform),
    submenu: [
      // F1 and ? are handled by the page outside text fields (shared/help/shortcuts.ts lists every key)
      { label: 'Keyboard Shortcuts', accelerator: 'F1', registerAccelerator: false, click: () => actions.command('shortcuts') },
      { label: 'Show Introduction', click: () => actions.command('introduction') },
      // the folder of the log files (node/log/)
      ...(showLogs ? [{ type: 'separator' } as const, { label: 'Show Logs', click: () => showLogs() }] : []),
      // on macOS About is in the app menu
      ...(mac ? [] : [{ type: 'separator' } as const, { label: `About ${options.appName}`, click: () => actions.command('about') }]),
    ],
  };
}

/** The whole menu bar for a platform. */
export function menuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  return [
    ...(options.platform === 'darwin' ? [appMenu(actions, options.appName)] : []),
    fileMenu(actions, options),
    editMenu(actions, options),
    viewMenu(actions, options),
    { role: 'windowMenu' },
    helpMenu(actions, options),
  ];
}

/** Builds the menu and makes it the application menu. */
export function installMenu(actions: MenuActions, options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(actions, options)));
}
