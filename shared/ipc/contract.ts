/**
 * The one IPC contract between Electron's main process and the renderer: channel
 * names, the zod schemas main checks every request against before any handler runs,
 * and the API the preload exposes (`window.readouts`). No channel string is written
 * anywhere else. Errors cross as values, never as exceptions.
 */
import { z } from 'zod';
import type { AnchorReport } from '../annotations/anchor';
import { EXPORT_FORMATS, type ExportFormat } from '../annotations/export';
import type { Annotation } from '../annotations/model';
import type { Correction } from '../corrections/model';
import type { Comparison } from '../compare/compare';
import { readoutsFileSchema, sourceMetaSchema } from '../file/readouts-file';
import type { ArticleAnalysis, ManualLink } from '../model/article';
import type { SourceMeta } from '../model/types';
import type { ReportOptions } from '../report/options';
import { reportOptionsSchema } from '../report/schema';
import { CHANNELS } from './channels';
import { MAX_IMPORT_BYTES, RENDERER_ERROR_LIMITS, WORK_LIMITS } from './limits';

// The limits live apart, without zod, so that the renderer can import them without bundling zod.
export { MAX_IMPORT_BYTES, RENDERER_ERROR_LIMITS, WORK_LIMITS } from './limits';

/** What went wrong, as a code the UI can switch on and a message for people. */
export type ErrorCode =
  | 'bad-request' // the payload failed validation (a bug in the renderer)
  | 'not-found' | 'unreadable' | 'empty' | 'binary' | 'too-large' | 'encoding' // a file
  | 'meta-not-found' | 'meta-unreadable' | 'meta-json' | 'meta-schema' // a meta.json next to a file
  | 'claims-invalid' // a curated claims file that is not JSON or fails its schema
  | 'languages' // two readouts in different languages: not compared
  | 'cancelled' // the user closed a dialog
  | 'no-comparison' // an article was opened before any comparison was loaded
  | 'refused' // e.g. a link that is not http(s)
  | 'damaged' | 'not-readouts' | 'newer' | 'unwritable' // a comparison file (node/store/comparison-store.ts)
  | 'read-only' // a save or export over a read-only file: refused, the UI offers another name
  | 'stale' // a request about a comparison that is no longer the one loaded
  | 'unsupported' // a file dropped or pasted in a format the importers do not read
  | 'internal';

/** What went wrong: a code the UI can switch on, a message for people, and for a damaged comparison file the backup it can open instead. */
export interface ResultError {
  code: ErrorCode;
  message: string;
  /** The path of a good previous version of a damaged comparison file (`openComparisonBackup` opens it). */
  backup?: string;
}

/** A handler's answer: a value, or an error that names the file and the problem. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ResultError };

/** An embedded sample comparison. */
export interface SampleInfo {
  id: string;
  /** e.g. "Telephone call between US President Donald Trump and Russian President Vladimir Putin". */
  event: string;
  /** YYYY-MM-DD. */
  date: string;
}

/** How a source's text was taken out of its file by the importers (node/import/). */
export interface SourceOrigin {
  /** The file's format: for anything but text and Markdown, the text shown was extracted from it. */
  format: 'text' | 'markdown' | 'html' | 'pdf' | 'docx';
  /** The encoding a text file or web page was decoded from (WHATWG name, "utf-8", "windows-1251"); null for PDF and .docx. */
  encoding: string | null;
}

/** A readout as the UI shows it: its metadata, the file it came from, and its text (annotations point into it). */
export interface LoadedSource {
  file: string;
  meta: SourceMeta;
  /** How its text was read from its file; absent when it came from a comparison file or the autosave (the text saved there). */
  origin?: SourceOrigin;
  /** The text as loaded (UTF-8, BOM removed, CRLF kept): sentence offsets and annotation selectors count its UTF-16 code units. */
  text: string;
}

