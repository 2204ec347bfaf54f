import { describe, expect, it, vi } from 'vitest';
import { runCompareJob } from '../../../node/app/compare-job';
import { loadResources } from '../../../node/resources';
import { compare } from '../../../shared/compare/compare';
import type { SourceDoc } from '../../../shared/model/types';

const analyze = vi.hoisted(() => ({ fail: false }));
vi.mock('../../../shared/article/analyze', async (original) => {
  const real = await original<typeof import('../../../shared/article/analyze')>();
  return {
    ...real,
    analyzeArticle: (...args: Parameters<typeof real.analyzeArticle>) => {
      if (analyze.fail) throw new Error('unbalanced quotation marks');
      return real.analyzeArticle(...args);
    },
  };
});

const doc = (file: string, text: string): SourceDoc => ({
  file, text,
  meta: { label: file, complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null },
});
const a = doc('a.txt', 'The leaders agreed on a truce. They will stay in touch.');
const b = doc('b.txt', 'Both sides agreed to a ceasefire.');

describe('runCompareJob', () => {
  it('compares, and has no article without one', () => {
    expect(runCompareJob(a, b, {}, loadResources())).toEqual({ comparison: compare(a, b, loadResources()), article: null });
  });

  it('analyses the article against the comparison it is given, without comparing again', () => {
    const comparison = compare(a, b, loadResources());
    const given = { ...comparison, pairs: [] };
    const job = runCompareJob(a, b, { article: doc('news.txt', 'The leaders agreed on a truce, officials said.'), comparison: given }, loadResources());
    expect(job.comparison).toBe(given);
    expect(job.article?.doc.file).toBe('news.txt');
  });

  it('applies the manual links it is given in place of the analysis’ own', () => {
    const article = doc('news.txt', 'The leaders agreed on a truce, the White House readout said.');
    const plain = runCompareJob(a, b, { article }, loadResources()).article!;
    const claim = plain.claims[0]!.id;
    const linked = runCompareJob(a, b, { article, manualLinks: [{ from: claim, to: 'a2' as never, op: 'add' }] }, loadResources()).article!;
    expect(linked.manualLinks).toEqual([{ from: claim, to: 'a2', op: 'add' }]);
    expect(linked.claims[0]!.links).toContain('a2');
    expect(plain.claims[0]!.links).not.toContain('a2');
  });

  it('names the article when its analysis fails', () => {
    analyze.fail = true;
    try {
      expect(() => runCompareJob(a, b, { article: doc('news.txt', 'x') }, loadResources()))
        .toThrow('The article news.txt could not be analysed: unbalanced quotation marks');
    } finally {
      analyze.fail = false;
    }
  });
});
