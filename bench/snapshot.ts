/**
 * `npx tsx bench/snapshot.ts OUT.json`: compare() of every fixture pair
 * (tests/fixtures/pairs/), of the app's sample (assets/samples/) and of the
 * benchmark's generated 5k pair, written as one JSON file. A speed change must
 * leave this file byte-identical: save it before the change, diff after
 * (`cmp before.json after.json`).
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadResources } from '../node/resources';
import { compare, type Comparison } from '../shared/compare/compare';
import { fixtureSentences, loadPair, PAIRS_DIR, syntheticDoc } from './fixtures';
import { BENCH_SEED, generatePair } from './generator';

const SAMPLES_DIR = fileURLToPath(new URL('../assets/samples', import.meta.url));

function main(out: string | undefined): void {
  if (!out) throw new Error('usage: tsx bench/snapshot.ts OUT.json');
  const resources = loadResources();
  const results: Record<string, Comparison> = {};
  const pairFolders = (dir: string, prefix: string) => readdirSync(dir).sort()
    .filter((name) => existsSync(join(dir, name, 'meta.json')))
    .map((name) => ({ key: `${prefix}/${name}`, folder: join(dir, name) }));
  const folders = [...pairFolders(PAIRS_DIR, 'pairs'), ...pairFolders(SAMPLES_DIR, 'samples')];
  for (const { key, folder } of folders) {
    const [a, b] = loadPair(folder);
    results[key] = compare(a, b, resources);
  }
  const { a, b } = generatePair(fixtureSentences(), 5000, BENCH_SEED);
  results['generated-5k'] = compare(syntheticDoc('generated-5000-a.txt', 'A', a), syntheticDoc('generated-5000-b.txt', 'B', b), resources);
  writeFileSync(out, `${JSON.stringify(results, null, 1)}\n`);
  process.stderr.write(`${Object.keys(results).length} comparisons written to ${out}\n`);
}

main(process.argv[2]);
