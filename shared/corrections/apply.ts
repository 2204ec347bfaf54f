/**
 * The comparison as the analyst corrected it: the aligner's links less those the
 * analyst unlinked, plus the analyst's own links; the omissions, coverage and
 * counts that follow. Everything downstream (rows, connected groups, filters,
 * summary, "Why matched?", exports, the PDF) reads the corrected comparison, so it
 * follows the analyst without knowing about corrections.
 *
 * Every pair and omission of the result says who made it (`by`), a confirmed one
 * is `checked`, and the analyst's links have `confidence: null`. Orphan corrections
 * (their sentences are not in the text as it is) are not applied.
 */
import type { Reason } from '../align/align';
import type { Comparison, ComparedSide, Omission, Pair } from '../compare/compare';
import { missingPlacer } from '../compare/missing';
import { NOT_SAME_POINT, omissionWording } from '../compare/wording';
import type { LinkDifferences } from '../differences/detect';
import { wordDiff } from '../diff/words';
import type { Sentence, SentenceId } from '../model/types';
import { countWords } from '../text/words';
import { buildRows, rowKeys } from '../view/rows';
import { correctionKey, endsKey, reanchorCorrections, type By, type Correction } from './model';
import { sharedTerms } from './terms';

/** The pairs and omissions the aligner made, by key (`a3|b5` for a link, `a3|` or `|b5` for an omission). */
interface Index {
  sentences: Map<string, { sentence: Sentence; index: number; side: 'a' | 'b' }>;
  omissions: Map<string, Omission>;
}

/**
 * The comparison with `corrections` applied (a new value; `comparison` is not changed). `differencesOf`: the
 * typed differences of a link (shared/differences/detect.ts, `linkDifferences`), so that an analyst's link gets
 * those a machine link gets (tester 10, T6); without it, the analyst's links carry none.
 */
export function applyCorrections(comparison: Comparison, corrections: readonly Correction[], differencesOf?: LinkDifferences): Comparison {
  const index = indexOf(comparison);
  const live = corrections.filter((c) => c.status === 'anchored' && endsExist(c, index));
  const byKey = new Map(live.map((c) => [correctionKey(c), c]));
  // Only a pair whose A sentence a correction names can be the pair of a correction (its key).
  const named = new Set<SentenceId>();
  for (const c of live) if (c.a) named.add(c.a.sentence);
  const removed = new Map<SentenceId, Pair[]>();
  const pairs: Pair[] = [];
  const unchanged = unchangedPairs(comparison);
  comparison.pairs.forEach((p, k) => {
    const key = named.has(p.a[0]!) ? endsKey({ a: p.a[0]!, b: p.b[0]! }) : undefined;
    const c = key === undefined ? undefined : byKey.get(key);
    if (c?.op === 'unlink') {
      for (const id of [p.a[0]!, p.b[0]!]) removed.set(id, [...(removed.get(id) ?? []), p]);
      return;
    }
    pairs.push(c?.op === 'confirm' && p.checked !== true ? marked(p, p.by ?? 'machine', true) : (unchanged[k] ??= marked(p, p.by ?? 'machine', p.checked === true)));
    if (key !== undefined) byKey.delete(key);
  });
  // The machine's pairs are in order (A, then B); each link of the analyst's goes in its place.
  const order = (p: Pair) => [index.sentences.get(p.a[0]!)!.index, index.sentences.get(p.b[0]!)!.index] as const;
  for (const c of byKey.values()) {
    if (c.op !== 'link') continue;
    const pair = analystPair(comparison, index, c, differencesOf);
    const [ia, ib] = order(pair);
    let lo = 0;
    for (let hi = pairs.length; lo < hi;) {
      const mid = (lo + hi) >> 1;
      const [ma, mb] = order(pairs[mid]!);
      if (ma < ia || (ma === ia && mb < ib)) lo = mid + 1;
      else hi = mid;
    }
    pairs.splice(lo, 0, pair);
  }

  const pairedA = new Set<SentenceId>();
  const pairedB = new Set<SentenceId>();
  for (const p of pairs) {
    for (const id of p.a) pairedA.add(id);
    for (const id of p.b) pairedB.add(id);
  }
  const a = withCoverage(comparison.a, new Set(comparison.onlyA), pairedA);
  const b = withCoverage(comparison.b, new Set(comparison.onlyB), pairedB);
  const onlyA = a.sentences.filter((s) => !pairedA.has(s.id)).map((s) => s.id);
  const onlyB = b.sentences.filter((s) => !pairedB.has(s.id)).map((s) => s.id);
  const confirmed = new Set(live.filter((c) => c.op === 'confirm').map(correctionKey));
  // Whether a one-sided statement could lie in what the other copy lacks, as the pairs stand corrected (shared/compare/missing.ts).
  const placed = missingPlacer({ a, b, pairs });
  const mayBeMissing = (id: SentenceId, side: 'a' | 'b'): boolean => placed(side, id);
  const omission = (id: SentenceId, key: string, maker: ComparedSide, other: ComparedSide): Omission => {
    const machine = index.omissions.get(id);
    const checked = confirmed.has(key) || machine?.checked === true;
    // Built field by field, as the pairs are (see `marked`).
    if (machine) {
      // The analyst's check replaces the machine's hedge ("probably not in …") everywhere the wording is read (tester 7, T11);
      // unchecked, it is placed against an incomplete copy as the corrected pairs stand, as the count line counts it
      // (a heading's and an unlinked statement's wording say something else and stay).
      const mayBe = mayBeMissing(id, maker === a ? 'a' : 'b');
      const wording = checked ? omissionWording(maker, other, null, mayBe)
        : machine.structure || machine.unlinked || typeof machine.confidence !== 'number' ? machine.wording : omissionWording(maker, other, machine.confidence, mayBe);
      const o: Omission = { id, wording, confidence: machine.confidence, by: machine.by ?? 'machine', checked };
      if (machine.nearest) o.nearest = machine.nearest;
      // A structural line stays one until the analyst checks it as a statement of its own.
      if (machine.structure && !checked) o.structure = true;
      if (machine.unlinked && !checked) o.unlinked = true;
      if (machine.machineLink) o.machineLink = machine.machineLink;
      return o;
    }
    const lost = removed.get(id) ?? [];
    // Unlinked, not checked: the analyst said only that it is not the same point as its partner (tester 9, V5).
    const wording = checked || lost.length === 0 ? omissionWording(maker, other, null, mayBeMissing(id, maker === a ? 'a' : 'b')) : notSamePointWording(other, lost.map((p) => partnerOf(p, id)));
    const o: Omission = { id, wording, by: 'analyst', checked, confidence: null };
    if (!checked && lost.length > 0) o.unlinked = true;
    if (lost[0]) o.nearest = nearestOf(lost[0], id);
    // What the aligner had said of the link taken away, kept beside the analyst's decision (tester 16).
    const taken = lost.find((p) => p.by !== 'analyst' && typeof p.confidence === 'number');
    if (taken) o.machineLink = { id: partnerOf(taken, id), confidence: taken.confidence! };
    return o;
  };
  const omissions = [
    ...onlyA.map((id) => omission(id, endsKey({ a: id, b: null }), a, b)),
    ...onlyB.map((id) => omission(id, endsKey({ a: null, b: id }), b, a)),
  ];
  return { ...comparison, a, b, pairs, onlyA, onlyB, omissions, rowBase: baseOf(comparison) };
}

