/**
 * The file formats the importers read (node/import/), by file name extension: what
 * the open dialogs offer and what a file dropped on the window may be. Pure, so the
 * renderer can refuse an unsupported file before sending its bytes, and main checks
 * the same rule.
 */

/** The extensions of the formats read: plain text, Markdown, saved web pages, PDFs, Word documents. */
export const IMPORT_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'pdf', 'docx'] as const;

/** Other spellings the importers also take (node/import/import-file.ts `formatOf`). */
const ALSO_READ = ['markdown', 'xhtml', 'text'];

/** The extension of a file name, lower case, without the dot; '' when it has none. */
export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/** Whether a file named `name` is in a format the importers read. */
export function isImportable(name: string): boolean {
  const ext = extensionOf(name);
  return (IMPORT_EXTENSIONS as readonly string[]).includes(ext) || ALSO_READ.includes(ext);
}

/** The message for a file in a format the importers do not read. */
export function unsupportedMessage(name: string): string {
  const ext = extensionOf(name);
  const what = ext === '' ? 'a file without an extension' : `a .${ext} file`;
  return `${name}: ${what} cannot be read; Readout Compare reads plain text (.txt), Markdown (.md), web pages (.html, .htm), PDFs (.pdf) and Word documents (.docx)`;
}
