/**
 * Development tool: scores the aligner on the gold pairs in tests/fixtures/pairs,
 * in process, and prints every error with its sentences. The official figures come
 * from tests/fixtures/tools/score-alignment.mjs run on the CLI (see the README).
 *
 *   npx tsx scripts/eval-alignment.ts [--verbose] [--gold-units]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { align, scorePairs, DEFAULT_ALIGN_OPTIONS } from '../shared/align/align';
import type { Sentence } from '../shared/model/types';
import { sentenceId } from '../shared/model/types';
import { segmentSentences } from '../shared/text/segment';
import { loadResources } from '../node/resources';

const HOLDOUT = new Set(['2018-03-13-may-trump', '2020-04-28-modi-trudeau', '2023-01-23-sunak-varadkar']);
const root = join(__dirname, '..', 'tests', 'fixtures', 'pairs');
const verbose = process.argv.includes('--verbose');
const arg = (name: string): number | undefined => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : Number(process.argv[i + 1]);
};
const options = {
  ...DEFAULT_ALIGN_OPTIONS,
  threshold: arg('--threshold') ?? DEFAULT_ALIGN_OPTIONS.threshold,
  minFeatureWeight: arg('--minw') ?? DEFAULT_ALIGN_OPTIONS.minFeatureWeight,
  clauseFactor: arg('--clause') ?? DEFAULT_ALIGN_OPTIONS.clauseFactor,
  clauseTopicalShare: arg('--topical') ?? DEFAULT_ALIGN_OPTIONS.clauseTopicalShare,
  localIdfPower: arg('--lidf') ?? DEFAULT_ALIGN_OPTIONS.localIdfPower,
  strongThreshold: arg('--strong') ?? DEFAULT_ALIGN_OPTIONS.strongThreshold,
  ratio: arg('--ratio') ?? DEFAULT_ALIGN_OPTIONS.ratio,
  anaphoraFactor: arg('--anaphora') ?? DEFAULT_ALIGN_OPTIONS.anaphoraFactor,
  participantFactor: arg('--participant') ?? DEFAULT_ALIGN_OPTIONS.participantFactor,
  lengthBias: arg('--bias') ?? DEFAULT_ALIGN_OPTIONS.lengthBias,
  directionalAgents: !process.argv.includes('--no-agents'),
};

/** Units the aligner works on: the segmenter's sentences, or with --gold-units the gold file's units. */
const useGoldUnits = process.argv.includes('--gold-units');

/** One sentence of a gold file: an exact substring of the readout. */
interface GoldUnit { id: string; text: string }
/** A gold.json (tests/fixtures/pairs/README.md): the two readouts, their units, and the links between units. */
interface Gold {
  a: string;
  b: string;
  a_units: GoldUnit[];
  b_units: GoldUnit[];
  strong: [string, string][];
  weak: [string, string][];
}

function goldSentences(text: string, units: GoldUnit[], side: 'a' | 'b'): Sentence[] {
  let from = 0;
  return units.map((u, i) => {
    const at = text.indexOf(u.text, from);
    from = at + u.text.length;
    return { id: sentenceId(side, i), start: at, end: at + u.text.length, text: u.text, paragraph: 0 };
  });
}

interface Tally { predicted: number; right: number; strong: number; found: number; tp: number; fp: number; fn: number }
const zero = (): Tally => ({ predicted: 0, right: 0, strong: 0, found: 0, tp: 0, fp: 0, fn: 0 });
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
function line(t: Tally): string {
  const lp = t.predicted ? t.right / t.predicted : 1, lr = t.strong ? t.found / t.strong : 1;
  const op = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1, or = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
  const x = (v: number) => v.toFixed(3);
  return `link P=${x(lp)} R=${x(lr)} F1=${x(f1(lp, lr))} | omission P=${x(op)} R=${x(or)} F1=${x(f1(op, or))}`;
}

