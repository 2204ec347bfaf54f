import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { listedAccelerators, normalizeAccelerator } from '../../shared/help/shortcuts';

vi.mock('electron', () => ({ Menu: { buildFromTemplate: vi.fn(), setApplicationMenu: vi.fn() } }));

import { menuTemplate, type MenuActions } from '../../electron/menu';

function items(menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return menu.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function template(platform: NodeJS.Platform, command = vi.fn()) {
  const actions: MenuActions = { compareFiles: vi.fn(), openArticle: vi.fn(), openSample: vi.fn(), openRecent: vi.fn(), clearRecent: vi.fn(), command };
  return menuTemplate(actions, { platform, dev: true, samples: [], appName: 'Readout Compare' });
}

function clickLabel(menu: MenuItemConstructorOptions[], label: string): void {
  const found = items(menu).find((i) => i.label === label);
  if (!found?.click) throw new Error(`no menu item ${label}`);
  (found.click as () => void)();
}

describe('the Help menu and the shortcuts list', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('lists every accelerator of the %s menu in Help > Keyboard Shortcuts', (platform) => {
    const accelerators = items(template(platform)).flatMap((i) => (typeof i.accelerator === 'string' ? [i.accelerator] : []));
    expect(accelerators.length).toBeGreaterThan(8);
    const listed = listedAccelerators();
    expect(accelerators.filter((a) => !listed.has(normalizeAccelerator(a)))).toEqual([]);
  });

  it('opens the shortcuts, the introduction and About from Help on Windows and Linux', () => {
    const command = vi.fn();
    const menu = template('linux', command);
    expect(menu.at(-1)?.label).toBe('&Help');
    clickLabel(menu, 'Keyboard Shortcuts');
    clickLabel(menu, 'Show Introduction');
    clickLabel(menu, 'About Readout Compare');
    expect(command.mock.calls).toEqual([['shortcuts'], ['introduction'], ['about']]);
  });

  it('puts About in the app menu on macOS, and not in Help', () => {
    const command = vi.fn();
    const menu = template('darwin', command);
    const appMenu = menu[0]!.submenu as MenuItemConstructorOptions[];
    expect(appMenu[0]?.label).toBe('About Readout Compare');
    const help = menu.at(-1)!.submenu as MenuItemConstructorOptions[];
    expect(help.map((i) => i.label)).not.toContain('About Readout Compare');
    clickLabel(menu, 'About Readout Compare');
    expect(command).toHaveBeenCalledWith('about');
  });
});
