/**
 * The rows of the side-by-side view (and of the CLI's output): each row is a
 * connected group of the comparison's pairs that make rows, so a sentence linked to two
 * sentences of the other side appears once, or one statement alone. Only a link at least
 * "probably" right, or the analyst's, joins rows (`joinsRows`, shared/compare/weak-links.ts):
 * a weaker link between two rows merges nothing and is kept on both as a cross-reference
 * (`Row.weak`, "possibly matches row 4 / b7"), so a chain of weak links cannot fold
 * several points into one row, and neither can a link of the analyst's chain through one the
 * aligner is not confident of (`analystGrouping`). Rows come in reading order (reading-order.ts).
 */
import { confidenceText } from '../align/strength';
import type { Comparison, ComparedSide, Pair } from '../compare/compare';
import { isSureLink, joinsRows } from '../compare/weak-links';
import { omissionMayBeMissing } from '../compare/missing';
import { omissionWording } from '../compare/wording';
import type { SentenceId, Side } from '../model/types';
import { readingOrder } from './reading-order';

/** Whether a row links statements of both sides, or holds a statement only A or only B made. */
export type RowKind = 'matched' | 'only-a' | 'only-b';

/** A weak link from one of a row's sentences to a sentence of another row (too weak to join them). */
export interface WeakLink {
  /** The row's own sentence. */
  own: SentenceId;
  /** The other row's sentence. */
  other: SentenceId;
  /** The other row's label (its `Row.label`: "4", "5b"). */
  row: string;
  /** The link, as the comparison has it. */
  pair: Pair;
}

/** One row of the comparison, as read top to bottom. */
export interface Row {
  /**
   * Stable identity, unique within a comparison: `r:a3+a4|b5` for a matched row
   * (its A ids, then its B ids), `a:a7` or `b:b4` for a one-sided row.
   */
  key: string;
  /**
   * The row's number as every output cites it ("5", "5b"): the number of the aligner's row in
   * reading order, kept through the analyst's corrections (`rowLabels`), so a number cited
   * before a link or an unlink still names the same statements after it.
   */
  label: string;
  kind: RowKind;
  /** The row's A sentences, in text order (empty for `only-b`). */
  a: SentenceId[];
  /** The row's B sentences, in text order (empty for `only-a`). */
  b: SentenceId[];
  /** The comparison's pairs that make up the row, in the comparison's order (empty for one-sided rows). */
  pairs: Pair[];
  /** Highest score among the row's pairs, in [0, 1]; 0 for a one-sided row. */
  score: number;
  /**
   * The weak links from the row's sentences to other rows' sentences, in the comparison's
   * order: each is on both rows. A one-sided row with some is a statement matched only weakly.
   */
  weak: WeakLink[];
  /**
   * For a one-sided row, the comparison's omission wording ("only in Kremlin"), or "matched
   * only weakly with Kremlin" for a statement whose links are all too weak to join rows; null for a matched row.
   */
  wording: string | null;
  /**
   * Whether the row is a difference: a matched row whose pairs' word diffs have
   * words only one side has, or any one-sided row.
   */
  changed: boolean;
}

/** Each sentence's node (A's first, then B's) after checking the pairs: throws on a pair naming a sentence its readout lacks. */
function pairNodes(c: Comparison): number[][] {
  const sizeA = c.a.sentences.length;
  const index = nodeIndex(c);
  // Loops rather than a spread and a map per pair: a correction builds the rows of thousands of pairs.
  return c.pairs.map((pair, k) => {
    const nodes: number[] = [];
    for (const id of pair.a) nodes.push(nodeOf(index, sizeA, id, true, k));
    for (const id of pair.b) nodes.push(nodeOf(index, sizeA, id, pair.a.includes(id), k));
    if (nodes.length === 0) throw new Error(`rows: pair ${k} links no sentence`);
    return nodes;
  });
}

/** Sentence `id`'s node, which must be on A's side when `inA` (pair `k` names it); throws when it is not. */
function nodeOf(index: ReadonlyMap<string, number>, sizeA: number, id: SentenceId, inA: boolean, k: number): number {
  const n = index.get(id);
  if (n === undefined || (n < sizeA) !== inA) throw new Error(`rows: pair ${k} names sentence ${id}, which its readout does not have`);
  return n;
}

