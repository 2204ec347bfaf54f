import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WindowState } from '../../node/settings/settings';
import { centredDefault, DEFAULT_SIZE, overlapArea, restoredBounds, trackWindowState } from '../../electron/window-state';

const display = (x: number, y: number, width: number, height: number) => ({ workArea: { x, y, width, height } });
/** A 1920×1080 primary display with a 40 px task bar at the bottom. */
const PRIMARY = display(0, 0, 1920, 1040);
const at = (x: number, y: number, width: number, height: number, maximized = false): WindowState => ({ x, y, width, height, maximized });
const DEFAULT = { bounds: { x: 320, y: 100, width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height }, maximized: false };

describe('overlapArea', () => {
  it('is the shared area, and zero for rectangles that only touch or are apart', () => {
    expect(overlapArea({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 })).toBe(25);
    expect(overlapArea({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 })).toBe(0);
    expect(overlapArea({ x: -30, y: 0, width: 10, height: 10 }, { x: 0, y: 0, width: 10, height: 10 })).toBe(0);
  });
});

describe('restoredBounds', () => {
  it('centres the default size on the primary display on first start', () => {
    expect(restoredBounds(null, [PRIMARY], PRIMARY)).toEqual(DEFAULT);
  });

  it('restores a window that is on the screen where it was', () => {
    expect(restoredBounds(at(100, 80, 1000, 700), [PRIMARY], PRIMARY)).toEqual({ bounds: { x: 100, y: 80, width: 1000, height: 700 }, maximized: false });
  });

  it('restores a window on a second display left of the primary (negative coordinates)', () => {
    const left = display(-1680, 0, 1680, 1010);
    expect(restoredBounds(at(-1500, 50, 1200, 800), [PRIMARY, left], PRIMARY).bounds).toEqual({ x: -1500, y: 50, width: 1200, height: 800 });
  });

  it('centres the default on the primary display when the monitor the window was on is gone', () => {
    expect(restoredBounds(at(2100, 100, 1000, 700), [PRIMARY], PRIMARY)).toEqual(DEFAULT);
    expect(restoredBounds(at(-1500, 50, 1200, 800), [PRIMARY], PRIMARY)).toEqual(DEFAULT);
  });

  it('does not restore a window mostly off the screen, or with its title bar out of reach', () => {
    // 120 of 1000 DIPs visible on the right
    expect(restoredBounds(at(1800, 100, 1000, 700), [PRIMARY], PRIMARY)).toEqual(DEFAULT);
    // most of it visible, but its title bar above the top of the screen
    expect(restoredBounds(at(100, -200, 1000, 700), [PRIMARY], PRIMARY)).toEqual(DEFAULT);
  });

  it('restores a window partly off the screen when enough of it and its title bar are on it', () => {
    expect(restoredBounds(at(1200, 500, 1000, 700), [PRIMARY], PRIMARY).bounds).toEqual({ x: 1200, y: 500, width: 1000, height: 700 });
  });

  it('makes a window larger than the screen fit its work area', () => {
    expect(restoredBounds(at(-10, -10, 3000, 2000), [PRIMARY], PRIMARY).bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
  });

  it('fits a window saved on a larger monitor to a scaled display of fewer DIPs', () => {
    // a 4K display at 200 %: 1920 × 1080 DIPs, its task bar on the left
    const scaled = display(60, 0, 1860, 1080);
    expect(restoredBounds(at(100, 100, 2400, 1300), [scaled], scaled).bounds).toEqual({ x: 60, y: 0, width: 1860, height: 1080 });
  });

  it('restores a maximised window on the display it was on', () => {
    const right = display(1920, -200, 2560, 1400);
    const placed = restoredBounds(at(2000, 0, 1400, 900, true), [PRIMARY, right], PRIMARY);
    expect(placed).toEqual({ bounds: { x: 2000, y: 0, width: 1400, height: 900 }, maximized: true });
  });

  it('maximises on the display it was on a maximised window whose normal place is mostly off it', () => {
    const right = display(1920, 0, 2560, 1400);
    const placed = restoredBounds(at(3900, 0, 1400, 900, true), [PRIMARY, right], PRIMARY);
    expect(placed).toEqual({ bounds: centredDefault(right.workArea), maximized: true });
    expect(placed.bounds.x).toBeGreaterThanOrEqual(1920);
  });

  it('uses a small screen whole for the default', () => {
    const small = display(0, 0, 1024, 600);
    expect(restoredBounds(null, [small], small)).toEqual({ bounds: { x: 0, y: 0, width: 1024, height: 600 }, maximized: false });
  });

  it('chooses the display showing most of a window that spans two', () => {
    const right = display(1920, 0, 1920, 1040);
    expect(restoredBounds(at(1500, 100, 1000, 700), [PRIMARY, right], PRIMARY).bounds).toEqual({ x: 1500, y: 100, width: 1000, height: 700 });
  });
});

describe('trackWindowState', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  function fakeWindow() {
    const listeners = new Map<string, () => void>();
    const win = {
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      maximized: false, minimized: false, fullScreen: false,
      on: vi.fn((name: string, l: () => void) => { listeners.set(name, l); return win; }),
      getNormalBounds: () => win.bounds,
      isMaximized: () => win.maximized,
      isMinimized: () => win.minimized,
      isFullScreen: () => win.fullScreen,
      isDestroyed: () => false,
      emit: (name: string) => listeners.get(name)!(),
    };
    return win;
  }

  it('reports the bounds once, a moment after moves and resizes stop', () => {
    const win = fakeWindow();
    const save = vi.fn();
    trackWindowState(win as never, save, 500);
    win.emit('move');
    win.bounds = { x: 50, y: 60, width: 900, height: 650.4 };
    win.emit('resize');
    vi.advanceTimersByTime(499);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ x: 50, y: 60, width: 900, height: 650, maximized: false });
  });

  it('reports maximising and closing at once, with the normal bounds', () => {
    const win = fakeWindow();
    const save = vi.fn();
    trackWindowState(win as never, save, 500);
    win.maximized = true;
    win.emit('maximize');
    expect(save).toHaveBeenLastCalledWith({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    win.emit('move');
    win.emit('close');
    expect(save).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('keeps the last place while minimised or full screen', () => {
    const win = fakeWindow();
    const save = vi.fn();
    trackWindowState(win as never, save, 500);
    win.minimized = true;
    win.emit('close');
    win.minimized = false;
    win.fullScreen = true;
    win.emit('resize');
    vi.advanceTimersByTime(500);
    expect(save).not.toHaveBeenCalled();
  });
});
