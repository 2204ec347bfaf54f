/**
 * Scores the typed differences (shared/differences/) against hand-made gold
 * (scripts/differences/gold.ts says how), per type and in total.
 *
 *   npx tsx scripts/score-differences.ts [PATH …] [--dev | --held-out] [--gold-dir DIR] [--verbose] [--per-link]
 *
 * PATH: a sample folder holding differences.json, or a gold file of tests/fixtures/differences
 * (its readouts in tests/fixtures/pairs/<name>/). --dev and --held-out add the pairs of
 * tests/fixtures/differences/split.json; with no PATH and no set, the 2025-03-18 sample's
 * worked example. --gold-dir DIR takes the gold files of --dev and --held-out from DIR (e.g.
 * tests/fixtures/differences/second, the second annotation of the held-out pairs, or
 * tests/fixtures/differences/adjudicated, the adjudicated one). --verbose
 * lists each hit, miss and extra, but never for a held-out pair: the rules are improved from the development pairs' errors only. --per-link scores each link alone,
 * without the row step compare() applies (rows.ts; the figures before session 14 were per link).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadResources } from '../node/resources';
import { FIXTURES, goldSource, precision, recall, scoreSource, split, tally, type LinkOutcome, type Tally } from './differences/gold';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const perLink = args.includes('--per-link');
const sets = split();
const paths = args.filter((a, n) => !a.startsWith('--') && args[n - 1] !== '--gold-dir');
const goldDirAt = args.indexOf('--gold-dir');
const goldDir = goldDirAt >= 0 && args[goldDirAt + 1] ? args[goldDirAt + 1]! : FIXTURES;
if (args.includes('--dev')) paths.push(...sets.development.map((n) => join(goldDir, `${n}.json`)));
if (args.includes('--held-out')) paths.push(...sets.heldOut.map((n) => join(goldDir, `${n}.json`)));
if (paths.length === 0) paths.push('/work/shared/samples/2025-03-18-trump-putin');

const show = (d: { a: { text: string } | null; b: { text: string } | null } | { a_text: string | null; b_text: string | null }) =>
  'a_text' in d ? `${d.a_text} | ${d.b_text}` : `${d.a?.text ?? null} | ${d.b?.text ?? null}`;

function printVerbose(name: string, outcomes: readonly LinkOutcome[]): void {
  for (const o of outcomes) {
    o.gold.forEach((g, n) => console.log(`${o.found[n] ? 'hit ' : 'MISS'} ${name} ${o.a}-${o.b} ${g.type}: ${show(g)}`));
    o.predicted.forEach((d, n) => { if (!o.matched[n]) console.log(`EXTRA ${name} ${o.a}-${o.b} ${d.type}: ${show(d)}`); });
  }
}

const resources = loadResources();
const all: LinkOutcome[] = [];
for (const path of paths) {
  const source = goldSource(path);
  if (!existsSync(source.goldFile)) {
    console.error(`${source.goldFile}: no such gold file (pair ${source.name})`);
    process.exit(1);
  }
  const outcomes = scoreSource(source, resources, perLink);
  all.push(...outcomes);
  if (verbose && sets.heldOut.includes(source.name)) console.log(`(${source.name} is held out: no details)`);
  else if (verbose) printVerbose(source.name, outcomes);
}
const { byType, total } = tally(all);
const row = (name: string, t: Tally) => `${name.padEnd(11)} ${String(t.gold).padStart(4)} ${String(t.predicted).padStart(9)} ${String(t.matched).padStart(7)} ${precision(t).toFixed(2).padStart(9)} ${recall(t).toFixed(2).padStart(6)}`;
console.log(`pairs: ${paths.map((p) => goldSource(p).name).join(', ')}`);
console.log(`${'type'.padEnd(11)} gold predicted matched precision recall`);
for (const [type, t] of byType) if (t.gold + t.predicted > 0) console.log(row(type, t));
console.log(row('total', total));
console.log(`typed differences: ${total.matched} matched, ${total.predicted} predicted, ${total.gold} in the gold · precision ${precision(total).toFixed(2)} · recall ${recall(total).toFixed(2)}`);
