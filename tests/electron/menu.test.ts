import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { SampleInfo } from '../../shared/ipc/contract';

const electron = vi.hoisted(() => ({
  Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
}));
vi.mock('electron', () => electron);

import { installMenu, menuTemplate, sampleLabel, type MenuActions, type MenuOptions } from '../../electron/menu';

const SAMPLES: SampleInfo[] = [
  { id: '2021-07-09-biden-putin', event: 'Telephone call between Biden and Putin', date: '2021-07-09' },
  { id: '2025-03-18-trump-putin', event: 'Telephone call between Trump and Putin', date: '2025-03-18' },
];

function actions() {
  return { compareFiles: vi.fn(), openArticle: vi.fn(), openSample: vi.fn(), command: vi.fn(), openRecent: vi.fn(), clearRecent: vi.fn() } satisfies MenuActions;
}

function template(over: Partial<MenuOptions> = {}, acts: MenuActions = actions()) {
  return menuTemplate(acts, { platform: 'linux', dev: false, samples: SAMPLES, appName: 'Readout Compare', ...over });
}

function items(menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return menu.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function item(menu: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items(menu).find((i) => i.label === label);
  if (!found) throw new Error(`no menu item ${label}`);
  return found;
}

function click(menu: MenuItemConstructorOptions[], label: string): void {
  const { click: onClick } = item(menu, label);
  if (!onClick) throw new Error(`${label} has no click`);
  (onClick as () => void)();
}

const roles = (menu: MenuItemConstructorOptions[]) => items(menu).map((i) => i.role).filter(Boolean);

describe('View > Theme and Help > Show Logs', () => {
  const withAll = () => ({ ...actions(), setTheme: vi.fn(), showLogs: vi.fn() });

  it('offers System, Light and Dark as radio items, the chosen one checked', () => {
    const acts = withAll();
    const menu = template({ theme: 'dark' }, acts);
    const theme = item(menu, 'Theme').submenu as MenuItemConstructorOptions[];
    expect(theme.map((i) => [i.label, i.type, i.checked])).toEqual([['System', 'radio', false], ['Light', 'radio', false], ['Dark', 'radio', true]]);
    click(menu, 'Light');
    expect(acts.setTheme).toHaveBeenCalledWith('light');
  });

  it('puts Help last with Show Logs, which opens the logs', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const acts = withAll();
      const menu = template({ platform, theme: 'system' }, acts);
      expect(menu.at(-1)).toMatchObject({ role: 'help', label: platform === 'darwin' ? 'Help' : '&Help' });
      click(menu, 'Show Logs');
      expect(acts.showLogs).toHaveBeenCalledTimes(1);
    }
  });
});

