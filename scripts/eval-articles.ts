/**
 * Scores the article analysis on real news articles (docs/article.md, "Quality"):
 * each article listed in tests/fixtures/articles/expected.json is run as the CLI
 * runs it (`compare A B --meta M --article ART --json`, in process) against its
 * call's readouts, and scored against the hand-made expected answers. The texts
 * are not ours to commit: they are read from ARTICLES_DIR (default
 * /work/scratch/articles); an article whose text is absent is skipped and said so.
 * Prints the figures for the development articles (rules were written looking at
 * them) and for the held-out ones (never looked at while writing rules), each held-out batch
 * apart (the first held-out set (eleven, ten since session 14 moved article 32 to development), then each later batch collected as held out): only the held-out
 * figures are estimates.
 *
 *   npm run eval:articles [-- --verbose] [--dev-only] [--batch NAME]
 *   npm run eval:articles -- --cv-claims
 *
 * `--batch NAME` scores only the development articles a branch collected (field `batch`),
 * e.g. right after their expected answers were written, before any rule changed.
 *
 * `--cv-claims` chooses the content judge's quantities (shared/article/content-claims.ts,
 * CONTENT_JUDGE) by leave-one-article-out cross-validation over the development articles
 * only (the held-out ones are never read): for each article, the grid value with the best
 * claim F1 on the other articles scores it; prints per article and micro figures (the
 * estimate) and the value chosen on all of them (the one to use).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../node/commands/dispatch';
import { crossValidateClaims } from './eval-articles-cv';
import { prf, scoreArticleJson, sumCounts, type ArticleCounts, type ArticleJson, type ExpectedArticle } from '../tests/articles/score';

const ROOT = join(__dirname, '..');
const ARTICLES = process.env.ARTICLES_DIR ?? '/work/scratch/articles';
const PAIRS = [join(ROOT, 'tests', 'fixtures', 'pairs'), process.env.SAMPLES_DIR ?? '/work/shared/samples'];
const verbose = process.argv.includes('--verbose');
/** While writing rules: score the development articles only (the held-out figure is looked at once, at the end). */
const devOnly = process.argv.includes('--dev-only');
const batchAt = process.argv.indexOf('--batch');
const batch = batchAt >= 0 ? process.argv[batchAt + 1] : undefined;

function pairDir(pair: string): string | null {
  return PAIRS.map((p) => join(p, pair)).find((d) => existsSync(join(d, 'meta.json'))) ?? null;
}

async function run(e: ExpectedArticle): Promise<ArticleCounts | string> {
  const art = join(ARTICLES, e.file);
  const dir = pairDir(e.pair);
  if (!existsSync(art)) return `skipped ${e.id}: no text at ${art}`;
  if (!dir) return `skipped ${e.id}: no readouts for ${e.pair}`;
  const out = await runCli(['compare', join(dir, 'a.txt'), join(dir, 'b.txt'), '--meta', join(dir, 'meta.json'), '--article', art, '--json'], { cwd: ROOT, color: false, width: 100 });
  if (out.exitCode !== 0) return `failed ${e.id}: ${out.stderr.trim()}`;
  return scoreArticleJson(JSON.parse(out.stdout) as ArticleJson, e);
}

const pct = (x: number): string => x.toFixed(2);

function report(name: string, all: ArticleCounts[]): void {
  const s = sumCounts(all);
  const line = (what: string, c: Parameters<typeof prf>[0]): string => {
    const m = prf(c);
    return `  ${what.padEnd(28)} P ${pct(m.precision)}  R ${pct(m.recall)}  F1 ${pct(m.f1)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
  };
  console.log(`${name} (${all.length} articles)`);
  console.log(line('speakers', s.speakers));
  console.log(line('quotations of a readout', s.readoutQuotes));
  console.log(line('claim sentences', s.claims));
  console.log(`  ${'roles right'.padEnd(28)} ${s.roles.right}/${s.roles.found}${s.roles.found ? ` = ${pct(s.roles.right / s.roles.found)}` : ''}`);
}

async function main(): Promise<void> {
  const expected = (JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'articles', 'expected.json'), 'utf8')) as { articles: ExpectedArticle[] }).articles;
  if (process.argv.includes('--cv-claims')) {
    await crossValidateClaims(expected.filter((x) => x.split === 'dev'), ARTICLES, pairDir);
    return;
  }
  const bySplit: Record<ExpectedArticle['split'], ArticleCounts[]> = { dev: [], heldout: [] };
  const heldBatch: string[] = [];
  for (const e of expected.filter((x) => (!devOnly && !batch) || (x.split === 'dev' && (!batch || x.batch === batch)))) {
    const r = await run(e);
    if (typeof r === 'string') {
      console.log(r);
      continue;
    }
    bySplit[e.split].push(r);
    if (e.split === 'heldout') heldBatch.push(e.batch ?? '');
    // Details only for the development articles: the held-out ones are scored, never read for rules.
    if (verbose && e.split === 'dev' && (r.extra.length || r.missed.length)) {
      console.log(`${e.id} ${e.file}`);
      for (const x of r.extra) console.log(`  + ${x}`);
      for (const x of r.missed) console.log(`  - ${x}`);
    }
  }
  report(batch ? `batch ${batch} alone` : 'development (rules written looking at these)', bySplit.dev);
  if (batch || devOnly) return;
  // Each held-out batch apart: the first held-out set (no batch; ten articles since session 14) and each later batch held out when it was collected.
  for (const [name, all] of heldOutBatches(heldBatch, bySplit.heldout)) report(name, all);
}

/** The held-out counts grouped by the batch that collected them (`batches[i]` is that of `counts[i]`). */
function heldOutBatches(batches: string[], counts: ArticleCounts[]): Array<[string, ArticleCounts[]]> {
  return [...new Set(batches)].map((b) => [
    b ? `held out, batch ${b} (never looked at while writing rules: an estimate)` : 'held out (never looked at while writing rules: the estimate)',
    counts.filter((_, i) => batches[i] === b),
  ]);
}

void main();
