import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
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
      ok: true, metaFile: null, doc: { meta: { label: 'kremlin.txt', complete: true } },
    });
  });

  it('passes on why the text could not be read', async () => {
    expect(await loadSourceDoc('missing.txt', { cwd: PAIRS })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('passes on why the meta could not be read', async () => {
    expect(await loadSourceDoc('2025-03-18-trump-putin/kremlin.txt', { cwd: PAIRS, metaPath: 'missing.json' })).toMatchObject({ ok: false, error: { code: 'meta-not-found' } });
  });
});
