/**
 * Sentence alignment of two independent readouts of the same call.
 *
 * 1. Each sentence becomes a weighted bag of features (features.ts).
 * 2. Weights are damped for features that many sentences of the pair share (in a
 *    call about Ukraine, "Ukraine" tells little about which point is reported) and
 *    for the names of the participants, who are the subject of every sentence.
 *    The two opening sentences that report the call itself share a feature.
 *    (vectors.ts)
 * 3. Candidate pairs come from an inverted index over the features (sparse: two
 *    sentences sharing nothing are never scored), scored in [0, 1] sentence by
 *    sentence and clause by clause (score.ts).
 * 4. Each candidate gets features (link-features.ts: its score and ranks, clause
 *    scores, dialogue acts, position, …) and the fitted selection model gives it a
 *    probability of being right (link-model.ts), then a second look given how it
 *    stands among its sentences' other candidates (context-features.ts): its
 *    confidence. The candidates
 *    reaching the model's threshold become links, many-to-many (select.ts).
 * 5. The shared features of each kept link become its reasons.
 * 6. A sentence that refers back ("Putin responded positively to this
 *    initiative") may follow the links of the sentence it refers to (anaphora.ts),
 *    when `inheritReferences` is on.
 * 7. Each sentence gets the probability that it is reported by one side only.
 */
import { otherSide, type Sentence, type SentenceId, type Side } from '../model/types';
import type { AgentResolvers } from './agents';
import type { FeatureMemo } from './features';
import { lexiconLabel } from './lexicon';
import { readsFirst, swapAgents } from './orientation';
import { linkFeatures, rowViews, sentenceCues, type TextCues } from './link-features';
import { blockProbabilities, LINK_MODEL, omissionProbability, weighsAny, type LinkModel } from './link-model';
import { omissionRows, sentenceFacts, WORD_FEATURES, type RatedColumns, type RatedPair } from './omission-features';
import type { AlignResources } from './resources';
import { candidateAt, columnsOf, scoreCandidates, scoreColumns, type Candidate, type CandidateColumns, type ScoreOptions } from './score';
import { denseCandidates, semanticSentences, type SemanticSentence } from './semantic';
import { primaryLanguage } from '../text/language';
import type { RatedCandidate, SelectOptions } from './select';
import { chooseLinks, topicalBags } from './coverage';
import { buildVectors, OPENING, type FeatureKeys, type SentenceVector, type VectorOptions } from './vectors';

/** One readout as the aligner sees it. */
export interface AlignInput {
  sentences: readonly Sentence[];
  /** BCP 47 tag of the text's language. */
  language: string;
}

/** Why two sentences were linked: one shared feature, or a reference back. */
export interface Reason {
  /** The shared term or concept ("ceasefire", "Russia", a word's stem), or "refers back". */
  label: string;
  /** How it reads in sentence A and in sentence B. */
  a: string;
  b: string;
  /** This reason's share of the pair's score. */
  contribution: number;
  /** Set when the link was inherited: the sentence refers back to this sentence of `side`. */
  via?: { side: Side; id: SentenceId };
}

/** A link between sentence `a` of readout A and sentence `b` of readout B (0-based indices). */
export interface Link {
  a: number;
  b: number;
  /** Similarity in [0, 1]. */
  score: number;
  /** The selection model's probability in [0, 1] that the link is right. */
  confidence: number;
  /** Shared features, largest contribution first. */
  reasons: Reason[];
}

/** Tuning of the aligner; the defaults are documented in docs/alignment.md. */
export interface AlignOptions extends VectorOptions, ScoreOptions, SelectOptions {
  /** Whether a sentence that refers back and has no link of its own takes the links of the sentence before it. */
  inheritReferences: boolean;
  /** Share of the antecedent's link score and confidence that a sentence referring back inherits. */
  anaphoraFactor: number;
  /** The selection model (`npm run fit` writes the committed one). */
  model: LinkModel;
  /**
   * Whether the word-vector features (semantic.ts) are computed, when the resources hold a
   * table for the language. Off: measured by leave-one-pair-out, they did not improve the
   * alignment (docs/alignment.md, "Word vectors"), so the model gives them no weight.
   */
  semantic: boolean;
  /**
   * Whether the point features (point-features.ts: one clause of a many-point sentence against
   * the whole other sentence) are computed; off, they are 0 and the model gives them no weight.
   */
  pointFeatures: boolean;
  /** Each sentence's this many nearest sentences of the other readout by word vectors become candidates too (0: none). */
  denseCandidates: number;
  /** …when their dense cosine (semantic.ts, denseCosine) is at least this. */
  denseFloor: number;
  /** Dense candidates are sought only when the readouts have at most this many sentence pairs (the search is quadratic). */
  denseMaxPairs: number;
}

