import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSourceDoc } from '../../node/source-doc';

const PAIRS = fileURLToPath(new URL('../fixtures/pairs', import.meta.url));

describe('loadSourceDoc', () => {
  it('loads the text as read and the meta from the neighbouring meta.json, keeping the path as given', async () => {
    const result = await loadSourceDoc('2025-03-18-trump-putin/kremlin.txt', { cwd: PAIRS });
    expect(result).toMatchObject({ ok: true, metaFile: '2025-03-18-trump-putin/meta.json', doc: { file: '2025-03-18-trump-putin/kremlin.txt', meta: { label: 'Kremlin', complete: false } } });
    expect(result.ok && result.doc.text).toBe(readFileSync(join(PAIRS, '2025-03-18-trump-putin/kremlin.txt'), 'utf8').replace(/^\uFEFF/, ''));
  });

  it('labels the readout by its file name with noMeta', async () => {
    expect(await loadSourceDoc('2025-03-18-trump-putin/kremlin.txt', { cwd: PAIRS, noMeta: true })).toMatchObject({
      ok: true, metaFile: null, doc: { meta: { label: 'Kremlin', complete: true } },
    });
  });

  it('passes on why the text could not be read', async () => {
    expect(await loadSourceDoc('missing.txt', { cwd: PAIRS })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('passes on why the meta could not be read', async () => {
    expect(await loadSourceDoc('2025-03-18-trump-putin/kremlin.txt', { cwd: PAIRS, metaPath: 'missing.json' })).toMatchObject({ ok: false, error: { code: 'meta-not-found' } });
  });
});

describe('loadSourceDoc with the importers', () => {
  const IMPORT = fileURLToPath(new URL('../fixtures/import', import.meta.url));
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'source-doc-'));
    for (const name of ['whitehouse.html', 'kremlin-ru.koi8-r.txt']) copyFileSync(join(IMPORT, name), join(dir, name));
    writeFileSync(join(dir, 'meta.json'), JSON.stringify({
      date: '2025-03-19',
      readouts: [
        { file: 'whitehouse.html', label: 'White House', title: 'The title the desk gave it', url: null },
        { file: 'kremlin-ru.koi8-r.txt', label: 'Kremlin', language: 'ru-RU' },
      ],
    }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fills what meta.json leaves open from the page\'s own metadata, and lets meta.json win', async () => {
    const result = await loadSourceDoc('whitehouse.html', { cwd: dir });
    expect(result).toMatchObject({
      ok: true, format: 'html', encoding: 'utf-8', warnings: [],
      doc: { meta: { label: 'White House', title: 'The title the desk gave it', publisher: 'The White House', date: '2025-03-19', language: 'en',
        url: 'https://www.whitehouse.gov/briefings-statements/2025/03/readout-of-president-donald-j-trumps-call-with-president-vladimir-putin/' } },
    });
  });

  it('labels a page no meta.json describes by the publisher it names, and a text file by its name', async () => {
    expect(await loadSourceDoc('whitehouse.html', { cwd: IMPORT, noMeta: true })).toMatchObject({ ok: true, doc: { meta: { label: 'The White House', publisher: 'The White House' } } });
    expect(await loadSourceDoc('kremlin-ru.utf-16le.txt', { cwd: IMPORT, noMeta: true })).toMatchObject({ ok: true, doc: { meta: { label: 'Kremlin Ru Utf 16le' } } });
  });

  it('detects the language of the text unless meta.json gives one', async () => {
    expect(await loadSourceDoc('kremlin-ru.koi8-r.txt', { cwd: dir })).toMatchObject({ ok: true, encoding: 'koi8-r', doc: { meta: { language: 'ru-RU' } } });
    expect(await loadSourceDoc('kremlin-ru.koi8-r.txt', { cwd: dir, noMeta: true })).toMatchObject({ ok: true, doc: { meta: { language: 'ru', label: 'Kremlin Ru Koi8 R' } } });
  });

  it('reports an importer\'s failure under the reader\'s codes, with its message', async () => {
    expect(await loadSourceDoc('bad/encrypted.pdf', { cwd: IMPORT })).toMatchObject({ ok: false, error: { code: 'unreadable', message: expect.stringMatching(/protected by a password/) } });
    expect(await loadSourceDoc('bad/image-only.pdf', { cwd: IMPORT })).toMatchObject({ ok: false, error: { code: 'empty', message: expect.stringMatching(/no text layer/) } });
    expect(await loadSourceDoc('bad/zip-bomb.docx', { cwd: IMPORT })).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });
});