/**
 * What a notice is about, which decides how long the banner keeps it (renderer/state/view.ts, `keptNotices`):
 * - `input`: how an input was read or what it is (a file read as Windows-1252, a PDF read only in part,
 *   two identical texts, a passage pasted twice): true of the files it names (`files`), so it goes when
 *   another comparison loads without them;
 * - `work`: where the analyst's work went or what became of it (unsaved work kept in `unsaved/`, a damaged
 *   autosave moved aside, annotations or corrections not found, an address dropped from a comparison
 *   file): it stays until dismissed, whatever is loaded next (R1);
 * - `app`: the app's own files or start (settings.json unusable, a file given at start that could not be
 *   opened): it stays until dismissed too.
 */
export type NoticeKind = 'input' | 'work' | 'app';

/** Something the analyst should know about what was just shown, of a kind (`NoticeKind`). */
export type Notice =
  | { kind: 'input'; text: string; /** The files it is about (a readout's or the article's `file`): it stays while they are on screen, unchanged. */ files: string[] }
  | { kind: 'work' | 'app'; text: string };

/** A comparison ready to show. */
export interface LoadedComparison {
  /** The event compared ("Telephone call between …"), when known. */
  event: string | null;
  /** The event's date, YYYY-MM-DD, when known. */
  date: string | null;
  /** The embedded sample's id, when the comparison is one. */
  sample?: string;
  a: LoadedSource;
  b: LoadedSource;
  comparison: Comparison;
  /**
   * The article analysed against the two readouts (claims, quote checks, commentary),
   * or null when the comparison has none. The renderer keeps the analyst's manual links
   * in `article.manualLinks` (applied with shared/article/links.ts).
   */
  article: ArticleAnalysis | null;
  /**
   * Main's number for this comparison. Requests about the analyst's work on it (save,
   * autosave, export) name it, so work is never saved onto another comparison; it stays
   * the same when an article is opened for it.
   */
  document: number;
  /** The comparison file it was opened from or last saved to; null when it has none yet. */
  path: string | null;
  /** Whether it holds work not saved in that file (restored work not yet saved, say). */
  unsaved: boolean;
  /** Its annotations, anchored to the texts as loaded (from a comparison file or the autosave; none otherwise). */
  annotations: Annotation[];
  /**
   * The analyst's corrections of the alignment, anchored to the texts as loaded (orphans kept). `comparison`
   * is the aligner's: the renderer applies them (shared/corrections/apply.ts). Absent: none.
   */
  corrections?: Correction[];
  /** The labels offered: the defaults, then the analyst's own. */
  labels: string[];
  /** What anchoring found for each annotation, in the order of `annotations`: orphans and why (empty when nothing was anchored). */
  anchoring: AnchorReport[];
  /** What to tell the analyst once it is shown (work restored or kept aside, orphans, a file read as Windows-1252), in order; none: empty. */
  notices: Notice[];
  /**
   * Its article is still being analysed (at start, the comparison is shown first):
   * `pendingArticle(document)` answers with the comparison and its article.
   */
  articlePending?: boolean;
}

/** The analyst's work on the comparison on screen, as the renderer holds it: what main saves with the comparison. */
export interface ComparisonEdits {
  annotations: Annotation[];
  /** The labels offered (the defaults and the analyst's own). */
  labels: string[];
  /** The manual links of the article panel (`loaded.article.manualLinks`); empty without an article. */
  manualLinks: ManualLink[];
  /** The analyst's corrections of the alignment (shared/corrections/); absent: none. */
  corrections?: Correction[];
  /** Each source's details as the analyst edited them (label, publisher, title, date, address); absent: as loaded. */
  sources?: SourceMetas;
}

/** The details of the two readouts and the article (null without one). */
export interface SourceMetas {
  a: SourceMeta;
  b: SourceMeta;
  article: SourceMeta | null;
}

/** Where a file dropped or pasted goes: readout A, readout B, or the article. */
export type ImportTarget = 'a' | 'b' | 'article';

