import { describe, expect, it } from 'vitest';
import { formatKeys, formatShortcut, listedAccelerators, normalizeAccelerator, SHORTCUT_GROUPS, shortcutsFor } from '../../../shared/help/shortcuts';

describe('keyboard shortcuts', () => {
  it('spells an accelerator one way whatever the order and aliases of its modifiers', () => {
    expect(normalizeAccelerator('Shift+CmdOrCtrl+Z')).toBe('cmdorctrl+shift+z');
    expect(normalizeAccelerator('CommandOrControl+Shift+Z')).toBe('cmdorctrl+shift+z');
    expect(normalizeAccelerator('Alt+ArrowDown')).toBe('alt+down');
    expect(normalizeAccelerator('CmdOrCtrl+-')).toBe('cmdorctrl+-');
    expect(normalizeAccelerator('CmdOrCtrl++')).toBe('cmdorctrl+plus');
  });

  it('shows Ctrl and words on Windows and Linux, ⌘ and symbols in Apple’s order on macOS', () => {
    expect(formatKeys('CmdOrCtrl+Shift+A', 'other')).toBe('Ctrl+Shift+A');
    expect(formatKeys('CmdOrCtrl+Shift+A', 'mac')).toBe('⇧⌘A');
    expect(formatKeys('CmdOrCtrl+Alt+O', 'mac')).toBe('⌥⌘O');
    expect(formatKeys('Alt+Down', 'other')).toBe('Alt+↓');
    expect(formatKeys('F6', 'mac')).toBe('F6');
    expect(formatShortcut({ keys: '? / F1', action: '' }, 'other')).toBe('? / F1');
  });

  it('leaves out the other platform’s keys', () => {
    const mac = shortcutsFor('mac').flatMap((g) => g.shortcuts.map((s) => s.keys));
    const other = shortcutsFor('other').flatMap((g) => g.shortcuts.map((s) => s.keys));
    expect(mac).toContain('Cmd+H');
    expect(other).not.toContain('Cmd+H');
    expect(other).toContain('F11');
    expect(mac).not.toContain('F11');
  });

  it('lists the keys the page handles itself', () => {
    const listed = listedAccelerators();
    for (const keys of ['CmdOrCtrl+Z', 'F6', 'F3', 'Shift+F3', 'Alt+Up', 'Enter', 'Shift+Enter', 'Escape', 'Home', 'End', 'E', 'Delete', '?', 'F1']) {
      expect(listed.has(normalizeAccelerator(keys)), keys).toBe(true);
    }
  });

  it('says what Shift with the list keys does: it extends a text selection, the lists (shared/view/navigate.ts) leave it alone', () => {
    const listed = listedAccelerators();
    for (const keys of ['Shift+Up', 'Shift+Down', 'Shift+Home', 'Shift+End']) expect(listed.has(normalizeAccelerator(keys)), keys).toBe(true);
  });

  it('has no empty group and no shortcut without an action', () => {
    for (const group of SHORTCUT_GROUPS) {
      expect(group.shortcuts.length).toBeGreaterThan(0);
      for (const s of group.shortcuts) expect(s.action.trim()).not.toBe('');
    }
  });

  it('has no clashes: no keys twice in a group, and a combination with Ctrl/Cmd/Alt or a function key (window-wide) once in all', () => {
    const windowWide = (k: string) => /^(cmdorctrl|ctrl|cmd|alt)\+|(^|\+)f\d+$/.test(k);
    const seen = new Map<string, string>();
    for (const group of SHORTCUT_GROUPS) {
      const inGroup = new Set<string>();
      for (const s of group.shortcuts) {
        for (const k of s.keys.split(' / ').map(normalizeAccelerator)) {
          const key = `${k}|${s.only ?? 'all'}`;
          expect(inGroup.has(key), `${k} twice in ${group.title}`).toBe(false);
          inGroup.add(key);
          if (!windowWide(k)) continue;
          expect(seen.get(key), `${k} in ${group.title} and ${seen.get(key)}`).toBeUndefined();
          seen.set(key, group.title);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(15);
  });

  it('lists the keys of linking statements: M / Shift+M on a row, Ctrl/Cmd+Shift+L, Escape', () => {
    const group = SHORTCUT_GROUPS.find((g) => g.title === 'Correcting the pairing')!;
    const keys = group.shortcuts.flatMap((s) => s.keys.split(' / ').map(normalizeAccelerator));
    expect(keys).toEqual(expect.arrayContaining(['m', 'shift+m', 'cmdorctrl+shift+l', 'escape']));
  });
});
