/**
 * `npm run bench`: times compare() on generated pairs of 5k, 20k and 50k words
 * and on the 2025 sample, against jsdiff's flat diffWords as a baseline, and
 * prints a table and then, as the last line, the figures as `key=value` pairs.
 * Misses are marked in the table, and a measurement that cannot run reads NaN; the
 * process still exits 0 (it reports, it does not gate). Progress goes to stderr.
 */
import { performance } from 'node:perf_hooks';
import { loadResources } from '../node/resources';
import type { SourceDoc } from '../shared/model/types';
import { measureBrowser, measureColdStart, measurePdf } from './cold-start';
import { fixtureSentences, loadSample, loadSampleArticle, syntheticDoc } from './fixtures';
import { BENCH_SEED, generatePair } from './generator';
import { MEASUREMENTS, type BenchContext } from './measurements';
import { formatTable, summaryLine, type Result } from './report';

export { BENCH_SEED };

function main(): void {
  const resources = loadResources();
  const pool = fixtureSentences();
  const pairs = new Map<number, [SourceDoc, SourceDoc]>();
  let browserFigures: ReturnType<typeof measureBrowser> | undefined;
  let pdfFigures: ReturnType<typeof measurePdf> | undefined;
  const ctx: BenchContext = {
    resources,
    clock: () => performance.now(),
    pair: (words) => {
      let pair = pairs.get(words);
      if (!pair) {
        const { a, b } = generatePair(pool, words, BENCH_SEED);
        pair = [syntheticDoc(`generated-${words}-a.txt`, 'A', a), syntheticDoc(`generated-${words}-b.txt`, 'B', b)];
        pairs.set(words, pair);
      }
      return pair;
    },
    sample: loadSample(),
    sampleArticle: loadSampleArticle(),
    coldStart: measureColdStart,
    browser: () => (browserFigures ??= measureBrowser()),
    pdf: () => (pdfFigures ??= measurePdf()),
  };

  const results: Result[] = [];
  const values = new Map<string, number>();
  for (const measurement of MEASUREMENTS) {
    process.stderr.write(`measuring ${measurement.key} …\n`);
    let value = Number.NaN;
    try {
      value = measurement.run(ctx, values);
    } catch (error) {
      // One measurement that cannot run (no browser, a changed page) is reported, not fatal to the others.
      process.stderr.write(`bench: ${measurement.key} could not be measured: ${String(error instanceof Error ? error.message : error).split('\n')[0]}\n`);
    }
    values.set(measurement.key, value);
    results.push({ measurement, value });
  }
  console.log(`Generated pairs: ${pool.length} fixture sentences, seed ${BENCH_SEED} (bench/generator.ts).`);
  console.log('');
  console.log(formatTable(results));
  console.log('');
  console.log(summaryLine(results));
}

main();
