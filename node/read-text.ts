/**
 * Reads a readout (or any small UTF-8 text file) from disk, refusing what is not
 * a text readout with one clear line: not a regular file (a directory, pipe,
 * device), a broken link, too large, empty, binary, not UTF-8, missing or
 * unreadable. Used by the CLI; written for Electron's main process too
 * (async, no process-wide state, errors as values).
 */
import { constants, type Stats } from 'node:fs';
import { lstat, open, readlink, realpath, stat, type FileHandle } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { failure, type CodedError, type Result } from './result';
import { firstInvalidUtf8Offset, lineOfOffset } from './utf8';

/** Largest file read, in bytes (20 MiB; a long readout is well under 100 kB). */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

/**
 * Longest text compared, in characters (about 300,000 words; a long readout is well under
 * 100,000): a comparison grows near-linearly, and here this takes about 4 s of CPU and 330 MB,
 * while a 19.9 MB text took 135 s and 1.06 GB (issue 15, item 10). A file's text over it is
 * refused as it is read (source-doc.ts), from disk and from bytes alike.
 */
export const MAX_TEXT_CHARS = 2_000_000;

/** What a file is opened as, for messages ("not a text article"). */
export type InputRole = 'readout' | 'article';

/** Why a file could not be read as text. */
export type ReadTextErrorCode = 'not-found' | 'unreadable' | 'too-large' | 'empty' | 'binary' | 'encoding';

/** Why a file could not be read, as a failed result. */
type ReadFailure = { ok: false; error: CodedError<ReadTextErrorCode> };

/** The text of a file, or why there is none. */
export type ReadTextResult = Result<{ text: string }, ReadTextErrorCode>;

/** Options of {@link readTextFile}. */
export interface ReadTextOptions {
  /** Folder a relative `path` is resolved against; default `process.cwd()`. */
  cwd?: string;
  /** Size limit in bytes; default {@link MAX_TEXT_BYTES}. */
  maxBytes?: number;
}

const MiB = 1024 * 1024;

/**
 * Reads `path` as UTF-8 text. What the path names is checked before it is
 * opened (opening a named pipe would block until something writes to it), and
 * the size before anything is read. A leading byte order mark is removed;
 * nothing else is changed (CRLF stays). Messages name the file as `path` was given.
 */
export async function readTextFile(path: string, options: ReadTextOptions = {}): Promise<ReadTextResult> {
  const read = await readFileBytes(path, options);
  return read.ok ? decodeText(read.bytes, path) : read;
}

/** The bytes of a file, or why they could not be read. */
export type ReadBytesResult = Result<{ bytes: Uint8Array }, ReadTextErrorCode>;

/**
 * Reads the bytes of the regular file at `path` with the checks of
 * {@link readTextFile} (what the path names, its size before and after opening,
 * never blocking on a pipe), for readers that decode the bytes themselves (the
 * importers in node/import/). Empty files are returned as they are.
 */
