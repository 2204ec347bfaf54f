/**
 * How sure the comparison is of a row, in words read first with the row (its accessible
 * text) and shown in its footer: "weak match (link confidence 0.57)" for a matched row all
 * of whose links are weak, "one-sided confidence 0.61" for a one-sided statement the
 * aligner left; null when there is nothing to hedge (a confident match, the analyst's).
 */
import { confidenceText } from '../align/strength';
import type { Comparison, Omission } from '../compare/compare';
import { omissionKind, omissionOf, oneSidedKind } from '../compare/one-sided';
import { machineLinkWording } from '../compare/wording';
import { isWeakRow } from './corrections';
import type { Row } from './rows';

export function rowCertainty(row: Row, comparison: Pick<Comparison, 'omissions'>): string | null {
  if (row.kind === 'matched') {
    if (!isWeakRow(row.pairs)) return null;
    return `weak match (${row.pairs.map((p) => confidenceText(p.confidence, 'link')).join(', ')})`;
  }
  // A heading or announcing line (omissions[].structure) is worded as such: no one-sided figure (tester 9, V8).
  // The omissions are looked up in an index made once per comparison (shared/compare/one-sided.ts), not scanned per row.
  const figures = [...row.a, ...row.b].flatMap((id) => {
    const o = omissionOf(comparison, id);
    return o && o.by !== 'analyst' && omissionKind(o) === 'counted' && typeof o.confidence === 'number' ? [confidenceText(o.confidence, 'one-sided')] : [];
  });
  return figures.length > 0 ? figures.join(', ') : null;
}

/**
 * For a statement the analyst unlinked, what the aligner had said of the link taken away: "the analysis
 * had linked it to b4 with link confidence 0.83", shown after the analyst's "not the same point as …"
 * (the row's wording); null for any other row (tester 16).
 */
export function rowMachineLink(row: Row, comparison: Pick<Comparison, 'omissions'>): string | null {
  if (row.kind === 'matched') return null;
  const said = [...row.a, ...row.b].flatMap((id) => machineLinkWording(omissionOf(comparison, id)) ?? []);
  return said.length > 0 ? said.join('; ') : null;
}

/** The row's kind as a screen reader hears it first: its certainty before what the row is; an unlinked statement's aligner's link after it. */
export function rowKindLabel(row: Row, comparison: Pick<Comparison, 'omissions'>): string {
  const certainty = rowCertainty(row, comparison) ?? rowMachineLink(row, comparison);
  if (row.kind === 'matched') {
    const words = row.changed ? 'worded differently' : 'same words';
    return certainty ? `${certainty.charAt(0).toUpperCase()}${certainty.slice(1)}, ${words}` : `Matched, ${words}`;
  }
  // What "probably" has meant in measurement (tester 10, T4) is the gap marker's title and the PDF legend's, not
  // said again on every row a screen reader reads (the lead, at the merge: 60 words per hedged row).
  return certainty ? `${row.wording ?? ''}, ${certainty}` : (row.wording ?? '');
}

/**
 * How sure a one-sided statement is, in the app's, the terminal's and the PDF's words: the aligner's
 * "one-sided confidence 0.61" (kept when the analyst checked it, which the caller says), "decided by an
 * analyst" for one the analyst unlinked and checked; for one the analyst only unlinked, that nobody
 * estimated it (tester 9, V5: it read "decided by an analyst" although the
 * analyst had said only "not the same point"), then what the aligner had said of the link taken away
 * ("the analysis had linked it to b4 with link confidence 0.83", tester 16).
 */
export function omissionCertainty(o: Pick<Omission, 'confidence' | 'unlinked' | 'machineLink'> | undefined): string {
  if (o?.unlinked === true) return ['one-sided not estimated', machineLinkWording(o)].filter(Boolean).join('; ');
  return confidenceText(o?.confidence ?? null, 'one-sided');
}

/** Whether a one-sided row holds only headings or announcing lines (omissions[].structure): shown muted. */
export function isStructuralRow(row: Row, comparison: Pick<Comparison, 'omissions'>): boolean {
  if (row.kind === 'matched') return false;
  const ids = [...row.a, ...row.b];
  return ids.length > 0 && ids.every((id) => oneSidedKind(comparison, id) === 'structural');
}