/** A file's bytes sent from the renderer (dropped on the window, or the clipboard as "clipboard.html" / "clipboard.txt"). */
export interface ImportedFile {
  /** Its name (no folder): its extension gives its format, and messages name it. */
  name: string;
  /** Its content, at most `MAX_IMPORT_BYTES`. */
  bytes: Uint8Array;
}


/** Save: to the comparison's file (or ask for one, as Save As does); Save As: ask; Replace: save again to the file a save just refused (damaged, newer or not a comparison), now that the user agreed. */
export type SaveMode = 'save' | 'save-as' | 'replace';

/** A request about the analyst's work on comparison `document`. */
export interface EditsRequest {
  document: number;
  edits: ComparisonEdits;
}

/** A save that happened. */
export interface SavedComparison {
  /** Where it was saved. */
  path: string;
  /** Where the previous version was kept (`<path>.bak`), or null. */
  backup: string | null;
}

/** What Help > About shows: texts read from the app's files; a missing file gives a sentence saying so. */
export interface AboutInfo {
  /** The app's version, e.g. "0.1.0". */
  version: string;
  /** The licence's text (MIT). */
  license: string;
  /** The third-party notices, plain text. */
  notices: string;
  /** Where the sample readouts come from: Markdown, shown as plain text. */
  samplesProvenance: string;
}

/** The settings the renderer may read (settings.json holds more: the window's place, the last folder). */
export interface RendererSettings {
  /** The colour theme chosen in View > Theme. */
  theme: 'system' | 'light' | 'dark';
  /** The default paper size of PDF exports (from the OS locale until changed). */
  pdfPageSize: 'A4' | 'Letter';
  /** Whether the first-run introduction was dismissed (false on a first run, or when settings.json is missing or unusable). */
  introSeen: boolean;
}


/** An error in the renderer, reported for the log: a message and a stack, never document text (main scrubs quotations too). */
export interface RendererError {
  /** An uncaught error, an unhandled promise rejection, or a render error caught by the error boundary. */
  kind: 'error' | 'rejection' | 'render';
  message: string;
  stack?: string;
}

/** Commands main sends the renderer (from menus and accelerators). */
export const RENDERER_COMMANDS = [
  'next-row', 'previous-row', 'next-one-sided', 'previous-one-sided', 'next-cited', 'previous-cited', 'find', 'find-next', 'find-previous',
  'filter-all', 'filter-one-sided', 'filter-uncertain', 'filter-typed', 'filter-cited', 'filter-annotated',
  'switch-pane', 'toggle-article-panel', 'toggle-overview-map',
  'annotate', 'undo', 'redo', 'link-statements', 'mark-left-statement', 'mark-right-statement', 'clear-link-marks', 'toggle-annotations-panel',
  'toggle-findings-panel', 'copy-findings-text', 'copy-findings-markdown',
  'open-comparison', 'save', 'save-as', 'export-jsonld', 'export-csv', 'export-md', 'export-pdf',
  'about', 'shortcuts', 'introduction',
] as const;
export type RendererCommand = (typeof RENDERER_COMMANDS)[number];

// Channel names live in their own file so the sandboxed preload can import them without zod.
export { CHANNELS } from './channels';

const fileShape = readoutsFileSchema.shape;

const metaText = z.string().max(WORK_LIMITS.metaText).nullable();
/** A source's details as a request carries them: the file's schema (the url an http(s) address), every string bounded. */
const requestMetaSchema = sourceMetaSchema.extend({
  label: sourceMetaSchema.shape.label.max(WORK_LIMITS.label), publisher: metaText, title: metaText, note: metaText, provenance: metaText,
});

type Issue = { path: Array<string | number>; message: string };

/** Where a passage's quote is over {@link WORK_LIMITS}. */
function quoteIssues(q: { exact: string; prefix: string; suffix: string }, at: Array<string | number>): Issue[] {
  const out: Issue[] = [];
  if (q.exact.length > WORK_LIMITS.exact) out.push({ path: [...at, 'quote', 'exact'], message: `a quote has at most ${WORK_LIMITS.exact} characters` });
  for (const side of ['prefix', 'suffix'] as const)
    if (q[side].length > WORK_LIMITS.context) out.push({ path: [...at, 'quote', side], message: `a quote's ${side} has at most ${WORK_LIMITS.context} characters` });
  return out;
}

