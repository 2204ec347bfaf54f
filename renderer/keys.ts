/**
 * The window's own accelerators, as a pure function of the key pressed: they also
 * work where no native menu sends them (the browser tests, Linux without a menu bar).
 */
import type { RendererCommand } from '../shared/ipc/contract';

/** Whether `target` is a field that types text (its own Ctrl+Z, Ctrl+Alt letters and paste). */
export const inTextField = (target: EventTarget | null): boolean =>
  target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type !== 'radio' && target.type !== 'checkbox') || (target instanceof HTMLElement && target.isContentEditable);

/** What a key press asks for, or null. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  target: EventTarget | null;
}

/** Whether `target` is a row of the comparison itself (not one of its buttons): M / Shift+M mark its statements. */
const onRow = (target: EventTarget | null): boolean => target instanceof HTMLElement && target.getAttribute('role') === 'listitem' && target.hasAttribute('data-row-key');

/**
 * The command a key press gives (null: the page's own), `canUndo` / `canRedo` when the annotations' history has a step to
 * undo / redo, `linkMarks` when a statement is marked as an end of a link (Escape clears the marks).
 */
export function keyCommand(e: KeyPress, canUndo: boolean, canRedo = false, linkMarks = false): RendererCommand | null {
  // A form control keeps its own Alt+Arrow (it opens a select's list).
  const inControl = e.target instanceof HTMLSelectElement || e.target instanceof HTMLTextAreaElement;
  const mod = (e.ctrlKey || e.metaKey) && !(e.ctrlKey && e.metaKey);
  const plain = !e.altKey && !e.ctrlKey && !e.metaKey;
  const key = e.key.toLowerCase();
  if (e.altKey && !e.ctrlKey && !e.metaKey && !inControl && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) return e.key === 'ArrowDown' ? 'next-row' : 'previous-row';
  if ((e.key === 'F7' || e.key === 'F8') && !e.altKey && !e.ctrlKey && !e.metaKey) {
    const kind = e.key === 'F7' ? 'one-sided' : 'cited';
    return e.shiftKey ? `previous-${kind}` : `next-${kind}`;
  }
  if (mod && !e.altKey && !e.shiftKey && key === 'f') return 'find';
  // F3 / Shift+F3: the next / previous match of the search, wherever focus is.
  if (e.key === 'F3' && !e.altKey && !e.ctrlKey && !e.metaKey) return e.shiftKey ? 'find-previous' : 'find-next';
  if (e.key === 'F6' && plain) return 'switch-pane';
  if (mod && e.shiftKey && !e.altKey && key === 'a') return 'annotate';
  if (mod && !e.altKey && key === 's') return e.shiftKey ? 'save-as' : 'save';
  // (Ctrl+Alt is AltGr on some keyboards: in a text field it types a letter.)
  if (mod && e.altKey && !e.shiftKey && (key === 'o' || e.code === 'KeyO') && !inTextField(e.target)) return 'open-comparison';
  // The browser's own print would print the window: the report is what is printed.
  if (mod && !e.altKey && !e.shiftKey && key === 'p') return 'export-pdf';
  // Outside a text field, Ctrl/Cmd+Z undoes the last change to the annotations (in one, the typing).
  if (mod && !e.altKey && !e.shiftKey && key === 'z' && !inTextField(e.target) && canUndo) return 'undo';
  // Shift+Ctrl/Cmd+Z redoes it (in a text field, the typing).
  if (mod && !e.altKey && e.shiftKey && key === 'z' && !inTextField(e.target) && canRedo) return 'redo';
  if (mod && !e.altKey && e.shiftKey && key === 'l' && !inTextField(e.target)) return 'link-statements';
  if (plain && (key === 'm' || e.code === 'KeyM') && onRow(e.target)) return e.shiftKey ? 'mark-right-statement' : 'mark-left-statement';
  if (plain && !e.shiftKey && e.key === 'Escape' && linkMarks && !inTextField(e.target)) return 'clear-link-marks';
  if ((e.key === 'F1' || e.key === '?') && plain && !inTextField(e.target)) return 'shortcuts';
  return null;
}
