import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCompareJob } from '../../../node/app/compare-job';
import { createHandlers } from '../../../node/app/handlers';
import { comparisonKey, PRECOMPUTED_FILE, readPrecomputed } from '../../../node/app/precomputed';
import type { Comparer } from '../../../node/app/worker-comparer';
import { loadResources } from '../../../node/resources';
import type { SourceDoc } from '../../../shared/model/types';
import { samplePrecomputed, SAMPLES_DIR } from '../../../scripts/precompute-samples';

const doc = (file: string, text: string): SourceDoc => ({ file, text, meta: { label: file, complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null } });

describe('the samples’ stored comparisons', () => {
  it('are what compare() gives now (else: npm run samples)', async () => {
    const ids = readdirSync(SAMPLES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const stored = JSON.parse(readFileSync(join(SAMPLES_DIR, id, PRECOMPUTED_FILE), 'utf8'));
      expect(stored, `${id}: assets/samples/${id}/${PRECOMPUTED_FILE} is out of date: run npm run samples`).toEqual(JSON.parse(JSON.stringify(await samplePrecomputed(join(SAMPLES_DIR, id)))));
    }
  });

  it('are used only for the very texts and metadata they were made from', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precomputed-'));
    const a = doc('a.txt', 'The leaders agreed on a truce.');
    const b = doc('b.txt', 'Both sides agreed to a ceasefire.');
    const { comparison } = runCompareJob(a, b, {}, loadResources());
    expect(await readPrecomputed(dir, a, b)).toBeNull(); // no file
    writeFileSync(join(dir, PRECOMPUTED_FILE), JSON.stringify({ key: comparisonKey(a, b), comparison }));
    expect(await readPrecomputed(dir, a, b)).toEqual(comparison);
    // the files as given here, whatever the stored comparison names
    writeFileSync(join(dir, PRECOMPUTED_FILE), JSON.stringify({ key: comparisonKey(a, b), comparison: { ...comparison, a: { ...comparison.a, file: 'elsewhere/a.txt' } } }));
    expect((await readPrecomputed(dir, a, b))?.a.file).toBe('a.txt');
    expect(await readPrecomputed(dir, { ...a, text: `${a.text} ` }, b)).toBeNull();
    expect(await readPrecomputed(dir, a, { ...b, meta: { ...b.meta, label: 'Other' } })).toBeNull();
    writeFileSync(join(dir, PRECOMPUTED_FILE), '{"key": "x", "comparison": ');
    expect(await readPrecomputed(dir, a, b)).toBeNull();
    writeFileSync(join(dir, PRECOMPUTED_FILE), JSON.stringify({ key: comparisonKey(a, b), comparison: { pairs: 'no' } }));
    expect(await readPrecomputed(dir, a, b)).toBeNull();
  });

  it('let the sample show at start without waiting for the comparer; the article is analysed after', async () => {
    const calls: Array<{ article: boolean; comparison: boolean }> = [];
    let release = (): void => {};
    const held = new Promise<void>((r) => { release = r; });
    // a comparer still starting (the worker loading its resources): it answers only when released
    const comparer: Comparer = async (a, b, job = {}) => {
      calls.push({ article: Boolean(job.article), comparison: Boolean(job.comparison) });
      await held;
      return runCompareJob(a, b, job, loadResources());
    };
    const handlers = createHandlers({ assetsDir: join(SAMPLES_DIR, '..'), comparer });
    const shown = await handlers.initial();
    expect(shown.ok && shown.value.articlePending).toBe(true);
    expect(shown.ok && shown.value.comparison.pairs.length).toBeGreaterThan(0);
    // nothing asked of the comparer until the window is shown; then only the article, against the stored comparison
    expect(calls).toEqual([]);
    handlers.shown();
    expect(calls).toEqual([{ article: true, comparison: true }]);
    release();
    const withArticle = await handlers.pendingArticle(shown.ok ? shown.value.document : -1);
    expect(withArticle.ok && withArticle.value?.article?.claims.length).toBeGreaterThan(0);
  });

  it('are not used once a sample’s text changes: it is compared again', async () => {
    const assets = mkdtempSync(join(tmpdir(), 'assets-'));
    cpSync(join(SAMPLES_DIR, '2021-07-09-biden-putin'), join(assets, 'samples', '2021-07-09-biden-putin'), { recursive: true });
    const meta = JSON.parse(readFileSync(join(assets, 'samples', '2021-07-09-biden-putin', 'meta.json'), 'utf8'));
    const file = join(assets, 'samples', '2021-07-09-biden-putin', meta.readouts[0].file);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n\nThe leaders agreed to meet again.\n`);
    let compared = 0;
    const comparer: Comparer = async (a, b, job = {}) => { compared++; return runCompareJob(a, b, job, loadResources()); };
    const opened = await createHandlers({ assetsDir: assets, comparer }).openSample('2021-07-09-biden-putin');
    expect(compared).toBe(1);
    expect(opened.ok && opened.value.comparison.a.sentences.at(-1)?.text).toBe('The leaders agreed to meet again.');
  });
});
