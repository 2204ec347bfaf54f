/**
 * Reads a readout (or any small UTF-8 text file) from disk, refusing what is not
 * a text readout with one clear line: too large, empty, binary, not UTF-8,
 * missing or unreadable. Used by the CLI; written for Electron's main process too
 * (async, no process-wide state, errors as values).
 */
import { open } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { failure, type Result } from './result';
import { firstInvalidUtf8Offset, lineOfOffset } from './utf8';

/** Largest file read, in bytes (20 MiB; a long readout is well under 100 kB). */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

/** Why a file could not be read as text. */
export type ReadTextErrorCode = 'not-found' | 'unreadable' | 'too-large' | 'empty' | 'binary' | 'encoding';

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
 * Reads `path` as UTF-8 text. The size is checked before anything is read. A
 * leading byte order mark is removed; nothing else is changed (CRLF stays).
 * Messages name the file as `path` was given.
 */
export async function readTextFile(path: string, options: ReadTextOptions = {}): Promise<ReadTextResult> {
  const name = path;
  const full = resolve(options.cwd ?? process.cwd(), path);
  const maxBytes = options.maxBytes ?? MAX_TEXT_BYTES;
  let handle;
  try {
    handle = await open(full, 'r');
  } catch (e) {
    return openFailure(name, full, e);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return failure('unreadable', `${name}: this is a folder, not a file`);
    if (!stat.isFile()) return failure('unreadable', `${name}: this is not a regular file`);
    if (stat.size > maxBytes) return tooLarge(name, stat.size, maxBytes);
    const bytes = await handle.readFile();
    // The file may have grown since the stat.
    if (bytes.length > maxBytes) return tooLarge(name, bytes.length, maxBytes);
    return decodeText(bytes, name);
  } catch (e) {
    return failure('unreadable', `${name}: the file cannot be read (${errorCode(e)})`);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * Decodes the bytes of a text file named `name` (for messages): refuses empty,
 * binary and non-UTF-8 content, removes a leading BOM, changes nothing else.
 */
export function decodeText(bytes: Uint8Array, name: string): ReadTextResult {
  if (bytes.length === 0) return failure('empty', `${name}: the file is empty`);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return failure('encoding', `${name}: the file is UTF-16 text; save it as UTF-8`);
  if (bytes.indexOf(0) >= 0)
    return failure('binary', `${name}: this looks like a binary file (it contains NUL bytes), not a text readout`);
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

function tooLarge(name: string, size: number, maxBytes: number): ReadTextResult {
  return failure('too-large', `${name}: the file is ${megabytes(size)}; the limit is ${megabytes(maxBytes)}`);
}

/** "25.3 MB", "20 MB" (binary megabytes, as file managers mostly show them). */
function megabytes(bytes: number): string {
  const mb = bytes / MiB;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

function openFailure(name: string, full: string, e: unknown): ReadTextResult {
  const code = errorCode(e);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    const where = isAbsolute(name) ? '' : ` (looked for ${full})`;
    return failure('not-found', `${name}: no such file${where}`);
  }
  if (code === 'EACCES' || code === 'EPERM') return failure('unreadable', `${name}: permission denied`);
  if (code === 'EISDIR') return failure('unreadable', `${name}: this is a folder, not a file`);
  return failure('unreadable', `${name}: the file cannot be read (${code})`);
}

function errorCode(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string') return e.code;
  return e instanceof Error ? e.message : String(e);
}
