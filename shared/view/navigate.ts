/**
 * Next / previous row of a kind (Alt+Down / Alt+Up: the next row the filter keeps;
 * F7: the next one-sided statement; F8: the next row the article cites), over the
 * rows the view shows. No wrap-around: at the end there is no next one, and the UI
 * says so.
 */
import type { Comparison } from '../compare/compare';
import { isOneSidedRow } from './filter';
import type { Row } from './rows';

/** A key press as a list reads it: the key and its modifiers (a DOM or React keyboard event has them). */
export interface ListKeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/**
 * Where Arrow Up/Down, Home and End take the current one of a list of `count` (the rows,
 * the findings, the article panel's items or passages, the annotations): from `at` (-1:
 * none yet), kept inside the list; null for another key, or when the list is empty. Only
 * the bare keys move: with Shift they are the browser's (extending a text selection, which
 * Annotate… takes), with Alt, Ctrl or Cmd the window's (Alt+Up/Down: renderer/keys.ts), so
 * every list reads them alike (docs/ARCHITECTURE.md, "Help, first run and accessibility").
 */
export function listKeyTarget(press: ListKeyPress, at: number, count: number): number | null {
  if (press.altKey || press.ctrlKey || press.metaKey || press.shiftKey) return null;
  const key = press.key;
  if (count <= 0) return null;
  const to = key === 'ArrowDown' ? at + 1 : key === 'ArrowUp' ? at - 1 : key === 'Home' ? 0 : key === 'End' ? count - 1 : null;
  return to === null ? null : Math.max(0, Math.min(count - 1, to));
}

/**
 * The index of the nearest row after `from` (direction 1) or before it (direction
 * -1) that `keep` accepts, or null when there is none. `from` is the current row's
 * index: -1 means before the first row, `rows.length` after the last; other values
 * are clamped to that range.
 */
export function nextWhere<T>(rows: readonly T[], from: number, direction: 1 | -1, keep: (row: T) => boolean): number | null {
  const start = Math.min(Math.max(Math.trunc(from), -1), rows.length) + direction;
  for (let i = start; i >= 0 && i < rows.length; i += direction) if (keep(rows[i]!)) return i;
  return null;
}

/** What Alt+Down, F7 and F8 move to. */
export type JumpTarget = 'row' | 'one-sided' | 'cited';

/** How each target is named in "No more … below". */
export const JUMP_NAMES: Readonly<Record<JumpTarget, string>> = { row: 'rows', 'one-sided': 'one-sided statements', cited: 'rows cited by the article' };

/** What the jump targets need beyond the row: the comparison (which one-sided sentences are headings) and the ids of the sentences the article cites. */
export interface JumpContext {
  comparison: Pick<Comparison, 'omissions'>;
  cited: ReadonlySet<string>;
}

/** Whether `row` is a `target`: a one-sided statement is what the "One-sided" filter keeps (`isOneSidedRow`: no heading). */
export function isTarget(row: Row, target: JumpTarget, ctx: JumpContext): boolean {
  if (target === 'row') return true;
  if (target === 'one-sided') return isOneSidedRow(row, ctx.comparison);
  return row.a.some((id) => ctx.cited.has(id)) || row.b.some((id) => ctx.cited.has(id));
}