/** Where an annotation is over {@link WORK_LIMITS}: its links, its row's sentences, its quotes (target and passage links). */
export function annotationLimitIssues(a: Annotation): Issue[] {
  const out: Issue[] = [];
  if (a.links.length > WORK_LIMITS.links) out.push({ path: ['links'], message: `an annotation has at most ${WORK_LIMITS.links} links` });
  if (a.target.kind === 'row' && a.target.sentences.length > WORK_LIMITS.rowSentences)
    out.push({ path: ['target', 'sentences'], message: `a row has at most ${WORK_LIMITS.rowSentences} sentences` });
  if (a.target.kind === 'passage') out.push(...quoteIssues(a.target.quote, ['target']));
  else a.target.sentences.forEach((s, i) => out.push(...quoteIssues(s.quote, ['target', 'sentences', i])));
  a.links.forEach((l, i) => {
    if (l.kind === 'passage') out.push(...quoteIssues(l.quote, ['links', i]));
    if (l.kind === 'item' && l.id.length > WORK_LIMITS.itemId) out.push({ path: ['links', i, 'id'], message: 'an id is too long' });
  });
  if (a.target.kind === 'row') a.target.sentences.forEach((s, i) => {
    if (s.sentence.length > WORK_LIMITS.itemId) out.push({ path: ['target', 'sentences', i, 'sentence'], message: 'an id is too long' });
  });
  return out;
}

/** The analyst's work as a request carries it: the comparison file's own schemas, every string and array bounded, annotation ids unique. */
export const editsSchema = z.strictObject({
  annotations: fileShape.annotations.max(100_000),
  labels: fileShape.labels.max(1_000),
  manualLinks: fileShape.article.unwrap().shape.manualLinks.max(100_000),
  sources: z.strictObject({ a: requestMetaSchema, b: requestMetaSchema, article: requestMetaSchema.nullable() }).optional(),
  corrections: fileShape.corrections.max(100_000).optional(),
}).superRefine((edits, ctx) => {
  edits.corrections?.forEach((c, i) => {
    for (const side of ['a', 'b'] as const) {
      const end = c[side];
      if (!end) continue;
      for (const issue of quoteIssues(end.quote, [side])) ctx.addIssue({ code: 'custom', path: ['corrections', i, ...issue.path], message: issue.message });
      if (end.sentence.length > WORK_LIMITS.itemId) ctx.addIssue({ code: 'custom', path: ['corrections', i, side, 'sentence'], message: 'an id is too long' });
    }
  });
  const seen = new Set<string>();
  edits.annotations.forEach((a, i) => {
    if (seen.has(a.id)) ctx.addIssue({ code: 'custom', path: ['annotations', i, 'id'], message: `the id ${a.id} is used twice` });
    seen.add(a.id);
    for (const issue of annotationLimitIssues(a)) ctx.addIssue({ code: 'custom', path: ['annotations', i, ...issue.path], message: issue.message });
  });
  edits.manualLinks.forEach((m, i) => {
    if (m.from.length > WORK_LIMITS.itemId || m.to.length > WORK_LIMITS.itemId) ctx.addIssue({ code: 'custom', path: ['manualLinks', i], message: 'an id is too long' });
  });
});

const documentNumber = z.number().int().nonnegative();

/** A file's bytes from the renderer: a plain name (no folder), at most 20 MB. Main never reads a path the renderer names. */
export const importedFileSchema = z.strictObject({
  name: z.string().min(1).max(255).refine((n) => !/[\\/\u0000]/.test(n) && n !== '.' && n !== '..', 'expected a file name without a folder'),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_IMPORT_BYTES, 'the file is larger than 20 MB'),
});
const editsRequest = z.strictObject({ document: documentNumber, edits: editsSchema });

