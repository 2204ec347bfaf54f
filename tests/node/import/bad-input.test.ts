/**
 * The bad-input corpus (tests/fixtures/import/bad/, made by
 * scripts/make-import-fixtures.ts; files over the size limit are made here,
 * sparse): every file gives its one-line message naming it, within 2 s.
 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importFile } from '../../../node/import/import-file';
import type { ImportErrorCode } from '../../../node/import/types';
import { FIXTURES } from './fixtures';

const LIMIT_MS = 2000;

// The machine's load is the edge here: the workers' time limits stretch on a busy machine
// (busyLimit, node/import/worker-run.ts), and the corpus's messages and timings are those of
// a quiet one, whatever else runs beside the tests.
vi.mock('node:os', async (original) => ({ ...(await original<typeof import('node:os')>()), loadavg: () => [0, 0, 0] }));
const NO_MAIN_TEXT = 'no main text found in the web page (only navigation, links or boilerplate); if its text is loaded by scripts, which are never run here, save the page again from a browser after it has loaded, or print it to PDF';

const CORPUS: [file: string, code: ImportErrorCode, message: string][] = [
  ['bad/corrupt.pdf', 'damaged', 'the PDF is damaged and cannot be read (Invalid PDF structure.)'],
  ['bad/truncated.pdf', 'damaged', 'the PDF is damaged and cannot be read (Invalid PDF structure.)'],
  ['bad/encrypted.pdf', 'encrypted', 'the PDF is protected by a password; save or print an unprotected copy from a PDF reader and open that'],
  ['bad/image-only.pdf', 'no-text', 'the PDF has no text layer (its pages are images, as in a scan); run it through OCR (for example ocrmypdf) and open the result'],
  ['bad/not-a-zip.docx', 'damaged', 'not a Word document (.docx): it is not a zip archive'],
  ['bad/zip-bomb.docx', 'zip-bomb', 'refused: its contents would inflate to more than 64 MB (a zip bomb, or far more than a readout)'],
  ['bad/zip-bomb-lying.docx', 'zip-bomb', 'refused: entry word/document.xml inflates to more than it declares (a zip bomb, or far more than a readout)'],
  ['bad/empty.docx', 'no-text', 'the Word document has no text'],
  ['bad/no-main-text.html', 'no-text', NO_MAIN_TEXT],
  ['bad/script-only.html', 'no-text', NO_MAIN_TEXT],
  ['bad/utf-8-corrupt.txt', 'encoding', 'the file is not valid UTF-8 (first bad byte at offset 203, line 1)'],
  ['bad/deep-nesting.html', 'timeout', 'reading the web page took longer than 1.5 s; it may be built to stall readers'],
  ['bad/slow.docx', 'timeout', 'reading the Word document took longer than 1.2 s; it may be damaged, far longer than a readout, or built to stall readers'],
];

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'import-bad-'));
  for (const name of ['huge.html', 'huge.pdf', 'huge.docx', 'huge.txt']) {
    writeFileSync(join(dir, name), '');
    truncateSync(join(dir, name), 21 * 1024 * 1024); // sparse: nothing written
  }
  writeFileSync(join(dir, 'not-a.pdf'), '<html><body>Saved with the wrong name</body></html>');
  writeFileSync(join(dir, 'empty.pdf'), '');
  writeFileSync(join(dir, 'blank.html'), '  \n ');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Imports `file` and checks that it failed with `code` and `message` in time. */
async function expectRefused(file: string, cwd: string, code: string, message: string): Promise<void> {
  const started = performance.now();
  const result = await importFile(file, { cwd });
  const ms = performance.now() - started;
  expect(result).toEqual({ ok: false, error: { code, message: `${file}: ${message}` } });
  expect(ms, `${file} took ${Math.round(ms)} ms`).toBeLessThan(LIMIT_MS);
}

describe('the bad-input corpus', () => {
  for (const [file, code, message] of CORPUS) {
    it(`${file}: "${message}"`, () => expectRefused(file, FIXTURES, code, message));
  }

  for (const name of ['huge.html', 'huge.pdf', 'huge.docx', 'huge.txt']) {
    it(`${name}: refused by its size before anything is read`, () => expectRefused(name, dir, 'too-large', 'the file is 21 MB; the limit is 20 MB'));
  }

  it('a web page saved with a .pdf name is no PDF', () => expectRefused('not-a.pdf', dir, 'damaged', 'not a PDF file (no %PDF- header)'));
  it('an empty PDF is empty', () => expectRefused('empty.pdf', dir, 'empty', 'the file is empty'));
  it('a blank web page is empty', () => expectRefused('blank.html', dir, 'empty', 'the file is empty (it holds only whitespace)'));
});
