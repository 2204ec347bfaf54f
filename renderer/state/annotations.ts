/**
 * The analyst's work on the comparison on screen, as the view holds it: the
 * annotations and labels, where they are marked, the file they belong to, and the
 * undo history; plus the annotation being written (the draft). Pure functions over
 * the model (shared/annotations/model.ts): ids and the clock come from the caller.
 * view.ts applies them for its actions.
 */
import type { AnchorReport } from '../../shared/annotations/anchor';
import {
  addAnnotation, addLabel, createAnnotation, deleteAnnotation, editAnnotation, mergeLabels, passageAt, restoreAnnotation, rowTarget,
  type Annotation, type AnnotationLink, type AnnotationSource, type Target,
} from '../../shared/annotations/model';
import type { Comparison } from '../../shared/compare/compare';
import type { Correction } from '../../shared/corrections/model';
import type { LoadedComparison, SourceMetas } from '../../shared/ipc/contract';
import type { SentenceId, Side, SourceMeta } from '../../shared/model/types';
import { metasOf, type DetailsSource } from '../../shared/view/source-details';
import { annotationMarks, NO_MARKS, type AnnotationMarks } from '../../shared/view/annotations';
import type { Row } from '../../shared/view/rows';
import { sentenceOf } from '../../shared/view/sentence-of';

/** A change the analyst can undo. */
export type UndoEntry =
  | { kind: 'create'; annotation: Annotation }
  | { kind: 'edit'; before: Annotation }
  | { kind: 'delete'; annotation: Annotation; index: number }
  /** A source's details edited: what they were. */
  | { kind: 'details'; source: DetailsSource; before: SourceMeta }
  /** The corrections of the alignment changed (`what`: "a1 and b2 linked"): what they were. */
  | { kind: 'corrections'; before: Correction[]; what: string };

/** A change undone, to redo: the entry that puts it back, and how the change is told. */
export interface RedoEntry {
  entry: UndoEntry;
  wording: string;
}

/** How many changes can be undone. */
export const UNDO_DEPTH = 50;

/** The analyst's work on the comparison on screen. */
export interface Work {
  /** Main's number for the comparison (requests about the work name it). */
  document: number;
  /** The comparison file it belongs to, or null. */
  path: string | null;
  /** Whether it holds changes not saved in that file. */
  unsaved: boolean;
  annotations: Annotation[];
  /** The labels offered: the defaults, then the analyst's own. */
  labels: string[];
  /** What anchoring found when the comparison was opened, by annotation id. */
  reports: Readonly<Record<string, AnchorReport>>;
  marks: AnnotationMarks;
  /** Counts the changes to the work (annotations, labels, manual links): each is autosaved. */
  seq: number;
  /** The changes to undo, latest last. */
  undo: UndoEntry[];
  /** The changes undone, to redo, latest last; emptied by any new change. */
  redo: RedoEntry[];
  /** The analyst's corrections of the alignment (shared/corrections/): not annotations, never counted as such. */
  corrections: Correction[];
  /** The sources' details as the analyst edited them (or as loaded); null before anything is loaded. */
  sources: SourceMetas | null;
}

/** No work: before anything is loaded. */
export const NO_WORK: Work = { document: 0, path: null, unsaved: false, annotations: [], labels: mergeLabels([]), reports: {}, marks: NO_MARKS, seq: 0, undo: [], redo: [], corrections: [], sources: null };

/** The annotations whose passage anchoring found changed (reported on load). */
function changedIds(reports: Readonly<Record<string, AnchorReport>>): Record<string, true> {
  const out: Record<string, true> = {};
  for (const r of Object.values(reports)) if (r.changed.length > 0) out[r.id] = true;
  return out;
}