/** Most characters the renderer may put on the clipboard at once (Copy findings: a few hundred lines). */
export const COPY_TEXT_LIMIT = 1_000_000;

/** What Cancel (and Escape) may stop: the comparison requested last, or the PDF export running. */
export const CANCEL_TARGETS = ['compare', 'export-pdf'] as const;
export type CancelTarget = (typeof CANCEL_TARGETS)[number];

/** Request schemas, one per invoke channel: main parses the payload with these before any handler runs. */
export const REQUESTS = {
  [CHANNELS.listSamples]: z.tuple([]),
  [CHANNELS.openSample]: z.tuple([z.string().regex(/^[a-z0-9-]{1,80}$/)]),
  [CHANNELS.compareFilesDialog]: z.tuple([]),
  [CHANNELS.openArticleDialog]: z.tuple([]),
  [CHANNELS.openExternal]: z.tuple([z.string().max(2048)]),
  [CHANNELS.initial]: z.tuple([]),
  [CHANNELS.pendingArticle]: z.tuple([z.number().int().nonnegative()]),
  [CHANNELS.shown]: z.tuple([]),
  [CHANNELS.saveComparison]: z.tuple([editsRequest.extend({ mode: z.enum(['save', 'save-as', 'replace']) })]),
  [CHANNELS.openComparisonDialog]: z.tuple([]),
  [CHANNELS.openComparisonBackup]: z.tuple([]),
  [CHANNELS.cancel]: z.tuple([z.enum(CANCEL_TARGETS).optional()]),
  [CHANNELS.autosave]: z.tuple([editsRequest]),
  [CHANNELS.exportAnnotations]: z.tuple([editsRequest.extend({ format: z.enum(EXPORT_FORMATS) })]),
  [CHANNELS.exportReport]: z.tuple([editsRequest.extend({ options: reportOptionsSchema })]),
  [CHANNELS.about]: z.tuple([]),
  [CHANNELS.getSettings]: z.tuple([]),
  [CHANNELS.markIntroSeen]: z.tuple([]),
  [CHANNELS.logError]: z.tuple([z.strictObject({
    kind: z.enum(['error', 'rejection', 'render']),
    message: z.string().max(RENDERER_ERROR_LIMITS.message),
    stack: z.string().max(RENDERER_ERROR_LIMITS.stack).optional(),
  })]),
  [CHANNELS.importSource]: z.tuple([z.strictObject({ target: z.enum(['a', 'b', 'article']), file: importedFileSchema })]),
  [CHANNELS.compareImported]: z.tuple([z.strictObject({ a: importedFileSchema, b: importedFileSchema })]),
  [CHANNELS.pasteSource]: z.tuple([z.enum(['a', 'b', 'article'])]),
  [CHANNELS.copyText]: z.tuple([z.string().max(COPY_TEXT_LIMIT)]),
} as const;

