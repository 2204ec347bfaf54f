/**
 * The documents main holds, as a state machine: a pure `documentsStep(state, event) →
 * { state, effects }` in the style of session.ts. Its state: the comparison on screen
 * (`current`, with the analyst's latest work, its file and the text it was last saved
 * as), the number the next one gets, a save refused until the analyst agrees to replace
 * the file, the backup the last failed open offered, and the autosave's last error.
 * comparison-file.ts is its shell: it reads, writes, asks and compares, steps this with
 * what happened, and carries out the one effect (`autosave`).
 */
import type { ArticleAnalysis } from '../../shared/model/article';
import type { ClaimsFile } from '../../shared/article/claims-schema';
import type { Comparison } from '../../shared/compare/compare';
import { relabel } from '../../shared/compare/wording';
import { mergeLabels } from '../../shared/annotations/model';
import { readoutsFile, serializeReadoutsFile, type ReadoutsFile } from '../../shared/file/readouts-file';
import type { ComparisonEdits, SourceOrigin } from '../../shared/ipc/contract';
import type { SourceDoc } from '../../shared/model/types';

/** What the readouts of a document are about, as loaded. */
export interface DocumentSources {
  event: string | null;
  date: string | null;
  /** The embedded sample's id, when the comparison is one. */
  sample?: string;
  a: SourceDoc;
  b: SourceDoc;
  comparison: Comparison;
  /** The article and the curated claims file it came with (null when its claims are extracted). */
  article: { doc: SourceDoc; claims: ClaimsFile | null } | null;
  /** How each readout read now was taken out of its file (none for texts from a comparison file). */
  origins?: { a?: SourceOrigin; b?: SourceOrigin };
}

/** The comparison on screen, as main keeps it. */
export interface Doc extends DocumentSources {
  /** Its number (`LoadedComparison.document`): a new one for each comparison adopted. */
  id: number;
  /** The article's analysis as last computed (manual links as they were then; the edits hold the latest). */
  analysis: ArticleAnalysis | null;
  edits: ComparisonEdits;
  /** The comparison file it belongs to, or null. */
  path: string | null;
  /** The file's text when it was last opened, saved or made: work differs from it when it is unsaved ('' for restored work that was never saved). */
  baseline: string;
  /** Whether the analyst edited a source's details (work to keep, like annotations). */
  metaEdited: boolean;
}

export interface DocumentsState {
  /** The app's version, written as `savedBy` (the saved text a document is compared with depends on it). */
  savedBy: string;
  current: Doc | null;
  /** The number the next document adopted gets. */
  nextId: number;
  /** The path a save was refused for (damaged, newer, not a comparison), until the user agrees to replace it. */
  refused: string | null;
  /** The backup the last failed open offered. */
  offeredBackup: string | null;
  /** Why the last autosave failed; null when it succeeded (or none ran). */
  autosaveError: string | null;
}

export type DocumentsEvent =
  /** `sources` become the comparison on screen with `edits`, belonging to the file `path`; `asSaved`: its work is as that file (or new work) holds it. */
  | { type: 'adopt'; sources: DocumentSources; analysis: ArticleAnalysis | null; edits: ComparisonEdits; path: string | null; asSaved: boolean }
  /** An article (re)analysed for the comparison on screen, with its annotations anchored again (`edits`). */
  | { type: 'set-article'; article: DocumentSources['article']; analysis: ArticleAnalysis | null; edits: ComparisonEdits }
  /** The renderer's latest work on document `document`; `autosave` when it is to be autosaved now. */
  | { type: 'work'; document: number; edits: ComparisonEdits; autosave: boolean }
  /** Document `document` was saved to `path` as `text`. */
  | { type: 'saved'; document: number; path: string; text: string }
  /** A save was refused, or ended: `path` waits for the analyst's agreement to be replaced (null: nothing waits). */
  | { type: 'refuse'; path: string | null }
  /** An open failed (`backup`: the backup it offers) or succeeded (null). */
  | { type: 'offer-backup'; backup: string | null }
  /** The autosave ran: `error` says why it failed, null when it succeeded. */
  | { type: 'autosaved'; error: string | null };

export type DocumentsEffect =
  /** Autosave `doc` (debounced): its file, and the note saying which file it belongs to. */
  | { type: 'autosave'; doc: Doc; file: ReadoutsFile; text: string; unsaved: boolean }
  /** The request was for document that is no longer on screen. */
  | { type: 'stale' };

export interface DocumentsStep {
  state: DocumentsState;
  effects: DocumentsEffect[];
}

/** No document yet. */
export function initialDocuments(savedBy: string): DocumentsState {
  return { savedBy, current: null, nextId: 1, refused: null, offeredBackup: null, autosaveError: null };
}

