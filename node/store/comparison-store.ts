/**
 * Saving and opening comparison files (`.readouts`, shared/file/readouts-file.ts)
 * so that nothing is ever lost:
 *
 * - Writes are atomic (atomic-write.ts: a temporary file in the
 *   same folder, fsync'ed, then renamed over the file), so a crash leaves the old
 *   file or the new one, never a mix.
 * - Before a good file is replaced, its content is kept as `<file>.bak`
 *   (written the same way).
 * - A file that is damaged, not a comparison, or from a newer version of the app
 *   is never replaced unless the caller says the user agreed (`overwrite`).
 * - Saves to one file are queued, so two saves never interleave.
 *
 * Errors are values (node/result.ts); messages name the file as the caller gave it.
 * No Electron here: the app's main process and the CLI both use this.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { parseReadoutsFile, serializeReadoutsFile, type ReadoutsFile } from '../../shared/file/readouts-file';
import { readTextFile } from '../read-text';
import { replaceKeepingPrevious } from './atomic-write';
import type { CodedError } from '../result';

/** Largest comparison file opened, in bytes: two readouts and an article at the 20 MB limit each, and room for annotations. */
export const MAX_COMPARISON_BYTES = 80 * 1024 * 1024;

/** Why a comparison file could not be opened or saved. */
export type StoreErrorCode =
  | 'not-found' // no such file (open)
  | 'unreadable' // a directory, no permission, too large
  | 'damaged' // not JSON, or JSON that fails validation
  | 'not-readouts' // JSON, but not a comparison file
  | 'newer' // written by a newer version of the app
  | 'unwritable' // the save itself failed (folder missing, disk full, no permission), or the path is no file to write (a device, a folder)
  | 'read-only'; // the file there is read-only (node/store/write-target.ts): saved nowhere, choose another name

/** A store failure; `backup` is the path of a good previous version the user can open instead, when there is one. */
export interface StoreError extends CodedError<StoreErrorCode> {
  backup: string | null;
}

/** An opened comparison file with what was set right while reading it (each notice names the file), or why it could not be opened. */
export type LoadResult = { ok: true; file: ReadoutsFile; notices: string[] } | { ok: false; error: StoreError };

/** A save, or why it did not happen (the file on disk is then unchanged). */
export type SaveResult =
  | {
    ok: true;
    /** Where the previous version was kept, or null when there was none (a new file) or it was the same. */
    backup: string | null;
    /** False when the file already held exactly this content (nothing was written). */
    written: boolean;
  }
  | { ok: false; error: StoreError };

/** Options of {@link loadComparison} and {@link saveComparison}. */
export interface StoreOptions {
  /** Folder a relative path is resolved against; default `process.cwd()`. */
  cwd?: string;
}

/** Options of {@link saveComparison}. */
export interface SaveOptions extends StoreOptions {
  /** Replace a file that is damaged, not a comparison, or from a newer version: only after the user agreed. */
  overwrite?: boolean;
}

/** Where the previous version of `path` is kept. */
export function backupPath(path: string): string {
  return `${path}.bak`;
}

/** Opens and validates the comparison file at `path`; a damaged one's error names its backup when that one opens. */
export async function loadComparison(path: string, options: StoreOptions = {}): Promise<LoadResult> {
  const read = await readComparison(path, options);
  if (read.ok || read.error.code !== 'damaged') return read;
  const backup = backupPath(path);
  const fromBackup = await readComparison(backup, options);
  if (!fromBackup.ok) return read;
  return { ok: false, error: { ...read.error, message: `${read.error.message}. The previous version was kept as ${backup}: open it instead`, backup } };
}

