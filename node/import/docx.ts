/**
 * A Word document's readout: its paragraphs as mammoth reads them (raw text,
 * a blank line between paragraphs), after zip.ts has checked that the archive
 * is what it says and inflates to a sane size. mammoth runs in a worker thread
 * with a time limit (worker-run.ts): it takes seconds over a few megabytes of
 * XML, and a document can be built to make it take longer. The title comes
 * from the document's properties (docProps/core.xml); the other properties
 * (author, created) describe the file, not the publication, and are not used.
 */
import { createRequire } from 'node:module';
import { failure } from '../result';
import type { ImportResult } from './types';
import { busyLimit, duration, runInWorker } from './worker-run';
import { checkZipEntries, readZipDirectory, zipEntryText, type ZipProblem } from './zip';

/** Longest mammoth may read a document, in milliseconds, from the moment it is loaded (a long readout takes under 200 ms). */
export const DOCX_TIME_LIMIT_MS = 1200;

/** Options of {@link extractDocx}. */
export interface DocxOptions {
  /** Time limit in milliseconds; default {@link DOCX_TIME_LIMIT_MS}, stretched on a busy machine ({@link busyLimit}). */
  timeoutMs?: number;
}

const requireHere = createRequire(__filename);

/** The worker, as plain JavaScript (it runs outside the TypeScript loader, in any build). */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const mammoth = require(workerData.mammothPath);
parentPort.postMessage({ ready: true });
mammoth.extractRawText({ buffer: Buffer.from(workerData.data) }).then(
  (result) => parentPort.postMessage({ ok: true, text: result.value }),
  (e) => parentPort.postMessage({ ok: false, name: String((e && e.name) || 'Error'), message: String((e && e.message) || e) }),
);
`;

/** Extracts the readout of the .docx in `bytes` (file `name`, for messages). */
export async function extractDocx(bytes: Uint8Array, name: string, options: DocxOptions = {}): Promise<ImportResult> {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return zipFailure(name, directory.problem);
  const problem = checkZipEntries(bytes, directory.entries);
  if (problem) return zipFailure(name, problem);
  if (!directory.entries.some((e) => e.name === 'word/document.xml'))
    return failure('damaged', `${name}: not a Word document (the archive has no word/document.xml)`);

  const timeoutMs = options.timeoutMs ?? busyLimit(DOCX_TIME_LIMIT_MS);
  const answer = await runInWorker<{ ok: true; text: string }>(WORKER_SOURCE, { mammothPath: requireHere.resolve('mammoth'), data: bytes }, { timeoutMs });
  if (answer === 'timeout')
    return failure('timeout', `${name}: reading the Word document took longer than ${duration(timeoutMs)}; it may be damaged, far longer than a readout, or built to stall readers`);
  if (!answer.ok) {
    const detail = answer.message.split('\n')[0]!.slice(0, 120);
    return failure('damaged', `${name}: the Word document is damaged and cannot be read (${detail})`);
  }
  const paragraphs = answer.text.split(/\n{2,}/).map((p) => p.replace(/[ \t]+/g, ' ').trim()).filter((p) => p !== '');
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
