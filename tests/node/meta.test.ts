import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultMeta, describedMeta, loadMetaFile, metaFileSchema, metaFor } from '../../node/meta';

const PAIR_2025 = fileURLToPath(new URL('../fixtures/pairs/2025-03-18-trump-putin', import.meta.url));

let dir: string;
const write = (path: string, content: unknown) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content));
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'meta-'));
  write('bad-json/meta.json', '{ "readouts": [ }');
  write('bad-schema/meta.json', { readouts: [{ file: 'a.txt', complete: 'yes' }] });
  write('bad-language/meta.json', { readouts: [{ file: 'a.txt', language: 'not a tag!' }] });
  write('bad-url/meta.json', { readouts: [{ file: 'a.txt', url: 'javascript:alert(1)' }] });
  write('other-tool/meta.json', { version: 3 });
  write('lenient/meta.json', {
    event: 'Call', date: '2021-07-09', source: 'extra top-level field',
    readouts: [
      { file: 'a.txt', label: 'Side A', publisher: null, extra: 1 },
      { file: 'b.txt', date: '2021-07-10', complete: false, language: 'ru', note: 'Cut short.' },
    ],
  });
  write('elsewhere/pair.json', { readouts: [{ file: 'a.txt', label: 'From the explicit meta' }] });
  mkdirSync(join(dir, 'folder-meta', 'meta.json'), { recursive: true });
  if (process.platform !== 'win32') {
    mkdirSync(join(dir, 'fifo-meta'));
    execFileSync('mkfifo', [join(dir, 'fifo-meta', 'meta.json')]);
    mkdirSync(join(dir, 'broken-meta'));
    symlinkSync(join(dir, 'gone.json'), join(dir, 'broken-meta', 'meta.json'));
  }
});

const withDate = (date: string) => ({ date, readouts: [{ file: 'a.txt' }] });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('metaFor with the meta.json next to the readout', () => {
  it.skipIf(process.platform === 'win32')('reads a symbolic link\'s meta beside the file it points to, when nothing beside the link describes it (tester 8, U15)', async () => {
    mkdirSync(join(dir, 'links'));
    writeFileSync(join(dir, 'lenient', 'a.txt'), 'Side A said something.');
    symlinkSync(join(dir, 'lenient', 'a.txt'), join(dir, 'links', 'link-a.txt'));
    expect(await metaFor(join(dir, 'links', 'link-a.txt'))).toMatchObject({ ok: true, meta: { label: 'Side A', date: '2021-07-09' }, metaFile: join(dir, 'lenient', 'meta.json') });
    // A meta.json beside the link that describes it still wins.
    mkdirSync(join(dir, 'links-described'));
    writeFileSync(join(dir, 'links-described', 'meta.json'), JSON.stringify({ readouts: [{ file: 'link-a.txt', label: 'Named here' }] }));
    symlinkSync(join(dir, 'lenient', 'a.txt'), join(dir, 'links-described', 'link-a.txt'));
    expect(await metaFor(join(dir, 'links-described', 'link-a.txt'))).toMatchObject({ ok: true, meta: { label: 'Named here' } });
  });

  it('gives the readout its label, publisher, completeness and note from the fixture meta.json', async () => {
    const result = await metaFor('kremlin.txt', undefined, { cwd: PAIR_2025 });
    expect(result).toMatchObject({
      ok: true,
      metaFile: 'meta.json',
      meta: { label: 'Kremlin', complete: false, language: 'en', publisher: 'President of Russia', url: null, date: '2025-03-18' },
    });
    expect(result.ok && result.meta.note).toMatch(/^Incomplete English translation\./);
  });

  it('takes the date of the readout over the date of the event', async () => {
    expect(await metaFor(join(dir, 'lenient/b.txt'))).toMatchObject({ ok: true, meta: { date: '2021-07-10', complete: false, language: 'ru', note: 'Cut short.' } });
    expect(await metaFor(join(dir, 'lenient/a.txt'))).toMatchObject({ ok: true, meta: { date: '2021-07-09', label: 'Side A' } });
  });

  it('fills fields that are absent or null with the defaults', async () => {
    expect(await metaFor('lenient/b.txt', undefined, { cwd: dir })).toEqual({
      ok: true, metaFile: 'lenient/meta.json',
      meta: { label: 'b.txt', complete: false, language: 'ru', publisher: null, title: null, url: null, date: '2021-07-10', note: 'Cut short.', provenance: null },
    });
  });

  it('finds the article entry too', async () => {
    expect(await metaFor('article.txt', undefined, { cwd: PAIR_2025 })).toMatchObject({ ok: true, meta: { label: 'Article', complete: true } });
  });

  it('gives the defaults when the meta.json does not describe the file', async () => {
    expect(await metaFor('lenient/c.txt', undefined, { cwd: dir })).toEqual({ ok: true, meta: defaultMeta('lenient/c.txt'), metaFile: null });
  });

  it('gives the defaults when there is no meta.json', async () => {
    expect(await metaFor('nowhere/a.txt', undefined, { cwd: dir })).toEqual({
      ok: true, metaFile: null,
      meta: { label: 'A', complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null },
    });
  });

  it('refuses a meta.json that is not JSON, naming it', async () => {
    const result = await metaFor('bad-json/a.txt', undefined, { cwd: dir });
    expect(result).toMatchObject({ ok: false, error: { code: 'meta-json' } });
    expect(!result.ok && result.error.message).toMatch(/^bad-json\/meta\.json: not valid JSON \(.+\)$/);
  });

  it('refuses a meta.json that breaks the format, naming the field', async () => {
    expect(await metaFor('bad-schema/a.txt', undefined, { cwd: dir })).toEqual({
      ok: false, error: { code: 'meta-schema', message: 'bad-schema/meta.json: not a readout meta file: readouts.0.complete: expected boolean, received string' },
    });
  });

  it('refuses a language tag Intl would reject', async () => {
    const result = await metaFor('bad-language/a.txt', undefined, { cwd: dir });
    expect(!result.ok && result.error.message).toBe('bad-language/meta.json: not a readout meta file: readouts.0.language: expected a BCP 47 language tag such as "en" or "ru"');
  });

  it('refuses an address that is not http(s), naming the field (issue 15, item 16)', async () => {
    const result = await metaFor('bad-url/a.txt', undefined, { cwd: dir });
    expect(!result.ok && result.error.message).toBe('bad-url/meta.json: not a readout meta file: readouts.0.url: expected an http:// or https:// address');
  });

  it('refuses a meta.json that is a folder, in one line', async () => {
    expect(await metaFor('folder-meta/a.txt', undefined, { cwd: dir })).toEqual({
      ok: false, error: { code: 'meta-unreadable', message: 'folder-meta/meta.json: not a regular file (a directory)' },
    });
  });

  it.skipIf(process.platform === 'win32')('refuses a meta.json that is a named pipe without blocking on it', { timeout: 5000 }, async () => {
    expect(await metaFor('fifo-meta/a.txt', undefined, { cwd: dir })).toEqual({
      ok: false, error: { code: 'meta-unreadable', message: 'fifo-meta/meta.json: not a regular file (a named pipe)' },
    });
  });

  it.skipIf(process.platform === 'win32')('refuses a meta.json that is a broken symbolic link rather than ignore it', async () => {
    expect(await metaFor('broken-meta/a.txt', undefined, { cwd: dir })).toEqual({
      ok: false, error: { code: 'meta-unreadable', message: `broken-meta/meta.json: a broken symbolic link (it points to ${join(dir, 'gone.json')}, which does not exist)` },
    });
  });

  it('refuses a meta.json of another format rather than guess', async () => {
    const result = await metaFor('other-tool/a.txt', undefined, { cwd: dir });
    expect(result).toMatchObject({ ok: false, error: { code: 'meta-schema' } });
    expect(!result.ok && result.error.message).toMatch(/^other-tool\/meta\.json: not a readout meta file: readouts: /);
  });
});