/**
 * Each sentence id's node (A's first, then B's), by the readouts' sentence lists: a correction
 * keeps them (shared/corrections/apply.ts), so the rows of each corrected comparison find them made.
 */
const nodeIndexes = new WeakMap<readonly unknown[], WeakMap<readonly unknown[], Map<string, number>>>();

function nodeIndex(c: Comparison): Map<string, number> {
  let byB = nodeIndexes.get(c.a.sentences);
  if (!byB) nodeIndexes.set(c.a.sentences, (byB = new WeakMap()));
  let index = byB.get(c.b.sentences);
  if (!index) {
    const sizeA = c.a.sentences.length;
    const made = new Map<string, number>();
    c.a.sentences.forEach((s, i) => made.set(s.id, i));
    c.b.sentences.forEach((s, j) => made.set(s.id, sizeA + j));
    byB.set(c.b.sentences, (index = made));
  }
  return index;
}

/** Union-find over `size` nodes: `join` merges, `find` gives a node's root (the smallest node of its set). */
function unionFind(size: number) {
  const parent = Array.from({ length: size }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const join = (p: number, q: number) => {
    const [x, y] = [find(p), find(q)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  return { find, join };
}

export interface Group { a: number[]; b: number[]; pairs: Pair[] }

/**
 * Which pairs join rows once the analyst linked statements (tester 8, U14): a link of the
 * aligner's under `CONFIDENT` (not checked) that touches a statement the analyst linked
 * joins nothing, so the analyst's link cannot chain through a link the aligner doubts and
 * fold another subject into the row. It stays on both rows as a weak link (a cross-reference),
 * and confirming it (a check of the aligner's link) makes it join again; removing the analyst's
 * link gives the aligner's grouping back.
 */
export function analystGrouping(pairs: readonly Pair[]): (p: Pair) => boolean {
  const linked = new Set<string>();
  for (const p of pairs) if (p.by === 'analyst') for (const id of [...p.a, ...p.b]) linked.add(id);
  if (linked.size === 0) return joinsRows;
  return (p) => joinsRows(p) && (isSureLink(p) || ![...p.a, ...p.b].some((id) => linked.has(id)));
}

/**
 * A weak pair inside a row (its two sentences joined by the row's other links, itself too weak to join them:
 * under `PROBABLE`, or doubted beside the analyst's link) keeps its word diff but gives the row no typed
 * differences: the row's differences come from the links that make it, not from a link that is more likely
 * wrong than right and may set two different points against each other (docs/differences.md, "Typed
 * differences of a row's confident links"). The comparison's own pair keeps them: confirming the link
 * (a check) makes it join, and its differences show again.
 */
function withoutTypedDifferences(pair: Pair): Pair {
  return pair.differences && pair.differences.length > 0 ? { ...pair, differences: [] } : pair;
}

/**
 * The sentences grouped by the pairs that join rows (`joinsRows`), each group with the
 * pairs inside it (a weak pair whose ends are in one group too), and the weak pairs
 * between two groups (by index into `c.pairs`). Memoised per comparison: the rows and the overview map
 * read the same grouping (the map's statuses cost the 1,000-row map 7 ms a frame when it grouped again).
 */
export function groupSentences(c: Comparison): SentenceGroups {
  let groups = groupsMemo.get(c);
  if (!groups) groupsMemo.set(c, (groups = groupSentencesOnce(c)));
  return groups;
}

/** The grouping of one comparison, read by its rows and by the overview map (a comparison is never changed in place: a correction makes a new one). */
export interface SentenceGroups { readonly groups: ReadonlyMap<number, Readonly<Group>>; readonly between: readonly number[] }
const groupsMemo = new WeakMap<Comparison, SentenceGroups>();

function groupSentencesOnce(c: Comparison): SentenceGroups {
  const sizeA = c.a.sentences.length;
  const nodes = pairNodes(c);
  const { find, join } = unionFind(sizeA + c.b.sentences.length);
  const joins = analystGrouping(c.pairs);
  c.pairs.forEach((pair, k) => {
    const ns = nodes[k]!;
    if (joins(pair)) for (let m = 1; m < ns.length; m++) join(ns[0]!, ns[m]!);
  });
  const groups = new Map<number, Group>();
  const groupOf = (n: number): Group => {
    const root = find(n);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { a: [], b: [], pairs: [] }));
    return g;
  };
  const between: number[] = [];
  c.pairs.forEach((pair, k) => {
    const ns = nodes[k]!;
    const root = find(ns[0]!);
    if (ns.every((n) => find(n) === root)) groupOf(ns[0]!).pairs.push(joins(pair) ? pair : withoutTypedDifferences(pair));
    else between.push(k);
  });
  // Walking the sentences in text order keeps each group's ids in text order.
  for (let i = 0; i < sizeA; i++) groupOf(i).a.push(i);
  for (let j = 0; j < c.b.sentences.length; j++) groupOf(sizeA + j).b.push(j);
  return { groups, between };
}

/**
 * The status of a statement linked only weakly: "matched only weakly with Kremlin", or "… with Kremlin's
 * (incomplete) copy" when that copy is incomplete where the statement would be, as omissionWording says
 * it of a one-sided statement (tester 10, T3: the caveat was dropped on weak matches).
 */
function weakOnlyRowWording(other: ComparedSide, mayBeMissing: boolean): string {
  return `matched only weakly with ${other.label}${!other.complete && mayBeMissing ? "'s (incomplete) copy" : ''}`;
}

/**
 * The comparison as rows in reading order. Every sentence of both readouts is in
 * exactly one row. Throws when a pair names a sentence the comparison does not
 * have (a corrupt comparison). Deterministic; linear in the number of sentences
 * and pairs (plus sorting the rows).
 */
export function buildRows(c: Comparison): Row[] {
  const { groups, between } = groupSentences(c);
  const wording = new Map<string, string>(c.omissions.map((o) => [o.id, o.wording]));
  const weakOnly = new Set(between.flatMap((k) => [...c.pairs[k]!.a, ...c.pairs[k]!.b]));
  const oneSided = (side: Side, maker: ComparedSide, other: ComparedSide, id: SentenceId): Row => ({
    key: `${side}:${id}`, label: '', kind: side === 'a' ? 'only-a' : 'only-b', a: side === 'a' ? [id] : [], b: side === 'b' ? [id] : [],
    pairs: [], weak: [], score: 0, changed: true,
    wording: wording.get(id) ?? (weakOnly.has(id) ? weakOnlyRowWording(other, omissionMayBeMissing(c, side, id)) : omissionWording(maker, other, null, omissionMayBeMissing(c, side, id))),
  });
  const blocks = [...groups.values()].map((g) => {
    const a = g.a.map((i) => c.a.sentences[i]!.id);
    const b = g.b.map((j) => c.b.sentences[j]!.id);
    let row: Row;
    if (g.pairs.length === 0) row = a.length > 0 ? oneSided('a', c.a, c.b, a[0]!) : oneSided('b', c.b, c.a, b[0]!);
    else {
      row = {
        key: `r:${a.join('+')}|${b.join('+')}`, label: '', kind: 'matched', a, b, pairs: g.pairs, weak: [],
        score: g.pairs.reduce((max, p) => Math.max(max, p.score), 0), wording: null,
        changed: g.pairs.some((p) => p.diff.some((d) => d.kind !== 'same')),
      };
    }
    return { a: g.a, b: g.b, row };
  });
  const rows = readingOrder(blocks, c.b.sentences.length).map((block) => block.row);
  const labels = c.rowBase ? rowLabels(c.rowBase, rows) : rows.map((_, i) => String(i + 1));
  rows.forEach((row, i) => { row.label = labels[i]!; });
  crossReference(rows, between.map((k) => c.pairs[k]!));
  return rows;
}

/** The sentence ids a row key names (`r:a3+a4|b5` → a3, a4, b5; `a:a7` → a7). */
const keySentences = (key: string): string[] => key.slice(2).split(/[+|]/u).filter(Boolean);

/** "a", "b" … "z", "aa" …: the letter a row's number takes after the first row that has it. */
const letter = (n: number): string => (n < 26 ? '' : letter(Math.floor(n / 26) - 1)) + String.fromCharCode(97 + (n % 26));

/**
 * The labels of `rows` (in reading order) against `base`, the aligner's row keys in reading order
 * (`Comparison.rowBase`): a row the aligner had keeps its number (its place in `base`, from 1);
 * a row a correction made takes the number of the aligner's row most of its sentences were in
 * (the smallest on a tie),
 * and when several take one number, the first in reading order keeps it and the others add a
 * letter ("5", "5b", "5c"). The rows stay in reading order, so labels may go out of sequence.
 */
export function rowLabels(base: readonly string[], rows: readonly { key: string; a: readonly string[]; b: readonly string[] }[]): string[] {
  const { byKey, bySentence } = baseNumbers(base);
  const numbers = rows.map((r) => byKey.get(r.key) ?? mostOf([...r.a, ...r.b].map((id) => bySentence.get(id) ?? Infinity)));
  const taken = new Map<number, number>();
  return numbers.map((n) => {
    if (!Number.isFinite(n)) return '?';
    const k = taken.get(n) ?? 0;
    taken.set(n, k + 1);
    return k === 0 ? String(n) : `${n}${letter(k)}`;
  });
}

/** Each base row key's number and each of its sentences' (`rowLabels`), by base: one machine comparison's base serves each of its corrections. */
const numbersOfBase = new WeakMap<readonly string[], { byKey: Map<string, number>; bySentence: Map<string, number> }>();

function baseNumbers(base: readonly string[]): { byKey: Map<string, number>; bySentence: Map<string, number> } {
  let numbers = numbersOfBase.get(base);
  if (!numbers) {
    const byKey = new Map(base.map((key, i) => [key, i + 1]));
    const bySentence = new Map<string, number>();
    base.forEach((key, i) => { for (const id of keySentences(key)) bySentence.set(id, i + 1); });
    numbersOfBase.set(base, (numbers = { byKey, bySentence }));
  }
  return numbers;
}

/** The number most of `numbers` are (the smallest on a tie). */
function mostOf(numbers: readonly number[]): number {
  const count = new Map<number, number>();
  for (const n of numbers) count.set(n, (count.get(n) ?? 0) + 1);
  let best = Infinity;
  for (const [n, k] of count) if (k > (count.get(best) ?? 0) || (k === count.get(best) && n < best)) best = n;
  return best;
}

/** The row keys of `rows` in reading order: what a corrected comparison keeps as its `rowBase`. */
export const rowKeys = (rows: readonly Pick<Row, 'key'>[]): string[] => rows.map((r) => r.key);

/** Puts each weak pair between two rows on both rows, naming the other row's label. */
function crossReference(rows: readonly Row[], weak: readonly Pair[]): void {
  if (weak.length === 0) return;
  // The rows of the weak pairs' sentences only (a few among thousands).
  const ends = new Set<string>();
  for (const pair of weak) for (const id of [...pair.a, ...pair.b]) ends.add(id);
  const rowOf = new Map<string, Row>();
  for (const row of rows) {
    for (const id of row.a) if (ends.has(id)) rowOf.set(id, row);
    for (const id of row.b) if (ends.has(id)) rowOf.set(id, row);
  }
  for (const pair of weak) {
    for (const a of pair.a) {
      for (const b of pair.b) {
        const [ra, rb] = [rowOf.get(a)!, rowOf.get(b)!];
        ra.weak.push({ own: a, other: b, row: rb.label, pair });
        rb.weak.push({ own: b, other: a, row: ra.label, pair });
      }
    }
  }
}

/** Each sentence's row label (the rows' `label`), for the outputs that cite a statement's row. */
export function rowLabelOf(rows: readonly Row[]): Map<string, string> {
  const of = new Map<string, string>();
  for (const row of rows) for (const id of [...row.a, ...row.b]) of.set(id, row.label);
  return of;
}

/** "possibly matches row 4 / b7 (link confidence 0.47)": a weak link as its row shows it. */
export function weakLinkWording(w: WeakLink): string {
  return `possibly matches row ${w.row} / ${w.other} (${confidenceText(w.pair.confidence, 'link')})`;
}

/** What a row is, for people: "matched, worded differently", "only in Kremlin" (the status line's wording). */
export function rowKindWording(row: Row): string {
  return row.kind === 'matched' ? (row.changed ? 'matched, worded differently' : 'matched, same words') : (row.wording ?? '');
}
