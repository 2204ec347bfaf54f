/**
 * Where a write may go, decided before anything is written (atomic-write.ts asks
 * for every file the app and the CLI write: saves, autosaves, exports, reports):
 *
 * - a new path, or a regular file that may be written;
 * - a symbolic link is followed to the regular file it names, as editors do: that
 *   file is the one replaced, and the link stays a link;
 * - a device, a named pipe (FIFO), a socket or a folder is refused, and so is a
 *   link to one, or a link to nothing (the atomic rename would put a file where
 *   the special file was);
 * - a read-only file is refused: one with no write permission bit at all (checked
 *   from its mode, so that it holds for root too, whom the system lets write
 *   anything), or one this process may not write;
 * - one of the files the output was made from (`inputs`) is refused, compared by
 *   device and inode, so that neither a linked folder, a hard link nor another
 *   spelling of the path can reach it.
 *
 * Between this check and the rename another program could change the path; that
 * race is not closed (no portable way to), only the user's own mistakes are.
 */
import { constants } from 'node:fs';
import { access, lstat, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';

/** Why a path was refused as a write's target. */
export type WriteRefusal =
  | 'not-a-file' // a device, FIFO, socket, folder, or a link to one or to nothing
  | 'read-only' // the file's mode has no write bit, or this process may not write it
  | 'input'; // one of the files the output was made from

/** Where to write (the regular file a link names; `mode` of the file there, null for a new path), or why not. */
export type WriteTarget =
  | { ok: true; path: string; mode: number | null }
  | { ok: false; code: WriteRefusal; message: string };

/** What a file that is not regular is, in words. */
function kindOf(s: Stats): string {
  if (s.isDirectory()) return 'a folder';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isSocket()) return 'a socket';
  return 'not a regular file';
}

const refused = (code: WriteRefusal, name: string, why: string, then = ''): WriteTarget => ({ ok: false, code, message: `${name}: cannot save (${why})${then}` });

/** Whether the file at `path` (a regular file, `s` its stats) may be written. */
async function writable(path: string, s: Stats): Promise<boolean> {
  if ((s.mode & 0o222) === 0) return false;
  return access(path, constants.W_OK).then(() => true, () => false);
}

/** The first of `inputs` that is the same file as `s` (device and inode), or null. */
export async function sameFileAs(s: Pick<Stats, 'dev' | 'ino'>, inputs: readonly string[]): Promise<string | null> {
  for (const input of inputs) {
    const i = await stat(input).catch(() => null);
    if (i && i.dev === s.dev && i.ino === s.ino) return input;
  }
  return null;
}

/**
 * Where a write to `full` goes, or why it may not (the message names the file as
 * `name`); `inputs` are the files the output was made from.
 */
export async function writeTarget(full: string, name: string, inputs: readonly string[] = []): Promise<WriteTarget> {
  const link = await lstat(full).catch(() => null);
  if (link === null) return { ok: true, path: full, mode: null };
  let path = full;
  if (link.isSymbolicLink()) {
    try {
      path = await realpath(full);
    } catch {
      return refused('not-a-file', name, 'it is a link to nothing that can be written');
    }
  }
  const s = link.isSymbolicLink() ? await stat(path).catch(() => null) : link;
  if (s === null) return refused('not-a-file', name, 'it is a link to nothing that can be written');
  if (!s.isFile()) return refused('not-a-file', name, `it is ${kindOf(s)}, not a regular file`);
  const input = await sameFileAs(s, inputs);
  if (input !== null) return refused('input', name, `it is ${input}, one of the files read`);
  if (!(await writable(path, s))) return refused('read-only', name, 'the file is read-only', ': choose another name');
  return { ok: true, path, mode: s.mode & 0o7777 };
}
