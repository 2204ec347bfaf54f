// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { tabStops, wrappedTabTarget } from '../../renderer/focus-trap';

const tab = (shiftKey = false) => ({ key: 'Tab', shiftKey, altKey: false, ctrlKey: false, metaKey: false });

/** A dialog like the export options: a radio group (the second checked), a select, a disabled box, a hidden button, two buttons. */
function dialog(): HTMLElement {
  const root = document.createElement('dialog');
  root.innerHTML = `
    <input type="radio" name="size" value="A4"><input type="radio" name="size" value="Letter" checked>
    <select id="rows"><option>all</option></select>
    <input type="checkbox" id="claims" disabled>
    <span tabindex="-1" id="skipped">x</span>
    <div hidden><button id="hidden">h</button></div>
    <fieldset disabled><button id="in-disabled">d</button></fieldset>
    <button id="cancel">Cancel</button><button id="export">Export…</button>`;
  document.body.append(root);
  return root;
}

const byId = (root: Element, sel: string) => root.querySelector<HTMLElement>(sel)!;

afterEach(() => { document.body.innerHTML = ''; });

describe('tabStops', () => {
  it('lists what Tab visits: a radio group once, at its checked button; nothing disabled, hidden or taken out', () => {
    const root = dialog();
    expect(tabStops(root).map((el) => el.getAttribute('value') ?? el.id)).toEqual(['Letter', 'rows', 'cancel', 'export']);
  });

  it('stops at a group’s first radio button when none is checked', () => {
    const root = dialog();
    byId(root, '[value="Letter"]').removeAttribute('checked');
    (byId(root, '[value="Letter"]') as HTMLInputElement).checked = false;
    expect(tabStops(root)[0]?.getAttribute('value')).toBe('A4');
  });
});

describe('wrappedTabTarget', () => {
  it('sends Tab from the last stop to the first, and Shift+Tab from the first (a radio button) to the last', () => {
    const root = dialog();
    expect(wrappedTabTarget(tab(), root, byId(root, '#export'))?.getAttribute('value')).toBe('Letter');
    expect(wrappedTabTarget(tab(true), root, byId(root, '[value="Letter"]'))?.id).toBe('export');
  });

  it('leaves a move inside the dialog, and any other key or Ctrl+Tab, to the browser', () => {
    const root = dialog();
    expect(wrappedTabTarget(tab(), root, byId(root, '#rows'))).toBeNull();
    expect(wrappedTabTarget(tab(true), root, byId(root, '#export'))).toBeNull();
    expect(wrappedTabTarget({ ...tab(), key: 'ArrowDown' }, root, byId(root, '#export'))).toBeNull();
    expect(wrappedTabTarget({ ...tab(), ctrlKey: true }, root, byId(root, '#export'))).toBeNull();
  });

  it('brings focus on the dialog itself, or gone from it, back to its ends', () => {
    const root = dialog();
    expect(wrappedTabTarget(tab(), root, root)?.getAttribute('value')).toBe('Letter');
    expect(wrappedTabTarget(tab(true), root, document.body)?.id).toBe('export');
  });
});