/** The work a comparison arrives with (opened from a file, restored, or none). */
export function workOf(loaded: LoadedComparison): Work {
  const reports: Record<string, AnchorReport> = {};
  for (const r of loaded.anchoring) reports[r.id] = r;
  return {
    document: loaded.document, path: loaded.path, unsaved: loaded.unsaved,
    annotations: loaded.annotations, labels: mergeLabels(loaded.labels, loaded.annotations), reports,
    marks: annotationMarks(loaded.annotations, loaded.comparison, changedIds(reports)), seq: 0, undo: [], redo: [], sources: metasOf(loaded), corrections: loaded.corrections ?? [],
  };
}

/** The work after a change: new annotations or labels, marks recomputed, counted as unsaved. */
export function changed(work: Work, comparison: Comparison, next: WorkChanges & { labels?: string[]; undo?: UndoEntry[]; redo?: RedoEntry[] }): Work {
  const annotations = next.annotations ?? work.annotations;
  return {
    ...work, annotations, labels: next.labels ?? work.labels, sources: next.sources ?? work.sources, undo: (next.undo ?? work.undo).slice(-UNDO_DEPTH),
    redo: next.redo ?? [], corrections: next.corrections ?? work.corrections,
    marks: annotations === work.annotations ? work.marks : annotationMarks(annotations, comparison, work.marks.changed),
    unsaved: true, seq: work.seq + 1,
  };
}

/** An annotation being written: a new one (`id` null) or an edit. */
export interface AnnotationDraft {
  id: string | null;
  target: Target;
  label: string;
  note: string;
  links: AnnotationLink[];
}

/** The texts of the sources, as the model takes them. */
export interface SourceTexts {
  a: string;
  b: string;
  article: string | null;
}

/** The passage `start`–`end` of a source, white space at its ends left out; null when nothing but white space is left. */
export function passageTarget(source: AnnotationSource, texts: SourceTexts, start: number, end: number): Target | null {
  const text = texts[source];
  if (text === null) return null;
  let [from, to] = [Math.max(0, Math.min(start, end)), Math.min(text.length, Math.max(start, end))];
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return from < to ? { kind: 'passage', ...passageAt(source, text, from, to) } : null;
}

/** A whole row as a target: every sentence of it, A's then B's. */
export function rowTargetOf(row: Row, comparison: Comparison, texts: SourceTexts): Target {
  const sentences = (['a', 'b'] as const).flatMap((side: Side) => row[side].map((id: SentenceId) => ({ source: side, sentence: sentenceOf(comparison[side], id)! })));
  return rowTarget(sentences, texts);
}

/** A draft for a new annotation on `target`, with the label used last (or "note"). */
export function newDraft(target: Target, lastLabel: string | null): AnnotationDraft {
  return { id: null, target, label: lastLabel ?? 'note', note: '', links: [] };
}

/** A draft editing `annotation`. */
export function editDraft(annotation: Annotation): AnnotationDraft {
  return { id: annotation.id, target: annotation.target, label: annotation.label, note: annotation.note, links: annotation.links };
}

/** The work with the draft saved: a new annotation (`id`, `now` from the caller) or the edit; and the annotation's id. */
export function saveDraft(work: Work, draft: AnnotationDraft, comparison: Comparison, id: string, now: string): { work: Work; saved: string; created: boolean } {
  const labels = addLabel(work.labels, draft.label);
  if (draft.id === null) {
    const annotation = createAnnotation({ id, now, label: draft.label, note: draft.note, target: draft.target, links: draft.links });
    return { work: changed(work, comparison, { annotations: addAnnotation(work.annotations, annotation), labels, undo: [...work.undo, { kind: 'create', annotation }] }), saved: id, created: true };
  }
  const edited = editAnnotation(work.annotations, draft.id, { label: draft.label, note: draft.note, links: draft.links }, now);
  if (!edited) return { work, saved: draft.id, created: false };
  return { work: changed(work, comparison, { annotations: edited.annotations, labels, undo: [...work.undo, { kind: 'edit', before: edited.before }] }), saved: draft.id, created: false };
}

