/**
 * The rows of the side-by-side view (and of the CLI's output): each row is a
 * connected group of the comparison's pairs, so a sentence linked to two sentences
 * of the other side appears once, or one statement only one side made. Rows come
 * in reading order (reading-order.ts).
 */
import type { Comparison, ComparedSide, Pair } from '../compare/compare';
import { omissionWording } from '../compare/wording';
import type { SentenceId, Side } from '../model/types';
import { readingOrder } from './reading-order';

/** Whether a row links statements of both sides, or holds a statement only A or only B made. */
export type RowKind = 'matched' | 'only-a' | 'only-b';

/** One row of the comparison, as read top to bottom. */
export interface Row {
  /**
   * Stable identity, unique within a comparison: `r:a3+a4|b5` for a matched row
   * (its A ids, then its B ids), `a:a7` or `b:b4` for a one-sided row.
   */
  key: string;
  kind: RowKind;
  /** The row's A sentences, in text order (empty for `only-b`). */
  a: SentenceId[];
  /** The row's B sentences, in text order (empty for `only-a`). */
  b: SentenceId[];
  /** The comparison's pairs that make up the row, in the comparison's order (empty for one-sided rows). */
  pairs: Pair[];
  /** Highest score among the row's pairs, in [0, 1]; 0 for a one-sided row. */
  score: number;
  /** For a one-sided row, the comparison's omission wording ("only in Kremlin"); null for a matched row. */
  wording: string | null;
  /**
   * Whether the row is a difference: a matched row whose pairs' word diffs have
   * words only one side has, or any one-sided row.
   */
  changed: boolean;
}

/**
 * The comparison as rows in reading order. Every sentence of both readouts is in
 * exactly one row. Throws when a pair names a sentence the comparison does not
 * have (a corrupt comparison). Deterministic; linear in the number of sentences
 * and pairs (plus sorting the rows).
 */
export function buildRows(c: Comparison): Row[] {
  const sizeA = c.a.sentences.length;
  const sizeB = c.b.sentences.length;
  const index = new Map<string, number>();
  c.a.sentences.forEach((s, i) => index.set(s.id, i));
  c.b.sentences.forEach((s, j) => index.set(s.id, sizeA + j));

  // Union-find over all sentences (A first, then B): the pairs join the sentences they link.
  const parent = Array.from({ length: sizeA + sizeB }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const pairNodes = c.pairs.map((pair, k) => {
    const nodes = [...pair.a, ...pair.b].map((id) => {
      const n = index.get(id);
      if (n === undefined || (n < sizeA) !== pair.a.includes(id)) throw new Error(`rows: pair ${k} names sentence ${id}, which its readout does not have`);
      return n;
    });
    if (nodes.length === 0) throw new Error(`rows: pair ${k} links no sentence`);
    for (const n of nodes.slice(1)) {
      const [x, y] = [find(nodes[0]!), find(n)];
      if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
    }
    return nodes;
  });

  interface Group { a: number[]; b: number[]; pairs: Pair[] }
  const groups = new Map<number, Group>();
  const groupOf = (n: number): Group => {
    const root = find(n);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { a: [], b: [], pairs: [] }));
    return g;
  };
  c.pairs.forEach((pair, k) => groupOf(pairNodes[k]![0]!).pairs.push(pair));
  // Walking the sentences in text order keeps each group's ids in text order.
  for (let i = 0; i < sizeA; i++) groupOf(i).a.push(i);
  for (let j = 0; j < sizeB; j++) groupOf(sizeA + j).b.push(j);

  const wording = new Map<string, string>(c.omissions.map((o) => [o.id, o.wording]));
  const oneSided = (side: Side, maker: ComparedSide, other: ComparedSide, id: SentenceId): Row => ({
    key: `${side}:${id}`, kind: side === 'a' ? 'only-a' : 'only-b', a: side === 'a' ? [id] : [], b: side === 'b' ? [id] : [],
    pairs: [], score: 0, wording: wording.get(id) ?? omissionWording(maker, other), changed: true,
  });
  const blocks = [...groups.values()].map((g) => {
    const a = g.a.map((i) => c.a.sentences[i]!.id);
    const b = g.b.map((j) => c.b.sentences[j]!.id);
    let row: Row;
    if (g.pairs.length === 0) row = a.length > 0 ? oneSided('a', c.a, c.b, a[0]!) : oneSided('b', c.b, c.a, b[0]!);
    else {
      row = {
        key: `r:${a.join('+')}|${b.join('+')}`, kind: 'matched', a, b, pairs: g.pairs,
        score: g.pairs.reduce((max, p) => Math.max(max, p.score), 0), wording: null,
        changed: g.pairs.some((p) => p.diff.some((d) => d.kind !== 'same')),
      };
    }
    return { a: g.a, b: g.b, row };
  });
  return readingOrder(blocks, sizeB).map((block) => block.row);
}

/** What a row is, for people: "matched, worded differently", "only in Kremlin" (the status line's wording). */
export function rowKindWording(row: Row): string {
  return row.kind === 'matched' ? (row.changed ? 'matched, worded differently' : 'matched, same words') : (row.wording ?? '');
}

/**
 * The first row number (1-based) that names another row after the rows were built again (a
 * correction moves statements, and the rows after them shift: tester 7, T14), or null when every
 * number still names the same row. Row numbers are positions; statement ids are what stays stable.
 */
export function firstRenumbered(before: readonly Pick<Row, 'key'>[], after: readonly Pick<Row, 'key'>[]): number | null {
  for (let i = 0; i < Math.max(before.length, after.length); i++) if (before[i]?.key !== after[i]?.key) return i + 1;
  return null;
}
