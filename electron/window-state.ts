/**
 * Where the main window opens: where it last was (size, position, maximised),
 * if that place is still on a screen, else a default size centred on the primary
 * display. `restoredBounds` is pure geometry over Electron's display work areas
 * (DIPs, so scaled displays need nothing special); `trackWindowState` is the glue
 * that reports the window's state as it moves.
 */
import type { BrowserWindow, Rectangle } from 'electron';
import type { WindowState } from '../node/settings/settings';

/** The window's size on first start (or when its last place is gone), in DIPs. */
export const DEFAULT_SIZE = { width: 1280, height: 840 } as const;
/** The smallest the window may be, in DIPs (also windowOptions' minimum). */
export const MIN_SIZE = { width: 720, height: 480 } as const;
/** How much of the window must be on one display to restore it there: this share of its area… */
export const MIN_VISIBLE_SHARE = 0.5;
/** …and this many DIPs of its top strip (the title bar), so that it can be dragged. */
export const MIN_TITLE_VISIBLE = 100;
/** The title bar's height assumed for that check, in DIPs. */
const TITLE_HEIGHT = 30;

/** What `restoredBounds` needs of a display: its work area (the screen without task bars and docks). */
export interface DisplayArea {
  workArea: Rectangle;
}

/** Where to open the window. */
export interface Placement {
  bounds: Rectangle;
  maximized: boolean;
}

/** The area two rectangles share, in square DIPs. */
export function overlapArea(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Whether enough of `bounds` is on `area`: half its area, and a draggable part of its title bar. */
function visibleOn(bounds: Rectangle, area: Rectangle): boolean {
  const title = { x: bounds.x, y: bounds.y, width: bounds.width, height: Math.min(TITLE_HEIGHT, bounds.height) };
  const titleVisible = overlapArea(title, area) / title.height;
  return overlapArea(bounds, area) >= MIN_VISIBLE_SHARE * bounds.width * bounds.height
    && titleVisible >= Math.min(MIN_TITLE_VISIBLE, bounds.width);
}

/** `bounds` made no larger than `area` (nor smaller than the minimum) and moved inside it. */
function fitInto(bounds: Rectangle, area: Rectangle): Rectangle {
  const width = Math.max(Math.min(bounds.width, area.width), Math.min(MIN_SIZE.width, area.width));
  const height = Math.max(Math.min(bounds.height, area.height), Math.min(MIN_SIZE.height, area.height));
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}

/** The default size (smaller on a small screen) centred on `area`. */
export function centredDefault(area: Rectangle): Rectangle {
  const width = Math.min(DEFAULT_SIZE.width, area.width);
  const height = Math.min(DEFAULT_SIZE.height, area.height);
  return { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height };
}

/**
 * Where to open the window: the saved place when enough of it is on one of the
 * displays (made to fit that display's work area when larger, e.g. a monitor
 * with a lower resolution now), else the default size centred on the primary
 * display. A maximised window is restored maximised on the display it was on.
 */
export function restoredBounds(saved: WindowState | null, displays: readonly DisplayArea[], primary: DisplayArea): Placement {
  if (saved) {
    const bounds = { x: saved.x, y: saved.y, width: saved.width, height: saved.height };
    // The display that shows most of it.
    let best: DisplayArea | null = null;
    let bestArea = 0;
    for (const display of displays) {
      const area = overlapArea(bounds, display.workArea);
      if (area > bestArea) {
        best = display;
        bestArea = area;
      }
    }
    if (best) {
      // Larger than the display now: fitted first, then checked (a window that covered the screen still does).
      const fitted = bounds.width > best.workArea.width || bounds.height > best.workArea.height ? fitInto(bounds, best.workArea) : bounds;
      if (visibleOn(fitted, best.workArea)) return { bounds: fitted, maximized: saved.maximized };
      // Most of it is off screen but it was maximised there: maximise it on that display.
      if (saved.maximized) return { bounds: centredDefault(best.workArea), maximized: true };
    }
  }
  return { bounds: centredDefault(primary.workArea), maximized: false };
}

/** The window's state to remember: its normal (not maximised) bounds and whether it is maximised. */
export function windowStateOf(win: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized'>): WindowState {
  const b = win.getNormalBounds();
  return { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height), maximized: win.isMaximized() };
}

/**
 * Reports the window's state a moment after it moves, is resized, maximised or
 * restored (debounced), and at once when it closes.
 */
export function trackWindowState(
  win: Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized' | 'isMinimized' | 'isFullScreen' | 'isDestroyed'>,
  save: (state: WindowState) => void,
  delayMs = 500,
): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const record = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    // Minimised or full screen is not a place to open in; the normal bounds before it are kept.
    if (win.isDestroyed() || win.isMinimized() || win.isFullScreen()) return;
    save(windowStateOf(win));
  };
  const later = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(record, delayMs);
  };
  win.on('move', later);
  win.on('resize', later);
  win.on('maximize', record);
  win.on('unmaximize', record);
  win.on('close', record);
}
