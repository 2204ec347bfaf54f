import { describe, expect, it } from 'vitest';
import { extractDocx } from '../../../node/import/docx';
import { checkZipEntries, readZipDirectory } from '../../../node/import/zip';
import { fixtureBytes, KREMLIN, WHITE_HOUSE } from './fixtures';

describe('extractDocx', () => {
  it('gives exactly the readout, paragraph by paragraph, and the document\'s title', async () => {
    expect(await extractDocx(fixtureBytes('whitehouse.docx'), 'whitehouse.docx')).toEqual({
      ok: true,
      imported: { text: WHITE_HOUSE, format: 'docx', encoding: null, warnings: [], meta: { title: "Readout of President Donald J. Trump's Call with President Vladimir Putin" } },
    });
    expect(await extractDocx(fixtureBytes('kremlin.docx'), 'kremlin.docx')).toMatchObject({ ok: true, imported: { text: KREMLIN } });
  });

  it('stops mammoth at the time limit', async () => {
    expect(await extractDocx(fixtureBytes('whitehouse.docx'), 'w.docx', { timeoutMs: 1 })).toMatchObject({ ok: false, error: { code: 'timeout' } });
  });
});

describe('the zip checks', () => {
  it('list a .docx\'s entries with their declared sizes', () => {
    const dir = readZipDirectory(fixtureBytes('whitehouse.docx'));
    expect(dir.ok && dir.entries.map((e) => e.name)).toEqual(['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'word/document.xml']);
  });

  it('refuse an archive whose declared sizes add up to more than the limit, before inflating anything', () => {
    expect(readZipDirectory(fixtureBytes('bad/zip-bomb.docx'))).toEqual({
      ok: false, problem: { kind: 'too-large', detail: 'its contents would inflate to more than 64 MB' },
    });
  });

  it('stop an entry that inflates to more than it declares at its declared size', () => {
    const bytes = fixtureBytes('bad/zip-bomb-lying.docx');
    const dir = readZipDirectory(bytes);
    expect(dir.ok).toBe(true);
    if (dir.ok) expect(checkZipEntries(bytes, dir.entries)).toEqual({ kind: 'too-large', detail: 'entry word/document.xml inflates to more than it declares' });
  });

  it('refuse what is not a zip, and a zip cut short', () => {
    expect(readZipDirectory(new TextEncoder().encode('PK but not really a zip archive at all'))).toMatchObject({ ok: false, problem: { kind: 'not-zip' } });
    const whole = fixtureBytes('whitehouse.docx');
    expect(readZipDirectory(whole.subarray(0, whole.length - 30))).toMatchObject({ ok: false, problem: { kind: 'not-zip' } });
  });

  it('find damaged compressed data', () => {
    const bytes = fixtureBytes('whitehouse.docx').slice();
    const dir = readZipDirectory(bytes);
    if (!dir.ok) throw new Error('fixture');
    const doc = dir.entries.find((e) => e.name === 'word/document.xml')!;
    bytes.fill(0xff, doc.localOffset + 80, doc.localOffset + 120);
    expect(checkZipEntries(bytes, dir.entries)).toMatchObject({ kind: 'not-zip' });
  });
});
