/**
 * The development pairs (tests/fixtures/pairs) as the selection model sees them:
 * each pair's sentences (the segmenter's, which are exactly the gold units), its
 * candidates with their feature rows, and the gold label of each candidate and unit.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { candidateRows, DEFAULT_ALIGN_OPTIONS, type AlignInput, type AlignOptions } from '../../shared/align/align';
import { topicalBags, type TopicalBag } from '../../shared/align/coverage';
import type { AlignResources } from '../../shared/align/resources';
import { segmentSentences } from '../../shared/text/segment';
import type { GoldLinks } from './metrics';

/** The folder of the development pairs. */
export const PAIRS_DIR = join(__dirname, '..', '..', 'tests', 'fixtures', 'pairs');

/** One development pair, ready for fitting and scoring. */
export interface PairData {
  name: string;
  a: AlignInput;
  b: AlignInput;
  gold: GoldLinks;
  /** Candidates (0-based sentence indices) with their feature rows. */
  candidates: Array<{ a: number; b: number; score: number; row: Float64Array }>;
  /** Per candidate: 1 for a gold strong link, 0 for no gold link, null for a gold weak link (neither). */
  labels: Array<0 | 1 | null>;
  /** Per sentence of each side: its static omission features (shared/align/omission-features.ts). */
  facts: { a: Float64Array[]; b: Float64Array[] };
  /** Per unit (A then B): 1 when gold links it to nothing, 0 when it has a strong link, null when only weak links. */
  oneSided: Array<0 | 1 | null>;
  /** Per sentence of each side: its topical features, for the coverage rule (shared/align/coverage.ts). */
  bags: { a: TopicalBag[]; b: TopicalBag[] };
}

interface GoldFile { a: string; b: string; a_units: Array<{ id: string; text: string }>; b_units: Array<{ id: string; text: string }>; strong: [string, string][]; weak: [string, string][] }
interface MetaFile { readouts: Array<{ file: string; language?: string }> }

const read = (path: string): string => readFileSync(path, 'utf8').replace(/^\uFEFF/, '');

/** Loads one pair folder; throws when the segmenter's sentences are not the gold units. */
export function loadPair(dir: string, name: string, resources: AlignResources, options: AlignOptions = DEFAULT_ALIGN_OPTIONS): PairData {
  const g = JSON.parse(read(join(dir, 'gold.json'))) as GoldFile;
  const meta = JSON.parse(read(join(dir, 'meta.json'))) as MetaFile;
  const language = (file: string): string => meta.readouts.find((r) => r.file === file)?.language ?? 'en';
  const side = (file: string, which: 'a' | 'b'): AlignInput => ({ sentences: segmentSentences(read(join(dir, file)), which, { language: language(file) }), language: language(file) });
  const a = side(g.a, 'a');
  const b = side(g.b, 'b');
  if (a.sentences.length !== g.a_units.length || b.sentences.length !== g.b_units.length) throw new Error(`${name}: the sentences are not the gold units`);
  const gold: GoldLinks = { aUnits: g.a_units.map((u) => u.id), bUnits: g.b_units.map((u) => u.id), strong: g.strong, weak: g.weak };
  const { v, candidates, rows, facts } = candidateRows(a, b, resources, options, undefined, true);
  const strong = new Set(g.strong.map(([x, y]) => `${x}|${y}`));
  const weak = new Set(g.weak.map(([x, y]) => `${x}|${y}`));
  const labels = candidates.map((c) => {
    const k = `${gold.aUnits[c.a]}|${gold.bUnits[c.b]}`;
    return strong.has(k) ? 1 : weak.has(k) ? null : 0;
  });
  const any = new Set([...g.strong, ...g.weak].flat());
  const strongUnits = new Set(g.strong.flat());
  const oneSided = [...gold.aUnits, ...gold.bUnits].map((u) => (!any.has(u) ? 1 : strongUnits.has(u) ? 0 : null));
  return { name, a, b, gold, candidates: candidates.map((c, k) => ({ a: c.a, b: c.b, score: c.score, row: rows[k]! })), labels, facts, oneSided, bags: { a: topicalBags(v.a), b: topicalBags(v.b) } };
}

/** Every pair with a gold.json under `dir`, in name order. */
export function loadPairs(resources: AlignResources, dir: string = PAIRS_DIR, options: AlignOptions = DEFAULT_ALIGN_OPTIONS): PairData[] {
  return readdirSync(dir).sort().filter((n) => existsSync(join(dir, n, 'gold.json'))).map((n) => loadPair(join(dir, n), n, resources, options));
}
