/**
 * Loads a readout from disk as the analysis core takes it: its text, taken out
 * of its file by the importers (node/import/: plain text and Markdown in any
 * supported encoding, web pages, PDFs, Word documents), and what is known about
 * it (meta.ts), completed by what the file says about itself and the language
 * its text is in.
 *
 * Precedence for each field: the meta.json's value; else the file's own
 * metadata (a page's og: tags, a PDF's title). The language: the meta.json's
 * explicit `language`; else the language detected from the text
 * (shared/text/detect-language.ts); else the one the file declares; else the
 * default ("en").
 */
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { SourceDoc, SourceMeta } from '../shared/model/types';
import { detectLanguage } from '../shared/text/detect-language';
import { formatOf, importBytes, importFile } from './import/import-file';
import type { ImportErrorCode, ImportFormat, Imported } from './import/types';
import { defaultMeta, loadMetaFile, metaFor, type MetaErrorCode } from './meta';
import { MAX_TEXT_BYTES, MAX_TEXT_CHARS, type InputRole, type ReadTextErrorCode } from './read-text';
import type { Result } from './result';

/** Where a readout's meta comes from, and how to read it. */
export interface SourceDocOptions {
  /** Folder relative paths are resolved against; default `process.cwd()`. */
  cwd?: string;
  /** A meta.json to use instead of the one next to the file. */
  metaPath?: string;
  /** Use no meta.json at all: label the readout by its file name. */
  noMeta?: boolean;
  /** The encoding of a text file or web page, overriding the detection (a WHATWG label such as "windows-1251"). */
  encoding?: string;
  /** What the file is opened as, for messages ("not a text article"); default a readout. */
  role?: InputRole;
}

/** A loaded readout, or why it could not be loaded. */
export type SourceDocResult = Result<{
  doc: SourceDoc;
  /** The meta.json that described the readout, or null when the defaults were used. */
  metaFile: string | null;
  /** The file's format: for anything but text and Markdown, `doc.text` is extracted and differs from the file's bytes. */
  format: ImportFormat;
  /** The encoding a text file or web page was decoded from (WHATWG name), null for PDF and .docx. */
  encoding: string | null;
  /** Things worth telling the user that did not stop the load, one line each naming the file. */
  warnings: string[];
}, ReadTextErrorCode | MetaErrorCode>;

/** Reads the readout at `path` (as the user gave it; it becomes `doc.file`) and its meta. */
export async function loadSourceDoc(path: string, options: SourceDocOptions = {}): Promise<SourceDocResult> {
  const size = await stat(resolve(options.cwd ?? process.cwd(), path)).then((s) => (s.isFile() ? s.size : 0), () => 0);
  const early = tooLongForItsSize(path, size);
  if (early) return early;
  const read = await importFile(path, { cwd: options.cwd, encoding: options.encoding, role: options.role });
  if (!read.ok) return { ok: false, error: { code: readCode(read.error.code), message: read.error.message } };
  const { imported } = read;
  const long = tooLong(imported.text, path);
  if (long) return long;
  const found = { format: imported.format, encoding: imported.encoding, warnings: imported.warnings };
  if (options.noMeta) return { ok: true, doc: { file: path, text: imported.text, meta: completed(defaultMeta(path), imported, false, false) }, metaFile: null, ...found };
  const meta = await metaFor(path, options.metaPath, { cwd: options.cwd });
  if (!meta.ok) return meta;
  const explicitLanguage = meta.metaFile !== null && await declaresLanguage(meta.metaFile, path, options.cwd);
  return { ok: true, doc: { file: path, text: imported.text, meta: completed(meta.meta, imported, explicitLanguage, meta.metaFile !== null) }, metaFile: meta.metaFile, ...found };
}

/**
 * Reads a readout from bytes already in memory (a file dropped on the window, the
 * clipboard): `name` gives its format by its extension ("clipboard.html") and names it
 * in messages and as `doc.file`. No meta.json: the label is the name, completed from
 * what the file says about itself. The size limit is the files' (20 MB).
 */
