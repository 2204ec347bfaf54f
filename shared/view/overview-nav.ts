/**
 * The overview map by keyboard and in words: where the keyboard cursor goes on an
 * arrow key (up and down a readout's column, left and right to the linked statement
 * of the other readout), what a bar says to a screen reader, and which bars stand
 * for the rows in view. Pure, over the layout of shared/view/overview.ts.
 */
import type { Comparison } from '../compare/compare';
import { otherSide, type SentenceId, type Side } from '../model/types';
import type { OverviewBar, OverviewLayout, OverviewLine } from './overview';
import type { Row } from './rows';

/** Where the keyboard is on the map: a bar of one column (`index` in text order). */
export interface MapCursor {
  side: Side;
  index: number;
}

/** The keys that move the cursor. */
export const MAP_KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'] as const;
export type MapKey = (typeof MAP_KEYS)[number];

/** Whether `key` moves the map's cursor. */
export const isMapKey = (key: string): key is MapKey => (MAP_KEYS as readonly string[]).includes(key);

/** The bars of one column, in text order. */
export function columnBars(layout: OverviewLayout, side: Side): OverviewBar[] {
  return layout.bars.filter((b) => b.side === side);
}

/** The cursor on sentence `id`'s bar, or null when the map has no such bar. */
export function cursorAt(layout: OverviewLayout, id: SentenceId): MapCursor | null {
  const side: Side = id.startsWith('a') ? 'a' : 'b';
  const index = columnBars(layout, side).findIndex((b) => b.id === id);
  return index < 0 ? null : { side, index };
}

const centre = (bar: OverviewBar): number => bar.y + bar.h / 2;

/** The bar of the other column to go to from `bar`: the nearest one it is linked to, else the nearest by height. */
function across(layout: OverviewLayout, bar: OverviewBar): MapCursor | null {
  const side: Side = otherSide(bar.side);
  const others = columnBars(layout, side);
  const linked = new Set(layout.lines.filter((l) => l[bar.side] === bar.id).map((l) => l[side] as string));
  const pool = linked.size > 0 ? others.filter((b) => linked.has(b.id)) : others;
  let best = -1;
  for (const candidate of pool) {
    const index = others.indexOf(candidate);
    if (best < 0 || Math.abs(centre(candidate) - centre(bar)) < Math.abs(centre(others[best]!) - centre(bar))) best = index;
  }
  return best < 0 ? null : { side, index: best };
}

/**
 * Where `key` takes the cursor: up and down its column (Home and End: its first and
 * last bar), left to A's and right to B's column, to the linked bar nearest in height
 * (a one-sided bar: the nearest bar). Stays put at an edge or on an empty column.
 */
export function moveCursor(layout: OverviewLayout, cursor: MapCursor, key: MapKey): MapCursor {
  const last = columnBars(layout, cursor.side).length - 1;
  switch (key) {
    case 'ArrowUp': return { ...cursor, index: Math.max(0, cursor.index - 1) };
    case 'ArrowDown': return { ...cursor, index: Math.min(last, cursor.index + 1) };
    case 'Home': return { ...cursor, index: 0 };
    case 'End': return { ...cursor, index: Math.max(0, last) };
    case 'ArrowLeft':
    case 'ArrowRight': {
      const bar = columnBars(layout, cursor.side)[cursor.index];
      if (!bar || (key === 'ArrowLeft') === (cursor.side === 'a')) return cursor;
      return across(layout, bar) ?? cursor;
    }
  }
}

/** The bar under the cursor, or null when the cursor is off the map. */
export function barAtCursor(layout: OverviewLayout, cursor: MapCursor | null): OverviewBar | null {
  return cursor ? columnBars(layout, cursor.side)[cursor.index] ?? null : null;
}

/**
 * A bar in words, as a screen reader says it: "a3, White House, 3 of 12: linked with
 * b7 and b8; cited by the article", "b2, Kremlin, 2 of 20: only in Kremlin".
 */
export function barWording(c: Comparison, layout: OverviewLayout, bar: OverviewBar): string {
  const column = columnBars(layout, bar.side);
  const place = `${bar.id}, ${c[bar.side].label}, ${column.indexOf(bar) + 1} of ${column.length}`;
  const other: Side = otherSide(bar.side);
  const lines = layout.lines.filter((l) => l[bar.side] === bar.id);
  // As its row says it (tester 9, V11): a link too weak to join rows is a weak match, not "linked".
  const joining = lines.filter((l) => !l.weak);
  const weak = lines.filter((l) => l.weak);
  const byYou = joining.length > 0 && joining.every((l) => l.analyst) ? ' by you' : '';
  const said = [
    joining.length > 0 ? `linked${byYou} with ${joining.map((l) => l[other]).join(' and ')}` : '',
    weak.length > 0 ? `matched only weakly with ${weak.map((l) => `${l[other]} (strength ${l.weight.toFixed(2)})`).join(' and ')}` : '',
  ].filter((x) => x !== '');
  const what = said.length > 0 ? said.join('; ') : c.omissions.find((o) => o.id === bar.id)?.wording ?? 'on one side only';
  return `${place}: ${what}${bar.cited ? '; cited by the article' : ''}`;
}

/** A line in words: "a1 and b5 linked, strength 0.93", "a4 and b1 linked by you", "a3 and b3 matched only weakly, strength 0.48". */
export function lineWording(line: OverviewLine): string {
  const how = line.analyst ? 'linked by you' : line.weak ? 'matched only weakly' : 'linked';
  return `${line.a} and ${line.b} ${how}${line.analyst ? '' : `, strength ${line.weight.toFixed(2)}`}`;
}

/** The sentences of `rows[first..last]` (the rows in view), whose bars the map marks. */
export function sentencesInView(rows: readonly Row[], first: number, last: number): Set<string> {
  const ids = new Set<string>();
  for (let i = Math.max(0, first); i <= Math.min(last, rows.length - 1); i++) {
    for (const id of [...rows[i]!.a, ...rows[i]!.b]) ids.add(id);
  }
  return ids;
}
