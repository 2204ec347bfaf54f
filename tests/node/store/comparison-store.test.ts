import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotation, passageAt } from '../../../shared/annotations/model';
import { readoutsFile, serializeReadoutsFile, type ReadoutsFile } from '../../../shared/file/readouts-file';
import type { SourceMeta } from '../../../shared/model/types';
import { backupPath, loadComparison, removeStaleTemporaries, saveComparison } from '../../../node/store/comparison-store';
import { AUTOSAVE_NAME, restorePath } from '../../../node/store/restore';

const meta = (label: string): SourceMeta => ({ label, complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null });
const A = { file: 'a.txt', text: 'The leaders agreed on an energy ceasefire.', meta: meta('White House') };
const B = { file: 'b.txt', text: 'Trump proposed a 30-day pause.', meta: meta('Kremlin') };

/** A comparison with `n` annotations (so that versions differ). */
function version(n: number): ReadoutsFile {
  const annotations = Array.from({ length: n }, (_, i) => createAnnotation({
    id: `ann-${i + 1}`, now: '2025-03-19T09:00:00.000Z', label: 'note', note: `note ${i + 1}`,
    target: { kind: 'passage', ...passageAt('a', A.text, i, i + 5) },
  }));
  return readoutsFile({ savedBy: '0.1.0', a: A, b: B, annotations });
}

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'store-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);
const read = (name: string) => readFileSync(at(name), 'utf8');

describe('saving a comparison', () => {
  it('writes a new file, with no backup', async () => {
    expect(await saveComparison(at('c.readouts'), version(1))).toEqual({ ok: true, backup: null, written: true });
    expect(read('c.readouts')).toBe(serializeReadoutsFile(version(1)));
    expect(existsSync(at('c.readouts.bak'))).toBe(false);
  });

  it('keeps the previous good version as .bak before replacing it', async () => {
    await saveComparison(at('c.readouts'), version(1));
    expect(await saveComparison(at('c.readouts'), version(2))).toEqual({ ok: true, backup: `${at('c.readouts')}.bak`, written: true });
    expect(read('c.readouts')).toBe(serializeReadoutsFile(version(2)));
    expect(read('c.readouts.bak')).toBe(serializeReadoutsFile(version(1)));
  });

  it('writes nothing when the file already holds the same comparison', async () => {
    await saveComparison(at('c.readouts'), version(1));
    await saveComparison(at('c.readouts'), version(2));
    expect(await saveComparison(at('c.readouts'), version(2))).toEqual({ ok: true, backup: null, written: false });
    expect(read('c.readouts.bak')).toBe(serializeReadoutsFile(version(1)));
  });

  it('resolves a relative path against cwd and names it as given', async () => {
    expect(await saveComparison('rel.readouts', version(1), { cwd: dir })).toMatchObject({ ok: true });
    expect((await loadComparison('rel.readouts', { cwd: dir })).ok).toBe(true);
    expect(await loadComparison('none.readouts', { cwd: dir })).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringMatching(/^none\.readouts: no such file/) } });
  });

  it('runs saves to one file one after the other, the last one winning', async () => {
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => saveComparison(at('c.readouts'), version(n))));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(read('c.readouts')).toBe(serializeReadoutsFile(version(5)));
    expect(read('c.readouts.bak')).toBe(serializeReadoutsFile(version(4)));
    expect(readdirSync(dir).sort()).toEqual(['c.readouts', 'c.readouts.bak']);
  });

  it('refuses to replace a damaged file unless told to, and then keeps the last good .bak', async () => {
    await saveComparison(at('c.readouts'), version(1));
    await saveComparison(at('c.readouts'), version(2));
    writeFileSync(at('c.readouts'), '{"format": "readout-compare", "vers');
    const refused = await saveComparison(at('c.readouts'), version(3));
    expect(refused).toMatchObject({ ok: false, error: { code: 'damaged', backup: null } });
    expect(!refused.ok && refused.error.message).toMatch(/c\.readouts: the comparison file is damaged: it is not valid JSON .*\. It was not replaced: save under another name, or replace it only if you are sure$/);
    expect(read('c.readouts')).toBe('{"format": "readout-compare", "vers');
    expect(await saveComparison(at('c.readouts'), version(3), { overwrite: true })).toEqual({ ok: true, backup: null, written: true });
    expect(read('c.readouts')).toBe(serializeReadoutsFile(version(3)));
    expect(read('c.readouts.bak')).toBe(serializeReadoutsFile(version(1)));
  });

  it('refuses to replace a file from a newer version, or one that is not a comparison, unless told to', async () => {
    const newer = JSON.stringify({ format: 'readout-compare', version: 3, savedBy: '9.0.0' });
    writeFileSync(at('n.readouts'), newer);
    const r = await saveComparison(at('n.readouts'), version(1));
    expect(r).toMatchObject({ ok: false, error: { code: 'newer', message: expect.stringContaining('made by a newer version of Readout Compare (file format 3, saved by version 9.0.0)') } });
    expect(read('n.readouts')).toBe(newer);
    expect((await saveComparison(at('n.readouts'), version(1), { overwrite: true })).ok).toBe(true);

    writeFileSync(at('notes.txt'), 'my notes');
    expect(await saveComparison(at('notes.txt'), version(1))).toMatchObject({ ok: false, error: { code: 'damaged' } });
    writeFileSync(at('other.json'), '{"a": 1}');
    expect(await saveComparison(at('other.json'), version(1))).toMatchObject({ ok: false, error: { code: 'not-readouts' } });
    writeFileSync(at('empty.readouts'), '');
    expect(await saveComparison(at('empty.readouts'), version(1))).toMatchObject({ ok: false, error: { code: 'damaged', message: expect.stringMatching(/empty\.readouts: the file is empty/) } });
    expect(read('notes.txt')).toBe('my notes');
    expect(read('other.json')).toBe('{"a": 1}');
  });

  it('says why it cannot save: a missing folder, a directory in the way', async () => {
    expect(await saveComparison(at('no/such/c.readouts'), version(1))).toEqual({ ok: false, error: { code: 'unwritable', message: `${at('no/such/c.readouts')}: cannot save (its folder does not exist)`, backup: null } });
    mkdirSync(at('d.readouts'));
    expect(await saveComparison(at('d.readouts'), version(1), { overwrite: true })).toMatchObject({ ok: false, error: { code: 'unwritable', message: expect.stringContaining('not a regular file (a directory)') } });
  });
});

