/**
 * The one IPC contract between Electron's main process and the renderer: channel
 * names, the zod schemas main checks every request against before any handler runs,
 * and the API the preload exposes (`window.readouts`). No channel string is written
 * anywhere else. Errors cross as values, never as exceptions.
 */
import { z } from 'zod';
import type { Comparison } from '../compare/compare';
import type { ArticleAnalysis } from '../model/article';
import type { SourceMeta } from '../model/types';
import { CHANNELS } from './channels';

/** What went wrong, as a code the UI can switch on and a message for people. */
export type ErrorCode =
  | 'bad-request' // the payload failed validation (a bug in the renderer)
  | 'not-found' | 'unreadable' | 'empty' | 'binary' | 'too-large' | 'encoding' // a file
  | 'meta-not-found' | 'meta-unreadable' | 'meta-json' | 'meta-schema' // a meta.json next to a file
  | 'claims-invalid' // a curated claims file that is not JSON or fails its schema
  | 'cancelled' // the user closed a dialog
  | 'no-comparison' // an article was opened before any comparison was loaded
  | 'refused' // e.g. a link that is not http(s)
  | 'internal';

/** A handler's answer: a value, or an error that names the file and the problem. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** An embedded sample comparison. */
export interface SampleInfo {
  id: string;
  /** e.g. "Telephone call between US President Donald Trump and Russian President Vladimir Putin". */
  event: string;
  /** YYYY-MM-DD. */
  date: string;
}

/** A readout as the UI shows it: its metadata and the file it came from. */
export interface LoadedSource {
  file: string;
  meta: SourceMeta;
}

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
}

/** Commands main sends the renderer (from menus and accelerators). */
export const RENDERER_COMMANDS = [
  'next-difference', 'previous-difference', 'find', 'filter-all', 'filter-differences', 'filter-omissions',
  'switch-pane', 'toggle-article-panel',
] as const;
export type RendererCommand = (typeof RENDERER_COMMANDS)[number];

// Channel names live in their own file so the sandboxed preload can import them without zod.
export { CHANNELS } from './channels';

/** Request schemas, one per invoke channel: main parses the payload with these before any handler runs. */
export const REQUESTS = {
  [CHANNELS.listSamples]: z.tuple([]),
  [CHANNELS.openSample]: z.tuple([z.string().regex(/^[a-z0-9-]{1,80}$/)]),
  [CHANNELS.compareFilesDialog]: z.tuple([]),
  [CHANNELS.openArticleDialog]: z.tuple([]),
  [CHANNELS.openExternal]: z.tuple([z.string().max(2048)]),
  [CHANNELS.initial]: z.tuple([]),
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
  /** The comparison to show at start (the embedded sample until saved work can be restored). */
  initial(): Promise<Result<LoadedComparison>>;
  /** Called when main loads a comparison (File > Compare Files…, File > Open Article…, a sample from the menu). Returns an unsubscribe function. */
  onComparisonLoaded(listener: (result: Result<LoadedComparison>) => void): () => void;
  /** Called for menu commands. Returns an unsubscribe function. */
  onCommand(listener: (command: RendererCommand) => void): () => void;
}

/** Invoke channels and the API method each one serves. */
export type InvokeChannel = keyof typeof REQUESTS;
