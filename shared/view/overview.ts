/**
 * The overview map: the two readouts as two columns of sentence bars (height by
 * length, in text order), a line between each linked pair of sentences, one-sided
 * sentences marked, sentences the article cites dotted. Each bar and line has the
 * status its row has (tester 9, V11): a statement whose links are all too weak to join
 * rows is "matched only weakly" (its bar hatched, its lines dotted), not matched; a
 * heading or announcing line (`omissions[].structure`) is muted, not one-sided. Readouts reorder as much as
 * they reword, and the map shows that at a glance: crossing lines are statements one
 * side reports early and the other late.
 *
 * Pure geometry, shared by the app (an SVG beside the rows) and the PDF (its first
 * page). A few paths draw everything, whatever the size of the comparison, so a
 * 1,000-row map draws in one frame; `hitTest` finds what a click landed on.
 */
import { confidenceText } from '../align/strength';
import type { Comparison, Pair } from '../compare/compare';
import { omissionKind } from '../compare/one-sided';
import type { SentenceId, Side } from '../model/types';
import { isWeakRow } from './corrections';
import { analystGrouping, groupSentences } from './rows';

/**
 * What a bar stands for, as its row says it: matched (a link joins it into a row), matched only
 * weakly (linked, but by no link strong enough to join rows: its own row, "matched only weakly
 * with X"), one-sided, or structural (a heading or announcing line only one side has: a muted row).
 */
export type BarStatus = 'matched' | 'weak' | 'one-sided' | 'structural';

/** One sentence's bar. */
export interface OverviewBar {
  side: Side;
  id: SentenceId;
  /** Top, in map units (0 at the top of the map). */
  y: number;
  /** Height, in map units: the sentence's share of its readout's length. */
  h: number;
  /** Its row's status (`BarStatus`). */
  status: BarStatus;
  /** Whether the article cites the sentence (a claim or commentary item links to it). */
  cited: boolean;
}

/** One link between a sentence of A and one of B. */
export interface OverviewLine {
  a: SentenceId;
  b: SentenceId;
  /** Vertical centres of the two bars. */
  ya: number;
  yb: number;
  /** The link's strength in [0, 1]: its confidence when the comparison gives one, else its score. */
  weight: number;
  /** Whether the analyst made the link (drawn dashed). */
  analyst: boolean;
  /** Whether the link is too weak to join rows (drawn dotted): its statements are matched only weakly. */
  weak: boolean;
}

/** The map laid out in a `width` × `height` box. */
export interface OverviewLayout {
  width: number;
  height: number;
  /** Left edges of A's and B's columns, and the columns' width. */
  columns: { a: number; b: number; width: number };
  bars: OverviewBar[];
  lines: OverviewLine[];
}

/** A pair as the map reads it: later fields (confidence, who made it) are optional. */
type MapPair = Pair & { confidence?: number | null; by?: 'machine' | 'analyst' };

/** Share of the map's height left as gaps between bars, at most; each gap is at most one unit. */
const GAP_SHARE = 0.2;
/** Share of the width each column takes; the lines run between them. */
const COLUMN_SHARE = 0.28;

/** The status of each sentence that is not plainly matched (`BarStatus`); a sentence absent from it is matched. */
type Statuses = ReadonlyMap<string, BarStatus>;

/** The bars of one readout, appended to `bars` in text order. */
function column(bars: OverviewBar[], side: Side, c: Comparison, height: number, statuses: Statuses, cited: ReadonlySet<string>): void {
  const sentences = c[side].sentences;
  const n = sentences.length;
  if (n === 0) return;
  const gap = n > 1 ? Math.min(1, (height * GAP_SHARE) / (n - 1)) : 0;
  const room = height - gap * (n - 1);
  // A sentence's length counts at least one, so an empty sentence still has a place.
  let total = 0;
  for (const s of sentences) total += Math.max(1, s.text.length);
  let y = 0;
  for (const s of sentences) {
    const h = (Math.max(1, s.text.length) / total) * room;
    bars.push({ side, id: s.id, y, h, status: statuses.get(s.id) ?? 'matched', cited: cited.has(s.id) });
    y += h + gap;
  }
}

/**
 * The sentences that are not plainly matched, with their status, as their rows have it: one-sided or
 * structural (from the omissions, as shared/compare/one-sided.ts sorts them), or matched only weakly: a one-sided row linked only by links too weak
 * to join rows, or a matched row that is a weak match (`isWeakRow`: every link under "confident", none the
 * analyst's; session 16, review: a statement linked at 0.6 was a "weak match" in its row, grey on the map).
 * Linear in the sentences and pairs (the rows, shared/view/rows.ts).
 */