export const DEFAULT_ALIGN_OPTIONS: AlignOptions = {
  threshold: 0.05, maxLinksPerSentence: 4, inheritReferences: true, model: LINK_MODEL,
  semantic: false, pointFeatures: false, denseCandidates: 0, denseFloor: 0.3, denseMaxPairs: 40_000,
  anaphoraFactor: 0.9, participantFactor: 0.2, lengthBias: 0.5, localIdfPower: 1, clauseFactor: 0.7, clauseTopicalShare: 0.5, minFeatureWeight: 0.04, directionalAgents: true, maxCandidates: 32, maxPostings: 64,
};

/**
 * The candidates of two readouts with their feature rows (link-features.ts): what the model is fitted and applied on.
 * `agents`: the two readouts' agent resolvers (agents.ts) when the caller has made them already.
 * `allFacts`: read every omission feature (the fit needs them all; the app only those its model weighs).
 * The candidates as objects and each row on its own (for the fit); the aligner reads them as columns (candidateColumns).
 */
export function candidateRows(a: AlignInput, b: AlignInput, resources: AlignResources, options: AlignOptions = DEFAULT_ALIGN_OPTIONS, agents?: AgentResolvers, allFacts = false) {
  const { v, columns, block, back, facts } = candidateColumns(a, b, resources, options, agents, allFacts);
  const candidates = Array.from({ length: columns.length }, (_, k) => candidateAt(columns, k));
  return { v, candidates, rows: rowViews(block), back, facts };
}

/** candidateRows with the candidates as columns and their rows in one block: no object per candidate. */
function candidateColumns(a: AlignInput, b: AlignInput, resources: AlignResources, options: AlignOptions, agents: AgentResolvers | undefined, allFacts: boolean) {
  const v = buildVectors(a, b, resources, options, agents);
  // Candidates below the threshold are not scored to the end (that would cost time on long readouts).
  const scored = scoreColumns(v.a, v.b, options, options.threshold);
  const sem = semanticOf(a, b, v, resources, options);
  const columns = sem ? withDenseCandidates(scored, sem, a.sentences.length * b.sentences.length, options) : scored;
  // The sentences' acts and references back, read once: for the rows, and for followReferences.
  const read: TextCues = new Map();
  const cues = { a: sentenceCues(a.sentences, a.language, read), b: sentenceCues(b.sentences, b.language, read) };
  const block = linkFeatures(columns, { ...a, vectors: v.a, cues: cues.a, semantic: sem?.a }, { ...b, vectors: v.b, cues: cues.b, semantic: sem?.b }, options.pointFeatures);
  // What each sentence is, for the omission model (omission-features.ts).
  const words = allFacts || weighsAny(options.model, WORD_FEATURES);
  const facts = { a: sentenceFacts(a.sentences, a.language, v.a, v.b, cues.a.acts, words), b: sentenceFacts(b.sentences, b.language, v.b, v.a, cues.b.acts, words) };
  return { v, columns, block, back: { a: cues.a.back, b: cues.b.back }, facts };
}

/** Both readouts' sentences as word vectors (semantic.ts), when asked for and both are in one language with a table. */
function semanticOf(a: AlignInput, b: AlignInput, v: { a: SentenceVector[]; b: SentenceVector[]; keys: FeatureKeys }, resources: AlignResources, options: AlignOptions) {
  const language = primaryLanguage(a.language);
  const table = resources.embeddings?.[language];
  if (!options.semantic || !table || primaryLanguage(b.language) !== language) return undefined;
  return semanticSentences(v.a, v.b, v.keys, table);
}

