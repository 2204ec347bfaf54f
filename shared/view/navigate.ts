/**
 * Next / previous difference (Alt+Down / Alt+Up, as in Meld), over the rows the
 * view shows. No wrap-around: at the end there is no next difference, and the UI
 * says so.
 */
import type { Row } from './rows';

/**
 * The index of the nearest row after `from` (direction 1) or before it
 * (direction -1) that is a difference (`changed`), or null when there is none.
 * `from` is the current row's index: -1 means before the first row,
 * `rows.length` after the last; other values are clamped to that range.
 */
export function nextDifference(rows: readonly Pick<Row, 'changed'>[], from: number, direction: 1 | -1): number | null {
  const start = Math.min(Math.max(Math.trunc(from), -1), rows.length) + direction;
  for (let i = start; i >= 0 && i < rows.length; i += direction) if (rows[i]!.changed) return i;
  return null;
}