/** Reads and parses one file, with no look at its backup. */
async function readComparison(path: string, options: StoreOptions): Promise<LoadResult> {
  const read = await readTextFile(path, { cwd: options.cwd, maxBytes: MAX_COMPARISON_BYTES });
  if (!read.ok) {
    const { code, message } = read.error;
    if (code === 'not-found') return storeFailure('not-found', message);
    if (code === 'unreadable' || code === 'too-large') return storeFailure('unreadable', message);
    // Empty, binary or not UTF-8: what a comparison file becomes when it is damaged.
    return storeFailure('damaged', message.replace(/^(.*?): /, '$1: the comparison file is damaged: '));
  }
  const parsed = parseReadoutsFile(read.text, path);
  if (parsed.ok) return { ok: true, file: parsed.file, notices: parsed.notices };
  const code: StoreErrorCode = parsed.code === 'newer' ? 'newer' : parsed.code === 'not-readouts' ? 'not-readouts' : 'damaged';
  return storeFailure(code, parsed.message);
}

/** The last save to each file (absolute path), so that saves to one file run one after the other. */
const queues = new Map<string, Promise<unknown>>();

/**
 * Saves `file` at `path`, atomically. When the file there is a good comparison
 * with other content, it is first kept as `<path>.bak`. A damaged file, one that
 * is not a comparison, or one from a newer version is refused (`damaged`,
 * `not-readouts`, `newer`) unless `options.overwrite`; the `.bak` then still holds
 * the last good version.
 */
export function saveComparison(path: string, file: ReadoutsFile, options: SaveOptions = {}): Promise<SaveResult> {
  const full = resolve(options.cwd ?? process.cwd(), path);
  const previous = queues.get(full) ?? Promise.resolve();
  const next = previous.then(() => saveNow(path, full, file, options), () => saveNow(path, full, file, options));
  queues.set(full, next);
  void next.finally(() => {
    if (queues.get(full) === next) queues.delete(full);
  });
  return next;
}

async function saveNow(path: string, full: string, file: ReadoutsFile, options: SaveOptions): Promise<SaveResult> {
  const text = serializeReadoutsFile(file);
  const existing = await readTextFile(path, { cwd: options.cwd, maxBytes: MAX_COMPARISON_BYTES });
  let previous: string | null = null;
  if (existing.ok) {
    const current = parseReadoutsFile(existing.text, path);
    if (current.ok) {
      if (existing.text === text) return { ok: true, backup: null, written: false };
      previous = existing.text;
    } else if (!options.overwrite) {
      const code: StoreErrorCode = current.code === 'newer' ? 'newer' : current.code === 'not-readouts' ? 'not-readouts' : 'damaged';
      return storeFailure(code, `${current.message}. ${NOT_REPLACED}`);
    }
  } else if (existing.error.code === 'unreadable') {
    // A directory, a broken link, no permission: nothing to save over.
    return storeFailure('unwritable', `${existing.error.message}; cannot save there`);
  } else if (existing.error.code !== 'not-found' && !options.overwrite) {
    // Empty, binary, not UTF-8 or too large: a damaged comparison, or not one at all.
    return storeFailure('damaged', `${existing.error.message}. ${NOT_REPLACED}`);
  }
  const written = await replaceKeepingPrevious(full, text, path, previous);
  if (!written.ok) return storeFailure(written.code === 'read-only' ? 'read-only' : 'unwritable', written.message);
  return { ok: true, backup: previous === null ? null : backupPath(path), written: true };
}

/** Said when a save refuses to replace a file. */
const NOT_REPLACED = 'It was not replaced: save under another name, or replace it only if you are sure';

/**
 * Removes the temporary files a killed save leaves next to `path`
 * (atomic-write.ts names them `<file>.<digits>`), when older than `olderThanMs`
 * (another save may be writing a fresh one). Returns how many were removed.
 */
export async function removeStaleTemporaries(path: string, olderThanMs = 60_000, now = Date.now()): Promise<number> {
  const dir = dirname(path);
  const stem = basename(path);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  const pattern = new RegExp(`^${escapeRegExp(stem)}(?:\\.bak)?\\.\\d+$`);
  let removed = 0;
  for (const name of names.filter((n) => pattern.test(n))) {
    const full = resolve(dir, name);
    try {
      const s = await stat(full);
      if (s.isFile() && now - s.mtimeMs >= olderThanMs) {
        await rm(full);
        removed++;
      }
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function storeFailure(code: StoreErrorCode, message: string, backup: string | null = null): { ok: false; error: StoreError } {
  return { ok: false, error: { code, message, backup } };
}
