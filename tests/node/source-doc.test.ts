import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

describe('a text longer than a comparison can take in time (issue 15, item 10)', () => {
  // A 19.9 MB text took 135 s and 1.06 GB to compare: a text over 2,000,000 characters is refused as it is
  // read, naming the file, from disk and from bytes alike.
  const long = `${'The two leaders discussed the situation in the region at length. '.repeat(31_000)}\n`;
  it('is refused with one line naming the file, from disk and from bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'long-'));
    writeFileSync(join(dir, 'long.txt'), long);
    const message = expect.stringMatching(/^long\.txt: the text is 2,015,001 characters long; the limit is 2,000,000 characters/);
    expect(await loadSourceDoc('long.txt', { cwd: dir, noMeta: true })).toEqual({ ok: false, error: { code: 'too-large', message } });
    const { loadSourceBytes } = await import('../../node/source-doc');
    expect(await loadSourceBytes(new TextEncoder().encode(long), 'long.txt')).toEqual({ ok: false, error: { code: 'too-large', message } });
    rmSync(dir, { recursive: true });
  });

  it('names the file as the path was given, folders and all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'long-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'long.txt'), long);
    expect(await loadSourceDoc('sub/long.txt', { cwd: dir, noMeta: true })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^sub\/long\.txt: the text is 2,015,001 characters/) } });
    rmSync(dir, { recursive: true });
  });

  it('refuses a text file whose size alone says its text is too long, before reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'long-'));
    mkdirSync(join(dir, 'sub'));
    const big = `${long.repeat(3)}`;
    writeFileSync(join(dir, 'sub', 'big.txt'), big);
    const message = `sub/big.txt: the file is ${big.length.toLocaleString('en-US')} bytes, so its text is over 2,000,000 characters; the limit is 2,000,000 characters (about 300,000 words), so that a comparison takes seconds, not minutes`;
    expect(await loadSourceDoc('sub/big.txt', { cwd: dir, noMeta: true })).toEqual({ ok: false, error: { code: 'too-large', message } });
    const { loadSourceBytes } = await import('../../node/source-doc');
    expect(await loadSourceBytes(new TextEncoder().encode(big), 'sub/big.txt')).toEqual({ ok: false, error: { code: 'too-large', message } });
    rmSync(dir, { recursive: true });
  });
});
