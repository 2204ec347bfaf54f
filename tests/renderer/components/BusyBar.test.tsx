// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BusyBar } from '../../../renderer/components/BusyBar';
import type { Busy } from '../../../renderer/state/busy';

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { cleanup(); vi.useRealTimers(); });

const comparing: Busy = { task: 'compare', cancelling: false };
const exporting = (n: number, cancelling = false): Busy => ({ task: 'export-pdf', export: n, running: [n], cancelling });

describe('BusyBar', () => {
  it('shows nothing for a comparison under a second, then how long it has run and Cancel', () => {
    const onCancel = vi.fn();
    const { rerender } = render(<BusyBar busy={comparing} onCancel={onCancel} />);
    act(() => { vi.advanceTimersByTime(750); });
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    act(() => { vi.advanceTimersByTime(2_500); });
    expect(screen.getByText('Comparing… 3 s')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    rerender(<BusyBar busy={null} onCancel={onCancel} />);
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });

  // Issue 15 item 10: the PDF export shows its progress too, named as such.
  it('names a PDF export, counts a newer one afresh, and says when it is being cancelled', () => {
    const onCancel = vi.fn();
    const { rerender } = render(<BusyBar busy={exporting(1)} onCancel={onCancel} />);
    act(() => { vi.advanceTimersByTime(2_100); });
    expect(screen.getByText('Exporting PDF… 2 s')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Exporting PDF' })).toBeTruthy();
    // a newer export supersedes it: the count starts again, and nothing shows for its first second
    rerender(<BusyBar busy={exporting(2)} onCancel={onCancel} />);
    act(() => { vi.advanceTimersByTime(500); });
    expect(screen.queryByRole('status')).toBeNull();
    act(() => { vi.advanceTimersByTime(1_000); });
    expect(screen.getByText('Exporting PDF… 1 s')).toBeTruthy();
    rerender(<BusyBar busy={exporting(2, true)} onCancel={onCancel} />);
    expect(screen.getByText('Cancelling… 1 s')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancel' }).getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).not.toHaveBeenCalled();
  });

  // A journalist's trial: Cancel, pressed, was disabled while main stopped, and focus fell to the page; then the bar went.
  it('keeps focus on Cancel while it cancels, and hands it on when the bar goes', () => {
    const onFocusLost = vi.fn();
    const { rerender } = render(<BusyBar busy={comparing} onCancel={() => {}} onFocusLost={onFocusLost} />);
    act(() => { vi.advanceTimersByTime(1_500); });
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    cancel.focus();
    rerender(<BusyBar busy={{ ...comparing, cancelling: true }} onCancel={() => {}} onFocusLost={onFocusLost} />);
    expect(document.activeElement).toBe(cancel);
    expect((cancel as HTMLButtonElement).disabled).toBe(false);
    expect(onFocusLost).not.toHaveBeenCalled();
    rerender(<BusyBar busy={null} onCancel={() => {}} onFocusLost={onFocusLost} />);
    expect(onFocusLost).toHaveBeenCalledTimes(1);
  });

  it('leaves focus where it is when the bar goes without it', () => {
    const onFocusLost = vi.fn();
    const { rerender } = render(<><input aria-label="elsewhere" /><BusyBar busy={comparing} onCancel={() => {}} onFocusLost={onFocusLost} /></>);
    act(() => { vi.advanceTimersByTime(1_500); });
    screen.getByRole('textbox', { name: 'elsewhere' }).focus();
    rerender(<><input aria-label="elsewhere" /><BusyBar busy={null} onCancel={() => {}} onFocusLost={onFocusLost} /></>);
    expect(onFocusLost).not.toHaveBeenCalled();
  });
});
