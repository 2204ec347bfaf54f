/**
 * `npx tsx bench/snapshot.ts OUT.json`: compare() of every fixture pair
 * (tests/fixtures/pairs/), of the app's sample (assets/samples/) and of the
 * benchmark's generated 5k pair, written as one JSON file. A speed change must
 * leave this file byte-identical: save it before the change, diff after
 * (`cmp before.json after.json`). Beside each comparison, a digest of the
 * aligner's raw feature rows (before rounding) and the candidates, so that a
 * change hidden by the rounding of confidences shows too; and the analysis of the
 * 2025 sample's article against its readouts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadResources } from '../node/resources';
import { candidateRows } from '../shared/align/align';
import { analyzeArticle } from '../shared/article/analyze';
import type { AlignResources } from '../shared/align/resources';
import { compare, type Comparison } from '../shared/compare/compare';
import type { SourceDoc } from '../shared/model/types';
import { segmentSentences } from '../shared/text/segment';
import { fixtureSentences, loadPair, loadSample, loadSampleArticle, PAIRS_DIR, syntheticDoc } from './fixtures';
import { BENCH_SEED, generatePair } from './generator';

const SAMPLES_DIR = fileURLToPath(new URL('../assets/samples', import.meta.url));

/** The comparison of two documents, and a digest of the aligner's candidates and feature rows. */
function snapshot(a: SourceDoc, b: SourceDoc, resources: AlignResources): { comparison: Comparison; rows: string } {
  const side = (d: SourceDoc, s: 'a' | 'b') => ({ sentences: segmentSentences(d.text, s, { language: d.meta.language }), language: d.meta.language });
  const { candidates, rows } = candidateRows(side(a, 'a'), side(b, 'b'), resources);
  const hash = createHash('sha256').update(JSON.stringify(candidates));
  for (const row of rows) hash.update(new Uint8Array(row.buffer, row.byteOffset, row.byteLength));
  return { comparison: compare(a, b, resources), rows: hash.digest('hex') };
}

function main(out: string | undefined): void {
  if (!out) throw new Error('usage: tsx bench/snapshot.ts OUT.json');
  const resources = loadResources();
  const results: Record<string, ReturnType<typeof snapshot>> = {};
  const pairFolders = (dir: string, prefix: string) => readdirSync(dir).sort()
    .filter((name) => existsSync(join(dir, name, 'meta.json')))
    .map((name) => ({ key: `${prefix}/${name}`, folder: join(dir, name) }));
  const folders = [...pairFolders(PAIRS_DIR, 'pairs'), ...pairFolders(SAMPLES_DIR, 'samples')];
  for (const { key, folder } of folders) {
    const [a, b] = loadPair(folder);
    results[key] = snapshot(a, b, resources);
  }
  const { a, b } = generatePair(fixtureSentences(), 5000, BENCH_SEED);
  results['generated-5k'] = snapshot(syntheticDoc('generated-5000-a.txt', 'A', a), syntheticDoc('generated-5000-b.txt', 'B', b), resources);
  const [sa, sb] = loadSample();
  const article = analyzeArticle(loadSampleArticle(), { a: sa, b: sb, comparison: compare(sa, sb, resources) }, resources);
  writeFileSync(out, `${JSON.stringify({ ...results, 'sample-article': article }, null, 1)}\n`);
  process.stderr.write(`${Object.keys(results).length} comparisons and the sample's article analysis written to ${out}\n`);
}

main(process.argv[2]);
