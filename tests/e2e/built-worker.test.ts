import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { workerComparer } from '../../node/app/worker-comparer';
import type { SourceDoc } from '../../shared/model/types';
import { CSP } from '../../electron/csp';
import { ROOT } from './harness';

// The compare worker as the build emits it for Electron's main process, run in plain Node.
describe('the built compare worker', () => {
  it('compares the 2025 sample and analyses its article', async () => {
    const chunks = join(ROOT, 'out', 'main', 'chunks');
    const file = readdirSync(chunks).find((f) => f.startsWith('compare-worker'));
    expect(file).toBeDefined();
    const comparer = workerComparer(() => new Worker(join(chunks, file!)));
    const sample = join(ROOT, 'assets', 'samples', '2025-03-18-trump-putin');
    const doc = (name: string, label: string): SourceDoc => ({
      file: name, text: readFileSync(join(sample, name), 'utf8'),
      meta: { label, complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null },
    });
    const { comparison: c, article } = await comparer(doc('whitehouse.txt', 'White House'), doc('kremlin.txt', 'Kremlin'), { article: doc('article.txt', 'Article') });
    expect(c.a.label).toBe('White House');
    expect(c.pairs.length).toBeGreaterThan(3);
    expect(article?.doc.meta.label).toBe('Article');
    expect(article?.origin).toBe('extracted');
    await comparer.close();
  }, 30_000);
});

describe('the built renderer', () => {
  it('carries the production Content Security Policy in its index.html, and the source page carries none', () => {
    const built = readFileSync(join(ROOT, 'out', 'renderer', 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(built);
    expect(meta).not.toBeNull();
    expect(meta![1]).toBe(CSP.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; '));
    expect(meta![1]).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(readFileSync(join(ROOT, 'renderer', 'index.html'), 'utf8')).not.toMatch(/Content-Security-Policy/);
  });
});
