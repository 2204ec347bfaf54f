/**
 * Every keyboard shortcut of the app, in one list: the menu's accelerators
 * (electron/menu.ts, in Electron's accelerator syntax) and the keys the page handles
 * itself (App.tsx, RowList, the panels, the editor, the search field). Help >
 * Keyboard Shortcuts shows it; a test checks that every accelerator of the menu
 * template is listed here, so the two cannot drift apart.
 */

/** A platform as the shortcuts are shown: macOS has ⌘ and symbols, the others Ctrl and words. */
export type KeyPlatform = 'mac' | 'other';

/** One shortcut: the keys (Electron accelerator syntax, alternatives separated by " / ") and what they do. */
export interface Shortcut {
  /** e.g. "CmdOrCtrl+Shift+A", "Alt+Down", "Up / Down"; "CmdOrCtrl" is Cmd on macOS, Ctrl elsewhere. */
  keys: string;
  /** What the keys do, for people. */
  action: string;
  /** Only on this platform (a menu role whose keys differ between platforms). */
  only?: KeyPlatform;
}

/** A group of shortcuts, shown under its title. */
export interface ShortcutGroup {
  title: string;
  shortcuts: Shortcut[];
}

/** The app's shortcuts, grouped as the Keyboard Shortcuts dialog shows them. */
export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: 'Files',
    shortcuts: [
      { keys: 'CmdOrCtrl+O', action: 'Compare two readout files' },
      { keys: 'CmdOrCtrl+Alt+O', action: 'Open a saved comparison (.readouts)' },
      { keys: 'CmdOrCtrl+Shift+O', action: 'Open a news article to check against the comparison' },
      { keys: 'CmdOrCtrl+S', action: 'Save the comparison with its annotations' },
      { keys: 'CmdOrCtrl+Shift+S', action: 'Save the comparison as a new file' },
      { keys: 'CmdOrCtrl+P', action: 'Export the comparison as a PDF report' },
      { keys: 'CmdOrCtrl+W', action: 'Close the window' },
      { keys: 'CmdOrCtrl+Q', action: 'Quit' },
    ],
  },
  {
    title: 'Moving around the comparison',
    shortcuts: [
      { keys: 'Up / Down', action: 'Previous / next row (when a row has focus)' },
      { keys: 'Home / End', action: 'First / last row' },
      { keys: 'Alt+Down', action: 'Next row the filter shows' },
      { keys: 'Alt+Up', action: 'Previous row the filter shows' },
      { keys: 'F7 / Shift+F7', action: 'Next / previous one-sided statement' },
      { keys: 'F8 / Shift+F8', action: 'Next / previous row cited by the article' },
      { keys: 'F6', action: 'Move focus between the rows and the panel beside them (findings, article or annotations)' },
      { keys: 'Tab', action: 'Next control; in a row, its markers and "Why matched?"' },
    ],
  },
  {
    title: 'Overview map (when it has focus)',
    shortcuts: [
      { keys: 'Up / Down', action: 'Previous / next statement of the same readout' },
      { keys: 'Left / Right', action: 'To the linked statement of the other readout (else the nearest)' },
      { keys: 'Home / End', action: 'First / last statement of the readout' },
      { keys: 'Enter / Space', action: 'Go to the statement’s row' },
    ],
  },
  {
    title: 'Find',
    shortcuts: [
      { keys: 'CmdOrCtrl+F', action: 'Find in both readouts and in the article panel' },
      { keys: 'Enter / Shift+Enter', action: 'Next / previous match (in the find field): the readouts’ matches, then the article’s' },
      { keys: 'F3 / Shift+F3', action: 'Next / previous match, wherever focus is (the Article tab is shown for a match in it)' },
      { keys: 'Escape', action: 'Clear the find field and go back to the rows' },
    ],
  },
  {
    title: 'Findings panel',
    shortcuts: [
      { keys: 'Up / Down', action: 'Previous / next finding' },
      { keys: 'Home / End', action: 'First / last finding' },
      { keys: 'Enter', action: 'Go to the finding’s row (all rows shown if the filter hides it)' },
    ],
  },
  {
    title: 'Article panel',
    shortcuts: [
      { keys: 'Up / Down', action: 'Previous / next claim or quotation (in the Text view: the previous / next passage in the text)' },
      { keys: 'Home / End', action: 'First / last item (in the Text view: the first / last passage)' },
      { keys: 'Enter / Space', action: 'Follow a link to its row' },
    ],
  },
  {
    title: 'Annotations',
    shortcuts: [
      { keys: 'CmdOrCtrl+Shift+A', action: 'Annotate the selected text, or the row in focus' },
      { keys: 'Enter', action: 'Save the annotation (in the editor); go to it (in the list)' },
      { keys: 'Shift+Enter', action: 'New line in the note' },
      { keys: 'Escape', action: 'Cancel the editor' },
      { keys: 'Up / Down', action: 'Previous / next annotation (in the list)' },
      { keys: 'E', action: 'Edit the annotation in focus' },
      { keys: 'Delete', action: 'Delete the annotation in focus' },
      { keys: 'CmdOrCtrl+Z', action: 'Undo the last change to the annotations, details or corrections (outside a text field); undo typing (in one)' },
    ],
  },
  {
    title: 'Correcting the pairing',
    shortcuts: [
      { keys: 'M / Shift+M', action: 'Mark the left / right statement of the row in focus as an end of a link (again: unmark it)' },
      { keys: 'Enter / Space', action: 'On a statement’s number (a3, b5; Tab to it in the row in focus): mark or unmark it' },
      { keys: 'CmdOrCtrl+Shift+L', action: 'Link statements: link the two statements marked; with one or none marked, choose from a list (closest first)' },
      { keys: 'Escape', action: 'Clear the marks (outside a text field or dialog)' },
    ],
  },
  {
    title: 'Editing text',
    shortcuts: [
      { keys: 'Shift+CmdOrCtrl+Z', action: 'Redo typing (in a text field); outside one, redo the last change undone to the annotations or corrections' },
      { keys: 'CmdOrCtrl+Y', action: 'Redo typing (Windows)', only: 'other' },
      { keys: 'CmdOrCtrl+X', action: 'Cut' },
      { keys: 'CmdOrCtrl+C', action: 'Copy' },
      { keys: 'CmdOrCtrl+V', action: 'Paste' },
      { keys: 'CmdOrCtrl+A', action: 'Select all' },
      { keys: 'Shift+Up / Shift+Down / Shift+Home / Shift+End', action: 'Extend the text selected (in a readout, the article or a note); the rows, findings, article items and annotations move on the keys without Shift' },
    ],
  },
  {
    title: 'Window and help',
    shortcuts: [
      { keys: 'CmdOrCtrl+0', action: 'Actual size' },
      { keys: 'CmdOrCtrl+Plus', action: 'Zoom in' },
      { keys: 'CmdOrCtrl+-', action: 'Zoom out' },
      { keys: 'Ctrl+Cmd+F', action: 'Full screen', only: 'mac' },
      { keys: 'F11', action: 'Full screen', only: 'other' },
      { keys: 'Cmd+H', action: 'Hide Readout Compare', only: 'mac' },
      { keys: 'Cmd+Alt+H', action: 'Hide the other apps', only: 'mac' },
      { keys: '? / F1', action: 'This list of shortcuts (outside a text field)' },
      { keys: 'Escape', action: 'Close a dialog' },
    ],
  },
];

