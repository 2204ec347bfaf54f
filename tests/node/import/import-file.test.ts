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
});
