/**
 * Scoring the typed differences (shared/differences/) against a hand-made gold in the
 * format of the samples' differences.json (tests/fixtures/differences/README.md). A
 * predicted difference matches a gold one of the same type when, on a side where both
 * give words, their spans overlap (one-to-one, greedily in the gold's order). The
 * differences are computed on the gold's own links and units, so the figure measures
 * the difference rules, not the aligner.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { scorePairs } from '../../shared/align/align';
import { differencesFor } from '../../shared/differences/detect';
import { withoutRowEchoes } from '../../shared/differences/rows';
import { DIFFERENCE_TYPES, type TypedDifference } from '../../shared/differences/types';
import { sentenceId, type Sentence, type Side } from '../../shared/model/types';
import type { AlignResources } from '../../shared/align/resources';

interface GoldUnit { id: string; text: string }
export interface AlignmentGold { a: string; b: string; a_units: GoldUnit[]; b_units: GoldUnit[] }
export interface GoldDifference { type: string; a_text: string | null; b_text: string | null; note?: string }
export interface GoldLink { a: string; b: string; differences: GoldDifference[] }

const REPO = resolve(__dirname, '../..');
export const FIXTURES = join(REPO, 'tests/fixtures/differences');
const PAIRS = join(REPO, 'tests/fixtures/pairs');

/** A pair to score: the folder of its readouts (with gold.json, meta.json) and its differences gold. */
export interface GoldSource { name: string; pairDir: string; goldFile: string }

/** A sample folder holding differences.json, or a gold file of tests/fixtures/differences (its readouts in tests/fixtures/pairs). */
export function goldSource(path: string): GoldSource {
  if (existsSync(join(path, 'differences.json'))) return { name: basename(resolve(path)), pairDir: path, goldFile: join(path, 'differences.json') };
  const name = basename(path).replace(/\.json$/u, '');
  const pairDir = existsSync(join(dirname(path), 'gold.json')) ? dirname(path) : join(PAIRS, name);
  return { name, pairDir, goldFile: path.endsWith('.json') ? path : join(FIXTURES, `${name}.json`) };
}

/** The development and held-out pairs of tests/fixtures/differences/split.json. */
export function split(): { development: string[]; heldOut: string[] } {
  return JSON.parse(readFileSync(join(FIXTURES, 'split.json'), 'utf8')) as { development: string[]; heldOut: string[] };
}

function sentences(text: string, units: readonly GoldUnit[], side: Side, file: string): Sentence[] {
  let from = 0;
  return units.map((u, i) => {
    const at = text.indexOf(u.text, from);
    if (at < 0) throw new Error(`${file}: gold unit ${u.id} is not in the text (after offset ${from}): "${u.text.slice(0, 60)}"`);
    from = at + u.text.length;
    return { id: sentenceId(side, i), start: at, end: at + u.text.length, text: u.text, paragraph: 0 };
  });
}

/** One link's outcome: which gold differences were found, which predictions are extra. */
export interface LinkOutcome { a: string; b: string; gold: GoldDifference[]; found: boolean[]; predicted: TypedDifference[]; matched: boolean[] }

/** Match a link's predictions to its gold (same type, overlapping words on a side). */
export function matchLink(sa: Sentence, sb: Sentence, gold: readonly GoldDifference[], got: readonly TypedDifference[]): { found: boolean[]; matched: boolean[] } {
  const range = (s: Sentence, text: string | null): [number, number] | null => {
    if (text === null) return null;
    const at = s.text.indexOf(text);
    if (at < 0) throw new Error(`gold span not in ${s.id}: "${text}"`);
    return [at, at + text.length];
  };
  const overlap = (x: [number, number] | null, y: { start: number; end: number } | null) => !!x && !!y && x[0] < y.end && y.start < x[1];
  const matched = got.map(() => false);
  const found = gold.map((g) => {
    const ra = range(sa, g.a_text);
    const rb = range(sb, g.b_text);
    const k = got.findIndex((d, n) => !matched[n] && d.type === g.type && (overlap(ra, d.a) || overlap(rb, d.b)));
    if (k >= 0) matched[k] = true;
    return k >= 0;
  });
  return { found, matched };
}

