/**
 * Error dumps for the analysis of the cross-validated alignment (`npm run
 * eval:alignment -- --dump DIR`): per held-out pair, a text file listing its false
 * links, missed links (with the candidate's score and confidence when it was a
 * candidate at all), wrong omissions (a sentence left one-sided that gold links) and
 * missed omissions (a one-sided sentence the alignment linked), each with the
 * sentences' texts. For looking at errors to design general features; the dumps stay
 * outside git (/work/scratch/…): the sentences are the readouts'.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Alignment } from '../../shared/align/align';
import type { LinkModel } from '../../shared/align/link-model';
import { heldOutProbabilities } from './cv';
import type { PairData } from './dataset';

const f2 = (v: number): string => v.toFixed(2);

/** The lines of one held-out pair's error dump. */
export function errorLines(held: PairData, model: LinkModel, alignment: Alignment): string[] {
  const { gold } = held;
  const textA = (i: number): string => held.a.sentences[i]!.text;
  const textB = (j: number): string => held.b.sentences[j]!.text;
  const idxA = new Map(gold.aUnits.map((u, i) => [u, i]));
  const idxB = new Map(gold.bUnits.map((u, j) => [u, j]));
  const strong = new Set(gold.strong.map(([x, y]) => `${x}|${y}`));
  const weak = new Set(gold.weak.map(([x, y]) => `${x}|${y}`));
  const probs = heldOutProbabilities(held, model);
  const cand = new Map(held.candidates.map((c, k) => [`${c.a}|${c.b}`, { score: c.score, p: probs[k]! }]));
  const made = new Map(alignment.links.map((l) => [`${l.a}|${l.b}`, l]));
  const describe = (i: number, j: number): string => {
    const c = cand.get(`${i}|${j}`);
    return c ? `score ${f2(c.score)} conf ${f2(c.p)}` : 'no candidate';
  };
  const out: string[] = [`# ${held.name} (threshold ${f2(model.linkThreshold)})`, ''];
  out.push('## false links');
  for (const l of alignment.links) {
    const k = `${gold.aUnits[l.a]}|${gold.bUnits[l.b]}`;
    if (strong.has(k) || weak.has(k)) continue;
    out.push(`- a${l.a + 1}–b${l.b + 1} score ${f2(l.score)} conf ${f2(l.confidence)} [${l.reasons.slice(0, 4).map((r) => r.label).join(', ')}]`, `  A: ${textA(l.a)}`, `  B: ${textB(l.b)}`);
  }
  out.push('', '## missed links');
  for (const [x, y] of gold.strong) {
    const i = idxA.get(x)!;
    const j = idxB.get(y)!;
    if (made.has(`${i}|${j}`)) continue;
    out.push(`- ${x}–${y} ${describe(i, j)}`, `  A: ${textA(i)}`, `  B: ${textB(j)}`);
  }
  const linked = new Set(alignment.links.flatMap((l) => [gold.aUnits[l.a]!, gold.bUnits[l.b]!]));
  const anyGold = new Set([...gold.strong, ...gold.weak].flat());
  const strongUnits = new Set(gold.strong.flat());
  const partners = (u: string): string => gold.strong.filter(([x, y]) => x === u || y === u).map(([x, y]) => {
    const other = x === u ? y : x;
    const i = idxA.get(x)!;
    const j = idxB.get(y)!;
    return `${other} (${describe(i, j)}): ${other.startsWith('a') ? textA(idxA.get(other)!) : textB(idxB.get(other)!)}`;
  }).join('\n    ');
  const textOf = (u: string): string => (u.startsWith('a') ? textA(idxA.get(u)!) : textB(idxB.get(u)!));
  out.push('', '## wrong omissions (left one-sided, gold links it)');
  for (const u of [...gold.aUnits, ...gold.bUnits]) {
    if (linked.has(u) || !strongUnits.has(u)) continue;
    out.push(`- ${u}: ${textOf(u)}`, `    ${partners(u)}`);
  }
  out.push('', '## missed omissions (gold one-sided, linked)');
  for (const l of alignment.links) {
    for (const u of [gold.aUnits[l.a]!, gold.bUnits[l.b]!]) {
      if (anyGold.has(u)) continue;
      out.push(`- ${u} via a${l.a + 1}–b${l.b + 1} conf ${f2(l.confidence)}: ${textOf(u)}`);
    }
  }
  return out;
}

/** Writes one file per held-out pair into `dir`. */
export function writeErrorDump(dir: string, held: PairData, model: LinkModel, alignment: Alignment): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${held.name}.md`), `${errorLines(held, model, alignment).join('\n')}\n`);
}