async function main(): Promise<void> {
  const resources = loadResources();
  const dev = zero(), hold = zero();
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name);
    if (!existsSync(join(dir, 'gold.json'))) continue;
    const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
    const ta = readFileSync(join(dir, gold.a), 'utf8').replace(/^\uFEFF/, '');
    const tb = readFileSync(join(dir, gold.b), 'utf8').replace(/^\uFEFF/, '');
    const sa = useGoldUnits ? goldSentences(ta, gold.a_units, 'a') : segmentSentences(ta, 'a');
    const sb = useGoldUnits ? goldSentences(tb, gold.b_units, 'b') : segmentSentences(tb, 'b');
    // Map predicted sentences to gold units by exact text (the segmenter test guarantees equality).
    const ga = goldSentences(ta, gold.a_units, 'a'), gb = goldSentences(tb, gold.b_units, 'b');
    const mapTo = (pred: Sentence[], g: Sentence[], units: GoldUnit[]) => pred.map((s) => {
      const k = g.findIndex((u) => u.start < s.end && s.start < u.end);
      return k < 0 ? '?' : units[k]!.id;
    });
    const ma = mapTo(sa, ga, gold.a_units), mb = mapTo(sb, gb, gold.b_units);
    const links = align({ sentences: sa, language: 'en' }, { sentences: sb, language: 'en' }, resources, options);
    const key = (x: string, y: string) => `${x}|${y}`;
    const strong = new Set(gold.strong.map(([x, y]) => key(x, y)));
    const weak = new Set(gold.weak.map(([x, y]) => key(x, y)));
    const predicted = new Map<string, (typeof links)[number]>();
    for (const l of links) predicted.set(key(ma[l.a]!, mb[l.b]!), l);
    const t = zero();
    const judged = [...predicted.keys()].filter((k) => !weak.has(k));
    t.predicted = judged.length; t.right = judged.filter((k) => strong.has(k)).length;
    t.strong = strong.size; t.found = [...strong].filter((k) => predicted.has(k)).length;
    const anyLinked = new Set([...gold.strong, ...gold.weak].flat());
    const strongLinked = new Set(gold.strong.flat());
    const predLinked = new Set([...predicted.keys()].flatMap((k) => k.split('|')));
    const text = (id: string) => (id[0] === 'a' ? gold.a_units : gold.b_units).find((u) => u.id === id)?.text ?? '';
    const problems: string[] = [];
    for (const u of [...gold.a_units, ...gold.b_units]) {
      const goldOnly = !anyLinked.has(u.id);
      if (!goldOnly && !strongLinked.has(u.id)) continue;
      const predOnly = !predLinked.has(u.id);
      if (goldOnly && predOnly) t.tp++;
      else if (!goldOnly && predOnly) { t.fp++; problems.push(`  false omission ${u.id}: ${u.text.slice(0, 90)}`); }
      else if (goldOnly && !predOnly) { t.fn++; problems.push(`  missed omission ${u.id}: ${u.text.slice(0, 90)}`); }
    }
    const cands = scorePairs({ sentences: sa, language: 'en' }, { sentences: sb, language: 'en' }, resources, options);
    for (const k of strong) if (!predicted.has(k)) {
      const [x, y] = k.split('|');
      const ia = ma.indexOf(x!), ib = mb.indexOf(y!);
      const c = cands.find((l) => l.a === ia && l.b === ib);
      problems.push(`  MISSED ${k} score=${c ? c.score.toFixed(2) : '-'} [${(c?.reasons ?? []).slice(0, 5).map((r) => `${r.label}:${r.contribution.toFixed(2)}`).join(', ')}]\n     A: ${text(x!).slice(0, 110)}\n     B: ${text(y!).slice(0, 110)}`);
    }
    for (const k of judged) if (!strong.has(k)) {
      const l = predicted.get(k)!;
      const [x, y] = k.split('|');
      problems.push(`  WRONG ${k} score=${l.score.toFixed(2)} [${l.reasons.slice(0, 5).map((r) => `${r.label}${r.via ? '^' : ''}:${r.contribution.toFixed(2)}`).join(', ')}]\n     A: ${text(x!).slice(0, 110)}\n     B: ${text(y!).slice(0, 110)}`);
    }
    const target = HOLDOUT.has(name) ? hold : dev;
    for (const k of Object.keys(t) as Array<keyof Tally>) target[k] += t[k];
    console.log(`${HOLDOUT.has(name) ? '[holdout] ' : ''}${name}: ${line(t)}`);
    if (verbose && !HOLDOUT.has(name)) {
      for (const p of problems) console.log(p);
      for (const l of links) {
        const k = key(ma[l.a]!, mb[l.b]!);
        if (strong.has(k)) console.log(`  ok ${k} score=${l.score.toFixed(2)} [${l.reasons.slice(0, 5).map((r) => `${r.label}${r.via ? '^' : ''}:${r.contribution.toFixed(2)}`).join(', ')}]`);
      }
    }
  }
  const all = zero();
  for (const k of Object.keys(all) as Array<keyof Tally>) all[k] = dev[k] + hold[k];
  console.log(`dev (6 pairs):     ${line(dev)}`);
  console.log(`holdout (3 pairs): ${line(hold)}`);
  console.log(`all (9 pairs):     ${line(all)}`);
}

void main();
