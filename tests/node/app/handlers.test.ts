import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, DEFAULT_SAMPLE } from '../../../node/app/handlers';

const assetsDir = join(__dirname, '..', '..', '..', 'assets');
const handlers = createHandlers({ assetsDir });

describe('the main-side handlers', () => {
  it('list the embedded samples with their events and dates', async () => {
    const r = await handlers.listSamples();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.map((s) => s.id)).toEqual(['2021-07-09-biden-putin', '2025-03-18-trump-putin']);
    expect(r.value[1]!.date).toBe('2025-03-18');
    expect(r.value[1]!.event).toMatch(/Trump/);
  });

  it('open the 2025 sample at start, with its sources’ metadata and note', async () => {
    const r = await handlers.initial();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.a.meta.label).toBe('White House');
    expect(r.value.b.meta.label).toBe('Kremlin');
    expect(r.value.b.meta.complete).toBe(false);
    expect(r.value.b.meta.note).toMatch(/Incomplete English translation/);
    expect(r.value.date).toBe('2025-03-18');
    expect(r.value.comparison.onlyB.length).toBeGreaterThan(0);
    expect(DEFAULT_SAMPLE).toBe('2025-03-18-trump-putin');
  });

  it('answer an unknown sample with not-found', async () => {
    const r = await handlers.openSample('no-such-sample');
    expect(r).toEqual({ ok: false, error: { code: 'not-found', message: 'There is no sample called no-such-sample.' } });
  });

  it('compare two files and name the file when one is bad', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handlers-'));
    writeFileSync(join(dir, 'a.txt'), 'The leaders agreed on a truce.');
    writeFileSync(join(dir, 'b.txt'), 'Both sides agreed to a ceasefire.');
    writeFileSync(join(dir, 'empty.txt'), '');
    const good = await handlers.compareFiles(join(dir, 'a.txt'), join(dir, 'b.txt'));
    expect(good.ok && good.value.comparison.pairs.length).toBe(1);
    const bad = await handlers.compareFiles(join(dir, 'a.txt'), join(dir, 'empty.txt'));
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('empty');
      expect(bad.error.message).toContain('empty.txt');
    }
  });
});

describe('the comparison shown at start', () => {
  it('is computed once when prefetched, and a later call compares afresh', async () => {
    let calls = 0;
    const counting = createHandlers({ assetsDir, comparer: async (a, b) => { calls++; return (await import('../../../shared/compare/compare')).compare(a, b, (await import('../../../node/resources')).loadResources()); } });
    counting.prefetchInitial();
    counting.prefetchInitial();
    const first = await counting.initial();
    expect(first.ok).toBe(true);
    expect(calls).toBe(1);
    await counting.initial();
    expect(calls).toBe(2);
  });
});
