/**
 * The wording of a statement only one side made. Its own module so that the
 * renderer can use it without bundling the aligner.
 */
import { oneSidedHedge } from '../align/strength';
import type { Comparison } from './compare';
import { omissionMayBeMissing } from './missing';
import { joinsRows, weaklyMatched, weakOnlyWording } from './weak-links';

/**
 * How a statement that `maker` made and `other` did not is worded: "only in
 * White House", or "not in Kremlin's (incomplete) copy" when the other side's
 * copy is known to be incomplete and the statement could lie in the part it lacks
 * (`mayBeMissing`: shared/compare/missing.ts; default: it could). With a
 * confidence below `CONFIDENT` (shared/align/strength.ts), the one threshold of
 * the app's marks, it says "probably" (from `PROBABLE`, 0.5) or "possibly" (under it):
 * "probably only in White House", "possibly not in Kremlin's (incomplete) copy".
 */
export function omissionWording(maker: { label: string }, other: { label: string; complete: boolean }, confidence: number | null = null, mayBeMissing = true): string {
  const plain = other.complete || !mayBeMissing ? `only in ${maker.label}` : `not in ${other.label}'s (incomplete) copy`;
  return `${oneSidedHedge(confidence)}${plain}`;
}

/**
 * Each sentence → the root of its row: the connected group of the pairs that join rows
 * (`joinsRows`: a weak link merges nothing); a sentence in none is its own root.
 */
function rowRoots(pairs: Comparison['pairs']): (id: string) => string {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    if (parent.has(x)) parent.set(x, root);
    return root;
  };
  for (const pair of pairs.filter(joinsRows)) {
    const ids = [...pair.a, ...pair.b];
    for (const id of ids) if (!parent.has(id)) parent.set(id, id);
    for (const id of ids.slice(1)) parent.set(find(id), find(ids[0]!));
  }
  return find;
}

/** The pairs inside a row (all their sentences in one row): those that join rows, and weak ones within a row. */
function rowPairs(pairs: Comparison['pairs'], find: (id: string) => string): Comparison['pairs'] {
  return pairs.filter((p) => new Set([...p.a, ...p.b].map(find)).size === 1);
}

/**
 * How many matched rows the pairs make: each connected group of the pairs that join
 * rows (sentences joined by links, on either side) is one row, as the view and the PDF show them.
 */
export function matchedRowCount(pairs: Comparison['pairs']): number {
  const find = rowRoots(pairs);
  return new Set(pairs.filter(joinsRows).flatMap((p) => [...p.a, ...p.b]).map(find)).size;
}

/** Whether the pairs carry typed differences at all (a comparison saved before they existed does not). */
export function hasTypedDifferences(pairs: Comparison['pairs']): boolean {
  return pairs.some((p) => p.differences !== undefined);
}

/**
 * How many matched rows have at least one typed difference, the rows the "Typed
 * differences" filter keeps; null when the pairs carry none at all (an older comparison).
 */
export function typedRowCount(pairs: Comparison['pairs']): number | null {
  if (!hasTypedDifferences(pairs)) return null;
  const find = rowRoots(pairs);
  return new Set(rowPairs(pairs, find).filter((p) => (p.differences?.length ?? 0) > 0).map((p) => find([...p.a, ...p.b][0]!))).size;
}

/** "2 with typed differences": the same words in the app's count line, the terminal and the PDF's summary. */
export const typedRowsWording = (n: number): string => `${n} with typed differences`;

/**
 * The one-line count of a comparison, the same in the app, the terminal and anywhere
 * else, counting what the reader sees, rows: "3 matched rows (2 with typed differences) ·
 * 8 statements not in Kremlin's (incomplete) copy · 7 statements only in Kremlin". Each
 * one-sided statement is a row of its own; the typed differences are counted only among
 * matched rows, and not at all for a comparison made before they existed. The statements
 * matched only weakly (linked, by no confident link: shared/compare/weak-links.ts) follow,
 * side by side, when there are any: "2 statements of Kremlin matched only weakly". (Links
 * are counted only where they are explained, in "Why matched?".)
 */