function barStatuses(c: Comparison): Map<string, BarStatus> {
  const statuses = new Map<string, BarStatus>();
  // The rows' groups (shared/view/rows.ts groupSentences), without building the rows themselves: their
  // wordings cost the 1,000-row map three times its frame budget (bench overview_1000rows, session 16).
  const { groups, between } = groupSentences(c);
  const idOf = (side: Side, k: number): SentenceId => c[side].sentences[k]!.id;
  const matched = new Set<SentenceId>();
  for (const g of groups.values()) {
    if (g.pairs.length === 0) continue;
    const ids = [...g.a.map((i) => idOf('a', i)), ...g.b.map((j) => idOf('b', j))];
    for (const id of ids) matched.add(id);
    if (isWeakRow(g.pairs)) for (const id of ids) statuses.set(id, 'weak');
  }
  // A one-sided row linked only by links too weak to join rows (the row's `weak`).
  for (const k of between) for (const id of [...c.pairs[k]!.a, ...c.pairs[k]!.b]) if (!matched.has(id)) statuses.set(id, 'weak');
  for (const id of c.onlyA) statuses.set(id, 'one-sided');
  for (const id of c.onlyB) statuses.set(id, 'one-sided');
  for (const o of c.omissions) if (omissionKind(o) === 'structural' && statuses.get(o.id) === 'one-sided') statuses.set(o.id, 'structural');
  return statuses;
}

/** A line for each (a, b) of each pair of `c`, between the bars' centres (0 for an id without a bar). */
function links(c: Comparison, bars: readonly OverviewBar[], weakPairs: readonly boolean[]): OverviewLine[] {
  const centre = new Map<string, number>();
  for (const bar of bars) centre.set(bar.id, bar.y + bar.h / 2);
  const lines: OverviewLine[] = [];
  for (let k = 0; k < c.pairs.length; k++) {
    const pair = c.pairs[k] as MapPair;
    const weight = Math.min(1, Math.max(0, pair.confidence ?? pair.score));
    const analyst = pair.by === 'analyst';
    const weak = weakPairs[k]!;
    for (const a of pair.a) {
      const ya = centre.get(a) ?? 0;
      for (const b of pair.b) lines.push({ a, b, ya, yb: centre.get(b) ?? 0, weight, analyst, weak });
    }
  }
  return lines;
}

/**
 * The map of `c` in a `width` × `height` box: every sentence of both readouts as a
 * bar in text order, and a line for each (a, b) of each pair. Linear in sentences
 * and links.
 */
export function layoutOverview(c: Comparison, box: { width: number; height: number }, cited: ReadonlySet<string> = new Set()): OverviewLayout {
  // Which links join rows, as the rows decide it (the analyst's links change it: rows.ts, `analystGrouping`).
  const joins = analystGrouping(c.pairs);
  const weak = c.pairs.map((p) => !joins(p));
  const statuses = barStatuses(c);
  const bars: OverviewBar[] = [];
  column(bars, 'a', c, box.height, statuses, cited);
  column(bars, 'b', c, box.height, statuses, cited);
  const width = box.width * COLUMN_SHARE;
  return { width: box.width, height: box.height, columns: { a: 0, b: box.width - width, width }, bars, lines: links(c, bars, weak) };
}

/** What a point of the map stands for: a sentence's bar, a link's line, or nothing. */
export type OverviewHit = { kind: 'bar'; bar: OverviewBar } | { kind: 'line'; line: OverviewLine } | null;

/** The bar of `bars` (one column, in text order) whose vertical extent holds `y`, or the nearest one within `slack`. */
function barAt(bars: readonly OverviewBar[], y: number, slack: number): OverviewBar | null {
  let lo = 0;
  let hi = bars.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bars[mid]!.y <= y) lo = mid; else hi = mid - 1;
  }
  const candidates = [bars[lo], bars[lo + 1]].filter((b): b is OverviewBar => b !== undefined);
  const distance = (b: OverviewBar) => (y < b.y ? b.y - y : y > b.y + b.h ? y - b.y - b.h : 0);
  const best = candidates.sort((p, q) => distance(p) - distance(q))[0];
  return best && distance(best) <= slack ? best : null;
}

