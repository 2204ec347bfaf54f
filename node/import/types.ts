/**
 * What an importer gives: the text of a readout in any supported format, what
 * the file says about itself, and the coded failures, each naming the file.
 */
import type { ReadTextErrorCode } from '../read-text';
import type { Result } from '../result';

/** The formats read: plain text and Markdown as they are, the others by extracting their text. */
export type ImportFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx';

/** What a file's own metadata says (a web page's og: tags, a PDF's or .docx's properties); a field is absent when it says nothing. */
export interface ImportedMeta {
  title?: string;
  /** Publication date, YYYY-MM-DD. */
  date?: string;
  publisher?: string;
  /** Absolute http(s) address of the original. */
  url?: string;
  /** BCP 47 tag the file declares (a web page's `lang`); the text's detected language is decided elsewhere. */
  language?: string;
}

/** A readout's text taken out of its file. */
export interface Imported {
  /** The text: as read for plain text and Markdown; for other formats paragraphs separated by a blank line, ending with a newline. */
  text: string;
  format: ImportFormat;
  /** The encoding the bytes were decoded from, for text formats (WHATWG name: "utf-8", "windows-1251", …); null for the others. */
  encoding: string | null;
  meta: ImportedMeta;
  /** Things the user may want to know that did not stop the import, one line each, naming the file. */
  warnings: string[];
}

/**
 * Why a file could not be imported: the text reader's codes, and
 * - `damaged`: not a valid file of its format (a corrupt PDF, a .docx that is not a zip)
 * - `encrypted`: a password-protected PDF
 * - `no-text`: nothing to extract (an image-only PDF, a page with no main text, an empty document)
 * - `zip-bomb`: a .docx whose contents would inflate beyond the limits
 * - `timeout`: extraction took longer than its time limit
 */
export type ImportErrorCode = ReadTextErrorCode | 'damaged' | 'encrypted' | 'no-text' | 'zip-bomb' | 'timeout';

/** An imported file, or why it could not be imported. */
export type ImportResult = Result<{ imported: Imported }, ImportErrorCode>;
