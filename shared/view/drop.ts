/**
 * What files dropped on the window (or the clipboard) do, decided before any byte
 * is read: one file replaces the side it was dropped on (readout A or B, or the
 * article), two files dropped anywhere are compared (the first on the left), and
 * anything else is refused with a message naming the file and the problem.
 */
import { isImportable, unsupportedMessage } from '../file/formats';
import type { ImportTarget } from '../ipc/contract';
import { MAX_IMPORT_BYTES } from '../ipc/limits';

/** A file as the drop event describes it. */
export interface DroppedFile {
  name: string;
  /** Its size in bytes. */
  size: number;
}

/** What a drop does: replace one source, compare two files, or nothing (with why). */
export type DropPlan =
  | { kind: 'replace'; target: ImportTarget; file: number }
  | { kind: 'compare'; a: number; b: number }
  | { kind: 'refuse'; message: string };

/** "25.3 MB". */
function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

/** The problem with one file, or null when it can be sent. */
export function fileProblem(file: DroppedFile): string | null {
  if (!isImportable(file.name)) return unsupportedMessage(file.name);
  if (file.size > MAX_IMPORT_BYTES) return `${file.name}: the file is ${megabytes(file.size)}; the limit is 20 MB`;
  if (file.size === 0) return `${file.name}: the file is empty`;
  return null;
}

/** What dropping `files` on `target` does (indices into `files`). */
export function dropPlan(files: readonly DroppedFile[], target: ImportTarget): DropPlan {
  if (files.length === 0) return { kind: 'refuse', message: 'Nothing was dropped that can be read: drop files from a folder.' };
  if (files.length > 2) return { kind: 'refuse', message: `Drop one file on a readout or the article to replace it, or two readouts to compare them, not ${files.length} files.` };
  const problem = files.map(fileProblem).find((p) => p !== null);
  if (problem) return { kind: 'refuse', message: problem };
  if (files.length === 2) {
    if (target === 'article') return { kind: 'refuse', message: 'Drop one article on the article panel, or two readouts on the readouts to compare them.' };
    return { kind: 'compare', a: 0, b: 1 };
  }
  return { kind: 'replace', target, file: 0 };
}

/** What the clipboard gives a paste: HTML (through the importers as a web page) when it has any, else plain text; null when it has neither. */
export function clipboardFile(html: string, text: string): { name: 'clipboard.html' | 'clipboard.txt'; content: string } | null {
  if (html.trim() !== '') return { name: 'clipboard.html', content: html };
  if (text.trim() !== '') return { name: 'clipboard.txt', content: text };
  return null;
}