/** The scored candidates and the dense ones (semantic.ts, denseCandidates; score 0: they share nothing scored), by A then B. */
function withDenseCandidates(scored: CandidateColumns, sem: { a: SemanticSentence[]; b: SemanticSentence[] }, pairs: number, options: AlignOptions): CandidateColumns {
  if (options.denseCandidates <= 0 || pairs > options.denseMaxPairs) return scored;
  const nB = sem.b.length;
  const known = new Set<number>();
  for (let k = 0; k < scored.length; k++) known.add(scored.a[k]! * nB + scored.b[k]!);
  const dense = denseCandidates(sem.a, sem.b, options.denseCandidates, options.denseFloor, (i, j) => known.has(i * nB + j));
  if (dense.length === 0) return scored;
  const added: Candidate[] = dense.map((c) => ({ a: c.a, b: c.b, score: 0, clauseA: -1, clauseB: -1 }));
  const all = [...Array.from({ length: scored.length }, (_, k) => candidateAt(scored, k)), ...added];
  return columnsOf(all.sort((x, y) => x.a - y.a || x.b - y.b));
}

/**
 * Every scored candidate pair above `minScore`, for diagnostics (why was this pair not linked?).
 * `memo`: feature bags found before in the same piece of work (features.ts), when the caller keeps them.
 */
export function scorePairs(a: AlignInput, b: AlignInput, resources: AlignResources, options: AlignOptions = DEFAULT_ALIGN_OPTIONS, minScore = 0, memo?: FeatureMemo): Link[] {
  const v = buildVectors(a, b, resources, options, undefined, memo);
  return scoreCandidates(v.a, v.b, options, minScore).map((c) => toLink({ ...c, confidence: 0 }, v.a, v.b, v.keys));
}

/** Aligns two readouts; links are sorted by A index, then B index. */
export function align(a: AlignInput, b: AlignInput, resources: AlignResources, options: AlignOptions = DEFAULT_ALIGN_OPTIONS): Link[] {
  return alignExplained(a, b, resources, options).links;
}

/** The links, and for each sentence in no link its best candidate scoring at least the threshold (null when none does). */
export interface Alignment {
  links: Link[];
  nearest: { a: Array<Link | null>; b: Array<Link | null> };
  /** For every sentence, the probability in [0, 1] that it is reported by its side only. */
  oneSided: { a: number[]; b: number[] };
}

/**
 * `align`, and for every sentence left in no link the best candidate it had, with
 * its reasons: an analyst checking an omission sees what came closest and why it
 * was not linked. `agents` as for candidateRows.
 */
export function alignExplained(a: AlignInput, b: AlignInput, resources: AlignResources, options: AlignOptions = DEFAULT_ALIGN_OPTIONS, agents?: AgentResolvers): Alignment {
  // Always in one orientation of the pair, so that the order the files came in changes nothing (orientation.ts).
  if (readsFirst(a, b)) return alignOriented(a, b, resources, options, agents);
  return mirrored(alignOriented(b, a, resources, options, agents && swapAgents(agents)));
}

/** An alignment of B with A read as one of A with B. */
function mirrored(x: Alignment): Alignment {
  return {
    links: x.links.map(mirrorLink).sort((p, q) => p.a - q.a || p.b - q.b),
    nearest: { a: x.nearest.b.map((l) => l && mirrorLink(l)), b: x.nearest.a.map((l) => l && mirrorLink(l)) },
    oneSided: { a: x.oneSided.b, b: x.oneSided.a },
  };
}

function mirrorLink(l: Link): Link {
  return { ...l, a: l.b, b: l.a, reasons: l.reasons.map((r) => ({ ...r, a: r.b, b: r.a, ...(r.via && { via: { ...r.via, side: otherSide(r.via.side) } }) })) };
}

