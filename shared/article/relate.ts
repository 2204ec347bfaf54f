/**
 * Relating article text to readout sentences by content, with the aligner's
 * features (stems, lexicon concepts and places, numbers, background weights):
 * which readout sentences a claim or a quotation bears on, and how much of a
 * claim's content a set of sentences covers (for its verdict).
 */
import { scorePairs, DEFAULT_ALIGN_OPTIONS, type AlignOptions } from '../align/align';
import { memoFeatures, type FeatureMemo } from '../align/features';
import type { AlignResources } from '../align/resources';
import type { Sentence, SentenceId } from '../model/types';

/** A piece of article text to relate (a claim without its attribution, a quotation). */
export interface Probe {
  /** The text, as one pseudo-sentence. */
  text: string;
}

/** A readout sentence and how well a probe matches it. */
export interface Related {
  sentence: SentenceId;
  index: number;
  score: number;
  /** How many features (words, concepts, names) the two share. */
  shared: number;
}

/** Options of {@link pickLinks}. */
export interface RelateOptions {
  /** Lowest score of a link. */
  threshold: number;
  /** Most links per probe. */
  max: number;
  /** A link scores at least this share of the probe's best. */
  ratio: number;
  /** Fewest features a link shares: one shared word ("peace") is a coincidence, not a topic. */
  minShared: number;
}

/**
 * The least score of a claim's link: the aligner's candidate floor before its selection was learned
 * (0.12; the aligner now scores candidates from 0.05 and lets its model choose, docs/alignment.md).
 */
const RELATE_THRESHOLD = 0.12;
/** For claims: a claim says it reports the readout, so its best match is meant. */
export const DEFAULT_RELATE: RelateOptions = { threshold: RELATE_THRESHOLD, max: 3, ratio: 0.5, minShared: 1 };
/** For commentary: a quotation of a person speaks about the call in its own words, so a link needs more. */
export const COMMENTARY_RELATE: RelateOptions = { threshold: 0.2, max: 3, ratio: 0.5, minShared: 2 };

function pseudo(probes: readonly Probe[]): Sentence[] {
  let offset = 0;
  return probes.map((p, i) => {
    const s = { id: `p${i + 1}` as SentenceId, start: offset, end: offset + p.text.length, text: p.text, paragraph: i };
    offset += p.text.length + 1;
    return s;
  });
}

/**
 * For each probe, every readout sentence it shares content with, best first (all
 * scored candidates, so the caller can also name the closest one below the threshold).
 * `memo`: the feature bags of one analysis (features.ts), so that a readout scored
 * against every claim has its sentences' features found once.
 */
export function scoreProbes(
  probes: readonly Probe[], sentences: readonly Sentence[], language: string, resources: AlignResources,
  memo: FeatureMemo = new Map(), options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
): Related[][] {
  const out: Related[][] = probes.map(() => []);
  if (probes.length === 0 || sentences.length === 0) return out;
  // An empty first sentence: the aligner takes the first sentence of a side for the opening that reports
  // the call ("Today, the leaders spoke…") and links it to the other side's; no probe is an opening.
  for (const l of scorePairs({ sentences: pseudo([{ text: '' }, ...probes]), language }, { sentences, language }, resources, options, 0, memo)) {
    if (l.a === 0) continue;
    out[l.a - 1]!.push({ sentence: sentences[l.b]!.id, index: l.b, score: l.score, shared: l.reasons.length });
  }
  for (const list of out) list.sort((x, y) => y.score - x.score || x.index - y.index);
  return out;
}

/** The links among scored candidates: above the threshold, near the best, at most `max`, in text order. */
export function pickLinks(scored: readonly Related[], options: RelateOptions = DEFAULT_RELATE): Related[] {
  const best = scored[0]?.score ?? 0;
  return scored
    .filter((r) => r.score >= options.threshold && r.score >= best * options.ratio && r.shared >= options.minShared)
    .slice(0, options.max)
    .sort((x, y) => x.index - y.index);
}

/**
 * The share of a text's content (by feature weight) that the given readout
 * sentences also carry. Features every sentence of the readout has (the
 * participants' names) count for little: sharing them says nothing. `memo` as for scoreProbes.
 */
export function contentCoverage(
  text: string, covering: readonly Sentence[], all: readonly Sentence[], language: string, resources: AlignResources, memo: FeatureMemo = new Map(),
): number {
  const bagOf = (s: Sentence) => memoFeatures(memo, s, language, resources).bag;
  const bag = bagOf({ id: 'p1' as SentenceId, start: 0, end: text.length, text, paragraph: 0 });
  if (bag.size === 0) return 0;
  const df = new Map<string, number>();
  for (const s of all) for (const key of bagOf(s).keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const n = Math.max(1, all.length);
  const covered = new Set<string>();
  for (const s of covering) for (const key of bagOf(s).keys()) covered.add(key);
  let total = 0;
  let shared = 0;
  for (const [key, f] of bag) {
    const spread = (df.get(key) ?? 0) / n;
    const w = f.weight * (spread > 0.3 ? 0.2 : 1);
    total += w;
    if (covered.has(key)) shared += w;
  }
  return total === 0 ? 0 : shared / total;
}
