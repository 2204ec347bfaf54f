/**
 * The wording of a statement only one side made. Its own module so that the
 * renderer can use it without bundling the aligner.
 */
import calibration from '../align/data/hedge-calibration.json';
import { confidencePercent, confidenceText, oneSidedHedge } from '../align/strength';
import type { Comparison, Omission } from './compare';
import { omissionMayBeMissing } from './missing';
import { oneSidedStatements } from './one-sided';
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
 * What "probably" has meant in measurement (tester 10, T4), from the figure kept as data with its command
 * (shared/align/data/hedge-calibration.json): "in cross-validation, 27 of 44 statements worded “probably only
 * in”, about 6 in 10, were one-sided". Said where the hedge is explained: a one-sided row's hover and
 * accessible text, the PDF's legend.
 */
export function probablyMeasured(): string {
  const { oneSided, statements } = calibration.probably;
  return `in cross-validation, ${oneSided} of ${statements} statements worded “probably only in”, about ${Math.round((10 * oneSided) / statements)} in 10, were one-sided`;
}

/** `probablyMeasured` for a wording that says "probably" ("probably not in Kremlin's (incomplete) copy"), else null. */
export function hedgeMeasured(wording: string | null | undefined): string | null {
  return typeof wording === 'string' && /^probably /iu.test(wording) ? probablyMeasured() : null;
}

/**
 * How a structural line (shared/align/structure.ts: a line announcing what follows, a
 * heading or label line) that only `maker` has is worded: it says where it is and what it
 * is, with no confidence hedge, since whether the other side has it says nothing about
 * the call: "only in White House: a heading or announcing line, not a point of the call".
 */
export function structureWording(maker: { label: string }): string {
  return `only in ${maker.label}: a heading or announcing line, not a point of the call`;
}

/**
 * Each sentence → the root of its row: the connected group of the pairs that join rows
 * (`joinsRows`: a weak link merges nothing); a sentence in none is its own root. Also
 * `rows`, the number of those groups. Union-find over numbers given to the ids as they
 * come, with path halving: a correction recounts the rows of thousands of pairs.
 */
function rowRoots(pairs: Comparison['pairs']): { find: (id: string) => string; rows: number } {
  const node = new Map<string, number>();
  const ids: string[] = [];
  const parent: number[] = [];
  let rows = 0;
  const add = (id: string): void => {
    if (!node.has(id)) {
      node.set(id, ids.length);
      parent.push(ids.length);
      ids.push(id);
      rows++;
    }
  };
  const join = (id: string, to: number): void => {
    const r = rootOf(parent, node.get(id)!);
    if (r !== to) {
      parent[r] = to;
      rows--;
    }
  };
  for (const pair of pairs) {
    if (!joinsRows(pair)) continue;
    for (const id of pair.a) add(id);
    for (const id of pair.b) add(id);
    const first = pair.a[0] ?? pair.b[0];
    if (first === undefined) continue;
    const to = rootOf(parent, node.get(first)!);
    for (const id of pair.a) join(id, to);
    for (const id of pair.b) join(id, to);
  }
  const find = (id: string): string => {
    const n = node.get(id);
    return n === undefined ? id : ids[rootOf(parent, n)]!;
  };
  return { find, rows };
}

/** The root of node `n` in a union-find's `parent` array, halving the path on the way. */
function rootOf(parent: number[], n: number): number {
  while (parent[n] !== n) n = parent[n] = parent[parent[n]!]!;
  return n;
}

/** Whether all of a pair's sentences are in one row (`find`: the rows' roots): the pairs that join rows, and weak ones within a row. */
function inOneRow(p: Comparison['pairs'][number], find: (id: string) => string): boolean {
  const first = p.a[0] ?? p.b[0];
  if (first === undefined) return false;
  const root = find(first);
  return p.a.every((id) => find(id) === root) && p.b.every((id) => find(id) === root);
}

/**
 * How many matched rows the pairs make: each connected group of the pairs that join
 * rows (sentences joined by links, on either side) is one row, as the view and the PDF show them.
 */
export function matchedRowCount(pairs: Comparison['pairs']): number {
  return rowRoots(pairs).rows;
}

/** Whether the pairs carry typed differences at all (a comparison saved before they existed does not). */
export function hasTypedDifferences(pairs: Comparison['pairs']): boolean {
  return pairs.some((p) => p.differences !== undefined);
}

/** The typed rows of `typedRowCount`, given the rows' roots. */
function typedRows(pairs: Comparison['pairs'], find: (id: string) => string): number | null {
  if (!hasTypedDifferences(pairs)) return null;
  const typed = new Set<string>();
  for (const p of pairs) if ((p.differences?.length ?? 0) > 0 && inOneRow(p, find)) typed.add(find(p.a[0] ?? p.b[0]!));
  return typed.size;
}

/**
 * How many matched rows have at least one typed difference, the rows the "Typed
 * differences" filter keeps; null when the pairs carry none at all (an older comparison).
 */
export function typedRowCount(pairs: Comparison['pairs']): number | null {
  return typedRows(pairs, rowRoots(pairs).find);
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
  return summaryParts(c).map((p) => p.full).join(' · ');
}

/** One part of the count line: its full wording (the terminal's, the PDF's) and the app's short one. */
export interface SummaryPart {
  /** "7 statements only in Kremlin", "2 statements of White House matched only weakly · 2 statements of Kremlin matched only weakly". */
  full: string;
  /** "7 only in Kremlin", "weakly matched: 2 White House, 2 Kremlin": the same numbers with short labels. */
  short: string;
}