/**
 * What lies at (x, y) of the map: a bar when x is in a column, else the line
 * passing nearest (within `slack` units vertically). Logarithmic for a bar, linear
 * in the lines for a line.
 */
export function hitTest(layout: OverviewLayout, x: number, y: number, slack = 2): OverviewHit {
  const { columns } = layout;
  const side: Side | null = x >= columns.a && x <= columns.a + columns.width ? 'a' : x >= columns.b && x <= columns.b + columns.width ? 'b' : null;
  if (side) {
    const bar = barAt(layout.bars.filter((b) => b.side === side), y, slack);
    return bar ? { kind: 'bar', bar } : null;
  }
  const x0 = columns.a + columns.width;
  const t = (x - x0) / (columns.b - x0);
  let best: OverviewLine | null = null;
  let bestDistance = slack;
  for (const line of layout.lines) {
    const distance = Math.abs(line.ya + (line.yb - line.ya) * t - y);
    if (distance <= bestDistance) [best, bestDistance] = [line, distance];
  }
  return best ? { kind: 'line', line: best } : null;
}

/** The text after the point of a number of whole hundredths, by its last two digits: '', '.01' … '.1' … '.99'. */
const HUNDREDTHS = Array.from({ length: 100 }, (_, k) => (k === 0 ? '' : k % 10 === 0 ? `.${k / 10}` : `.${String(k).padStart(2, '0')}`));

/**
 * Numbers in a path, rounded to two decimals (enough at any zoom; keeps the path
 * short). The same text as `String(Math.round(v * 100) / 100)`, built from whole
 * numbers, which is several times faster than printing a fraction: a 1,000-row map
 * prints some 20,000 numbers a frame.
 */
export function pathNumber(v: number): string {
  const r = Math.round(v * 100);
  // From 10^10 on (and NaN, ±Infinity) the plain way: there a double's step nears a hundredth. No map comes near.
  if (!(r > -1e12 && r < 1e12)) return String(r / 100);
  if (r === 0) return '0';
  const m = r < 0 ? -r : r;
  const cents = m % 100;
  const text = String((m - cents) / 100) + HUNDREDTHS[cents]!;
  return r < 0 ? `-${text}` : text;
}
const n = pathNumber;
const rect = (x: number, y: number, w: number, h: number): string => `M${n(x)} ${n(y)}h${n(w)}v${n(Math.max(h, 0.5))}h${n(-w)}z`;

/** The strength classes lines are drawn in (their stroke width and opacity grow with the class). */
export const LINE_CLASSES = [0.25, 0.5, 0.75, 1] as const;

/** The map as SVG path data, grouped by how each group is drawn: the same for the app and the PDF. */
export interface OverviewPaths {
  /** Bars of statements both sides report. */
  matched: string;
  /** Bars of statements matched only weakly (hatched: their rows' "matched only weakly"). */
  weak: string;
  /** Bars of one-sided statements (the omission colour). */
  oneSided: string;
  /** Bars of headings and announcing lines only one side has (muted, as their rows). */
  structural: string;
  /** Dots beside the bars the article cites. */
  cited: string;
  /** Machine links that join rows, by strength class (LINE_CLASSES: [0, 0.25), [0.25, 0.5)…). */
  lines: string[];
  /** Links too weak to join rows (dotted). */
  weakLines: string;
  /** The analyst's links (dashed). */
  analyst: string;
}

/**
 * A rectangle path of a column at left edge `x`, `w` wide: its constant parts
 * formatted once, so a bar costs two numbers (its top and height), not five.
 */
function rectMaker(x: number, w: number): (y: number, h: number) => string {
  const head = `M${n(x)} `;
  const across = `h${n(w)}v`;
  const back = `h${n(-w)}z`;
  return (y, h) => head + n(y) + across + n(Math.max(h, 0.5)) + back;
}

/** The index in LINE_CLASSES of a machine link of strength `weight`. */
function lineClass(weight: number): number {
  let k = 0;
  while (k < LINE_CLASSES.length - 1 && !(weight < LINE_CLASSES[k]!)) k++;
  return k;
}

