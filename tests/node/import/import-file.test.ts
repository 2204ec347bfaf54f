import { describe, expect, it } from 'vitest';
import { formatOf, importBytes, importFile } from '../../../node/import/import-file';
import { FIXTURES, fixtureBytes, RUSSIAN, WHITE_HOUSE } from './fixtures';

describe('formatOf', () => {
  it('goes by the extension, whatever its case; anything unknown is plain text', () => {
    expect(['a.HTML', 'a.htm', 'a.pdf', 'a.docx', 'a.md', 'a.txt', 'README', 'a.doc'].map(formatOf)).toEqual(['html', 'html', 'pdf', 'docx', 'markdown', 'text', 'text', 'text']);
  });
});

describe('importFile', () => {
  it('reads every format through one entry', async () => {
    for (const [file, format] of [['whitehouse.html', 'html'], ['whitehouse.pdf', 'pdf'], ['whitehouse.docx', 'docx']] as const) {
      expect(await importFile(file, { cwd: FIXTURES }), file).toMatchObject({ ok: true, imported: { text: WHITE_HOUSE, format } });
    }
    expect(await importFile('kremlin-ru.utf-16be.txt', { cwd: FIXTURES })).toEqual({
      ok: true, imported: { text: RUSSIAN, format: 'text', encoding: 'utf-16be', meta: {}, warnings: [] },
    });
  });

  it('passes on the reader\'s failures', async () => {
    expect(await importFile('missing.pdf', { cwd: FIXTURES })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('warns that an encoding given for a PDF or .docx is not used', async () => {
    expect(await importBytes(fixtureBytes('whitehouse.docx'), 'w.docx', { encoding: 'koi8-r' })).toMatchObject({
      ok: true, imported: { text: WHITE_HOUSE, warnings: ['w.docx: --encoding applies to text files and web pages only; ignored'] },
    });
  });

  it('carries how a text file or a web page was decoded into its warnings (tester 9, V12: a Windows-1252 readout opens, and says so)', async () => {
    expect(await importFile('bad/windows-1252.txt', { cwd: FIXTURES })).toMatchObject({
      ok: true, imported: { format: 'text', encoding: 'windows-1252', warnings: [expect.stringMatching(/^bad\/windows-1252\.txt: not UTF-8, so read as Windows-1252/)] },
    });
    const page = new TextEncoder().encode('<html><head><meta charset="windows-1252"></head><body><article><p>The leaders’ talks covered trade, energy and the security of the region at some length.</p></article></body></html>');
    expect(await importBytes(page, 'p.html')).toMatchObject({
      ok: true, imported: { encoding: 'utf-8', warnings: ['p.html: valid UTF-8, so read as UTF-8 (the page declares Windows-1252; not applied)'] },
    });
  });
});