/** Whether `edits` hold anything of the analyst's. */
export function hasWork(edits: ComparisonEdits): boolean {
  return edits.annotations.length > 0 || edits.manualLinks.length > 0 || (edits.corrections?.length ?? 0) > 0 || mergeLabels(edits.labels).length > mergeLabels([]).length;
}

/** `doc` as a comparison file, saved by `savedBy`. */
export function fileOf(doc: Doc, savedBy: string): ReadoutsFile {
  return readoutsFile({
    savedBy, event: doc.event, date: doc.date, a: doc.a, b: doc.b,
    article: doc.article && { doc: doc.article.doc, claims: doc.article.claims, manualLinks: doc.edits.manualLinks },
    annotations: doc.edits.annotations, labels: doc.edits.labels, corrections: doc.edits.corrections ?? [],
  });
}

/** Whether `doc` holds work its file (or, for new work, nothing) does not. */
export function isUnsaved(doc: Doc, savedBy: string): boolean {
  return doc.baseline === '' ? hasWork(doc.edits) || doc.path !== null : serializeReadoutsFile(fileOf(doc, savedBy)) !== doc.baseline;
}

/**
 * `doc` with the analyst's latest work: the edits kept, and the sources' details as
 * edited (the readouts' labels in the comparison and its omission wording follow;
 * the alignment stays). A new value; `doc` is unchanged.
 */
export function withEdits<D extends DocumentSources & { edits: ComparisonEdits; metaEdited: boolean }>(doc: D, edits: ComparisonEdits): D {
  const next: D = { ...doc, edits };
  const metas = edits.sources;
  if (!metas) return next;
  const same = (x: object, y: object) => JSON.stringify(x) === JSON.stringify(y);
  // The text, language and completeness are the file's: only the details the form edits are taken.
  const edited = (was: SourceDoc['meta'], now: SourceDoc['meta']): SourceDoc['meta'] =>
    ({ ...was, label: now.label, publisher: now.publisher, title: now.title, date: now.date, url: now.url });
  const a = edited(doc.a.meta, metas.a);
  const b = edited(doc.b.meta, metas.b);
  const article = doc.article && metas.article ? edited(doc.article.doc.meta, metas.article) : null;
  if (!same(a, doc.a.meta)) { next.a = { ...doc.a, meta: a }; next.metaEdited = true; }
  if (!same(b, doc.b.meta)) { next.b = { ...doc.b, meta: b }; next.metaEdited = true; }
  if (doc.article && article && !same(article, doc.article.doc.meta)) {
    next.article = { ...doc.article, doc: { ...doc.article.doc, meta: article } };
    next.metaEdited = true;
  }
  next.comparison = relabel(doc.comparison, { a: next.a.meta.label, b: next.b.meta.label });
  return next;
}

/** The effect that autosaves `doc`. */
function autosave(doc: Doc, savedBy: string): DocumentsEffect {
  const file = fileOf(doc, savedBy);
  return { type: 'autosave', doc, file, text: serializeReadoutsFile(file), unsaved: isUnsaved(doc, savedBy) };
}

/** `state` with `doc` on screen, autosaved. */
function showing(state: DocumentsState, doc: Doc, more: Partial<DocumentsState> = {}): DocumentsStep {
  return { state: { ...state, ...more, current: doc }, effects: [autosave(doc, state.savedBy)] };
}

export function documentsStep(state: DocumentsState, event: DocumentsEvent): DocumentsStep {
  const current = state.current;
  switch (event.type) {
    case 'adopt': {
      const doc: Doc = { ...event.sources, id: state.nextId, analysis: event.analysis, edits: event.edits, path: event.path, baseline: '', metaEdited: false };
      if (event.asSaved) doc.baseline = serializeReadoutsFile(fileOf(doc, state.savedBy));
      return showing(state, doc, { nextId: state.nextId + 1, refused: null });
    }
    case 'set-article':
      if (!current) return { state, effects: [{ type: 'stale' }] };
      return showing(state, { ...current, article: event.article, analysis: event.analysis, edits: event.edits });
    case 'work': {
      if (!current || current.id !== event.document) return { state, effects: [{ type: 'stale' }] };
      const doc = withEdits(current, event.edits);
      return event.autosave ? showing(state, doc) : { state: { ...state, current: doc }, effects: [] };
    }
    case 'saved':
      // a save that ended after another comparison took the screen changes nothing on screen
      if (!current || current.id !== event.document) return { state: { ...state, refused: null }, effects: [] };
      return showing(state, { ...current, path: event.path, baseline: event.text }, { refused: null });
    case 'refuse':
      return { state: { ...state, refused: event.path }, effects: [] };
    case 'offer-backup':
      return { state: { ...state, offeredBackup: event.backup }, effects: [] };
    case 'autosaved':
      return { state: { ...state, autosaveError: event.error }, effects: [] };
  }
}
