/**
 * Scores the typed differences (shared/differences/) against a hand-made gold in the
 * format of the samples' differences.json: for each gold link, the differences with
 * `type`, `a_text`, `b_text`. A predicted difference matches a gold one of the same type
 * when, on a side where both give words, their spans overlap (one-to-one, greedily in
 * order). The differences are computed for the gold's links on the gold's units, so
 * the figure measures the difference rules, not the aligner.
 *
 *   npx tsx scripts/score-differences.ts [PAIR_DIR …] [--verbose]
 *
 * PAIR_DIR holds meta.json (or gold.json naming the files), gold.json and differences.json;
 * the default is the 2025-03-18 sample, the worked example: the rules were not tuned on it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scorePairs } from '../shared/align/align';
import { differencesFor } from '../shared/differences/detect';
import type { TypedDifference } from '../shared/differences/types';
import { sentenceId, type Sentence, type Side } from '../shared/model/types';
import { loadResources } from '../node/resources';

interface GoldUnit { id: string; text: string }
interface Gold { a: string; b: string; a_units: GoldUnit[]; b_units: GoldUnit[] }
interface GoldDifference { type: string; a_text: string | null; b_text: string | null; note?: string }
interface GoldLinks { links: Array<{ a: string; b: string; differences: GoldDifference[] }> }

const verbose = process.argv.includes('--verbose');
const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (dirs.length === 0) dirs.push('/work/shared/samples/2025-03-18-trump-putin');

function sentences(text: string, units: GoldUnit[], side: Side): Sentence[] {
  let from = 0;
  return units.map((u, i) => {
    const at = text.indexOf(u.text, from);
    from = at + u.text.length;
    return { id: sentenceId(side, i), start: at, end: at + u.text.length, text: u.text, paragraph: 0 };
  });
}

/** Where a gold side's words lie in its sentence: [start, end) or null. */
function goldRange(sentence: Sentence, text: string | null): [number, number] | null {
  if (text === null) return null;
  const at = sentence.text.indexOf(text);
  return at < 0 ? [0, sentence.text.length] : [at, at + text.length];
}

const overlap = (x: [number, number] | null, y: { start: number; end: number } | null): boolean => !!x && !!y && x[0] < y.end && y.start < x[1];

let tp = 0;
let predicted = 0;
let expected = 0;
const resources = loadResources();
for (const dir of dirs) {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
  const links = JSON.parse(readFileSync(join(dir, 'differences.json'), 'utf8')) as GoldLinks;
  const metaPath = join(dir, 'meta.json');
  const labels = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as { readouts: Array<{ label: string }> }).readouts.map((r) => r.label) : ['A', 'B'];
  const sa = sentences(readFileSync(join(dir, gold.a), 'utf8'), gold.a_units, 'a');
  const sb = sentences(readFileSync(join(dir, gold.b), 'utf8'), gold.b_units, 'b');
  const scored = scorePairs({ sentences: sa, language: 'en' }, { sentences: sb, language: 'en' }, resources);
  const diffs = differencesFor({ a: { sentences: sa, language: 'en', label: labels[0]! }, b: { sentences: sb, language: 'en', label: labels[1]! } });
  for (const link of links.links) {
    const i = gold.a_units.findIndex((u) => u.id === link.a);
    const j = gold.b_units.findIndex((u) => u.id === link.b);
    const reasons = scored.find((l) => l.a === i && l.b === j)?.reasons ?? [];
    const got: TypedDifference[] = diffs(i, j, reasons);
    const used = new Set<number>();
    predicted += got.length;
    expected += link.differences.length;
    for (const g of link.differences) {
      const ra = goldRange(sa[i]!, g.a_text);
      const rb = goldRange(sb[j]!, g.b_text);
      const k = got.findIndex((d, n) => !used.has(n) && d.type === g.type && (overlap(ra, d.a) || overlap(rb, d.b)));
      if (k >= 0) { used.add(k); tp++; }
      if (verbose) console.log(`${k >= 0 ? 'hit ' : 'MISS'} ${link.a}-${link.b} ${g.type}: ${g.a_text} | ${g.b_text}`);
    }
    if (verbose) got.forEach((d, n) => { if (!used.has(n)) console.log(`EXTRA ${link.a}-${link.b} ${d.type}: ${d.a?.text ?? null} | ${d.b?.text ?? null}`); });
  }
}
const p = predicted === 0 ? 0 : tp / predicted;
const r = expected === 0 ? 0 : tp / expected;
console.log(`typed differences: ${tp} matched, ${predicted} predicted, ${expected} in the gold · precision ${p.toFixed(2)} · recall ${r.toFixed(2)}`);
