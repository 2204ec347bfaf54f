/**
 * Leave-one-article-out cross-validation of the content judge's quantities
 * (CONTENT_JUDGE in shared/article/content-claims.ts: the share of a sentence's
 * content its readout sentences must carry, and the fewest words of a candidate),
 * over the development articles only (`npm run eval:articles -- --cv-claims`;
 * docs/article.md, "Branch art6"). Every grid value is run on every article once;
 * for each article, the value with the best micro claim F1 on the other articles
 * (ties: the first in grid order, i.e. the smaller coverage, then the fewer words; never
 * the value in use, which was chosen on all the articles) scores that article.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../shared/article/analyze';
import { CONTENT_JUDGE, type ContentJudge } from '../shared/article/content-claims';
import { compare } from '../shared/compare/compare';
import { loadResources } from '../node/resources';
import { loadSourceDoc } from '../node/source-doc';
import { prf, scoreArticleJson, type Counts, type ExpectedArticle } from '../tests/articles/score';

/** The grid searched: every coverage with every word count. */
export const COVERAGES = [0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];
export const MIN_WORDS = [3, 4, 5, 6, 8, 10, 12];
const GRID: ContentJudge[] = COVERAGES.flatMap((coverage) => MIN_WORDS.map((minWords) => ({ coverage, minWords })));

const sum = (xs: readonly Counts[]): Counts => xs.reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
const label = (j: ContentJudge): string => `coverage ${j.coverage.toFixed(2)}, min words ${j.minWords}`;
const inUse = (j: ContentJudge): boolean => j.coverage === CONTENT_JUDGE.coverage && j.minWords === CONTENT_JUDGE.minWords;

/** The grid index with the best micro claim F1 over the given articles' rows. */
export function bestIndex(rows: ReadonlyArray<readonly Counts[]>): number {
  let best = -1;
  let bestF1 = -1;
  GRID.forEach((_, g) => {
    const f1 = prf(sum(rows.map((r) => r[g]!))).f1;
    // A tie keeps the earlier grid value: nothing chosen with the held-out article decides it.
    if (f1 > bestF1 + 1e-12) {
      best = g;
      bestF1 = f1;
    }
  });
  return best;
}

/** Claim counts of one article at every grid value; null (and a line said) when its text or readouts are missing. */
async function rowOf(e: ExpectedArticle, articles: string, pairDir: (pair: string) => string | null): Promise<Counts[] | null> {
  const art = join(articles, e.file);
  const dir = pairDir(e.pair);
  if (!existsSync(art) || !dir) {
    console.log(`skipped ${e.id}: ${dir ? `no text at ${art}` : `no readouts for ${e.pair}`}`);
    return null;
  }
  const options = { cwd: dir, metaPath: join(dir, 'meta.json') };
  const [a, b, article] = await Promise.all([loadSourceDoc(join(dir, 'a.txt'), options), loadSourceDoc(join(dir, 'b.txt'), options), loadSourceDoc(art, { cwd: articles })]);
  if (!a.ok || !b.ok || !article.ok) {
    console.log(`failed ${e.id}: a file could not be loaded`);
    return null;
  }
  const resources = loadResources();
  const docs = { a: a.doc, b: b.doc, comparison: compare(a.doc, b.doc, resources) };
  return GRID.map((judge) => {
    const analysis = analyzeArticle(article.doc, docs, resources, judge);
    return scoreArticleJson({ claims: analysis.claims, commentary: analysis.commentary }, e).claims;
  });
}

const fmt = (c: Counts): string => {
  const m = prf(c);
  return `P ${m.precision.toFixed(2)}  R ${m.recall.toFixed(2)}  F1 ${m.f1.toFixed(2)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
};

/** Prints the cross-validated claim figures, per article and micro, and the value chosen on all articles. */
export async function crossValidateClaims(dev: readonly ExpectedArticle[], articles: string, pairDir: (pair: string) => string | null): Promise<void> {
  const rows: Array<{ e: ExpectedArticle; row: Counts[] }> = [];
  for (const e of dev) {
    const row = await rowOf(e, articles, pairDir);
    if (row) rows.push({ e, row });
  }
  console.log(`leave-one-article-out over ${rows.length} development articles; grid: coverage ${COVERAGES.join(' ')} x min words ${MIN_WORDS.join(' ')}`);
  const held: Counts[] = [];
  const chosenCounts = new Map<string, number>();
  rows.forEach(({ e, row }, i) => {
    const g = bestIndex(rows.filter((_, k) => k !== i).map((r) => r.row));
    held.push(row[g]!);
    chosenCounts.set(label(GRID[g]!), (chosenCounts.get(label(GRID[g]!)) ?? 0) + 1);
    console.log(`  ${e.id.padEnd(3)} chosen on the others: ${label(GRID[g]!)}   ${fmt(row[g]!)}`);
  });
  console.log(`cross-validated claim sentences (thresholds cross-validated; the rules were written on these development articles, so not an estimate for unseen ones): ${fmt(sum(held))}`);
  console.log(`values chosen across folds: ${[...chosenCounts].map(([k, n]) => `${k} (${n})`).join('; ')}`);
  // Claim F1 on all articles at every grid value (development figures, for reading the choice).
  for (const coverage of COVERAGES) {
    const cells = MIN_WORDS.map((minWords) => prf(sum(rows.map((r) => r.row[GRID.findIndex((j) => j.coverage === coverage && j.minWords === minWords)]!))).f1.toFixed(3));
    console.log(`  all articles, coverage ${coverage.toFixed(2)}: F1 by min words ${MIN_WORDS.map((w, k) => `${w}=${cells[k]}`).join(' ')}`);
  }
  const all = bestIndex(rows.map((r) => r.row));
  const current = GRID.findIndex(inUse);
  console.log(`chosen on all ${rows.length} (the value to use): ${label(GRID[all]!)}   ${fmt(sum(rows.map((r) => r.row[all]!)))}`);
  if (current >= 0) console.log(`value in use (${label(CONTENT_JUDGE)}) on all ${rows.length}, not an estimate: ${fmt(sum(rows.map((r) => r.row[current]!)))}`);
}