export async function readFileBytes(path: string, options: ReadTextOptions = {}): Promise<ReadBytesResult> {
  const name = path;
  if (path === '') return failure('not-found', 'no file given (the path is empty)');
  const full = resolve(options.cwd ?? process.cwd(), path);
  const maxBytes = options.maxBytes ?? MAX_TEXT_BYTES;
  let before: Stats;
  try {
    before = await stat(full);
  } catch (e) {
    return pathFailure(name, full, e);
  }
  const notFile = notRegularFile(name, before);
  if (notFile) return notFile;
  if (before.size > maxBytes) return tooLarge(name, before.size, maxBytes);
  let handle: FileHandle;
  try {
    // Non-blocking, so that a pipe put in the file's place since the stat cannot hang the open either.
    handle = await open(full, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return pathFailure(name, full, e);
  }
  try {
    // The stat of what was opened: the path may name something else by now.
    const opened = await handle.stat();
    const notFileNow = notRegularFile(name, opened);
    if (notFileNow) return notFileNow;
    if (opened.size > maxBytes) return tooLarge(name, opened.size, maxBytes);
    const bytes = await handle.readFile();
    // The file may have grown since the stat.
    if (bytes.length > maxBytes) return tooLarge(name, bytes.length, maxBytes);
    return { ok: true, bytes };
  } catch (e) {
    return failure('unreadable', `${name}: the file cannot be read (${errorCode(e)})`);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** A failure naming what `stats` describes when it is not a regular file, else null. */
function notRegularFile(name: string, stats: Stats): ReadFailure | null {
  if (stats.isFile()) return null;
  const what = stats.isDirectory() ? 'a directory'
    : stats.isFIFO() ? 'a named pipe'
    : stats.isCharacterDevice() || stats.isBlockDevice() ? 'a device'
    : stats.isSocket() ? 'a socket'
    : 'something other than a file';
  return failure('unreadable', `${name}: not a regular file (${what})`);
}

/**
 * Decodes the bytes of a text file named `name` (for messages; opened as `role`): refuses empty,
 * binary and non-UTF-8 content, removes a leading BOM, changes nothing else.
 */
export function decodeText(bytes: Uint8Array, name: string, role: InputRole = 'readout'): ReadTextResult {
  if (bytes.length === 0) return failure('empty', `${name}: the file is empty`);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return failure('encoding', `${name}: the file is UTF-16 text; save it as UTF-8`);
  if (bytes.indexOf(0) >= 0)
    return failure('binary', `${name}: this looks like a binary file (it contains NUL bytes), not a text ${role}`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8Offset(bytes);
    return failure('encoding', `${name}: the file is not valid UTF-8 (first bad byte at offset ${at}, line ${lineOfOffset(bytes, at)})`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return failure('empty', `${name}: the file is empty (it holds only whitespace)`);
  return { ok: true, text };
}

function tooLarge(name: string, size: number, maxBytes: number): ReadFailure {
  return failure('too-large', `${name}: the file is ${megabytes(size)}; the limit is ${megabytes(maxBytes)}`);
}

/** "25.3 MB", "20 MB" (binary megabytes, as file managers mostly show them). */
function megabytes(bytes: number): string {
  const mb = bytes / MiB;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** One line for a path that could not be stat'ed or opened. */
async function pathFailure(name: string, full: string, e: unknown): Promise<ReadFailure> {
  const code = errorCode(e);
  if (code === 'ENOENT') {
    // stat follows links: a link whose target is gone is there, but reads as missing.
    const target = await symbolicLinkTarget(full);
    if (target !== null) return failure('unreadable', `${name}: a broken symbolic link (it points to ${target}, which does not exist)`);
  }
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    const where = isAbsolute(name) ? '' : ` (looked for ${full})`;
    return failure('not-found', `${name}: no such file${where}`);
  }
  if (code === 'EACCES' || code === 'EPERM') return failure('unreadable', `${name}: permission denied`);
  if (code === 'EISDIR') return failure('unreadable', `${name}: not a regular file (a directory)`);
  if (code === 'ELOOP') return failure('unreadable', `${name}: a loop of symbolic links`);
  if (code === 'ENAMETOOLONG') return failure('unreadable', `${name}: the path is too long`);
  return failure('unreadable', `${name}: the file cannot be read (${code})`);
}

/**
 * Where the symbolic link at `full` points, when it is one: as the link writes it, or with `resolved`
 * the real path of the file it ends at; null when it is no link (or, resolved, when it ends nowhere).
 */
export async function symbolicLinkTarget(full: string, resolved = false): Promise<string | null> {
  try {
    if (!(await lstat(full)).isSymbolicLink()) return null;
    return await (resolved ? realpath(full) : readlink(full));
  } catch {
    return null;
  }
}

function errorCode(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string') return e.code;
  return e instanceof Error ? e.message : String(e);
}