/**
 * The count line's parts, in order: the matched rows (with those that have typed differences),
 * each side's one-sided statements, and, when there are any, the statements matched only weakly
 * (both sides in one part). The app shows the short wordings on one line, each with its full one
 * as a tooltip and the whole sentence for screen readers (renderer/components/SourceHeader.tsx).
 */
export function summaryParts(c: Pick<Comparison, 'a' | 'b' | 'pairs' | 'onlyA' | 'onlyB'> & Partial<Pick<Comparison, 'omissions'>>): SummaryPart[] {
  const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
  // One union-find for both counts (the correction's cost: docs/performance-history.md, session 12).
  const { find, rows: matched } = rowRoots(c.pairs);
  const typed = typedRows(c.pairs, find);
  const typedWording = typed === null ? '' : ` (${typedRowsWording(typed)})`;
  const weak = weaklyMatched(c.pairs);
  const weakSides = (['a', 'b'] as const).filter((side) => weak[side].length > 0);
  // Headings and announcing lines, and statements the analyst only unlinked, are counted apart (shared/compare/one-sided.ts).
  const [sa, sb] = [oneSidedStatements(c, 'a'), oneSidedStatements(c, 'b')];
  const unlinked = sa.unlinked.length + sb.unlinked.length;
  const structure = sa.structural.length + sb.structural.length;
  const statements = { ...c, onlyA: sa.counted, onlyB: sb.counted };
  return [
    { full: `${count(matched, 'matched row')}${typedWording}`, short: `${matched} matched${typedWording}` },
    ...oneSidedParts(statements, 'a', count),
    ...oneSidedParts(statements, 'b', count),
    ...(unlinked === 0 ? [] : [{ full: `${count(unlinked, 'statement')} unlinked by you (one-sided not estimated)`, short: `${unlinked} unlinked by you` }]),
    ...(structure === 0 ? [] : [{ full: `${structure === 1 ? '1 heading or announcing line' : `${structure} headings or announcing lines`} (not counted as statements)`, short: `${structure} structural` }]),
    ...(weakSides.length === 0 ? [] : [{
      full: weakSides.map((side) => weakOnlyWording(weak[side].length, c[side].label)).join(' · '),
      short: `weakly matched: ${weakSides.map((side) => `${weak[side].length} ${c[side].label}`).join(', ')}`,
    }]),
  ];
}

/** The beginning of the wording of a statement the analyst unlinked and did not check ("not the same point as X b11"): wording only, never read back (`omissions[].unlinked` says what it is). */
export const NOT_SAME_POINT = 'not the same point as ';

/**
 * The count of one side's one-sided statements: "8 statements not in Kremlin's (incomplete)
 * copy" when each could lie in what that copy lacks (or it says not what: shared/compare/missing.ts),
 * else those that could not first, "6 statements only in White House", and the hedged ones
 * after, when there are any.
 */
function oneSidedParts(c: Pick<Comparison, 'a' | 'b' | 'pairs' | 'onlyA' | 'onlyB'>, side: 'a' | 'b', count: (n: number, noun: string) => string): SummaryPart[] {
  const [maker, other] = side === 'a' ? [c.a, c.b] : [c.b, c.a];
  const ids = side === 'a' ? c.onlyA : c.onlyB;
  const hedged = ids.filter((id) => omissionMayBeMissing(c, side, id)).length;
  const part = (n: number, wording: string): SummaryPart => ({ full: `${count(n, 'statement')} ${wording}`, short: `${n} ${wording}` });
  if (other.complete || hedged === ids.length) return [part(ids.length, omissionWording(maker, other))];
  const plain = part(ids.length - hedged, omissionWording(maker, other, null, false));
  return hedged === 0 ? [plain] : [plain, part(hedged, omissionWording(maker, other))];
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
  // Typed differences name the readouts in their explanations ("Only Kremlin gives a number"): they follow too.
  const renames: Array<[string, string]> = [[comparison.a.label, labels.a], [comparison.b.label, labels.b]];
  const explained = (text: string) => renames.reduce((t, [from, to]) => (from === to || from === '' ? t : t.split(from).join(to)), text);
  // A statement the analyst only unlinked keeps what the analyst said ("not the same point as X b11"), relabelled;
  // one the analyst checked keeps no machine hedge (cold review: both reverted to the machine's wording here).
  const worded = (o: Comparison['omissions'][number], side: 'a' | 'b') => o.structure
    ? structureWording(side === 'a' ? a : b)
    : o.unlinked
      ? explained(o.wording)
      : omissionWording(side === 'a' ? a : b, side === 'a' ? b : a, o.checked ? null : o.confidence, omissionMayBeMissing(comparison, side, o.id));
  const omissions = comparison.omissions.map((o) => ({ ...o, wording: worded(o, onlyA.has(o.id) ? 'a' : 'b') }));
  const pairs = comparison.pairs.some((p) => p.differences?.length)
    ? comparison.pairs.map((p) => (p.differences?.length ? { ...p, differences: p.differences.map((d) => ({ ...d, explanation: explained(d.explanation) })) } : p))
    : comparison.pairs;
  return { ...comparison, a, b, pairs, omissions };
}

/**
 * What the aligner had said of a link the analyst took away, for the row, the terminal, the findings and
 * the PDF: "the analysis had linked it to b4 with link confidence 0.83", or with `percent` "… with link
 * confidence 83%" as the findings' sentences give figures; null when the analyst took away no link of the aligner's.
 * Said after the analyst's decision, never instead of it (tester 16).
 */
export function machineLinkWording(o: Pick<Omission, 'machineLink'> | undefined, percent = false): string | null {
  const link = o?.machineLink;
  if (!link) return null;
  return `the analysis had linked it to ${link.id} with ${percent ? confidencePercent(link.confidence, 'link') : confidenceText(link.confidence, 'link')}`;
}
