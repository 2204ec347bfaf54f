/**
 * The comparison on screen as a document: the readouts and article main loaded,
 * the analyst's work on them (annotations, labels, manual links, reported by the
 * renderer after every change), and the `.readouts` file it belongs to. Saving,
 * opening, exporting, the autosave and restoring it at start live here, over the
 * store (node/store/); Electron only supplies the native dialogs, as an `AskPath`.
 *
 * Nothing the analyst did is ever lost:
 * - every change is autosaved to `<userData>/autosave.readouts` (debounced), and
 *   restored at start, with a small note beside it (`restore.json`) saying which
 *   file the work belongs to and whether it was saved there;
 * - before another comparison replaces one with unsaved work, that work is kept in
 *   `<userData>/unsaved/` and the analyst is told where;
 * - an autosave that cannot be read at start is moved aside, never overwritten;
 * - files that are damaged, from a newer version or not comparisons are replaced
 *   only after the analyst agreed (the store refuses otherwise).
 */
import { languageMismatch } from '../../shared/text/detect-language';
import { createHash } from 'node:crypto';
import { access, mkdir, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { reanchorAll, type AnchorReport } from '../../shared/annotations/anchor';
import type { ExportFormat } from '../../shared/annotations/export';
import { exportContext } from '../../shared/annotations/export-context';
import { correctComparison } from '../../shared/corrections/apply';
import { mergeLabels } from '../../shared/annotations/model';
import { lostCorrectionsWording, reanchorCorrections, type Correction } from '../../shared/corrections/model';
import { fileSources, READOUTS_EXTENSION, serializeReadoutsFile, type ReadoutsFile } from '../../shared/file/readouts-file';
import type { ComparisonEdits, EditsRequest, LoadedComparison, Notice, Result, ResultError, SavedComparison, SaveMode } from '../../shared/ipc/contract';
import type { ArticleAnalysis } from '../../shared/model/article';
import { writeAtomically } from '../store/atomic-write';
import type { WriteRefusal } from '../store/write-target';
import { createAutosaver, type Autosaver } from '../store/autosave';
import { readTextFile } from '../read-text';
import { loadComparison, MAX_COMPARISON_BYTES, removeStaleTemporaries, saveComparison, type SaveResult, type StoreError } from '../store/comparison-store';
import { exportComparisonAnnotations } from '../store/export';
import { restorePath } from '../store/restore';
import { documentsStep, fileOf, hasWork, initialDocuments, isUnsaved, type Doc, type DocumentsEffect, type DocumentsEvent, type DocumentsState, type DocumentSources } from './documents';
import type { Comparer } from './worker-comparer';
import { withNotice } from './notices';

/** What a native dialog is asked for. */
export interface PathRequest {
  /** Save a comparison, open one, export annotations, or export the report as PDF. */
  purpose: 'save' | 'open' | 'export' | 'report';
  /** The file name to suggest (save, export). */
  name?: string;
  /** The folder to start in, when known. */
  dir?: string;
  /** The export format (export). */
  format?: ExportFormat;
}

/** A request that may change the comparison on screen: whether it still may once its work is done, and what cancels that work. */
export interface Ticket {
  mayShow(): boolean;
  signal?: AbortSignal;
}

/** Asks the user for a path: a native dialog in Electron, the test's choice in the browser tests; null when cancelled. */
export type AskPath = (request: PathRequest) => Promise<string | null>;

/** The file name extension of each export format. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { jsonld: '.jsonld', csv: '.csv', md: '.md' };

export type { DocumentSources } from './documents';

/** How a document came to be on screen. */
export type Arrival =
  /** Compared afresh (a sample, two files): new work. */
  | { how: 'new' }
  /** Opened from a comparison file, or its backup (then it belongs to no file). */
  | { how: 'opened'; path: string | null; file: ReadoutsFile; notices?: readonly string[] }
  /** Restored from the autosave at start. */
  | { how: 'restored'; file: ReadoutsFile; path: string | null; unsaved: boolean };

/** Options of {@link createComparisonFiles}. */
export interface ComparisonFileOptions {
  /** Compares readouts and analyses the article (in a worker thread, in the app). */
  comparer: Comparer;
  /** Electron's userData folder: where the autosave lives. Without it nothing is autosaved or restored. */
  userData?: string;
  /** The app's version, written as `savedBy`. */
  appVersion: string;
  /** The clock (ISO time for names of kept work). */
  now?: () => Date;
  /** Autosave's quiet time, in ms (default 1,000). */
  autosaveDelayMs?: number;
}

/** The note beside the autosave: which file its work belongs to, for the autosave whose text has `autosave` as SHA-256. */
const restoreNoteSchema = z.object({
  autosave: z.string(),
  path: z.string().nullable(),
  unsaved: z.boolean(),
  sample: z.string().nullable().optional(),
});
type RestoreNote = z.infer<typeof restoreNoteSchema>;

/** A comparison the autosave holds, and what the note beside it says. */
export interface Restorable {
  file: ReadoutsFile;
  /** The comparison file the work belongs to, or null. */
  path: string | null;
  /** Whether the work was not saved in that file (true when unknown). */
  unsaved: boolean;
  /** The embedded sample it is, when it is one. */
  sample: string | null;
}

/** The note's file beside the autosave. */
export const RESTORE_NOTE = 'restore.json';

/** The largest restore note read (a few hundred bytes in practice). */
const MAX_NOTE_BYTES = 64 * 1024;
/** How the autosave is named in messages about its article's claims. */
const AUTOSAVE_LABEL = 'The restored comparison';
/** Where work is kept when another comparison replaces it unsaved. */
export const UNSAVED_DIR = 'unsaved';

const fail = (code: ResultError['code'], message: string, backup?: string | null): { ok: false; error: ResultError } =>
  ({ ok: false, error: backup ? { code, message, backup } : { code, message } });

const storeError = (e: StoreError): { ok: false; error: ResultError } => fail(e.code, e.message, e.backup);

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * `path` with `ext` added unless its name already ends in it, in any case (GTK's save
 * dialog adds none). A dot elsewhere is part of the name: "notes v1.2" and
 * "Putin-Trump 18.03" get it, and so does "call.txt", which becomes "call.txt.readouts"
 * (as macOS's dialog offers): what is written is always the kind of file asked for.
 */
export function withExtension(path: string, ext: string): string {
  return path.toLowerCase().endsWith(ext.toLowerCase()) ? path : `${path}${ext}`;
}

/**
 * Where to write what a save dialog answered, `ext` added as {@link withExtension} does.
 * A name the extension was added to is not the one the dialog asked about replacing,
 * so a file already there is refused, never replaced without the user's word;
 * `nothing` ends the message ("Nothing was saved.").
 */
export async function savePath(asked: string, ext: string, nothing: string): Promise<Result<string>> {
  const path = withExtension(asked, ext);
  if (path !== asked && await access(path).then(() => true, () => false)) {
    return fail('unwritable', `${path} already exists: choose it by its full name to replace it, or another name. ${nothing}`);
  }
  return { ok: true, value: path };
}

/** The files a document was read from (its readouts, article and comparison file): an export never writes over them. */
function inputsOf(doc: Doc): string[] {
  return [doc.a.file, doc.b.file, doc.article?.doc.file, doc.path].filter((f): f is string => typeof f === 'string' && f !== '');
}

/** A failed write as the renderer's error: `read-only` (it offers another name), `cancelled` (an export cancelled or superseded), else `unwritable`. */
export function writeError(written: { code: WriteRefusal | 'failed' | 'cancelled'; message: string }): Result<never> {
  return fail(written.code === 'read-only' || written.code === 'cancelled' ? written.code : 'unwritable', written.message);
}

/** A short, safe file name for a comparison: its event, or its readouts' labels. */
export function fileStem(doc: Pick<DocumentSources, 'event' | 'date' | 'a' | 'b'>): string {
  const what = doc.event ?? `${doc.a.meta.label} and ${doc.b.meta.label}`;
  const stem = `${doc.date ? `${doc.date} ` : ''}${what}`.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim();
  // at most 120 characters, cut between words
  const short = stem.length > 120 ? stem.slice(0, 121).replace(/\s+\S*$/, '') : stem;
  return short || 'comparison';
}

/** Annotations anchored again to the texts of `sources` as they are (orphans kept): the app's open and restore, and the CLI's report. */
export function anchorToSources(annotations: ReadoutsFile['annotations'], sources: DocumentSources): ReturnType<typeof reanchorAll> {
  return reanchorAll(
    annotations,
    { a: sources.a.text, b: sources.b.text, article: sources.article?.doc.text ?? null },
    { a: sources.comparison.a.sentences, b: sources.comparison.b.sentences },
  );
}

/** A file's corrections of the alignment found again in the sources' texts and sentences as they are (orphans kept). */
export function anchorCorrections(corrections: readonly Correction[], sources: DocumentSources): Correction[] {
  return reanchorCorrections(corrections, { a: sources.a.text, b: sources.b.text }, { a: sources.comparison.a.sentences, b: sources.comparison.b.sentences });
}

/**
 * The comparison a file holds, computed again from its texts by `comparer` (and its
 * article's analysis, with its claims and manual links); `name` names the file in messages.
 */
export async function compareReadoutsFile(file: ReadoutsFile, name: string, comparer: Comparer, signal?: AbortSignal): Promise<{ sources: DocumentSources; analysis: ArticleAnalysis | null }> {
  const mismatch = pairLanguageProblem(file, name);
  if (mismatch) throw new Error(mismatch);
  const { a, b, article } = fileSources(file);
  const claims = file.article?.claims ?? null;
  const compared = await comparer(a, b, { article, claims, claimsFile: name, manualLinks: file.article?.manualLinks ?? null, signal });
  const sources: DocumentSources = { event: file.event, date: file.date, a, b, comparison: compared.comparison, article: article && { doc: article, claims } };
  return { sources, analysis: compared.article };
}

/**
 * Why the readouts of `file` (named `name` in the message) are not compared: two
 * languages, refused as compare refuses them (the same languageMismatch); null when
 * they share one.
 */
export function pairLanguageProblem(file: Pick<ReadoutsFile, 'sources'>, name: string): string | null {
  const { a, b } = file.sources;
  const mismatch = languageMismatch({ file: basename(a.file), language: a.meta.language }, { file: basename(b.file), language: b.meta.language });
  return mismatch && `${name}: ${mismatch}`;
}

/** The shell over the documents' state (documents.ts): the state, its autosaver, and what it needs from outside. */
interface FilesShell {
  options: ComparisonFileOptions;
  now: () => Date;
  /** `<userData>/autosave.readouts`, or null without a userData folder. */
  autosavePath: string | null;
  autosaver: Autosaver<AutosaveRequest, SaveResult> | null;
  state(): DocumentsState;
  /** Steps the state and carries out its `autosave` effects; the effects, for the caller to see `stale`. */
  step(event: DocumentsEvent): DocumentsEffect[];
}

/** What one autosave writes: the file, its text, and the note beside it. */
interface AutosaveRequest {
  text: string;
  file: ReadoutsFile;
  note: Omit<RestoreNote, 'autosave'>;
}

/** Writes the autosave and the note beside it; the note names the file only for the very text written. */
async function writeAutosave(userData: string, autosavePath: string, request: AutosaveRequest): Promise<SaveResult> {
  const saved = await saveComparison(autosavePath, request.file);
  if (saved.ok) {
    const note: RestoreNote = { autosave: sha256(request.text), ...request.note };
    const written = await writeAtomically(join(userData, RESTORE_NOTE), `${JSON.stringify(note, null, 2)}\n`, RESTORE_NOTE);
    if (!written.ok) return { ok: false, error: { code: 'unwritable', message: written.message, backup: null } };
  }
  return saved;
}

/** The shell: one state value, stepped; its autosave effects scheduled on the autosaver. */
function filesShell(options: ComparisonFileOptions): FilesShell {
  let state = initialDocuments(options.appVersion);
  const autosavePath = options.userData === undefined ? null : restorePath(options.userData);
  const step = (event: DocumentsEvent): DocumentsEffect[] => {
    const next = documentsStep(state, event);
    state = next.state;
    for (const effect of next.effects) {
      if (effect.type !== 'autosave') continue;
      autosaver?.schedule({ file: effect.file, text: effect.text, note: { path: effect.doc.path, unsaved: effect.unsaved, sample: effect.doc.sample ?? null } });
    }
    return next.effects;
  };
  const autosaver: FilesShell['autosaver'] = autosavePath === null ? null : createAutosaver({
    save: (request: AutosaveRequest) => writeAutosave(options.userData!, autosavePath, request),
    delayMs: options.autosaveDelayMs,
    onSaved: (r) => { step({ type: 'autosaved', error: r.ok ? null : `Autosave failed: ${r.error.message}` }); },
    onError: (e) => { step({ type: 'autosaved', error: `Autosave failed: ${e instanceof Error ? e.message : String(e)}` }); },
  });
  return { options, now: options.now ?? (() => new Date()), autosavePath, autosaver, state: () => state, step };
}

/** The answer the renderer shows for `doc`. */
function toLoaded(doc: Doc, savedBy: string, article: ArticleAnalysis | null, anchoring: AnchorReport[], notices: readonly string[]): LoadedComparison {
  return {
    event: doc.event, date: doc.date, ...(doc.sample ? { sample: doc.sample } : {}),
    a: { file: doc.a.file, meta: doc.a.meta, text: doc.a.text, ...(doc.origins?.a ? { origin: doc.origins.a } : {}) },
    b: { file: doc.b.file, meta: doc.b.meta, text: doc.b.text, ...(doc.origins?.b ? { origin: doc.origins.b } : {}) },
    comparison: doc.comparison, article,
    document: doc.id, path: doc.path, unsaved: isUnsaved(doc, savedBy),
    annotations: doc.edits.annotations, labels: doc.edits.labels, corrections: doc.edits.corrections ?? [], anchoring,
    // What toLoaded is told is about the analyst's work: where it went, what of it was not found again.
    notices: notices.map((text) => ({ kind: 'work', text })),
  };
}

/** A time stamp for a file name: ISO, to the second, without colons. */
const stampOf = (date: Date): string => date.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');

/** Keeps the work of `doc` in `<userData>/unsaved/`; its path, or an error. */
async function keepAside(shell: FilesShell, doc: Doc): Promise<Result<string>> {
  const { userData } = shell.options;
  if (userData === undefined) return { ok: true, value: '' };
  const dir = join(userData, UNSAVED_DIR);
  const path = join(dir, `${stampOf(shell.now())} ${fileStem(doc)}${READOUTS_EXTENSION}`);
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    return fail('unwritable', `${dir}: cannot keep the unsaved work there (${e instanceof Error ? e.message : String(e)})`);
  }
  const saved = await saveComparison(path, fileOf(doc, shell.options.appVersion));
  return saved.ok ? { ok: true, value: path } : storeError(saved.error);
}

/** Annotations anchored again to the texts of `sources` as they are (orphans kept), with the labels they use. */
function anchored(annotations: ReadoutsFile['annotations'], labels: readonly string[], sources: DocumentSources) {
  const found = anchorToSources(annotations, sources);
  return { annotations: found.annotations, labels: mergeLabels(labels, found.annotations), reports: found.reports };
}

const compareFile = (shell: FilesShell, file: ReadoutsFile, name: string, ticket: Ticket) => compareReadoutsFile(file, name, shell.options.comparer, ticket.signal);

/** The work a document arrives with (none when new; else its file's, anchored again), and what to tell the analyst about it. */
function arrivalWork(sources: DocumentSources, analysis: ArticleAnalysis | null, arrival: Arrival): { edits: ComparisonEdits; reports: AnchorReport[]; notices: string[] } {
  if (arrival.how === 'new') return { edits: { annotations: [], labels: mergeLabels([]), manualLinks: analysis?.manualLinks ?? [] }, reports: [], notices: [] };
  const found = anchored(arrival.file.annotations, arrival.file.labels, sources);
  const corrections = anchorCorrections(arrival.file.corrections, sources);
  const reports = found.reports;
  const notices: string[] = [];
  const orphans = reports.filter((r) => r.status === 'orphan').length;
  if (orphans > 0) notices.push(`${orphans === 1 ? '1 annotation' : `${orphans} annotations`} could not be found in the current text: kept, and marked as such in the Annotations panel.`);
  const changedWords = reports.filter((r) => r.status === 'anchored' && r.changed.length > 0).length;
  if (changedWords > 0) notices.push(`The passage of ${changedWords === 1 ? '1 annotation' : `${changedWords} annotations`} has changed: check ${changedWords === 1 ? 'it' : 'them'} in the Annotations panel (the old and new words are shown).`);
  const lost = corrections.filter((c) => c.status === 'orphan').length;
  if (lost > 0) notices.push(`${lostCorrectionsWording(lost)}, and listed under Corrections in the Annotations panel.`);
  return { edits: { annotations: found.annotations, labels: found.labels, manualLinks: analysis?.manualLinks ?? [], corrections }, reports, notices };
}

/**
 * Makes `sources` the comparison on screen. Work on the one it replaces that is
 * in no file is first kept in `<userData>/unsaved/` (if that fails, nothing is
 * replaced). Returns what the renderer shows.
 */
async function adopt(shell: FilesShell, sources: DocumentSources, analysis: ArticleAnalysis | null, arrival: Arrival): Promise<Result<LoadedComparison>> {
  await shell.autosaver?.flush();
  const savedBy = shell.options.appVersion;
  const notices: string[] = arrival.how === 'opened' ? [...arrival.notices ?? []] : [];
  const previous = shell.state().current;
  if (previous && arrival.how !== 'restored' && isUnsaved(previous, savedBy) && (hasWork(previous.edits) || previous.metaEdited)) {
    const kept = await keepAside(shell, previous);
    if (!kept.ok) return fail(kept.error.code, `${kept.error.message}. Nothing was opened, so that it is not lost: save it first (File > Save As…)`);
    if (kept.value) notices.push(`Your unsaved work on “${fileStem(previous)}” was kept in ${kept.value}: File > Open Comparison… opens it.`);
  }
  const work = arrivalWork(sources, analysis, arrival);
  notices.push(...work.notices);
  // New work, or a file as opened, is saved as it stands; restored work is unless the note says otherwise; a backup opened belongs to no file.
  const asSaved = arrival.how === 'new' || (arrival.how === 'opened' ? arrival.path !== null : !arrival.unsaved);
  shell.step({ type: 'adopt', sources, analysis, edits: work.edits, path: arrival.how === 'new' ? null : arrival.path, asSaved });
  return { ok: true, value: toLoaded(shell.state().current!, savedBy, analysis, work.reports, notices) };
}

/** An article opened for the comparison on screen: the same document, with its annotations anchored to the new article. */
function setArticle(shell: FilesShell, article: DocumentSources['article'], analysis: ArticleAnalysis | null): LoadedComparison | null {
  const doc = shell.state().current;
  if (!doc) return null;
  const found = anchored(doc.edits.annotations, doc.edits.labels, { ...doc, article });
  shell.step({ type: 'set-article', article, analysis, edits: { ...doc.edits, annotations: found.annotations, labels: found.labels, manualLinks: analysis?.manualLinks ?? [] } });
  return toLoaded(shell.state().current!, shell.options.appVersion, analysis, found.reports, []);
}

/** The document `request.document` with the renderer's latest work applied; null when another is on screen. */
function withWork(shell: FilesShell, request: EditsRequest, autosave = false): Doc | null {
  const effects = shell.step({ type: 'work', document: request.document, edits: request.edits, autosave });
  return effects.some((e) => e.type === 'stale') ? null : shell.state().current;
}

/** Where a save of `doc` writes (see `SaveMode`): the refused file when agreed, its own file, or one asked for. */
async function saveTarget(shell: FilesShell, doc: Doc, mode: SaveMode, ask: AskPath): Promise<Result<string>> {
  const refused = shell.state().refused;
  if (mode === 'replace') return refused === null ? fail('bad-request', 'No save is waiting for your agreement to replace a file.') : { ok: true, value: refused };
  if (mode === 'save' && doc.path !== null) return { ok: true, value: doc.path };
  const asked = await ask({ purpose: 'save', name: `${doc.path ? basename(doc.path, READOUTS_EXTENSION) : fileStem(doc)}${READOUTS_EXTENSION}`, dir: doc.path ? dirname(doc.path) : undefined });
  if (asked === null) return fail('cancelled', 'Not saved.');
  const chosen = await savePath(asked, READOUTS_EXTENSION, 'Nothing was saved.');
  // no earlier refusal waits for agreement any more: its banner is gone
  if (!chosen.ok) shell.step({ type: 'refuse', path: null });
  return chosen;
}

/** Saves the document with the analyst's work (see `SaveMode`). */
async function save(shell: FilesShell, request: EditsRequest & { mode: SaveMode }, ask: AskPath): Promise<Result<SavedComparison>> {
  const doc = withWork(shell, request);
  if (!doc) return fail('stale', 'The comparison on screen is no longer the one loaded: nothing was saved.');
  const target = await saveTarget(shell, doc, request.mode, ask);
  if (!target.ok) return target;
  const path = target.value;
  const file = fileOf(doc, shell.options.appVersion);
  const saved = await saveComparison(path, file, { overwrite: request.mode === 'replace' });
  if (!saved.ok) {
    const code = saved.error.code;
    shell.step({ type: 'refuse', path: code === 'damaged' || code === 'newer' || code === 'not-readouts' ? path : null });
    return storeError({ ...saved.error, backup: null });
  }
  shell.step({ type: 'saved', document: doc.id, path, text: serializeReadoutsFile(file) });
  return { ok: true, value: { path, backup: saved.backup } };
}

/** Opens the comparison file at `path` (see `ComparisonFiles.openFile`). */
async function openFile(shell: FilesShell, path: string, ticket: Ticket, asFile = true): Promise<Result<LoadedComparison>> {
  const read = await loadComparison(path);
  shell.step({ type: 'offer-backup', backup: read.ok ? null : read.error.backup });
  if (!read.ok) return storeError(read.error);
  const mismatch = pairLanguageProblem(read.file, path);
  if (mismatch) return fail('languages', mismatch);
  const { sources, analysis } = await compareFile(shell, read.file, path, ticket);
  if (!ticket.mayShow()) return fail('cancelled', 'A later request replaced this one.');
  return adopt(shell, sources, analysis, { how: 'opened', path: asFile ? path : null, file: read.file, notices: read.notices });
}

/** The comparison on screen again, computed again from the work main holds (see `ComparisonFiles.reload`). */
async function reload(shell: FilesShell, ticket: Ticket): Promise<Result<LoadedComparison> | null> {
  const doc = shell.state().current;
  if (!doc) return null;
  const file = fileOf(doc, shell.options.appVersion);
  const { sources, analysis } = await compareFile(shell, file, doc.path ?? AUTOSAVE_LABEL, ticket);
  if (!ticket.mayShow() || shell.state().current?.id !== doc.id) return fail('cancelled', 'A later request replaced this one.');
  if (doc.sample) sources.sample = doc.sample;
  // the work as it is now (the renderer may have reported more meanwhile)
  return adopt(shell, sources, analysis, { how: 'restored', file, path: doc.path, unsaved: isUnsaved(shell.state().current!, shell.options.appVersion) });
}

/** Restores the comparison last on screen from the autosave (see `ComparisonFiles.restore`). */
async function restore(shell: FilesShell, ticket: Ticket): Promise<{ restored: Result<LoadedComparison> | null; notice: Notice | null }> {
  const { restore: found, notice: said } = await restorable(shell);
  // Where the autosave went, or that it was not restored: about the analyst's work.
  const notice: Notice | null = said === null ? null : { kind: 'work', text: said };
  if (!found) return { restored: null, notice };
  const { sources, analysis } = await compareFile(shell, found.file, AUTOSAVE_LABEL, ticket);
  if (!ticket.mayShow()) return { restored: fail('cancelled', 'A later request replaced this one.'), notice: null };
  if (found.sample) sources.sample = found.sample;
  const restored = await adopt(shell, sources, analysis, { how: 'restored', file: found.file, path: found.path, unsaved: found.unsaved });
  return { restored: withNotice(restored, notice), notice: null };
}

/** The comparison to restore at start (see `ComparisonFiles.restorable`). */
async function restorable(shell: FilesShell): Promise<{ restore: Restorable | null; notice: string | null }> {
  const autosavePath = shell.autosavePath;
  if (autosavePath === null) return { restore: null, notice: null };
  await shell.autosaver?.flush();
  await removeStaleTemporaries(autosavePath);
  const read = await loadComparison(autosavePath);
  if (read.ok) {
    const note = await readNote(shell.options.userData!, autosavePath);
    return { restore: { file: read.file, path: note?.path ?? null, unsaved: note ? note.unsaved : true, sample: note?.sample ?? null }, notice: null };
  }
  if (read.error.code === 'not-found') return { restore: null, notice: null };
  const aside = join(dirname(autosavePath), `autosave ${read.error.code} ${stampOf(shell.now())}${READOUTS_EXTENSION}`);
  let kept = `It was kept as ${aside}.`;
  try {
    await rename(autosavePath, aside);
  } catch (e) {
    kept = `It could not be moved aside (${e instanceof Error ? e.message : String(e)}) and was left as it is; nothing will be autosaved until it is moved.`;
  }
  const problem = `The comparison you were working on could not be restored: ${read.error.message}. ${kept}`;
  if (read.error.backup) {
    const backup = await loadComparison(read.error.backup);
    if (backup.ok) return { restore: { file: backup.file, path: null, unsaved: true, sample: null }, notice: `${problem} Its previous autosave (${read.error.backup}) was restored instead.` };
  }
  return { restore: null, notice: `${problem} The sample is shown instead.` };
}

/** Exports the annotations of document `request.document` where the user says. */
async function exportAnnotations(shell: FilesShell, request: EditsRequest & { format: ExportFormat }, ask: AskPath): Promise<Result<{ path: string }>> {
  const doc = withWork(shell, request);
  if (!doc) return fail('stale', 'The comparison on screen is no longer the one loaded: nothing was exported.');
  const ext = EXPORT_EXTENSIONS[request.format];
  const stem = doc.path ? basename(doc.path, READOUTS_EXTENSION) : fileStem(doc);
  const asked = await ask({ purpose: 'export', format: request.format, name: `${stem} annotations${ext}`, dir: doc.path ? dirname(doc.path) : undefined });
  if (asked === null) return fail('cancelled', 'Nothing was exported.');
  const chosen = await savePath(asked, ext, 'Nothing was exported.');
  if (!chosen.ok) return chosen;
  const path = chosen.value;
  const file = fileOf(doc, shell.options.appVersion);
  const shown = correctComparison(doc.comparison, file.corrections, { a: doc.a.text, b: doc.b.text }).comparison;
  const written = await writeAtomically(path, exportComparisonAnnotations(file, request.format, exportContext(shown, doc.analysis)), path, { inputs: inputsOf(doc) });
  return written.ok ? { ok: true, value: { path } } : writeError(written);
}

/** The document `request.document` with the analyst's latest work, for a report (see `ComparisonFiles.forReport`). */
function forReport(shell: FilesShell, request: EditsRequest): Result<{ sources: DocumentSources; analysis: ArticleAnalysis | null; edits: ComparisonEdits; stem: string; dir: string | undefined; inputs: string[] }> {
  // the sources' details as edited too: the report says what the screen says
  const doc = withWork(shell, request);
  if (!doc) return fail('stale', 'The comparison on screen is no longer the one loaded: nothing was exported.');
  return { ok: true, value: { sources: doc, analysis: doc.analysis, edits: doc.edits, stem: doc.path ? basename(doc.path, READOUTS_EXTENSION) : fileStem(doc), dir: doc.path ? dirname(doc.path) : undefined, inputs: inputsOf(doc) } };
}

/** The documents of the app: the one on screen and everything saved from it (a thin shell over documents.ts). */
export function createComparisonFiles(options: ComparisonFileOptions) {
  const shell = filesShell(options);
  return {
    /** The comparison on screen, or null. */
    current: (): DocumentSources | null => shell.state().current,
    /** The number of the comparison on screen (`LoadedComparison.document`), or null. */
    currentDocument: (): number | null => shell.state().current?.id ?? null,
    /**
     * Makes `sources` the comparison on screen. Work on the one it replaces that is
     * in no file is first kept in `<userData>/unsaved/` (if that fails, nothing is
     * replaced). Returns what the renderer shows.
     */
    adopt: (sources: DocumentSources, analysis: ArticleAnalysis | null, arrival: Arrival) => adopt(shell, sources, analysis, arrival),
    /** An article opened for the comparison on screen: the same document, with its annotations anchored to the new article. */
    setArticle: (article: DocumentSources['article'], analysis: ArticleAnalysis | null) => setArticle(shell, article, analysis),
    /** The renderer's latest work on document `request.document`, autosaved a moment later. */
    async autosave(request: EditsRequest): Promise<Result<null>> {
      if (!withWork(shell, request, true)) return fail('stale', 'This comparison is no longer the one loaded.');
      const error = shell.state().autosaveError;
      return error === null ? { ok: true, value: null } : fail('unwritable', error);
    },
    /** Saves the document with the analyst's work (see `SaveMode`). */
    save: (request: EditsRequest & { mode: SaveMode }, ask: AskPath) => save(shell, request, ask),
    /**
     * Opens the comparison file at `path`: the comparison and the article's analysis
     * computed again from its texts, the annotations anchored again. A damaged file's
     * backup is offered (`offeredBackup`). `ticket` says, once the work is done,
     * whether this request is still the latest (an older one must not replace a newer).
     * `asFile` false: the work belongs to no file (a backup opened).
     */
    openFile: (path: string, ticket: Ticket, asFile = true) => openFile(shell, path, ticket, asFile),
    /**
     * The comparison on screen again, as a fresh answer for a renderer that lost
     * it (a reload after a crash): computed again from the work main holds (the
     * latest the renderer reported), with its file and unsaved state; null when none
     * is on screen.
     */
    reload: (ticket: Ticket) => reload(shell, ticket),
    /** The backup the last failed open offered, or null. */
    offeredBackup: (): string | null => shell.state().offeredBackup,
    /**
     * Restores the comparison last on screen from the autosave, with its work (see
     * `restorable`). `restored` is null when there is none to restore (then `notice`
     * may say why: an autosave that could not be read).
     */
    restore: (ticket: Ticket) => restore(shell, ticket),
    /**
     * The comparison to restore at start: the autosave's file and the note beside it,
     * or null when there is none. An autosave that cannot be opened is moved aside
     * (never overwritten); its backup is used when good.
     */
    restorable: () => restorable(shell),
    /** Exports the annotations of document `request.document` where the user says. */
    exportAnnotations: (request: EditsRequest & { format: ExportFormat }, ask: AskPath) => exportAnnotations(shell, request, ask),
    /**
     * The document `request.document` with the analyst's latest work, for a report, and the name and
     * folder to suggest for it; `stale` when another comparison is on screen.
     */
    forReport: (request: EditsRequest) => forReport(shell, request),
    /** Writes the pending autosave now (before quitting, before another comparison). */
    flush: async (): Promise<void> => { await shell.autosaver?.flush(); },
    /** Whether an autosave is waiting or being written. */
    pending: (): boolean => shell.autosaver?.busy() ?? false,
  };
}

/** The note beside the autosave, when it describes the autosave as it is (a crash between the two writes leaves an older note: then it is not used). */
async function readNote(userData: string, autosavePath: string): Promise<RestoreNote | null> {
  try {
    // read-text.ts's checked reads: regular files only, never waiting on a pipe (the start waits for this)
    const noteText = await readTextFile(join(userData, RESTORE_NOTE), { maxBytes: MAX_NOTE_BYTES });
    if (!noteText.ok) return null;
    const note = restoreNoteSchema.safeParse(JSON.parse(noteText.text));
    if (!note.success) return null;
    const autosave = await readTextFile(autosavePath, { maxBytes: MAX_COMPARISON_BYTES });
    return autosave.ok && note.data.autosave === sha256(autosave.text) ? note.data : null;
  } catch {
    return null;
  }
}

/** The documents' service, as `createComparisonFiles` makes it. */
export type ComparisonFiles = ReturnType<typeof createComparisonFiles>;