/** The aligner's row keys, by comparison (the renderer applies corrections to one machine comparison again and again). */
const bases = new WeakMap<Comparison, string[]>();

/** The row keys the rows of `comparison` corrected are numbered against: its own base when it was corrected already. */
function baseOf(comparison: Comparison): string[] {
  if (comparison.rowBase) return comparison.rowBase;
  let base = bases.get(comparison);
  if (!base) bases.set(comparison, (base = rowKeys(buildRows(comparison))));
  return base;
}

/**
 * `p` with who made it and whether it was checked. Built field by field: an object
 * spread (`{ ...p, by }`) of thousands of pairs was twenty times slower to make, and
 * made every later read of the pairs (the rows) slower too.
 */
function marked(p: Pair, by: By, checked: boolean): Pair {
  // Two literals rather than a field added after: one object shape each, made in one step.
  if (!p.differences) return { a: p.a, b: p.b, score: p.score, confidence: p.confidence, reasons: p.reasons, diff: p.diff, by, checked };
  return { a: p.a, b: p.b, score: p.score, confidence: p.confidence, reasons: p.reasons, diff: p.diff, by, checked, differences: p.differences };
}

/**
 * The pairs of a comparison as a correction that leaves them alone keeps them (`marked` with
 * their own maker and check), by comparison and made when first needed: the renderer applies
 * corrections to one machine comparison again and again, and copying its thousands of pairs
 * each time was about a third of a correction's cost. Pairs are never changed in place.
 */
const unchangedOf = new WeakMap<Comparison, Pair[]>();

function unchangedPairs(c: Comparison): Pair[] {
  let out = unchangedOf.get(c);
  if (!out) unchangedOf.set(c, (out = []));
  return out;
}

/** The index of each comparison (read, never changed), made once. */
const indexes = new WeakMap<Comparison, Index>();

function indexOf(c: Comparison): Index {
  let index = indexes.get(c);
  if (!index) indexes.set(c, (index = makeIndex(c)));
  return index;
}

function makeIndex(c: Comparison): Index {
  const sentences = new Map<string, { sentence: Sentence; index: number; side: 'a' | 'b' }>();
  c.a.sentences.forEach((sentence, index) => sentences.set(sentence.id, { sentence, index, side: 'a' }));
  c.b.sentences.forEach((sentence, index) => sentences.set(sentence.id, { sentence, index, side: 'b' }));
  return { sentences, omissions: new Map(c.omissions.map((o) => [o.id, o])) };
}

