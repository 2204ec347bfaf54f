// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BusyBar } from '../../../renderer/components/BusyBar';

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { cleanup(); vi.useRealTimers(); });

describe('BusyBar', () => {
  it('shows nothing for a comparison under a second, then how long it has run and Cancel', () => {
    const onCancel = vi.fn();
    const { rerender } = render(<BusyBar busy onCancel={onCancel} />);
    act(() => { vi.advanceTimersByTime(750); });
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    act(() => { vi.advanceTimersByTime(2_500); });
    expect(screen.getByText('Comparing… 3 s')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    rerender(<BusyBar busy={false} onCancel={onCancel} />);
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });
});
