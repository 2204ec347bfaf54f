/**
 * Inter-annotator agreement on typed differences: annotator 2's gold scored against annotator
 * 1's with the scorer's matching rule (scripts/differences/agreement.ts), per type and micro.
 * Precision of 2 against 1 is the recall of 1 against 2, and the other way round.
 *
 *   npx tsx scripts/differences-agreement.ts [PAIR …] [--first DIR] [--second DIR] [--pairs DIR] [--list FILE]
 *
 * PAIR: pair names (default: every .json file of the second folder). --first: annotator 1's folder
 * (default tests/fixtures/differences); --second: annotator 2's (default
 * tests/fixtures/differences/second); --pairs: the readouts and alignment gold, one folder per pair
 * (default tests/fixtures/pairs). --list FILE writes each difference only one annotator wrote, for
 * adjudication.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { agreementOutcomes, disagreements, f1 } from './differences/agreement';
import { precision, recall, tally, type LinkOutcome, type Tally } from './differences/gold';

const REPO = resolve(__dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const firstDir = option('--first', join(REPO, 'tests/fixtures/differences'));
const secondDir = option('--second', join(REPO, 'tests/fixtures/differences/second'));
const pairsDir = option('--pairs', join(REPO, 'tests/fixtures/pairs'));
const listFile = args.includes('--list') ? option('--list', '') : '';
const named = args.filter((a, n) => !a.startsWith('--') && !args[n - 1]?.startsWith('--'));
const pairs = named.length > 0 ? named : readdirSync(secondDir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/u, '')).sort();

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** A bad file stops the run with its one-line message (it names the file), not a stack trace. */
function attempt<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    return fail((e as Error).message);
  }
}

const all: LinkOutcome[] = [];
let reverse = 0; // matched with the annotators swapped: equal unless greedy one-to-one matching breaks a tie differently
const lines: string[] = [];
console.log(`annotator 1: ${firstDir}\nannotator 2: ${secondDir}`);
console.log(`${'pair'.padEnd(30)} ann1 ann2 matched`);
for (const name of pairs) {
  const files = [join(firstDir, `${name}.json`), join(secondDir, `${name}.json`), join(pairsDir, name, 'gold.json')];
  const missing = files.find((f) => !existsSync(f));
  if (missing) fail(`${missing}: no such file (pair ${name})`);
  const { outcomes, unshared } = attempt(() => agreementOutcomes(join(pairsDir, name), files[0]!, files[1]!));
  if (unshared.length > 0) console.log(`  ${name}: links in one file only (their differences count as disagreements): ${unshared.join(', ')}`);
  const t = tally(outcomes).total;
  console.log(`${name.padEnd(30)} ${String(t.gold).padStart(4)} ${String(t.predicted).padStart(4)} ${String(t.matched).padStart(7)}`);
  all.push(...outcomes);
  reverse += tally(attempt(() => agreementOutcomes(join(pairsDir, name), files[1]!, files[0]!)).outcomes).total.matched;
  lines.push(...disagreements(name, outcomes));
}

const fmt = (x: number) => x.toFixed(2).padStart(6);
const row = (name: string, t: Tally) =>
  `${name.padEnd(11)} ${String(t.gold).padStart(4)} ${String(t.predicted).padStart(4)} ${String(t.matched).padStart(7)} ${fmt(precision(t))} ${fmt(recall(t))} ${fmt(f1(t))}`;
const { byType, total } = tally(all);
console.log(`\n${'type'.padEnd(11)} ann1 ann2 matched  P 2v1  R 2v1     F1`);
for (const [type, t] of byType) if (t.gold + t.predicted > 0) console.log(row(type, t));
console.log(row('micro', total));
if (reverse !== total.matched) console.log(`(with the annotators swapped, ${reverse} matched: the greedy one-to-one matching is not symmetric here)`);
console.log(`agreement: ${total.matched} matched of ${total.gold} (annotator 1) and ${total.predicted} (annotator 2) · P ${precision(total).toFixed(2)} · R ${recall(total).toFixed(2)} · F1 ${f1(total).toFixed(2)}`);
if (listFile) {
  writeFileSync(listFile, `${lines.join('\n')}\n`);
  console.log(`${lines.length} differences written by one annotator only: ${listFile}`);
}