/** A pair's alignment gold and its units as sentences of the two readouts (gold.json in `pairDir`). */
export function readoutSentences(pairDir: string): { gold: AlignmentGold; sa: Sentence[]; sb: Sentence[] } {
  const gold = JSON.parse(readFileSync(join(pairDir, 'gold.json'), 'utf8')) as AlignmentGold;
  const sa = sentences(readFileSync(join(pairDir, gold.a), 'utf8'), gold.a_units, 'a', join(pairDir, gold.a));
  const sb = sentences(readFileSync(join(pairDir, gold.b), 'utf8'), gold.b_units, 'b', join(pairDir, gold.b));
  return { gold, sa, sb };
}

/** The links of a differences gold file (the format of tests/fixtures/differences); a one-line error naming the file otherwise. */
export function goldLinks(file: string): GoldLink[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: not a differences gold (${(e as Error).message.split('\n')[0]})`);
  }
  const links = (parsed as { links?: unknown } | null)?.links;
  if (!Array.isArray(links)) throw new Error(`${file}: not a differences gold (no "links" list)`);
  return links as GoldLink[];
}

/** The rules' differences on each gold link of a pair, matched to the gold; `perLink`: each link alone, without the row step that compare() applies. */
export function scoreSource(source: GoldSource, resources: AlignResources, perLink = false): LinkOutcome[] {
  const { gold, sa, sb } = readoutSentences(source.pairDir);
  const links = goldLinks(source.goldFile);
  const metaPath = join(source.pairDir, 'meta.json');
  const labels = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as { readouts: Array<{ label: string }> }).readouts.map((r) => r.label) : ['A', 'B'];
  const scored = scorePairs({ sentences: sa, language: 'en' }, { sentences: sb, language: 'en' }, resources);
  const diffs = differencesFor({ a: { sentences: sa, language: 'en', label: labels[0]! }, b: { sentences: sb, language: 'en', label: labels[1]! } });
  const computed = links.map((link) => {
    const i = gold.a_units.findIndex((u) => u.id === link.a);
    const j = gold.b_units.findIndex((u) => u.id === link.b);
    if (i < 0 || j < 0) throw new Error(`${source.pairDir}: the differences gold links ${link.a}–${link.b}, but ${i < 0 ? link.a : link.b} is no unit of the alignment gold`);
    const scoredLink = scored.find((l) => l.a === i && l.b === j);
    return { link, i, j, a: [sa[i]!.id], b: [sb[j]!.id], score: scoredLink?.score ?? 0, differences: diffs(i, j, scoredLink?.reasons ?? []) };
  });
  // As compare() shows them: a one-sided difference the other side writes in another sentence of the gold's row is dropped (rows.ts).
  const texts = new Map([...sa, ...sb].map((s) => [s.id, s.text]));
  const shown = perLink ? computed : withoutRowEchoes(computed, (id) => texts.get(id));
  return shown.map(({ link, i, j, differences }) => ({ a: link.a, b: link.b, gold: link.differences, predicted: differences, ...matchLink(sa[i]!, sb[j]!, link.differences, differences) }));
}

/** Counts for one type, or for all: matched, predicted, in the gold. */
export interface Tally { matched: number; predicted: number; gold: number }
export const precision = (t: Tally): number => (t.predicted === 0 ? 0 : t.matched / t.predicted);
export const recall = (t: Tally): number => (t.gold === 0 ? 0 : t.matched / t.gold);

/** Per type (in DIFFERENCE_TYPES order) and in total. */
export function tally(outcomes: readonly LinkOutcome[]): { byType: Map<string, Tally>; total: Tally } {
  const byType = new Map<string, Tally>(DIFFERENCE_TYPES.map((t) => [t, { matched: 0, predicted: 0, gold: 0 }]));
  const total: Tally = { matched: 0, predicted: 0, gold: 0 };
  const bump = (type: string, key: keyof Tally) => {
    if (!byType.has(type)) byType.set(type, { matched: 0, predicted: 0, gold: 0 });
    byType.get(type)![key]++;
    total[key]++;
  };
  for (const o of outcomes) {
    o.gold.forEach((g, n) => { bump(g.type, 'gold'); if (o.found[n]) bump(g.type, 'matched'); });
    o.predicted.forEach((d) => bump(d.type, 'predicted'));
  }
  return { byType, total };
}