describe('menuTemplate', () => {
  it('has File, Edit, View, Window and Help, with Alt mnemonics, on Windows and Linux', () => {
    for (const platform of ['linux', 'win32'] as const) {
      expect(template({ platform }).map((m) => m.label ?? m.role)).toEqual(['&File', '&Edit', '&View', 'windowMenu', '&Help']);
    }
  });

  it('puts the app menu first on macOS, and Quit there rather than in File', () => {
    const mac = template({ platform: 'darwin' });
    expect(mac.map((m) => m.label ?? m.role)).toEqual(['Readout Compare', 'File', 'Edit', 'View', 'windowMenu', 'Help']);
    expect((mac[0]!.submenu as MenuItemConstructorOptions[]).map((i) => i.role ?? i.type ?? i.label))
      .toEqual(['About Readout Compare', 'separator', 'services', 'separator', 'hide', 'hideOthers', 'unhide', 'separator', 'quit']);
    expect(roles([mac[1]!])).toEqual(['close']);
    expect(roles([template()[0]!])).toEqual(['close', 'quit']);
  });

  it('has no About item yet', () => {
    for (const platform of ['darwin', 'linux'] as const) expect(roles(template({ platform }))).not.toContain('about');
  });

  it('binds the usual accelerators', () => {
    const menu = template();
    expect(item(menu, 'Compare Files…').accelerator).toBe('CmdOrCtrl+O');
    expect(item(menu, 'Open Article…').accelerator).toBe('CmdOrCtrl+Shift+O');
    expect(item(menu, 'Find…').accelerator).toBe('CmdOrCtrl+F');
    expect(item(menu, 'Find Next').accelerator).toBe('F3');
    expect(item(menu, 'Find Previous').accelerator).toBe('Shift+F3');
    expect(item(menu, 'Next Row').accelerator).toBe('Alt+Down');
    expect(item(menu, 'Next One-Sided Statement').accelerator).toBe('F7');
    expect(item(menu, 'Previous Row Cited by the Article').accelerator).toBe('Shift+F8');
    expect(item(menu, 'Previous Row').accelerator).toBe('Alt+Up');
  });

  it('edits with the platform roles', () => {
    expect(roles([template()[1]!])).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('opens, saves and exports comparisons, with keys the page handles and the menu only shows', () => {
    const menu = template();
    const file = (template()[0]!.submenu as MenuItemConstructorOptions[]).map((i) => i.label ?? i.role ?? i.type);
    expect(file).toEqual(['Compare Files…', 'Open Comparison…', 'Open Article…', 'Open Sample', 'Open Recent', 'separator', 'Save', 'Save As…', 'Export Annotations', 'Export PDF Report…', 'separator', 'Close Window', 'quit']);
    for (const [label, key] of [['Open Comparison…', 'CmdOrCtrl+Alt+O'], ['Save', 'CmdOrCtrl+S'], ['Save As…', 'CmdOrCtrl+Shift+S'], ['Annotate Selection or Row…', 'CmdOrCtrl+Shift+A'], ['Export PDF Report…', 'CmdOrCtrl+P']] as const) {
      expect(item(menu, label).accelerator).toBe(key);
      expect(item(menu, label).registerAccelerator).toBe(false);
    }
    expect((item(menu, 'Export Annotations').submenu as MenuItemConstructorOptions[]).map((i) => i.label)).toEqual(['W3C Web Annotation (JSON-LD)…', 'CSV…', 'Markdown…']);
    // no two items share a key
    const keys = items(menu).map((i) => i.accelerator).filter(Boolean);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('sends Export PDF Report… to the page, which asks for the report’s options first', () => {
    const acts = actions();
    click(template({}, acts), 'Export PDF Report…');
    expect(acts.command).toHaveBeenCalledWith('export-pdf');
  });

  it('runs Compare Files…', () => {
    const acts = actions();
    click(template({}, acts), 'Compare Files…');
    expect(acts.compareFiles).toHaveBeenCalledTimes(1);
  });

  it('runs Open Article…', () => {
    const acts = actions();
    click(template({}, acts), 'Open Article…');
    expect(acts.openArticle).toHaveBeenCalledTimes(1);
    expect(acts.compareFiles).not.toHaveBeenCalled();
  });

  it('lists the samples under Open Sample and opens the one clicked', () => {
    const acts = actions();
    const menu = template({}, acts);
    expect((item(menu, 'Open Sample').submenu as MenuItemConstructorOptions[]).map((i) => i.label)).toEqual([
      'Telephone call between Biden and Putin (2021-07-09)',
      'Telephone call between Trump and Putin (2025-03-18)',
    ]);
    click(menu, 'Telephone call between Trump and Putin (2025-03-18)');
    expect(acts.openSample).toHaveBeenCalledWith('2025-03-18-trump-putin');
  });

  it('lists the recent files under Open Recent, most recent first, opens the one clicked, and clears them', () => {
    const acts = actions();
    const recent = [
      { kind: 'comparison' as const, path: '/home/me/calls/call.readouts' },
      { kind: 'pair' as const, a: '/home/me/r/whitehouse.html', b: '/home/me/r/kremlin.pdf' },
    ];
    const menu = template({ recent }, acts);
    expect((item(menu, 'Open Recent').submenu as MenuItemConstructorOptions[]).map((i) => i.label ?? i.type)).toEqual([
      'call.readouts (/home/me/calls)', 'whitehouse.html and kremlin.pdf (/home/me/r)', 'separator', 'Clear Recently Opened',
    ]);
    click(menu, 'whitehouse.html and kremlin.pdf (/home/me/r)');
    expect(acts.openRecent).toHaveBeenCalledWith(recent[1]);
    expect(item(menu, 'Clear Recently Opened').enabled).toBe(true);
    click(menu, 'Clear Recently Opened');
    expect(acts.clearRecent).toHaveBeenCalledTimes(1);
  });

  it('shows a disabled item, and Clear disabled, when nothing was opened yet', () => {
    const menu = template({ recent: [] });
    expect((item(menu, 'Open Recent').submenu as MenuItemConstructorOptions[])[0]).toEqual({ label: 'No recent files', enabled: false });
    expect(item(menu, 'Clear Recently Opened').enabled).toBe(false);
  });

  it('shows a disabled item when there are no samples', () => {
    expect(item(template({ samples: [] }), 'Open Sample').submenu).toEqual([{ label: 'No samples found', enabled: false }]);
  });

  it.each([
    ['Find…', 'find'],
    ['Find Next', 'find-next'],
    ['Find Previous', 'find-previous'],
    ['Show All Rows', 'filter-all'],
    ['Show One-Sided Statements', 'filter-one-sided'],
    ['Show Uncertain Rows', 'filter-uncertain'],
    ['Show Rows with Typed Differences', 'filter-typed'],
    ['Show Rows Cited by the Article', 'filter-cited'],
    ['Show Annotated Rows', 'filter-annotated'],
    ['Next Row', 'next-row'],
    ['Previous Row', 'previous-row'],
    ['Next One-Sided Statement', 'next-one-sided'],
    ['Previous One-Sided Statement', 'previous-one-sided'],
    ['Next Row Cited by the Article', 'next-cited'],
    ['Previous Row Cited by the Article', 'previous-cited'],
    ['Show or Hide Article Panel', 'toggle-article-panel'],
    ['Switch Between Rows and Article Panel', 'switch-pane'],
    ['Show or Hide Annotations Panel', 'toggle-annotations-panel'],
    ['Show or Hide Findings Panel', 'toggle-findings-panel'],
    ['Copy Findings as Text', 'copy-findings-text'],
    ['Copy Findings as Markdown', 'copy-findings-markdown'],
    ['Show or Hide Overview Map', 'toggle-overview-map'],
    ['Annotate Selection or Row…', 'annotate'],
    ['Undo Annotation Change', 'undo'],
    ['Mark Left Statement for Linking', 'mark-left-statement'],
    ['Mark Right Statement for Linking', 'mark-right-statement'],
    ['Link Statements…', 'link-statements'],
    ['Clear Link Marks', 'clear-link-marks'],
    ['Open Comparison…', 'open-comparison'],
    ['Save', 'save'],
    ['Save As…', 'save-as'],
    ['W3C Web Annotation (JSON-LD)…', 'export-jsonld'],
    ['CSV…', 'export-csv'],
    ['Markdown…', 'export-md'],
  ])('sends %s to the renderer as %s', (label, command) => {
    const acts = actions();
    click(template({}, acts), label);
    expect(acts.command).toHaveBeenCalledWith(command);
    expect(acts.command).toHaveBeenCalledTimes(1);
  });

  it('shows F6 for switching between the rows and the article panel, handled by the page', () => {
    const switchPane = item(template(), 'Switch Between Rows and Article Panel');
    expect(switchPane.accelerator).toBe('F6');
    expect(switchPane.registerAccelerator).toBe(false);
  });

  it('shows the filters as plain items, so no stale check mark contradicts the toolbar', () => {
    const menu = template();
    expect(['Show All Rows', 'Show One-Sided Statements', 'Show Annotated Rows'].map((label) => [item(menu, label).type, item(menu, label).checked]))
      .toEqual([[undefined, undefined], [undefined, undefined], [undefined, undefined]]);
  });

  it('offers Reload and developer tools only in development', () => {
    for (const role of ['reload', 'forceReload', 'toggleDevTools'] as const) {
      expect(roles(template({ dev: true }))).toContain(role);
      expect(roles(template({ dev: false }))).not.toContain(role);
    }
  });

  it('zooms and goes full screen with the roles', () => {
    expect(roles([template()[2]!])).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });
});

describe('sampleLabel', () => {
  it('leaves the date out when there is none', () => {
    expect(sampleLabel({ id: 'x', event: 'A call', date: '' })).toBe('A call');
  });
});

describe('installMenu', () => {
  it('builds the template and sets it as the application menu', () => {
    installMenu(actions(), { platform: 'linux', dev: false, samples: SAMPLES, appName: 'Readout Compare' });
    expect(electron.Menu.buildFromTemplate).toHaveBeenCalledTimes(1);
    const built = electron.Menu.buildFromTemplate.mock.results[0]!.value as { template: MenuItemConstructorOptions[] };
    expect(built.template.map((m) => m.label ?? m.role)).toEqual(['&File', '&Edit', '&View', 'windowMenu', '&Help']);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(built);
  });
});
