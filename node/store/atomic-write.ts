/**
 * The write path of the store, on its own so that the crash test runs exactly
 * this code in a child process it kills (without loading zod and the schemas,
 * which would make each of its thousand child processes slow to start).
 *
 * Each file is written with write-file-atomic: a temporary file beside it,
 * written, fsync'ed, then renamed over it. A rename within a folder is atomic on
 * POSIX file systems and on NTFS, so a crash at any moment leaves the old content
 * or the new one, never a mix (the temporary file may be left behind).
 */
import writeFileAtomic from 'write-file-atomic';

/** A write, or why it failed (`message` names the file as `name`). */
export type WriteResult = { ok: true } | { ok: false; message: string };

/** Writes `content` (text as UTF-8, or bytes) to `full` atomically. */
export async function writeAtomically(full: string, content: string | Uint8Array, name: string): Promise<WriteResult> {
  try {
    await writeFileAtomic(full, typeof content === 'string' ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength), { encoding: 'utf8', fsync: true });
    return { ok: true };
  } catch (e) {
    const code = e && typeof e === 'object' && 'code' in e ? String(e.code) : '';
    const why = code === 'ENOENT' ? 'its folder does not exist'
      : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
      : code === 'ENOSPC' ? 'the disk is full'
      : code === 'EISDIR' ? 'it is a directory'
      : code === 'EROFS' ? 'the disk is read-only'
      : code === 'ENOTDIR' ? 'a part of its path is not a folder'
      : code === 'EFBIG' ? 'the file grew past the size the system allows'
      : (e instanceof Error ? e.message : String(e));
    return { ok: false, message: `${name}: cannot save (${why})` };
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