describe('metaFor with an explicit meta file (--meta)', () => {
  it('reads the readout from the given file instead of the neighbour', async () => {
    expect(await metaFor('lenient/a.txt', 'elsewhere/pair.json', { cwd: dir })).toMatchObject({
      ok: true, metaFile: 'elsewhere/pair.json', meta: { label: 'From the explicit meta', date: null },
    });
  });

  it('gives the defaults when the given file does not describe the readout', async () => {
    expect(await metaFor('lenient/b.txt', 'elsewhere/pair.json', { cwd: dir })).toEqual({ ok: true, meta: defaultMeta('lenient/b.txt'), metaFile: null });
  });

  it('is an error when the given file is missing', async () => {
    expect(await metaFor('lenient/a.txt', 'missing.json', { cwd: dir })).toEqual({
      ok: false, error: { code: 'meta-not-found', message: `missing.json: no such file (looked for ${join(dir, 'missing.json')})` },
    });
  });

  it('is an error when the given file is broken', async () => {
    expect(await metaFor('lenient/a.txt', 'bad-json/meta.json', { cwd: dir })).toMatchObject({ ok: false, error: { code: 'meta-json' } });
  });
});

describe('dates in a meta.json', () => {
  it('accept real calendar dates, 29 February of a leap year included', () => {
    for (const date of ['2025-03-18', '2024-02-29', '2000-02-29', '2025-12-31', '2025-01-01', '2025-04-30']) {
      expect(metaFileSchema.safeParse(withDate(date)).success, date).toBe(true);
    }
  });

  it('refuse a month or day that does not exist', () => {
    for (const date of ['2025-13-45', '2025-00-10', '2025-01-00', '2025-02-29', '1900-02-29', '2025-04-31', '2025-01-32', '2025-3-18', '18-03-2025']) {
      expect(metaFileSchema.safeParse(withDate(date)).success, date).toBe(false);
    }
  });

  it('name the field and the problem', () => {
    const result = metaFileSchema.safeParse({ readouts: [{ file: 'a.txt', date: '2025-13-45' }] });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['readouts.0.date', 'expected a real date as YYYY-MM-DD']]);
  });
});

describe('loadMetaFile and describedMeta', () => {
  it('accept every fixture meta.json', async () => {
    const pairs = join(PAIR_2025, '..');
    for (const folder of readdirSync(pairs).filter((f) => existsSync(join(pairs, f, 'meta.json')))) {
      expect(await loadMetaFile(join(pairs, folder, 'meta.json')), folder).toMatchObject({ ok: true });
    }
  });

  it('find a readout by its file name', async () => {
    const result = await loadMetaFile(join(PAIR_2025, 'meta.json'));
    expect(result.ok && result.metaFile.readouts.map((r) => r.file)).toEqual(['whitehouse.txt', 'kremlin.txt']);
    expect(result.ok && describedMeta(result.metaFile, 'whitehouse.txt')?.label).toBe('White House');
    expect(result.ok && describedMeta(result.metaFile, 'missing.txt')).toBeNull();
  });
});
