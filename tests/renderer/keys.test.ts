// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { keyCommand, type KeyPress } from '../../renderer/keys';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress =>
  ({ key, code: `Key${key.toUpperCase()}`, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, target: document.body, ...more });

describe('the window’s accelerators', () => {
  it('maps each accelerator to its command', () => {
    expect(keyCommand(press('ArrowDown', { altKey: true }), false)).toBe('next-row');
    expect(keyCommand(press('ArrowUp', { altKey: true }), false)).toBe('previous-row');
    expect(keyCommand(press('f', { ctrlKey: true }), false)).toBe('find');
    expect(keyCommand(press('F6'), false)).toBe('switch-pane');
    expect(keyCommand(press('F3'), false)).toBe('find-next');
    expect(keyCommand(press('F3', { shiftKey: true }), false)).toBe('find-previous');
    expect(keyCommand(press('F3', { ctrlKey: true }), false)).toBeNull();
    expect(keyCommand(press('A', { ctrlKey: true, shiftKey: true }), false)).toBe('annotate');
    expect(keyCommand(press('s', { metaKey: true }), false)).toBe('save');
    expect(keyCommand(press('S', { ctrlKey: true, shiftKey: true }), false)).toBe('save-as');
    expect(keyCommand(press('o', { ctrlKey: true, altKey: true }), false)).toBe('open-comparison');
    expect(keyCommand(press('p', { ctrlKey: true }), false)).toBe('export-pdf');
    expect(keyCommand(press('F1'), false)).toBe('shortcuts');
    expect(keyCommand(press('x'), false)).toBeNull();
  });

  it('leaves Ctrl/Cmd+Z to a text field, and to the page when there is nothing to undo', () => {
    expect(keyCommand(press('z', { ctrlKey: true }), true)).toBe('undo');
    expect(keyCommand(press('z', { ctrlKey: true }), false)).toBeNull();
    const field = document.createElement('textarea');
    expect(keyCommand(press('z', { ctrlKey: true, target: field }), true)).toBeNull();
    expect(keyCommand(press('?', { target: field }), false)).toBeNull();
  });

  it('redoes with Shift+Ctrl/Cmd+Z outside a text field when there is something to redo; Ctrl/Cmd+Shift+L links statements', () => {
    expect(keyCommand(press('Z', { ctrlKey: true, shiftKey: true }), true, true)).toBe('redo');
    expect(keyCommand(press('Z', { metaKey: true, shiftKey: true }), false, true)).toBe('redo');
    expect(keyCommand(press('Z', { ctrlKey: true, shiftKey: true }), true, false)).toBeNull();
    const field = document.createElement('input');
    expect(keyCommand(press('Z', { ctrlKey: true, shiftKey: true, target: field }), true, true)).toBeNull();
    expect(keyCommand(press('L', { ctrlKey: true, shiftKey: true }), false)).toBe('link-statements');
    expect(keyCommand(press('L', { ctrlKey: true, shiftKey: true, target: field }), false)).toBeNull();
  });

  it('leaves Alt+Arrow to a select and Ctrl+Alt+O (AltGr) to a text field; Ctrl and Cmd together are no accelerator', () => {
    expect(keyCommand(press('ArrowDown', { altKey: true, target: document.createElement('select') }), false)).toBeNull();
    const input = document.createElement('input');
    expect(keyCommand(press('o', { ctrlKey: true, altKey: true, target: input }), false)).toBeNull();
    expect(keyCommand(press('s', { ctrlKey: true, metaKey: true }), false)).toBeNull();
  });

  it('M / Shift+M on a row mark its left / right statement; not on its buttons, in a field or with a modifier', () => {
    const row = document.createElement('div');
    row.setAttribute('role', 'listitem');
    row.setAttribute('data-row-key', 'b:b2');
    expect(keyCommand(press('m', { target: row }), false)).toBe('mark-left-statement');
    expect(keyCommand(press('M', { shiftKey: true, target: row }), false)).toBe('mark-right-statement');
    expect(keyCommand(press('m', { target: document.createElement('button') }), false)).toBeNull();
    expect(keyCommand(press('m', { target: document.createElement('input') }), false)).toBeNull();
    expect(keyCommand(press('m'), false)).toBeNull();
    expect(keyCommand(press('m', { ctrlKey: true, target: row }), false)).toBeNull();
    // An article item or annotation in its list is a listitem too, but no row.
    const item = document.createElement('li');
    item.setAttribute('role', 'listitem');
    expect(keyCommand(press('m', { target: item }), false)).toBeNull();
  });

  it('Escape clears the link marks when there are some, outside a text field', () => {
    const escape = (more: Partial<KeyPress> = {}) => press('Escape', { code: 'Escape', ...more });
    expect(keyCommand(escape(), false, false, true)).toBe('clear-link-marks');
    expect(keyCommand(escape(), false, false, false)).toBeNull();
    expect(keyCommand(escape({ target: document.createElement('input') }), false, false, true)).toBeNull();
    expect(keyCommand(escape({ shiftKey: true }), false, false, true)).toBeNull();
  });
});
