/**
 * The write path of the store and of the exports, on its own so that the crash
 * test runs exactly this code in a child process it kills (without loading zod and
 * the schemas, which would make each of its thousand child processes slow to start).
 *
 * Each file is written as write-file-atomic writes it: a temporary file beside it
 * (`.<name>.rc-tmp-<pid>-<n>`, litter.ts), written, fsync'ed, then renamed over it.
 * A rename within a folder is atomic on POSIX file systems and on NTFS, so a crash
 * at any moment leaves the old content or the new one, never a mix. A kill may leave
 * the temporary file behind: the first write of a later process in that folder
 * removes those whose process is gone, and Ctrl+C in the CLI removes its own
 * (litter.ts). An existing file's permissions are kept.
 *
 * Where a write may go is checked first (write-target.ts): a regular file or a new
 * path, never a device, FIFO, socket or folder, never a read-only file, never one of
 * the files the output was made from; a symbolic link is followed to the regular
 * file it names, which is replaced (the link stays a link).
 *
 * Not write-file-atomic itself (which the store used before): it makes one
 * `fs.write` call and does not check how many bytes were written, so a short
 * write (a file-size limit reached, some network file systems) was renamed into
 * place as a truncated file reported as saved. `FileHandle.writeFile` writes until
 * every byte is written or the system says why not. The half-way write test
 * (tests/node/report/pdf.test.ts) is what found it.
 */
import { chmod, open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { disown, own, removeStale, tempFileFor, TEMP_FILE } from './litter';
import { writeTarget, type WriteRefusal } from './write-target';

/**
 * A write, or why it failed (`message` names the file as `name`): `code` says whether the
 * target was refused before anything was written (write-target.ts) or the write itself failed.
 */
export type WriteResult = { ok: true } | { ok: false; code: WriteRefusal | 'failed' | 'cancelled'; message: string };

/** Options of {@link writeAtomically}. */
export interface WriteOptions {
  /** The files the output was made from: never replaced, however the path reaches them (see write-target.ts). */
  inputs?: readonly string[];
  /**
   * Cancels the write (an export cancelled or superseded, export-job.ts) until the moment
   * of the rename: its temporary file is removed and the target left as it was; after it,
   * the write is done. A cancelled write answers `cancelled`.
   */
  signal?: AbortSignal;
}

/** The last write queued for each path (absolute): writes to one path run one after another. */
const queues = new Map<string, Promise<WriteResult>>();

/**
 * Writes `content` (text as UTF-8, or bytes) to `full` atomically. Writes to the same
 * path made in this process complete in the order they were asked for (as with
 * write-file-atomic): two overlapping writes could otherwise rename in either order,
 * and an older content win.
 */
export function writeAtomically(full: string, content: string | Uint8Array, name: string, options: WriteOptions = {}): Promise<WriteResult> {
  const key = resolve(full);
  const run = (queues.get(key) ?? Promise.resolve<WriteResult>({ ok: true })).then(() => writeNow(full, content, name, options));
  queues.set(key, run);
  void run.then(() => {
    if (queues.get(key) === run) queues.delete(key);
  });
  return run;
}

async function writeNow(full: string, content: string | Uint8Array, name: string, options: WriteOptions): Promise<WriteResult> {
  const target = await writeTarget(full, name, options.inputs);
  if (!target.ok) return target;
  const path = target.path;
  const { signal } = options;
  await removeStale(dirname(path), TEMP_FILE);
  if (signal?.aborted) return cancelled(name);
  let temp = '';
  let handle: FileHandle | undefined;
  try {
    handle = await createTemp(path, (t) => { temp = t; });
    await handle.writeFile(content, { encoding: typeof content === 'string' ? 'utf8' : undefined, signal });
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (target.mode !== null) await chmod(temp, target.mode);
    signal?.throwIfAborted();
    await rename(temp, path);
    disown(temp);
    return { ok: true };
  } catch (e) {
    await handle?.close().catch(() => undefined);
    if (temp) await unlink(temp).then(() => disown(temp), () => undefined);
    if (signal?.aborted) return cancelled(name);
    return { ok: false, code: 'failed', message: `${name}: cannot save (${await writeErrorReason(e, dirname(path))})` };
  }
}

/**
 * Why a write into `folder` failed, from the system's code: "permission denied (EACCES)".
 * ENOENT says the folder does not exist only when it does not: a folder that is there but
 * takes no new files (/proc) is said to be such, never a wrong reason.
 */
export async function writeErrorReason(e: unknown, folder: string): Promise<string> {
  const code = e && typeof e === 'object' && 'code' in e ? String(e.code) : '';
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    const kind = await stat(folder).then((s) => (s.isDirectory() ? 'folder' : 'not-folder'), (f: unknown) => (f && typeof f === 'object' && 'code' in f ? String(f.code) : ''));
    if (kind === 'folder') return `${folder} takes no new files (${code})`;
    if (kind === 'ENOENT') return 'its folder does not exist';
    if (kind === 'not-folder' || kind === 'ENOTDIR') return 'a part of its path is not a folder';
    return `its folder cannot be reached (${kind || code})`;
  }
  if (code === 'EFBIG') return 'the file grew past the size the system allows';
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'ENOSPC' ? 'the disk is full'
    : code === 'EISDIR' ? 'it is a directory'
    : code === 'EROFS' ? 'the disk is read-only'
    : null;
  if (why !== null) return `${why} (${code})`;
  const message = e instanceof Error ? e.message : String(e);
  return code !== '' && !message.includes(code) ? `${message} (${code})` : message;
}

/** A write cancelled before its rename: nothing was written at `name`. */
const cancelled = (name: string): WriteResult => ({ ok: false, code: 'cancelled', message: `${name}: cancelled; nothing was written there` });

/**
 * Creates the temporary file for a write to `path` (a name a dead process with this
 * one's id left is passed over), registered as this process's until it is renamed or removed.
 */
async function createTemp(path: string, created: (temp: string) => void): Promise<FileHandle> {
  for (let attempt = 0; ; attempt++) {
    const temp = tempFileFor(path);
    try {
      const handle = await open(temp, 'wx');
      own(temp);
      created(temp);
      return handle;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 3) throw e;
    }
  }
}

/**
 * Replaces the file at `full` with `text`, first keeping `previous` (its current,
 * good content; null for none) as `<full>.bak`. Both writes are atomic and in that
 * order, so after a crash the file holds the old or the new content, and the
 * backup holds a good version.
 */
export async function replaceKeepingPrevious(full: string, text: string, name: string, previous: string | null): Promise<WriteResult> {
  if (previous !== null) {
    const kept = await writeAtomically(`${full}.bak`, previous, `${name}.bak`);
    if (!kept.ok) return kept;
  }
  return writeAtomically(full, text, name);
}
