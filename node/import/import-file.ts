/**
 * The one entry to the importers: reads a file (read-text.ts's checks: a
 * regular file, at most 20 MB, never blocking) and takes its text out by its
 * format. The format is the file name's extension: .html/.htm, .pdf, .docx;
 * .md/.markdown are Markdown; anything else is plain text, decoded by the
 * encoding rule of text.ts. Every failure is one line naming the file.
 */
import { extname } from 'node:path';
import { readFileBytes, type InputRole } from '../read-text';
import { extractDocx } from './docx';
import { extractHtml } from './html';
import { extractPdf } from './pdf';
import { recognisedFormat } from './sniff';
import { decodeTextBytes } from './text';
import type { ImportFormat, ImportResult } from './types';

/** Options of {@link importFile}. */
export interface ImportOptions {
  /** Folder a relative path is resolved against; default `process.cwd()`. */
  cwd?: string;
  /** The encoding of a text file or web page, overriding the rule (a WHATWG label: "windows-1251", "koi8-r", "utf-16le", …). */
  encoding?: string;
  /** Size limit in bytes; default 20 MB (read-text.ts). */
  maxBytes?: number;
  /** Time limit for extracting a web page, PDF or .docx, in milliseconds (default: each importer's own, 1.2–1.5 s). */
  timeoutMs?: number;
  /** What the file is opened as, for messages ("not a text article"); default a readout. */
  role?: InputRole;
}

/** The format of the file at `path`, by its extension. */
export function formatOf(path: string): ImportFormat {
  switch (extname(path).toLowerCase()) {
    case '.html': case '.htm': case '.xhtml': return 'html';
    case '.pdf': return 'pdf';
    case '.docx': return 'docx';
    case '.md': case '.markdown': return 'markdown';
    default: return 'text';
  }
}

/** Imports the readout at `path` (as the user gave it: messages name it so). */
export async function importFile(path: string, options: ImportOptions = {}): Promise<ImportResult> {
  const read = await readFileBytes(path, { cwd: options.cwd, maxBytes: options.maxBytes });
  if (!read.ok) return read;
  return importBytes(read.bytes, path, options);
}

/** Imports a file's bytes already in memory; `name` is the file's name or path, for the format and for messages. */
export async function importBytes(bytes: Uint8Array, name: string, options: Pick<ImportOptions, 'encoding' | 'timeoutMs' | 'role'> = {}): Promise<ImportResult> {
  const format = formatOf(name);
  if (bytes.length === 0) return { ok: false, error: { code: 'empty', message: `${name}: the file is empty` } };
  switch (format) {
    case 'html':
      return extractHtml(bytes, name, { encoding: options.encoding, timeoutMs: options.timeoutMs });
    case 'pdf':
      return withEncodingIgnored(await extractPdf(bytes, name, { timeoutMs: options.timeoutMs }), name, options.encoding);
    case 'docx':
      return withEncodingIgnored(await extractDocx(bytes, name, { timeoutMs: options.timeoutMs }), name, options.encoding);
    case 'text':
    case 'markdown': {
      // A PDF, a Word file, a web page or BOM-less UTF-16 under a text name: said as such (sniff.ts), unless an encoding is given.
      const other = options.encoding === undefined ? recognisedFormat(bytes) : null;
      if (other !== null) return { ok: false, error: { code: other.startsWith('this looks like UTF-16') ? 'encoding' : 'binary', message: `${name}: ${other}` } };
      const decoded = decodeTextBytes(bytes, name, options.encoding, options.role);
      if (!decoded.ok) return decoded;
      return { ok: true, imported: { text: decoded.text, format, encoding: decoded.encoding, meta: {}, warnings: decoded.warning === undefined ? [] : [decoded.warning] } };
    }
  }
}

/** A PDF or Word document carries its own encoding: say that an encoding given for it was not used. */
function withEncodingIgnored(result: ImportResult, name: string, encoding: string | undefined): ImportResult {
  if (!result.ok || encoding === undefined) return result;
  return { ok: true, imported: { ...result.imported, warnings: [...result.imported.warnings, `${name}: --encoding applies to text files and web pages only; ignored`] } };
}