/** `alignExplained` with `a` read first, as the aligner's asymmetric steps read it. */
function alignOriented(a: AlignInput, b: AlignInput, resources: AlignResources, options: AlignOptions, agents?: AgentResolvers): Alignment {
  const { v, columns, block, back, facts } = candidateColumns(a, b, resources, options, agents, false);
  const nA = a.sentences.length;
  const nB = b.sentences.length;
  // Columns, no object per candidate: tens of thousands of candidates on long readouts. Objects are made for links and nearest ones only.
  const probs = blockProbabilities(options.model, columns, block, nA, nB);
  const rated = (k: number): RatedCandidate => ({ ...candidateAt(columns, k), confidence: probs[k]! });
  const bags = options.model.coverage ? { a: topicalBags(v.a), b: topicalBags(v.b) } : { a: [], b: [] };
  const chosen = Array.from(chooseLinks(columns, probs, nA, nB, options.model.linkThreshold, options, { rule: options.model.coverage, bags }), rated);
  const link = linkMaker(v);
  const own = chosen.map(link);
  const links = options.inheritReferences ? followReferences(own, columns, rated, a, b, link, back, options) : own;
  const linkedA = new Set(links.map((l) => l.a));
  const linkedB = new Set(links.map((l) => l.b));
  const bestA = new Int32Array(nA).fill(-1);
  const bestB = new Int32Array(nB).fill(-1);
  // The best candidate of each unlinked sentence; ties go to the earlier sentence (candidates come in text order).
  for (let k = 0; k < columns.length; k++) {
    const i = columns.a[k]!;
    const j = columns.b[k]!;
    const score = columns.score[k]!;
    if (!linkedA.has(i) && (bestA[i]! < 0 || score > columns.score[bestA[i]!]!)) bestA[i] = k;
    if (!linkedB.has(j) && (bestB[j]! < 0 || score > columns.score[bestB[j]!]!)) bestB[j] = k;
  }
  const explain = (k: number): Link | null => (k >= 0 ? link(rated(k)) : null);
  const candidates: RatedColumns = { length: columns.length, a: columns.a, b: columns.b, score: columns.score, confidence: probs };
  const p = omissionRows(withLinks(candidates, links, nB), facts, { a: linkedA, b: linkedB }).map((row) => omissionProbability(options.model, row));
  const oneSided = { a: p.slice(0, nA), b: p.slice(nA) };
  return { links, nearest: { a: Array.from(bestA, explain), b: Array.from(bestB, explain) }, oneSided };
}

/** The candidates, each made link (an inherited one included) in place of its candidate, with the link's score and confidence. */
export function withLinks(candidates: RatedColumns, links: readonly RatedPair[], nB: number): RatedColumns {
  const byKey = new Map<number, RatedPair>(links.map((l) => [l.a * nB + l.b, l]));
  const n = candidates.length;
  const size = n + byKey.size;
  const copy = <T extends Int32Array | Float64Array>(column: T, made: T): T => {
    made.set(column.subarray(0, n));
    return made;
  };
  const out: RatedColumns = {
    length: n, a: copy(candidates.a, new Int32Array(size)), b: copy(candidates.b, new Int32Array(size)),
    score: copy(candidates.score, new Float64Array(size)), confidence: copy(candidates.confidence, new Float64Array(size)),
  };
  if (links.length === 0) return out;
  for (let k = 0; k < n; k++) {
    const key = out.a[k]! * nB + out.b[k]!;
    const l = byKey.get(key);
    if (!l) continue;
    byKey.delete(key);
    out.score[k] = Math.max(l.score, out.score[k]!);
    out.confidence[k] = Math.max(l.confidence, out.confidence[k]!);
  }
  // Links with no candidate of their own (inherited ones whose pair was not scored).
  for (const l of byKey.values()) {
    const k = out.length++;
    out.a[k] = l.a;
    out.b[k] = l.b;
    out.score[k] = l.score;
    out.confidence[k] = l.confidence;
  }
  return out;
}

/**
 * A sentence that refers back ("Putin responded positively to this initiative";
 * `back`, per sentence, from sentenceCues) and found no link of its own takes the links of the sentence before it: its
 * point is the response to that sentence's point. Only links selected on their
 * own merit are followed (no chains), one step, at most `maxLinksPerSentence`.
 */
