import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { compare } from '../../../shared/compare/compare';
import type { SourceDoc } from '../../../shared/model/types';
import { runCompareJob } from '../../../node/app/compare-job';
import { createHandlers } from '../../../node/app/handlers';
import { workerComparer } from '../../../node/app/worker-comparer';
import { loadResources } from '../../../node/resources';

const WORKER = join(__dirname, '..', '..', '..', 'node', 'app', 'compare-worker.ts');
// The TypeScript source runs in the worker through tsx's require hook, as the built app runs the bundled file.
const tsWorker = (): Worker => new Worker(`require('tsx/cjs'); require(${JSON.stringify(WORKER)});`, { eval: true });
const comparer = workerComparer(tsWorker);
afterAll(() => comparer.close());

const doc = (file: string, text: string): SourceDoc => ({
  file, text,
  meta: { label: file, complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null },
});
const fixture = join(__dirname, '..', '..', 'fixtures', 'pairs', '2021-07-09-biden-putin');
const a = doc('whitehouse.txt', readFileSync(join(fixture, 'whitehouse.txt'), 'utf8'));
const b = doc('kremlin.txt', readFileSync(join(fixture, 'kremlin.txt'), 'utf8'));

describe('the worker comparer', () => {
  it('gives the same comparison as comparing in this thread', async () => {
    expect(await comparer(a, b)).toEqual({ comparison: compare(a, b, loadResources()), article: null });
  }, 30_000);

  it('analyses an article in the worker as in this thread, against a comparison it is given or makes', async () => {
    const article = doc('article.txt', '“Both sides agreed to stay in touch,” the White House read-out said. Analysts were not surprised.');
    const here = runCompareJob(a, b, { article }, loadResources());
    expect(here.article?.doc).toEqual(article);
    expect(await comparer(a, b, { article })).toEqual(here);
    expect(await comparer(a, b, { article, comparison: here.comparison })).toEqual(here);
  }, 30_000);

  it('answers concurrent requests each with its own comparison', async () => {
    const [one, two] = await Promise.all([comparer(a, b), comparer(b, a)]);
    expect(one.comparison.a.file).toBe('whitehouse.txt');
    expect(two.comparison.a.file).toBe('kremlin.txt');
  }, 30_000);

  it('passes a curated claims file and manual links to the job, as in this thread', async () => {
    const article = doc('article.txt', '“Both sides agreed to stay in touch,” the White House read-out said. Analysts were not surprised.');
    const claims = {
      format: 'readout-compare/claims' as const, version: 1 as const, article: { text: article.text },
      claims: [{ text: '“Both sides agreed to stay in touch,” the White House read-out said.', readouts: ['a' as const] }], commentary: [], manualLinks: [],
    };
    const options = { article, claims, claimsFile: 'claims.json', manualLinks: [{ from: 'c1' as never, to: 'b1' as never, op: 'add' as const }] };
    const there = await comparer(a, b, options);
    expect(there.article?.origin).toBe('curated');
    expect(there.article?.manualLinks).toEqual(options.manualLinks);
    expect(there).toEqual(runCompareJob(a, b, options, loadResources()));
  }, 30_000);

  it('serves the handlers', async () => {
    const handlers = createHandlers({ assetsDir: join(__dirname, '..', '..', '..', 'assets'), comparer });
    const r = await handlers.initial();
    expect(r.ok && r.value.a.meta.label).toBe('White House');
  }, 30_000);

  it('rejects, and recovers with a new worker, when the worker dies', async () => {
    let made = 0;
    const fragile = workerComparer(() => {
      made++;
      // The first worker exits at once; the second is a real one.
      return made === 1 ? new Worker('process.exit(3)', { eval: true }) : tsWorker();
    });
    await expect(fragile(a, b)).rejects.toThrow(/exit code 3/);
    expect((await fragile(a, b)).comparison.pairs.length).toBeGreaterThan(0);
    await fragile.close();
  }, 30_000);
});

describe('warming the worker', () => {
  it('starts the worker before the first request, once', async () => {
    let made = 0;
    const warmed = workerComparer(() => { made++; return tsWorker(); });
    warmed.warm();
    warmed.warm();
    expect(made).toBe(1);
    expect((await warmed(a, b)).comparison.pairs.length).toBeGreaterThan(0);
    expect(made).toBe(1);
    await warmed.close();
  }, 30_000);
});

/**
 * A worker that never answers a job on the text "hang" (as a comparison that runs for minutes) and
 * answers any other at once with an empty comparison: what matters here is who answers, and when.
 */
const hangingWorker = (): Worker => new Worker(`
  const { parentPort } = require('node:worker_threads');
  parentPort.on('message', (r) => {
    if (r.a.text === 'hang') for (;;) {}
    parentPort.postMessage({ id: r.id, ok: true, comparison: { text: r.a.text }, article: null });
  });`, { eval: true });

describe('cancelling and superseding (issue 15, item 10)', () => {
  it('answers a later job when the one running is cancelled, without waiting for it, and says the cancelled one was', async () => {
    const jobs = workerComparer(hangingWorker);
    try {
      const cancel = new AbortController();
      const slow = jobs(doc('a', 'hang'), b, { signal: cancel.signal });
      const next = jobs(doc('a', 'next'), b);
      cancel.abort();
      await expect(slow).rejects.toMatchObject({ name: 'JobCancelled' });
      expect((await next).comparison).toEqual({ text: 'next' });
    } finally {
      await jobs.close();
    }
  }, 4_000);

  it('drops a job waiting its turn when it is cancelled; one cancelled before it starts never reaches the worker', async () => {
    const seen: string[] = [];
    const jobs = workerComparer(() => {
      const w = hangingWorker();
      const post = w.postMessage.bind(w);
      w.postMessage = (m: { a: SourceDoc }) => { seen.push(m.a.text); post(m); };
      return w;
    });
    try {
      const first = jobs(doc('a', 'first'), b);
      const cancel = new AbortController();
      const waiting = jobs(doc('a', 'waiting'), b, { signal: cancel.signal });
      cancel.abort();
      await expect(waiting).rejects.toMatchObject({ name: 'JobCancelled' });
      const gone = new AbortController();
      gone.abort();
      await expect(jobs(doc('a', 'gone'), b, { signal: gone.signal })).rejects.toMatchObject({ name: 'JobCancelled' });
      expect((await first).comparison).toEqual({ text: 'first' });
      expect(seen).toEqual(['first']);
    } finally {
      await jobs.close();
    }
  }, 4_000);
});
