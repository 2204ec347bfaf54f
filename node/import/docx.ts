/**
 * A Word document's readout: its paragraphs as mammoth reads them (raw text,
 * a blank line between paragraphs), after zip.ts has checked that the archive
 * is what it says and inflates to a sane size. The title comes from the
 * document's properties (docProps/core.xml); the other properties (author,
 * created) describe the file, not the publication, and are not used.
 */
import mammoth from 'mammoth';
import { failure } from '../result';
import type { ImportResult } from './types';
import { checkZipEntries, readZipDirectory, zipEntryText, type ZipProblem } from './zip';

/** Extracts the readout of the .docx in `bytes` (file `name`, for messages). */
export async function extractDocx(bytes: Uint8Array, name: string): Promise<ImportResult> {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return zipFailure(name, directory.problem);
  const problem = checkZipEntries(bytes, directory.entries);
  if (problem) return zipFailure(name, problem);
  if (!directory.entries.some((e) => e.name === 'word/document.xml'))
    return failure('damaged', `${name}: not a Word document (the archive has no word/document.xml)`);

  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (e) {
    const detail = (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 120);
    return failure('damaged', `${name}: the Word document is damaged and cannot be read (${detail})`);
  }
  const paragraphs = raw.split(/\n{2,}/).map((p) => p.replace(/[ \t]+/g, ' ').trim()).filter((p) => p !== '');
  if (paragraphs.length === 0) return failure('no-text', `${name}: the Word document has no text`);
  const title = coreTitle(zipEntryText(bytes, directory.entries, 'docProps/core.xml'));
  return {
    ok: true,
    imported: { text: `${paragraphs.join('\n\n')}\n`, format: 'docx', encoding: null, meta: title ? { title } : {}, warnings: [] },
  };
}

function zipFailure(name: string, problem: ZipProblem): ImportResult {
  if (problem.kind === 'too-large') return failure('zip-bomb', `${name}: refused: ${problem.detail} (a zip bomb, or far more than a readout)`);
  return failure('damaged', `${name}: not a Word document (.docx): ${problem.detail}`);
}

/** The `dc:title` of a core properties part, unescaped; undefined when empty or absent. */
function coreTitle(xml: string | null): string | undefined {
  const m = xml ? /<dc:title>([^<]*)<\/dc:title>/.exec(xml) : null;
  const title = m?.[1]
    ?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ').trim();
  return title || undefined;
}