function followReferences(
  links: Link[], candidates: CandidateColumns, rated: (k: number) => RatedCandidate, a: AlignInput, b: AlignInput,
  link: (c: RatedCandidate) => Link, back: Record<Side, readonly boolean[]>, options: AlignOptions,
): Link[] {
  const nB = b.sentences.length;
  const key = (i: number, j: number): number => i * nB + j;
  const linked = { a: new Set(links.map((l) => l.a)), b: new Set(links.map((l) => l.b)) };
  const referring = {
    a: a.sentences.flatMap((_, k) => (k > 0 && !linked.a.has(k) && back.a[k] ? [k] : [])),
    b: b.sentences.flatMap((_, k) => (k > 0 && !linked.b.has(k) && back.b[k] ? [k] : [])),
  };
  if (referring.a.length === 0 && referring.b.length === 0) return links;
  // The own candidates of the sentences that refer back, by pair: an inherited link may add to one.
  const refersA = new Set(referring.a);
  const refersB = new Set(referring.b);
  const own = new Map<number, RatedCandidate>();
  for (let k = 0; k < candidates.length; k++) {
    if (refersA.has(candidates.a[k]!) || refersB.has(candidates.b[k]!)) own.set(key(candidates.a[k]!, candidates.b[k]!), rated(k));
  }
  const inherited: Link[] = [];
  for (const side of ['a', 'b'] as const) {
    const input = side === 'a' ? a : b;
    const bySentence = new Map<number, Link[]>();
    for (const l of links) {
      const k = side === 'a' ? l.a : l.b;
      let list = bySentence.get(k);
      if (!list) bySentence.set(k, (list = []));
      list.push(l);
    }
    for (const k of referring[side]) {
      const antecedent = input.sentences[k - 1]!;
      const from = [...(bySentence.get(k - 1) ?? [])].sort((x, y) => y.score - x.score).slice(0, options.maxLinksPerSentence);
      for (const l of from) {
        const i = side === 'a' ? k : l.a;
        const j = side === 'a' ? l.b : k;
        const score = l.score * options.anaphoraFactor;
        if (score < options.threshold) continue;
        const ownCandidate = own.get(key(i, j));
        const ownReasons = ownCandidate ? link(ownCandidate).reasons : [];
        // The reasons share the score: the reference back takes what the sentence's own words do not.
        const ownShare = ownReasons.reduce((t, r) => t + r.contribution, 0);
        const via: Reason = {
          label: 'refers back', a: side === 'a' ? antecedent.text : '', b: side === 'b' ? antecedent.text : '',
          contribution: Math.max(0, score - ownShare), via: { side, id: antecedent.id },
        };
        const confidence = Math.max(l.confidence * options.anaphoraFactor, ownCandidate?.confidence ?? 0);
        inherited.push({ a: i, b: j, score: Math.max(score, ownCandidate?.score ?? 0), confidence, reasons: [via, ...ownReasons] });
      }
    }
  }
  return [...links, ...inherited].sort((x, y) => x.a - y.a || x.b - y.b);
}

/**
 * `toLink` for the candidates of one alignment, its reasons found once per distinct
 * question: readouts repeat formulas, and a candidate between two sentences whose
 * vectors read the same as an earlier candidate's (entries and surfaces, the same
 * clauses and score) gets a copy of that one's reasons (`vectorTwins`).
 */
export function linkMaker(v: { a: SentenceVector[]; b: SentenceVector[]; keys: FeatureKeys }): (c: RatedCandidate) => Link {
  const twinA = vectorTwins(v.a);
  const twinB = vectorTwins(v.b);
  // By the two twins (one number), then the few questions asked of that pair: no key string made per
  // candidate (its score written out as decimals was most of the cost of finding a known one).
  const known = new Map<number, KnownReasons[]>();
  const copy = (reasons: readonly Reason[]): Reason[] => reasons.map((r) => ({ label: r.label, a: r.a, b: r.b, contribution: r.contribution }));
  return (c) => {
    const pair = twinA[c.a]! * v.b.length + twinB[c.b]!;
    let asked = known.get(pair);
    if (!asked) known.set(pair, (asked = []));
    const hit = asked.find((q) => q.clauseA === c.clauseA && q.clauseB === c.clauseB && q.score === c.score);
    if (hit) return { a: c.a, b: c.b, score: c.score, confidence: c.confidence, reasons: copy(hit.reasons) };
    const made = toLink(c, v.a, v.b, v.keys);
    asked.push({ clauseA: c.clauseA, clauseB: c.clauseB, score: c.score, reasons: copy(made.reasons) });
    return made;
  };
}

/** The reasons `linkMaker` found for a candidate between two twins, with what else they depend on. */
interface KnownReasons {
  clauseA: number;
  clauseB: number;
  score: number;
  reasons: Reason[];
}

