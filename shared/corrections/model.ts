/**
 * Corrections: the analyst's word on the alignment. "These two report the same
 * point" (`link`), "these two do not" (`unlink`, a machine link taken away), and
 * "I checked this" (`confirm`, a machine link or an omission, left as it is).
 *
 * Each end is stored as a row annotation's sentences are (shared/annotations/model.ts):
 * the sentence's id when made and its W3C quote and position selectors, so that
 * when a text changes the correction follows its sentences, or becomes an orphan
 * (kept, never moved onto other sentences, never applied). Pure data and pure
 * functions: ids and the clock come from the caller.
 */
import { anchorPassage, type SourceSentences, type SourceTexts } from '../annotations/anchor';
import { passageAt, type AnchorStatus, type RowSentence } from '../annotations/model';
import type { Sentence, SentenceId, Side } from '../model/types';

/** What a correction says. */
export type CorrectionOp = 'link' | 'unlink' | 'confirm';

/** Who made a link or an omission: the aligner, or the analyst through a correction. */
export type By = 'machine' | 'analyst';

/** One correction. `link` and `unlink` have both ends; `confirm` has both (a link) or one (an omission). */
export interface Correction {
  /** Stable id, made by the caller; never reused in a comparison. */
  id: string;
  op: CorrectionOp;
  /** The sentence of readout A, or null for a confirmed omission of B. */
  a: RowSentence | null;
  /** The sentence of readout B, or null for a confirmed omission of A. */
  b: RowSentence | null;
  /** ISO 8601 date-time when it was made. */
  created: string;
  /** `orphan` when an end could not be found in the text as it is: kept, not applied. */
  status: AnchorStatus;
}

/** The ends of a correction, by sentence id (current after re-anchoring). */
export interface CorrectionEnds {
  a: SentenceId | null;
  b: SentenceId | null;
}

/** `a3|b5`, `a3|`, `|b5`: the key of a pair of ends (one link or one omission). */
export function endsKey(ends: CorrectionEnds): string {
  return `${ends.a ?? ''}|${ends.b ?? ''}`;
}

/** The key of a correction's ends. */
export function correctionKey(c: Correction): string {
  return endsKey({ a: c.a?.sentence ?? null, b: c.b?.sentence ?? null });
}

/** What {@link createCorrection} needs. */
export interface NewCorrection {
  id: string;
  /** ISO 8601 date-time, from the caller's clock. */
  now: string;
  op: CorrectionOp;
  a: Sentence | null;
  b: Sentence | null;
  texts: Readonly<Record<Side, string>>;
}

/** A new correction (anchored: made on the texts as they are). Throws when its ends do not fit its op. */
export function createCorrection(input: NewCorrection): Correction {
  const { op, a, b } = input;
  if (op !== 'confirm' && (!a || !b)) throw new RangeError(`createCorrection: a ${op} needs a sentence on each side`);
  if (!a && !b) throw new RangeError('createCorrection: a correction needs at least one sentence');
  const end = (side: Side, s: Sentence | null): RowSentence | null =>
    (s ? { ...passageAt(side, input.texts[side], s.start, s.end), source: side, sentence: s.id } : null);
  return { id: input.id, op, a: end('a', a), b: end('b', b), created: input.now, status: 'anchored' };
}

/**
 * The list with `correction` recorded. A correction on the same ends replaces the
 * earlier one, and one that undoes an earlier correction removes it instead: a
 * `link` where the analyst had unlinked, an `unlink` of the analyst's own link.
 * `machineLinked` says whether the aligner linked these ends: linking what it
 * linked, or unlinking what it did not, changes nothing but dropping the
 * correction that said otherwise.
 */
export function addCorrection(list: readonly Correction[], correction: Correction, machineLinked: boolean): Correction[] {
  const key = correctionKey(correction);
  const others = list.filter((c) => c.status === 'orphan' || correctionKey(c) !== key);
  const redundant = (correction.op === 'link' && machineLinked) || (correction.op === 'unlink' && !machineLinked);
  return redundant ? others : [...others, correction];
}

/** The list without correction `id`, the correction and where it was (for undo); null when there is none. */
export function removeCorrection(list: readonly Correction[], id: string): { corrections: Correction[]; removed: Correction; index: number } | null {
  const index = list.findIndex((c) => c.id === id);
  if (index < 0) return null;
  return { corrections: list.filter((_, i) => i !== index), removed: list[index]!, index };
}

/**
 * Finds each correction's sentences in the texts as they are now (as row annotations
 * are found: the quote decides). Anchored: the new selectors and the current sentence
 * ids. Orphan: the last selectors kept, only the status changes.
 */
export function reanchorCorrections(list: readonly Correction[], texts: Pick<SourceTexts, 'a' | 'b'>, sentences: SourceSentences): Correction[] {
  return list.map((c) => {
    const ends = [c.a, c.b].map((end) => (end ? { end, found: anchorPassage(end, texts[end.source]) } : null));
    if (ends.some((e) => e && e.found.status === 'orphan')) return { ...c, status: 'orphan' };
    const moved = (e: (typeof ends)[number]): RowSentence | null => {
      if (!e || e.found.status !== 'anchored') return null;
      const p = e.found.passage;
      const now = sentences[e.end.source].find((s) => s.start <= p.position.start && p.position.start < s.end);
      // The passage must still be most of one sentence: one split or merged into others is an orphan, not moved.
      if (!now || overlap(now, p.position) < 0.5 * Math.max(now.end - now.start, p.position.end - p.position.start)) return null;
      return { ...p, source: e.end.source, sentence: now.id };
    };
    const a = moved(ends[0]!);
    const b = moved(ends[1]!);
    if ((c.a && !a) || (c.b && !b)) return { ...c, status: 'orphan' };
    return { ...c, a, b, status: 'anchored' };
  });
}

function overlap(x: { start: number; end: number }, y: { start: number; end: number }): number {
  return Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
}

/** A short description of a correction for lists: "a3 ↔ b5 linked", "a7 checked". */
export function describeCorrection(c: Correction): string {
  const ends = [c.a?.sentence, c.b?.sentence].filter((x) => x !== undefined).join(' ↔ ');
  const what = c.op === 'link' ? 'linked by you' : c.op === 'unlink' ? 'not the same point' : 'checked by you';
  return `${ends}: ${what}${c.status === 'orphan' ? ' (not found in the text as it is)' : ''}`;
}

/**
 * "1 correction of the pairing could not be found in the current text: kept but not
 * applied": the same words in the app's notice and the terminal's warning.
 */
export function lostCorrectionsWording(n: number): string {
  return `${n === 1 ? '1 correction' : `${n} corrections`} of the pairing could not be found in the current text: kept but not applied`;
}

const DONE_BY_THE_ANALYST: Record<CorrectionOp, string> = { link: 'linked by the analyst', unlink: 'unlinked by the analyst', confirm: 'checked by the analyst' };

/** A correction as the terminal and the JSON name it: "a1 ↔ b2 linked by the analyst", "a7 checked by the analyst". */
export function correctionSummary(c: Correction): string {
  return `${[c.a?.sentence, c.b?.sentence].filter((x) => x !== undefined).join(' ↔ ')} ${DONE_BY_THE_ANALYST[c.op]}`;
}