/** The bars' paths, one per status, and the article's dots. */
function barPaths(layout: OverviewLayout): Pick<OverviewPaths, BarStatusPath | 'cited'> {
  const { columns } = layout;
  const rects = { a: rectMaker(columns.a, columns.width), b: rectMaker(columns.b, columns.width) };
  const dotX = { a: n(columns.a + columns.width * 0.15), b: n(columns.b + columns.width * 0.85) };
  const byStatus: Record<BarStatus, string[]> = { matched: [], weak: [], 'one-sided': [], structural: [] };
  const cited: string[] = [];
  for (const bar of layout.bars) {
    byStatus[bar.status].push(rects[bar.side](bar.y, bar.h));
    if (bar.cited) cited.push(`M${dotX[bar.side]} ${n(bar.y + bar.h / 2)}h0.01`);
  }
  return {
    matched: byStatus.matched.join(''), weak: byStatus.weak.join(''), oneSided: byStatus['one-sided'].join(''),
    structural: byStatus.structural.join(''), cited: cited.join(''),
  };
}

/** The paths of `OverviewPaths` that draw bars of one status. */
type BarStatusPath = 'matched' | 'weak' | 'oneSided' | 'structural';

/**
 * The layout as a handful of paths (`OverviewPaths`). Linear. Each end of a line is
 * formatted where it is used: `pathNumber` costs less than looking a double up in a
 * Map (a cache of the bars' centres, tried, made the lines take about 1.5 times as long).
 */
export function overviewPaths(layout: OverviewLayout): OverviewPaths {
  const { columns } = layout;
  const lines: string[][] = LINE_CLASSES.map(() => []);
  const analyst: string[] = [];
  const weak: string[] = [];
  const from = `M${n(columns.a + columns.width)} `;
  const to = `L${n(columns.b)} `;
  for (const line of layout.lines) {
    const d = from + n(line.ya) + to + n(line.yb);
    (line.analyst ? analyst : line.weak ? weak : lines[lineClass(line.weight)]!).push(d);
  }
  return { ...barPaths(layout), lines: lines.map((l) => l.join('')), weakLines: weak.join(''), analyst: analyst.join('') };
}

/**
 * The bars of `ids` as one path of rectangles `pad` units wider than the column on
 * each side, bars next to each other in a column joined in one rectangle: the app's
 * band behind the rows in view and its keyboard cursor.
 */
export function barsPath(layout: OverviewLayout, ids: ReadonlySet<string>, pad = 0): string {
  const { columns } = layout;
  const runs: Array<{ side: Side; top: number; bottom: number }> = [];
  let previous: OverviewBar | null = null;
  for (const bar of layout.bars) {
    const run = runs[runs.length - 1];
    if (ids.has(bar.id)) {
      if (run && previous && ids.has(previous.id) && previous.side === bar.side) run.bottom = bar.y + bar.h;
      else runs.push({ side: bar.side, top: bar.y, bottom: bar.y + bar.h });
    }
    previous = bar;
  }
  return runs.map((r) => rect((r.side === 'a' ? columns.a : columns.b) - pad, r.top - pad / 2, columns.width + 2 * pad, r.bottom - r.top + pad)).join('');
}

/**
 * The map in words, for screen readers and the PDF's text layer: "a1 and b2 linked;
 * a3 only in White House; b4 not in White House's (incomplete) copy", links in A's
 * text order, then the one-sided statements of A and of B.
 */
export function overviewDescription(c: Comparison): string {
  // A link too weak to join rows is said as the rows say it, not "linked" (tester 9, V11); which join, as the rows
  // and the map decide it (beside the analyst's link, an aligner's doubtful one joins nothing: rows.ts, analystGrouping).
  // A link of a row that is a weak match (isWeakRow), as the row says it (session 16, review).
  const joins = analystGrouping(c.pairs);
  const statuses = barStatuses(c);
  const weakRow = (p: MapPair): string => (statuses.get(p.a[0]!) === 'weak' ? `, a weak match (${confidenceText(p.confidence ?? null, 'link')})` : '');
  const how = (p: MapPair): string => (joins(p) ? `linked${p.by === 'analyst' ? ' by you' : ''}${weakRow(p)}` : `matched only weakly (${confidenceText(p.confidence ?? null, 'link')})`);
  const links = c.pairs.flatMap((p) => p.a.flatMap((a) => p.b.map((b) => `${a} and ${b} ${how(p as MapPair)}`)));
  const wording = new Map(c.omissions.map((o) => [o.id as string, o.wording]));
  const alone = [...c.onlyA, ...c.onlyB].map((id) => `${id} ${wording.get(id) ?? 'on one side only'}`);
  const parts = [...links, ...alone];
  return parts.length === 0 ? 'Nothing to compare.' : `${parts.join('; ')}.`;
}