/** The groups for a platform: shortcuts of the other platform left out. */
export function shortcutsFor(platform: KeyPlatform): ShortcutGroup[] {
  return SHORTCUT_GROUPS.map((g) => ({ title: g.title, shortcuts: g.shortcuts.filter((s) => !s.only || s.only === platform) }));
}

/** Every key combination listed (each alternative of `keys` apart), normalised by `normalizeAccelerator`. */
export function listedAccelerators(groups: readonly ShortcutGroup[] = SHORTCUT_GROUPS): Set<string> {
  return new Set(groups.flatMap((g) => g.shortcuts.flatMap((s) => s.keys.split(' / ').map(normalizeAccelerator))));
}

const MODIFIER_ORDER = ['cmdorctrl', 'ctrl', 'alt', 'shift', 'cmd'];
const ALIASES: Record<string, string> = {
  commandorcontrol: 'cmdorctrl', control: 'ctrl', command: 'cmd', super: 'cmd', meta: 'cmd', option: 'alt', altgr: 'alt',
  '+': 'plus', arrowdown: 'down', arrowup: 'up', esc: 'escape', return: 'enter',
};

/** An accelerator in one spelling: parts lower-cased, aliases resolved, modifiers in a fixed order ("Shift+CmdOrCtrl+Z" = "CmdOrCtrl+Shift+Z"). */
export function normalizeAccelerator(accelerator: string): string {
  const parts = accelerator.split(/\+(?!$)/).map((p) => p.trim().toLowerCase()).map((p) => ALIASES[p] ?? p);
  const mods = parts.slice(0, -1).sort((x, y) => MODIFIER_ORDER.indexOf(x) - MODIFIER_ORDER.indexOf(y));
  return [...mods, parts[parts.length - 1]].join('+');
}

const MAC_SYMBOLS: Record<string, string> = { ctrl: '⌃', alt: '⌥', shift: '⇧', cmd: '⌘', cmdorctrl: '⌘' };
const KEY_NAMES: Record<string, string> = {
  up: '↑', down: '↓', left: '←', right: '→', plus: '+', escape: 'Esc', delete: 'Delete', enter: 'Enter', tab: 'Tab', space: 'Space', home: 'Home', end: 'End',
};
const WORDS: Record<string, string> = { ctrl: 'Ctrl', alt: 'Alt', shift: 'Shift', cmd: 'Super', cmdorctrl: 'Ctrl' };

/** One key combination as the platform writes it: "Ctrl+Shift+A" elsewhere, "⇧⌘A" on macOS (modifiers in Apple's order ⌃⌥⇧⌘). */
export function formatKeys(accelerator: string, platform: KeyPlatform): string {
  const parts = normalizeAccelerator(accelerator).split('+');
  const key = parts[parts.length - 1]!;
  const keyName = KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key.charAt(0).toUpperCase() + key.slice(1));
  const mods = parts.slice(0, -1);
  if (platform === 'mac') {
    const order = ['ctrl', 'alt', 'shift', 'cmd', 'cmdorctrl'];
    return [...mods].sort((x, y) => order.indexOf(x) - order.indexOf(y)).map((m) => MAC_SYMBOLS[m]).join('') + keyName;
  }
  return [...mods.map((m) => WORDS[m]), keyName].join('+');
}

/** The keys of a shortcut for display: each alternative formatted, joined by " / ". */
export function formatShortcut(shortcut: Shortcut, platform: KeyPlatform): string {
  return shortcut.keys.split(' / ').map((k) => formatKeys(k, platform)).join(' / ');
}
