import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../shared/article/analyze';
import { compare } from '../../../shared/compare/compare';
import type { SourceDoc, SourceMeta } from '../../../shared/model/types';
import { loadResources } from '../../../node/resources';
import { describedMeta, metaFileSchema } from '../../../node/meta';
import { ARTICLE_TARGET, scoreArticle, type ArticleGold } from '../../article-gold';

const dir = join(__dirname, '..', '..', 'fixtures', 'pairs', '2025-03-18-trump-putin');
const metaFile = metaFileSchema.parse(JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')));
const load = (file: string): SourceDoc => ({ file, text: readFileSync(join(dir, file), 'utf8'), meta: describedMeta(metaFile, file) as SourceMeta });

describe('the seed article against its hand-made gold', () => {
  const resources = loadResources();
  const a = load('whitehouse.txt');
  const b = load('kremlin.txt');
  const analysis = analyzeArticle(load('article.txt'), { a, b, comparison: compare(a, b, resources) }, resources);
  const gold = JSON.parse(readFileSync(join(dir, 'article-gold.json'), 'utf8')) as ArticleGold;
  const score = scoreArticle(analysis, gold);

  it.each(['claims', 'readoutQuotes', 'commentary'] as const)('%s: precision and recall ≥ 0.9', (kind) => {
    const s = score[kind];
    console.log(`${kind}: precision ${s.precision.toFixed(2)} recall ${s.recall.toFixed(2)}`);
    expect(s.precision, `found but not in the gold: ${s.extra.join(' | ')}`).toBeGreaterThanOrEqual(ARTICLE_TARGET);
    expect(s.recall, `in the gold but not found: ${s.missed.join(' | ')}`).toBeGreaterThanOrEqual(ARTICLE_TARGET);
  });

  it('gives commentary the right role, party flag and timing', () => {
    console.log(`commentary fields: role ${score.role.toFixed(2)} party ${score.party.toFixed(2)} timing ${score.timing.toFixed(2)}`);
    expect(score.role).toBeGreaterThanOrEqual(ARTICLE_TARGET);
    expect(score.party).toBeGreaterThanOrEqual(ARTICLE_TARGET);
    expect(score.timing).toBeGreaterThanOrEqual(ARTICLE_TARGET);
  });

  it('catches the misquotation of the White House (“would begin” for “will begin”) by the general check', () => {
    const q = analysis.claims.flatMap((c) => c.quotes).find((x) => x.text.includes('would begin'))!;
    expect(q.verbatim).toBe(false);
    expect(q.match?.text).toContain('will begin');
    expect(q.diff.filter((p) => p.kind !== 'same').map((p) => p.text.trim())).toEqual(['would', 'will']);
  });
});
