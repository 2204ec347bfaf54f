import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metaFor } from '../../node/meta';
import { fileSources, parseReadoutsFile, readoutsFile, serializeReadoutsFile } from '../../shared/file/readouts-file';
import type { SourceDoc } from '../../shared/model/types';

// Invented meta files of an invented pair: which parts of a copy are missing (docs/meta.md).
let dir: string;
const write = (folder: string, content: unknown) => {
  mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, folder, 'meta.json'), JSON.stringify(content));
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'meta-missing-'));
  write('lead', { readouts: [{ file: 'norland.txt' }, { file: 'sudmark.txt', note: 'The one-line lead is not in this reprint.', missing: [{ part: 'lead', note: 'the one-line lead naming the call' }] }] });
  write('old-note', { readouts: [{ file: 'sudmark.txt', complete: false, note: 'Some of it is missing.' }] });
  write('bad-part', { readouts: [{ file: 'norland.txt' }, { file: 'sudmark.txt', missing: [{ part: 'beginning' }] }] });
  write('contradiction', { readouts: [{ file: 'sudmark.txt', complete: true, missing: [{ part: 'ending' }] }] });
  write('not-a-list', { readouts: [{ file: 'sudmark.txt', missing: 'the lead' }] });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a meta.json saying which part of a copy is missing', () => {
  it('reads the parts, with their notes, and makes the copy incomplete', async () => {
    const read = await metaFor(join(dir, 'lead', 'sudmark.txt'));
    expect(read.ok && read.meta).toMatchObject({ complete: false, missing: [{ part: 'lead', note: 'the one-line lead naming the call' }] });
  });

  it('keeps an older meta.json valid: a free-text note on an incomplete copy says no part (every omission hedged)', async () => {
    const read = await metaFor(join(dir, 'old-note', 'sudmark.txt'));
    expect(read.ok).toBe(true);
    expect(read.ok && read.meta.complete).toBe(false);
    expect(read.ok && 'missing' in read.meta).toBe(false);
  });

  it('refuses an unknown part in one line naming the file and the entry', async () => {
    const read = await metaFor(join(dir, 'bad-part', 'sudmark.txt'));
    expect(read.ok).toBe(false);
    const message = read.ok ? '' : read.error.message;
    expect(message).toBe(`${join(dir, 'bad-part', 'meta.json')}: not a readout meta file: readouts.1.missing.0.part: expected one of "lead", "ending", "middle", "unknown"`);
  });

  it('refuses a copy said to be complete and to miss a part', async () => {
    const read = await metaFor(join(dir, 'contradiction', 'sudmark.txt'));
    expect(read.ok ? '' : read.error.message).toBe(`${join(dir, 'contradiction', 'meta.json')}: not a readout meta file: readouts.0.missing: a copy with missing parts cannot be "complete": true`);
  });

  it('refuses a missing part written as text instead of a list', async () => {
    const read = await metaFor(join(dir, 'not-a-list', 'sudmark.txt'));
    expect(read.ok ? '' : read.error.message).toMatch(/not-a-list\/meta\.json: not a readout meta file: readouts\.0\.missing: expected array/);
  });
});

describe('the missing parts in a comparison file', () => {
  const source = (file: string, missing?: SourceDoc['meta']['missing']): SourceDoc => ({
    file, text: `The text of ${file}.`,
    meta: { label: file, complete: missing === undefined, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null, ...(missing ? { missing } : {}) },
  });

  it('are saved and read back; a source without them is saved as before', () => {
    const file = readoutsFile({ savedBy: 'test', a: source('norland.txt'), b: source('sudmark.txt', [{ part: 'ending', note: 'the last paragraph' }]) });
    const text = serializeReadoutsFile(file);
    expect(text).not.toMatch(/"norland.txt"[^}]*"missing"/);
    const parsed = parseReadoutsFile(text, 'call.readouts');
    expect(parsed.ok && fileSources(parsed.file).b.meta.missing).toEqual([{ part: 'ending', note: 'the last paragraph' }]);
    expect(parsed.ok && 'missing' in fileSources(parsed.file).a.meta).toBe(false);
  });
});