export async function loadSourceBytes(bytes: Uint8Array, name: string, role: InputRole = 'readout'): Promise<SourceDocResult> {
  if (bytes.length > MAX_TEXT_BYTES) return { ok: false, error: { code: 'too-large', message: `${name}: the file is larger than 20 MB` } };
  const early = tooLongForItsSize(name, bytes.length);
  if (early) return early;
  const read = await importBytes(bytes, name, { role });
  if (!read.ok) return { ok: false, error: { code: readCode(read.error.code), message: read.error.message } };
  const { imported } = read;
  const long = tooLong(imported.text, name);
  if (long) return long;
  return {
    ok: true, doc: { file: name, text: imported.text, meta: completed(defaultMeta(name), imported, false, false) }, metaFile: null,
    format: imported.format, encoding: imported.encoding, warnings: imported.warnings,
  };
}

const n = (x: number) => x.toLocaleString('en-US');
/** Why a text over `MAX_TEXT_CHARS` is refused. */
const LIMIT = `the limit is ${n(MAX_TEXT_CHARS)} characters (about 300,000 words), so that a comparison takes seconds, not minutes`;

/** A text too long to compare in time, refused naming its file as given (`MAX_TEXT_CHARS`); null when it is not. */
function tooLong(text: string, name: string): Extract<SourceDocResult, { ok: false }> | null {
  if (text.length <= MAX_TEXT_CHARS) return null;
  return { ok: false, error: { code: 'too-large', message: `${name}: the text is ${n(text.length)} characters long; ${LIMIT}` } };
}

/** Most bytes one character of a text file takes, in any encoding read (UTF-8: 3 bytes for one UTF-16 unit, 4 for two). */
const MAX_BYTES_PER_CHAR = 3;

/**
 * A text or Markdown file whose size alone says its text is too long (`MAX_TEXT_CHARS`), refused
 * before it is read and decoded, which would take seconds for nothing; null otherwise (other
 * formats extract far less text than their size).
 */
function tooLongForItsSize(name: string, bytes: number): Extract<SourceDocResult, { ok: false }> | null {
  const format = formatOf(name);
  if ((format !== 'text' && format !== 'markdown') || bytes <= MAX_BYTES_PER_CHAR * (MAX_TEXT_CHARS + 1)) return null;
  return { ok: false, error: { code: 'too-large', message: `${name}: the file is ${n(bytes)} bytes, so its text is over ${n(MAX_TEXT_CHARS)} characters; ${LIMIT}` } };
}

/** The longest publisher name a web page may give a readout as its label (longer ones read as a sentence, not a name). */
const MAX_PUBLISHER_LABEL = 40;

/**
 * `meta` with the gaps filled from the file's own metadata and the language decided
 * (see the module comment). A readout no meta.json describes (`described` false) is
 * labelled by the publisher its page names ("The White House"), when it names one,
 * rather than by its file name.
 */
export function completed(meta: SourceMeta, imported: Pick<Imported, 'text' | 'meta'>, explicitLanguage: boolean, described = true): SourceMeta {
  const own = imported.meta;
  const publisher = own.publisher?.trim();
  const pageLabel = !described && publisher && publisher.length <= MAX_PUBLISHER_LABEL ? publisher : undefined;
  return {
    ...meta,
    label: pageLabel ?? meta.label,
    title: meta.title ?? own.title ?? null,
    publisher: meta.publisher ?? own.publisher ?? null,
    url: meta.url ?? own.url ?? null,
    date: meta.date ?? own.date ?? null,
    language: explicitLanguage ? meta.language : detectLanguage(imported.text) ?? own.language ?? meta.language,
  };
}

/** Whether the meta.json at `metaPath` gives the readout at `path` a language of its own (meta.ts fills in "en" when it does not). */
async function declaresLanguage(metaPath: string, path: string, cwd?: string): Promise<boolean> {
  const loaded = await loadMetaFile(metaPath, { cwd });
  if (!loaded.ok) return false;
  const name = basename(resolve(cwd ?? process.cwd(), path));
  const { readouts, article } = loaded.metaFile;
  const entry = readouts.find((r) => r.file === name) ?? (article?.file === name ? article : undefined);
  return typeof entry?.language === 'string';
}

/**
 * The code of an import failure among the reader's codes, which the app's IPC
 * contract knows: a damaged, encrypted or stalling file is unreadable, one
 * with nothing to extract is empty, a zip bomb is too large. The message keeps
 * the detail.
 */
function readCode(code: ImportErrorCode): ReadTextErrorCode {
  switch (code) {
    case 'damaged': case 'encrypted': case 'timeout': return 'unreadable';
    case 'no-text': return 'empty';
    case 'zip-bomb': return 'too-large';
    default: return code;
  }
}
