/**
 * Loads a readout from disk as the analysis core takes it: its text (read-text.ts)
 * and what is known about it (meta.ts).
 */
import type { SourceDoc } from '../shared/model/types';
import { defaultMeta, metaFor, type MetaErrorCode } from './meta';
import { readTextFile, type ReadTextErrorCode } from './read-text';
import type { Result } from './result';

/** Where a readout's meta comes from. */
export interface SourceDocOptions {
  /** Folder relative paths are resolved against; default `process.cwd()`. */
  cwd?: string;
  /** A meta.json to use instead of the one next to the file. */
  metaPath?: string;
  /** Use no meta.json at all: label the readout by its file name. */
  noMeta?: boolean;
}

/** A loaded readout, or why it could not be loaded. */
export type SourceDocResult = Result<{
  doc: SourceDoc;
  /** The meta.json that described the readout, or null when the defaults were used. */
  metaFile: string | null;
}, ReadTextErrorCode | MetaErrorCode>;

/** Reads the readout at `path` (as the user gave it; it becomes `doc.file`) and its meta. */
export async function loadSourceDoc(path: string, options: SourceDocOptions = {}): Promise<SourceDocResult> {
  const read = await readTextFile(path, { cwd: options.cwd });
  if (!read.ok) return read;
  if (options.noMeta) return { ok: true, doc: { file: path, text: read.text, meta: defaultMeta(path) }, metaFile: null };
  const meta = await metaFor(path, options.metaPath, { cwd: options.cwd });
  if (!meta.ok) return meta;
  return { ok: true, doc: { file: path, text: read.text, meta: meta.meta }, metaFile: meta.metaFile };
}
