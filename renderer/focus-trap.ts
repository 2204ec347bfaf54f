/**
 * Tab and Shift+Tab inside a modal `<dialog>`. `showModal()` makes the rest of the page
 * inert, but Chromium (and so Electron) still lets Tab from the dialog's last stop leave
 * for one stop (the browser's own UI, or nothing: the page's body) before it comes back.
 * So, as VS Code's dialogs and the focus-trap library Signal uses do, the dialog wraps
 * Tab itself at its two ends: from its last stop to its first, and back. The stops are
 * the ones Tab would visit: a radio group is one stop, its checked button.
 */

/** Controls that can take focus from Tab, before the exclusions of `tabStops`. */
const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]';

/** Whether Tab stops at `el`: enabled, not taken out by tabindex -1, not hidden, and for a radio button the one its group stops at. */
function isTabStop(el: HTMLElement, root: Element): boolean {
  // (a disabled fieldset disables its controls; the rare control in its legend is counted out too)
  if (el.tabIndex < 0 || el.matches(':disabled') || el.closest('[hidden], [inert], fieldset[disabled]')) return false;
  if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || el.name === '') return true;
  const group = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => r.name === el.name && !r.disabled);
  return el === (group.find((r) => r.checked) ?? group[0]);
}

/** The elements Tab visits inside `root`, in document order. */
export function tabStops(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => isTabStop(el, root));
}

/** The key press Tab handling needs (a DOM or React keyboard event has it). */
export interface TabPress {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/**
 * Where focus goes for a Tab press inside `root`: the first stop after the last, the last
 * before the first (or from `root` itself), null when the browser's own move stays inside.
 */
export function wrappedTabTarget(press: TabPress, root: Element, active: Element | null): HTMLElement | null {
  if (press.key !== 'Tab' || press.altKey || press.ctrlKey || press.metaKey) return null;
  const stops = tabStops(root);
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return null;
  const outside = active === root || !active || !root.contains(active);
  if (press.shiftKey) return outside || active === first ? last : null;
  return outside || active === last ? first : null;
}

/** A dialog's keydown handler: Tab and Shift+Tab wrap at its ends (see `wrappedTabTarget`). */
export function keepFocusInside(e: TabPress & { currentTarget: Element; preventDefault(): void }): void {
  const to = wrappedTabTarget(e, e.currentTarget, document.activeElement);
  if (!to) return;
  e.preventDefault();
  to.focus();
}