/** The API the preload exposes to the renderer as `window.readouts`: named functions only. */
export interface ReadoutsApi {
  /** The embedded samples. */
  listSamples(): Promise<Result<SampleInfo[]>>;
  /** Compares an embedded sample. */
  openSample(id: string): Promise<Result<LoadedComparison>>;
  /** Asks for two readouts in a native dialog and compares them; `cancelled` when the user closes it. */
  compareFilesDialog(): Promise<Result<LoadedComparison>>;
  /**
   * Asks for an article in a native dialog and analyses it against the comparison on
   * screen; answers that comparison with the article, `cancelled` when the user closes
   * the dialog, `no-comparison` when no comparison is loaded.
   */
  openArticleDialog(): Promise<Result<LoadedComparison>>;
  /** Opens an http(s) link in the user's browser. */
  openExternal(url: string): Promise<Result<null>>;
  /** The comparison to show at start: the one last on screen, restored with its annotations, or the embedded sample. */
  initial(): Promise<Result<LoadedComparison>>;
  /**
   * For a comparison shown with `articlePending`: the same comparison with its article once
   * analysed, or null when it is no longer on screen.
   */
  pendingArticle(document: number): Promise<Result<LoadedComparison | null>>;
  /**
   * Tells main the window has painted the comparison shown at start (or why it could not): main then starts
   * what it put off so as not to compete with that frame, its compare worker and the start's article analysis.
   */
  shown(): Promise<Result<null>>;
  /**
   * Saves the comparison on screen with the analyst's work in a `.readouts` file (see
   * `SaveMode`); `cancelled` when the user closes the dialog; `damaged`, `newer` or
   * `not-readouts` when the file there may not be replaced without the user's word.
   */
  saveComparison(request: EditsRequest & { mode: SaveMode }): Promise<Result<SavedComparison>>;
  /** Asks for a `.readouts` file in a native dialog and opens it: the comparison recomputed, the annotations anchored again. */
  openComparisonDialog(): Promise<Result<LoadedComparison>>;
  /** Opens the backup offered by the last failed open (`error.backup`). */
  openComparisonBackup(): Promise<Result<LoadedComparison>>;
  /**
   * Cancels what runs (Escape, the Cancel button): the comparison (`compare`), the PDF export
   * (`export-pdf`), or both when not said. Its request answers `cancelled`; the comparison on
   * screen stays, and a cancelled export leaves no file, not even a temporary one.
   */
  cancel(what?: CancelTarget): Promise<Result<null>>;
  /** Reports the analyst's latest work; main writes it to the autosave a moment later. Answers the last autosave's failure, if any. */
  autosave(request: EditsRequest): Promise<Result<null>>;
  /** Asks where to export the annotations (JSON-LD, CSV or Markdown) and writes them there. */
  exportAnnotations(request: EditsRequest & { format: ExportFormat }): Promise<Result<{ path: string }>>;
  /**
   * Asks where to save the comparison report as PDF and prints it there (in a hidden window, with
   * Chromium's printer); `cancelled` when the user closes the dialog, `unwritable` when it cannot be written.
   */
  exportReport(request: EditsRequest & { options: ReportOptions }): Promise<Result<{ path: string }>>;
  /** The About dialog's content: version, licence, third-party notices, the samples' provenance. */
  about(): Promise<Result<AboutInfo>>;
  /** The settings the renderer may read (the theme, the PDF page size). */
  getSettings(): Promise<Result<RendererSettings>>;
  /** Remembers in settings.json that the first-run introduction was dismissed ("Got it"). */
  markIntroSeen(): Promise<Result<null>>;
  /** Reports an error of the renderer for the log (`<userData>/logs/main.log`). */
  logError(report: RendererError): Promise<Result<null>>;
  /**
   * Replaces readout A or B with a file's bytes (dropped, or pasted) and compares it with
   * the other readout on screen (its article analysed again), or analyses it as the
   * article of the comparison on screen. `unsupported` for a format the importers do not read.
   */
  importSource(request: { target: ImportTarget; file: ImportedFile }): Promise<Result<LoadedComparison>>;
  /**
   * Replaces readout A or B, or the article, with what the clipboard holds, read by main:
   * HTML through the importers as a web page (only its text comes back; a fragment too
   * short to be read as a page gives its plain text instead), else plain text.
   */
  pasteSource(target: ImportTarget): Promise<Result<LoadedComparison>>;
  /** Puts plain text on the clipboard, written by main (Copy findings): the page's own clipboard access is denied. */
  copyText(text: string): Promise<Result<null>>;
  /** Compares two files' bytes (two files dropped together): `a` on the left. */
  compareImported(request: { a: ImportedFile; b: ImportedFile }): Promise<Result<LoadedComparison>>;
  /** Called when main loads a comparison (File > Compare Files…, File > Open Article…, a sample from the menu). Returns an unsubscribe function. */
  onComparisonLoaded(listener: (result: Result<LoadedComparison>) => void): () => void;
  /** Called for menu commands. Returns an unsubscribe function. */
  onCommand(listener: (command: RendererCommand) => void): () => void;
}

/** Invoke channels and the API method each one serves. */
export type InvokeChannel = keyof typeof REQUESTS;
