/**
 * The importers say what a file is (issue 15, item 14): UTF-16 without a byte-order
 * mark, a PDF, a Word file or a web page saved under a text name are named as such,
 * not as "binary" or "not UTF-8"; and the article's import warnings (such as "only the
 * first 500 pages were read") reach the CLI's stderr.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../node/commands/dispatch';
import { importBytes } from '../../../node/import/import-file';
import { recognisedFormat } from '../../../node/import/sniff';
import { ROOT } from '../../report-inputs';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'import');
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const problem = async (bytes: Uint8Array, name: string) => {
  const r = await importBytes(bytes, name);
  return r.ok ? 'imported' : r.error.message;
};

describe('a text file that is something else', () => {
  it('is said to look like UTF-16 without a byte-order mark (LE and BE)', async () => {
    expect(await problem(bytesOf('kremlin-ru.utf-16le.txt').slice(2), 'le.txt')).toMatch(/^le\.txt: this looks like UTF-16 \(little-endian\) without a byte-order mark/);
    expect(await problem(bytesOf('kremlin-ru.utf-16be.txt').slice(2), 'be.txt')).toMatch(/^be\.txt: this looks like UTF-16 \(big-endian\) without a byte-order mark/);
    const english = new Uint8Array(Buffer.from('The leaders spoke by telephone about peace.', 'utf16le'));
    expect(await problem(english, 'en.txt')).toMatch(/^en\.txt: this looks like UTF-16 \(little-endian\) without a byte-order mark/);
  });

  it('is said to be a PDF, a Word file (zip) or a web page', async () => {
    expect(await problem(bytesOf('kremlin.pdf'), 'kremlin.txt')).toBe('kremlin.txt: this is a PDF: name it .pdf or open it as PDF');
    expect(await problem(bytesOf('kremlin.docx'), 'kremlin.txt')).toBe('kremlin.txt: this is a zip archive (a Word .docx file?): name it .docx or open it as a Word file');
    expect(await problem(bytesOf('kremlin.html'), 'kremlin.txt')).toBe('kremlin.txt: this is a web page (HTML): name it .html or open it as a web page');
  });

  it('still reads plain text, Markdown that starts with a tag, and UTF-16 with its mark', async () => {
    expect(await problem(new TextEncoder().encode('<b>Note</b>: the leaders spoke.'), 'note.md')).toBe('imported');
    expect(await problem(bytesOf('kremlin-ru.utf-16le.txt'), 'bom.txt')).toBe('imported');
    expect(await problem(bytesOf('kremlin-ru.windows-1251.txt'), 'cp.txt')).toBe('imported');
  });
});

describe("an article's warnings", () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'sniff-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // The same path as the 500-page warning of a long PDF article (a 501-page PDF takes longer than the PDF reader's 1.2 s here).
  it('reach stderr as the readouts\' do', async () => {
    const out = await runCli(['compare', join(FIXTURES, 'whitehouse.docx'), join(FIXTURES, 'kremlin.docx'), '--article', join(FIXTURES, 'kremlin.pdf'), '--encoding', 'windows-1251', '--no-meta'], { cwd: dir, color: false, width: 100 });
    expect(out.exitCode, out.stderr).toBe(0);
    expect(out.stderr).toContain(`warning: ${join(FIXTURES, 'whitehouse.docx')}: --encoding applies to text files and web pages only; ignored`);
    expect(out.stderr).toContain(`warning: ${join(FIXTURES, 'kremlin.pdf')}: --encoding applies to text files and web pages only; ignored`);
  }, 60_000);
});

describe('UTF-16 without a byte-order mark is said only of text', () => {
  it('does not call a few bytes of a binary file UTF-16 because a NUL sits on one side by chance', () => {
    // An executable's first bytes: 0x7f "ELF" 0x00 0x01.
    expect(recognisedFormat(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]))).toBeNull();
    // Control characters read as UTF-16 are no text either.
    expect(recognisedFormat(new Uint8Array(Array.from({ length: 32 }, (_, i) => (i % 2 === 0 ? (i % 6) + 1 : 0))))).toBeNull();
  });

  it('still recognises a Russian text in UTF-16 without its mark', () => {
    const le = Buffer.from('Президент России провёл телефонный разговор.', 'utf16le');
    expect(recognisedFormat(new Uint8Array(le))).toMatch(/^this looks like UTF-16 \(little-endian\)/);
  });
});