/** For each vector, the index of the first vector with the same entries (ids, weights, surfaces, clauses), which is all `toLink` reads of it. */
export function vectorTwins(vectors: readonly SentenceVector[]): number[] {
  const byHash = new Map<number, number[]>();
  return vectors.map((x, i) => {
    const entries = x.entries;
    let h = entries.length;
    // Indexed: run once per sentence, mostly before the optimiser has compiled it (`for … of` then made an iterator result per step).
    for (let k = 0; k < entries.length; k++) h = (Math.imul(h, 31) + entries[k]!.id * 16 + entries[k]!.clause) | 0;
    const seen = byHash.get(h);
    const twin = seen?.find((k) => sameEntries(vectors[k]!, x));
    if (twin !== undefined) return twin;
    if (seen) seen.push(i);
    else byHash.set(h, [i]);
    return i;
  });
}

function sameEntries(x: SentenceVector, y: SentenceVector): boolean {
  if (x.entries.length !== y.entries.length) return false;
  for (let k = 0; k < x.entries.length; k++) {
    const e = x.entries[k]!;
    const f = y.entries[k]!;
    if (e.id !== f.id || e.weight !== f.weight || e.surface !== f.surface || e.clause !== f.clause) return false;
  }
  return true;
}

/** A candidate with its reasons: the shared features (of the matched clauses) and their shares of the score. */
function toLink(c: RatedCandidate, va: SentenceVector[], vb: SentenceVector[], keys: FeatureKeys): Link {
  const x = va[c.a]!;
  const y = vb[c.b]!;
  const inB = new Map<number, { weight: number; surface: string }>();
  for (const e of y.entries) if (c.clauseB < 0 || e.clause === c.clauseB) inB.set(e.id, e);
  const shared: Array<{ id: number; weight: number; a: string; b: string }> = [];
  let sum = 0;
  for (const e of x.entries) {
    if (c.clauseA >= 0 && e.clause !== c.clauseA) continue;
    const f = inB.get(e.id);
    if (!f) continue;
    const weight = Math.min(e.weight, f.weight);
    shared.push({ id: e.id, weight, a: e.surface, b: f.surface });
    sum += weight;
  }
  const ranked = shared
    .map((r) => ({ key: keys[r.id]!, a: r.a, b: r.b, contribution: sum > 0 ? (r.weight / sum) * c.score : 0 }))
    .sort((p, q) => q.contribution - p.contribution || (p.key < q.key ? -1 : p.key > q.key ? 1 : 0));
  // A word inside a shared phrase ("Council" in "UN Security Council") adds to its share, not to
  // the list; the list keeps the largest shares. Labels are made for the reasons listed only.
  const reasons: Reason[] = [];
  for (const r of ranked) {
    const within = reasons.find((q) => q.a.includes(r.a) && q.b.includes(r.b));
    if (within) within.contribution += r.contribution;
    else if (reasons.length < MAX_REASONS) reasons.push({ label: labelOf(r.key, r.a, r.b), a: r.a, b: r.b, contribution: r.contribution });
  }
  reasons.sort((p, q) => q.contribution - p.contribution || (p.label < q.label ? -1 : p.label > q.label ? 1 : 0));
  return { a: c.a, b: c.b, score: c.score, confidence: c.confidence, reasons };
}

/** Most reasons one link lists. */
const MAX_REASONS = 12;

/** What a reason is called: a concept's or place's name, else the word as the readout read first writes it (orientation.ts; a name as written on both sides: "Zelenskyy"). */
function labelOf(key: string, surfaceA: string, surfaceB: string): string {
  if (key === OPENING) return 'both open with the call';
  const bare = surfaceA.replace(/['’]s$/u, '');
  const word = /^\p{Lu}/u.test(surfaceA) && /^\p{Lu}/u.test(surfaceB) ? bare : bare.toLowerCase();
  const at = key.indexOf('@');
  if (at > 0) {
    // `c:gratitude@1 Trudeau` (vectors.ts, byParty): the act, and who did it in both readouts.
    const who = key.slice(key.indexOf(' ', at) + 1 || key.length);
    return `${lexiconLabel(key.slice(0, at)) ?? word}, by ${who || 'the same party'}${who ? ' in both' : ''}`;
  }
  const label = lexiconLabel(key);
  // A place as A writes it when that is its name: "UN Security Council", not "Un Security Council".
  return label === undefined ? word : label.toLowerCase() === surfaceA.toLowerCase() ? surfaceA : label;
}