describe('opening a comparison', () => {
  it('gives back what was saved: the same annotations, links and sources', async () => {
    const fixture = JSON.parse(readFileSync(join(__dirname, '../../fixtures/annotated.readouts'), 'utf8')) as ReadoutsFile;
    await saveComparison(at('c.readouts'), fixture);
    const loaded = await loadComparison(at('c.readouts'));
    expect(loaded).toEqual({ ok: true, file: fixture, notices: [] });
  });

  it('says a damaged file is damaged, and offers its backup when that one opens', async () => {
    await saveComparison(at('c.readouts'), version(1));
    await saveComparison(at('c.readouts'), version(2));
    writeFileSync(at('c.readouts'), '\u0000\u0001binary');
    const r = await loadComparison(at('c.readouts'));
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'damaged', backup: backupPath(at('c.readouts')),
        message: `${at('c.readouts')}: the comparison file is damaged: this looks like a binary file (it contains NUL bytes), not a text readout. The previous version was kept as ${at('c.readouts')}.bak: open it instead`,
      },
    });
    expect(await loadComparison(backupPath(at('c.readouts')))).toEqual({ ok: true, file: version(1), notices: [] });
  });

  it('offers no backup when there is none, or when it is damaged too', async () => {
    writeFileSync(at('c.readouts'), JSON.stringify({ ...version(1), labels: [''] }));
    expect(await loadComparison(at('c.readouts'))).toMatchObject({ ok: false, error: { code: 'damaged', backup: null, message: expect.stringMatching(/labels\.0: a label must not be empty$/) } });
    writeFileSync(at('c.readouts.bak'), 'nope');
    expect(await loadComparison(at('c.readouts'))).toMatchObject({ ok: false, error: { backup: null } });
  });

  it('says a newer file was made by a newer version, and a foreign one is not a comparison', async () => {
    writeFileSync(at('n.readouts'), JSON.stringify({ format: 'readout-compare', version: 3 }));
    expect(await loadComparison(at('n.readouts'))).toMatchObject({ ok: false, error: { code: 'newer', message: expect.stringMatching(/made by a newer version of Readout Compare/) } });
    writeFileSync(at('x.readouts'), '[1, 2]');
    expect(await loadComparison(at('x.readouts'))).toMatchObject({ ok: false, error: { code: 'not-readouts' } });
  });
});

describe('the restore location and temporary files', () => {
  it('is autosave.readouts in the userData folder the caller gives', () => {
    expect(AUTOSAVE_NAME).toBe('autosave.readouts');
    expect(restorePath('/home/u/.config/Readout Compare')).toBe('/home/u/.config/Readout Compare/autosave.readouts');
  });

  it('removes only old temporaries a killed save left next to the file', async () => {
    const old = Date.now() / 1000 - 3600;
    for (const name of ['autosave.readouts.123456', 'autosave.readouts.bak.42', 'autosave.readouts.fresh', 'autosave.readouts.99']) writeFileSync(at(name), 'x');
    utimesSync(at('autosave.readouts.123456'), old, old);
    utimesSync(at('autosave.readouts.bak.42'), old, old);
    utimesSync(at('autosave.readouts.fresh'), old, old);
    expect(await removeStaleTemporaries(at('autosave.readouts'))).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['autosave.readouts.99', 'autosave.readouts.fresh']);
    expect(await removeStaleTemporaries(at('missing-dir/x.readouts'))).toBe(0);
  });
});