/** The work without annotation `id` (undoable); null when there is none. */
export function deleteFromWork(work: Work, comparison: Comparison, id: string): { work: Work; deleted: Annotation } | null {
  const d = deleteAnnotation(work.annotations, id);
  if (!d) return null;
  return { work: changed(work, comparison, { annotations: d.annotations, undo: [...work.undo, { kind: 'delete', annotation: d.deleted, index: d.index }] }), deleted: d.deleted };
}

/** What an undo or a redo puts back. */
interface WorkChanges {
  annotations?: Annotation[];
  sources?: SourceMetas;
  corrections?: Correction[];
}

/** What putting back `entry` changes, and the entry that would put it back again (for redo, or undo after a redo); null when it no longer applies. */
function revert(work: Work, entry: UndoEntry): { changes: WorkChanges; inverse: UndoEntry } | null {
  switch (entry.kind) {
    case 'details': {
      const now = work.sources?.[entry.source];
      if (!work.sources || !now) return null;
      return { changes: { sources: { ...work.sources, [entry.source]: entry.before } }, inverse: { kind: 'details', source: entry.source, before: now } };
    }
    case 'corrections':
      return { changes: { corrections: entry.before }, inverse: { kind: 'corrections', before: work.corrections, what: entry.what } };
    case 'create': {
      const d = deleteAnnotation(work.annotations, entry.annotation.id);
      return d && { changes: { annotations: d.annotations }, inverse: { kind: 'delete', annotation: d.deleted, index: d.index } };
    }
    case 'edit': {
      const now = work.annotations.find((a) => a.id === entry.before.id);
      return now ? { changes: { annotations: restoreAnnotation(work.annotations, entry.before) }, inverse: { kind: 'edit', before: now } } : null;
    }
    case 'delete':
      return { changes: { annotations: restoreAnnotation(work.annotations, entry.annotation, entry.index) }, inverse: { kind: 'create', annotation: entry.annotation } };
  }
}

/** The work with its last change undone (it can be redone), and what was undone; null when there is nothing to undo. */
export function undoLast(work: Work, comparison: Comparison): { work: Work; undone: UndoEntry } | null {
  const last = work.undo[work.undo.length - 1];
  const back = last && revert(work, last);
  if (!last || !back) return null;
  const redo = [...work.redo, { entry: back.inverse, wording: undoWording(last, work.marks.numbers) }];
  return { work: changed(work, comparison, { ...back.changes, undo: work.undo.slice(0, -1), redo }), undone: last };
}

/** The work with the last change undone done again, and how that change is told; null when there is nothing to redo. */
export function redoLast(work: Work, comparison: Comparison): { work: Work; redone: UndoEntry; wording: string } | null {
  const last = work.redo[work.redo.length - 1];
  const again = last && revert(work, last.entry);
  if (!last || !again) return null;
  return { work: changed(work, comparison, { ...again.changes, undo: [...work.undo, again.inverse], redo: work.redo.slice(0, -1) }), redone: last.entry, wording: last.wording };
}

/** The work with a source's details edited (undoable); the work as it is when nothing changed. */
export function editDetails(work: Work, comparison: Comparison, source: DetailsSource, meta: SourceMeta): Work {
  const before = work.sources?.[source];
  if (!work.sources || !before || JSON.stringify(before) === JSON.stringify(meta)) return work;
  return changed(work, comparison, { sources: { ...work.sources, [source]: meta }, undo: [...work.undo, { kind: 'details', source, before }] });
}

/** How an undoable change is told: "Annotation 3 deleted", "Details of Kremlin changed". */
export function undoWording(entry: UndoEntry, numbers: Readonly<Record<string, number>>): string {
  if (entry.kind === 'details') return `Details of ${entry.before.label} changed`;
  if (entry.kind === 'corrections') return entry.what;
  const a = entry.kind === 'edit' ? entry.before : entry.annotation;
  const name = numbers[a.id] ? `Annotation ${numbers[a.id]}` : 'The annotation';
  return `${name} (${a.label}) ${entry.kind === 'create' ? 'added' : entry.kind === 'edit' ? 'changed' : 'deleted'}`;
}