export function summaryWording(c: Pick<Comparison, 'a' | 'b' | 'pairs' | 'onlyA' | 'onlyB'>): string {
  const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const typed = typedRowCount(c.pairs);
  return [
    `${count(matchedRowCount(c.pairs), 'matched row')}${typed === null ? '' : ` (${typedRowsWording(typed)})`}`,
    ...oneSidedParts(c, 'a', count),
    ...oneSidedParts(c, 'b', count),
    ...weakOnlyParts(c),
  ].join(' · ');
}

/**
 * The count of one side's one-sided statements: "8 statements not in Kremlin's (incomplete)
 * copy" when each could lie in what that copy lacks (or it says not what: shared/compare/missing.ts),
 * else those that could not first, "6 statements only in White House", and the hedged ones
 * after, when there are any.
 */
function oneSidedParts(c: Pick<Comparison, 'a' | 'b' | 'pairs' | 'onlyA' | 'onlyB'>, side: 'a' | 'b', count: (n: number, noun: string) => string): string[] {
  const [maker, other] = side === 'a' ? [c.a, c.b] : [c.b, c.a];
  const ids = side === 'a' ? c.onlyA : c.onlyB;
  const hedged = ids.filter((id) => omissionMayBeMissing(c, side, id)).length;
  if (other.complete || hedged === ids.length) return [`${count(ids.length, 'statement')} ${omissionWording(maker, other)}`];
  const plain = `${count(ids.length - hedged, 'statement')} ${omissionWording(maker, other, null, false)}`;
  return hedged === 0 ? [plain] : [plain, `${count(hedged, 'statement')} ${omissionWording(maker, other)}`];
}

/** "2 statements of Kremlin matched only weakly", for each side that has any. */
function weakOnlyParts(c: Pick<Comparison, 'a' | 'b' | 'pairs'>): string[] {
  const weak = weaklyMatched(c.pairs);
  return (['a', 'b'] as const).filter((side) => weak[side].length > 0).map((side) => weakOnlyWording(weak[side].length, c[side].label));
}

/**
 * The comparison with the readouts' labels changed (the analyst edited a source's
 * details): each side's label, every omission's wording and the typed differences'
 * explanations follow; the alignment,
 * the sentences and the scores are the same object parts, untouched.
 */
export function relabel(comparison: Comparison, labels: { a: string; b: string }): Comparison {
  if (comparison.a.label === labels.a && comparison.b.label === labels.b) return comparison;
  const a = { ...comparison.a, label: labels.a };
  const b = { ...comparison.b, label: labels.b };
  const onlyA = new Set<string>(comparison.onlyA);
  const worded = (o: Comparison['omissions'][number], side: 'a' | 'b') =>
    omissionWording(side === 'a' ? a : b, side === 'a' ? b : a, o.confidence, omissionMayBeMissing(comparison, side, o.id));
  const omissions = comparison.omissions.map((o) => ({ ...o, wording: worded(o, onlyA.has(o.id) ? 'a' : 'b') }));
  // Typed differences name the readouts in their explanations ("Only Kremlin gives a number"): they follow too.
  const renames: Array<[string, string]> = [[comparison.a.label, labels.a], [comparison.b.label, labels.b]];
  const explained = (text: string) => renames.reduce((t, [from, to]) => (from === to || from === '' ? t : t.split(from).join(to)), text);
  const pairs = comparison.pairs.some((p) => p.differences?.length)
    ? comparison.pairs.map((p) => (p.differences?.length ? { ...p, differences: p.differences.map((d) => ({ ...d, explanation: explained(d.explanation) })) } : p))
    : comparison.pairs;
  return { ...comparison, a, b, pairs, omissions };
}