/** Whether a correction's sentences are sentences of the comparison, on their sides. */
function endsExist(c: Correction, index: Index): boolean {
  const ok = (end: Correction['a'], side: 'a' | 'b') => end === null || index.sentences.get(end.sentence)?.side === side;
  return ok(c.a, 'a') && ok(c.b, 'b');
}

/**
 * The analyst's link of `c.a` and `c.b`: its word diff, and what the two share.
 * When the aligner had scored them (one was the other's closest statement) its score
 * and reasons are kept; otherwise the score is 0 and the reasons are the content
 * words both sentences have.
 */
function analystPair(comparison: Comparison, index: Index, c: Correction, differencesOf?: LinkDifferences): Pair {
  const sa = index.sentences.get(c.a!.sentence)!.sentence;
  const sb = index.sentences.get(c.b!.sentence)!.sentence;
  const fromA = index.omissions.get(sa.id)?.nearest;
  const fromB = index.omissions.get(sb.id)?.nearest;
  const scored = fromA?.id === sb.id ? fromA : fromB?.id === sa.id ? fromB : undefined;
  const reasons: Reason[] = scored?.reasons ?? sharedTerms(sa.text, sb.text, comparison.a.language);
  const pair: Pair = {
    a: [sa.id], b: [sb.id], score: scored?.score ?? 0, reasons, diff: wordDiff(sa.text, sb.text, comparison.a.language),
    by: 'analyst', checked: false, confidence: null,
  };
  if (differencesOf) pair.differences = differencesOf(sa.id, sb.id, reasons);
  return pair;
}

/** The other end of the link `p` of `id`. */
const partnerOf = (p: Pair, id: SentenceId): SentenceId => (p.a[0] === id ? p.b[0]! : p.a[0]!);

/** What an omission made by an unlink came closest to: the statement it was linked with. */
function nearestOf(p: Pair, id: SentenceId): NonNullable<Omission['nearest']> {
  return { id: partnerOf(p, id), score: p.score, confidence: p.confidence ?? 0, reasons: p.reasons };
}

/**
 * The wording of a statement the analyst unlinked and did not check: only what the analyst said,
 * "not the same point as Kremlin b11" (tester 9, V5). Whether the other readout reports it
 * elsewhere was not estimated (the aligner's one-sided model ran on the links it made), so the
 * wording claims neither "only in" nor "not in": "Checked" turns it into the analyst's "only in …".
 */
export function notSamePointWording(other: { label: string }, partners: readonly SentenceId[]): string {
  return `${NOT_SAME_POINT}${other.label} ${partners.join(', ')}`;
}

/**
 * The side with its coverage for the sentences in `paired`: the machine's coverage,
 * with the words of the sentences whose pairing changed added or taken away (counting
 * the words of every sentence again would take most of the time of a correction).
 */
function withCoverage(side: ComparedSide, wasUnpaired: ReadonlySet<string>, paired: ReadonlySet<string>): ComparedSide {
  if (side.words === 0) return { ...side, coverage: 0 };
  let covered = side.coverage * side.words;
  for (const s of side.sentences) {
    const was = !wasUnpaired.has(s.id);
    const now = paired.has(s.id);
    if (was !== now) covered += (now ? 1 : -1) * countWords(s.text, side.language);
  }
  return { ...side, coverage: Math.round(covered) === 0 ? 0 : Math.min(1, Math.max(0, covered / side.words)) };
}

/** Whether the aligner linked sentences `a` and `b` (a correction's `machineLinked`). */
export function machineLinked(comparison: Comparison, a: SentenceId | null, b: SentenceId | null): boolean {
  return a !== null && b !== null && comparison.pairs.some((p) => p.by !== 'analyst' && p.a.includes(a) && p.b.includes(b));
}

/** Whether a correction changes the comparison now (`machine` as aligned, `corrected` with the corrections applied), for the list of corrections. */
export function correctionEffect(machine: Comparison, corrected: Comparison, c: Correction): 'applied' | 'orphan' | 'no-effect' {
  if (c.status === 'orphan') return 'orphan';
  const a = c.a?.sentence ?? null;
  const b = c.b?.sentence ?? null;
  const pair = a && b ? corrected.pairs.find((p) => p.a.includes(a) && p.b.includes(b)) : undefined;
  if (c.op === 'link') return pair?.by === 'analyst' ? 'applied' : 'no-effect';
  if (c.op === 'unlink') return !pair && machineLinked(machine, a, b) ? 'applied' : 'no-effect';
  if (a && b) return pair?.checked ? 'applied' : 'no-effect';
  return corrected.omissions.some((o) => o.id === (a ?? b) && o.checked) ? 'applied' : 'no-effect';
}

/**
 * The corrections found again in the comparison's texts as they are (orphans kept),
 * and the comparison with them applied: what opening a saved comparison gives.
 */
export function correctComparison(machine: Comparison, corrections: readonly Correction[], texts: { a: string; b: string }): { comparison: Comparison; corrections: Correction[] } {
  const anchored = reanchorCorrections(corrections, texts, { a: machine.a.sentences, b: machine.b.sentences });
  return { comparison: applyCorrections(machine, anchored), corrections: anchored };
}
