/**
 * Sentences as sparse weighted vectors over interned feature ids, with each
 * feature assigned to a clause of its sentence, and the pair-level damping applied.
 * The scoring loop (score.ts) works on these typed arrays only.
 */
import type { Sentence } from '../model/types';
import { agentResolvers, isDirectionalSurface, participantNames, type AgentOf, type AgentResolvers, type OpeningMemo, type Party } from './agents';
import { pointCuts } from './points';
import { stemmerFor } from './stem';
import { memoFeatures, type FeatureMemo, type KnownFeatures } from './features';
import type { AlignResources } from './resources';

/** A feature of one sentence, as kept for building reasons later. */
export interface VectorEntry {
  /** Interned feature id. */
  id: number;
  /** Damped weight. */
  weight: number;
  /** How the feature reads in this sentence. */
  surface: string;
  /** Index of the clause of the sentence the feature lies in. */
  clause: number;
  /** Index of the point of the sentence the feature lies in (point-features.ts): its clause unless `pointSplit` splits points apart. */
  point?: number;
  /** A boilerplate or register word or concept: says little about which point is reported. */
  generic: boolean;
  /** A participant's name (written in both readouts, in several sentences): damped by `participantFactor`. */
  participant: boolean;
}

/** One sentence as a vector. */
export interface SentenceVector {
  entries: VectorEntry[];
  /** Sum of the damped weights. */
  total: number;
  /** Sum of the damped weights per clause (one entry when the sentence is one clause). */
  clauseTotals: number[];
  /** Sum of the damped weights per point (`clauseTotals` itself unless `pointSplit` splits points apart). */
  pointTotals?: number[];
}

/**
 * One past the largest feature id of the vectors (0 when none has an entry). Indexed loops
 * here and in documentFrequency: these run once per comparison over every entry, mostly
 * before the optimiser has compiled them, and `for … of` then made an iterator result per step.
 */
export function idCount(...sides: ReadonlyArray<readonly SentenceVector[]>): number {
  let max = -1;
  for (let s = 0; s < sides.length; s++) {
    const vectors = sides[s]!;
    for (let i = 0; i < vectors.length; i++) {
      const entries = vectors[i]!.entries;
      for (let k = 0; k < entries.length; k++) if (entries[k]!.id > max) max = entries[k]!.id;
    }
  }
  return max + 1;
}

/** How many of the vectors carry each feature id (indexed by id, `ids` of them: idCount or more). */
export function documentFrequency(vectors: readonly SentenceVector[], ids: number): Int32Array {
  const df = new Int32Array(ids);
  for (let i = 0; i < vectors.length; i++) {
    const entries = vectors[i]!.entries;
    for (let k = 0; k < entries.length; k++) df[entries[k]!.id]!++;
  }
  return df;
}

/** The interned feature keys ("c:ceasefire", "w:ransom", …), id → key. */
export type FeatureKeys = string[];

/** Feature key shared by the two sentences that open the readouts by reporting the call. */
export const OPENING = 'o:opening';
const CALL = 'c:call';

/**
 * Separators between the points of a sentence: punctuation; "and"/"as well as"/"while";
 * the words that introduce an item or example of what came before ("including",
 * "such as", "in particular", "notably", "especially"), which the other readout may
 * report as a point of its own; and "but", which opens a contrasting point.
 */
const CLAUSE_BREAK = /[,;:\u2013\u2014]\s+|\s+(?:and|as well as|while|whereas|including|such as|in particular|notably|especially|but)\s+/gu;
/** A clause needs this many features to stand as a point of its own. */
const MIN_CLAUSE_FEATURES = 3;

interface RawEntry {
  key: string;
  weight: number;
  surface: string;
  name: boolean;
  at: number;
  generic: boolean;
}

/** Options that shape the vectors. */
export interface VectorOptions {
  /** Exponent of the in-pair document-frequency damping (0 turns it off). */
  localIdfPower: number;
  /** Weight multiplier for the participants' names. */
  participantFactor: number;
  /**
   * Features damped below this weight are dropped: sharing them cannot move a
   * score, and in long readouts the common ones would make every sentence a
   * candidate for every other.
   */
  minFeatureWeight: number;
  /**
   * A directional speech act (thanks, condolences, congratulations, invitations)
   * whose party is known also gives a feature of that party's own (agents.ts): two
   * sentences in which the same party thanks share it on top of the act itself.
   */
  directionalAgents: boolean;
  /**
   * Whether a sentence is split into clauses at its points as the tagger finds them (points.ts:
   * coordinated predicates, semicolons, supplementary clauses) instead of at every separator
   * (CLAUSE_BREAK), for the point features only (point-features.ts; the clauses of the score stay).
   * Off: measured, no gain (docs/alignment.md, clause16).
   */
  pointSplit?: boolean;
}

/**
 * The feature of a directional act performed by one party: `c:gratitude@1` and,
 * when the openings name the party, its name (`c:gratitude@1 Trudeau`): one key on
 * both sides, since the parties are the comparison's, and the reason can say who.
 */
export function byParty(key: string, party: Party, name: string | null): string {
  return name ? `${key}@${party} ${name}` : `${key}@${party}`;
}

/**
 * A sentence's raw entries, as one `RawVariant` of its text: what sets sentences of one text
 * apart is only the party of a directional act (`agent`) and whether it opens its readout.
 */
interface RawVariant {
  /** The entries, offsets as in `sentence` (the first sentence of this variant). */
  raw: RawEntry[];
  sentence: Sentence;
  /** Interned feature id of each entry (set when first met in buildVectors). */
  ids: Int32Array | null;
  /** The vector (set once the document frequencies are known). */
  vector: SentenceVector | null;
}

/** The variants of one text: by agent (0 none, 1, 2) × opening (0, 1); `directional`: whether the agent matters. */
interface TextVariants {
  known: KnownFeatures;
  directional: boolean;
  call: boolean;
  variants: Array<RawVariant | undefined>;
}

/** The raw entries of a sentence of this text whose directional acts are by `agent` (0: no party), opening its readout or not. */
function rawOf(
  known: KnownFeatures, sentence: Sentence, agent: 0 | Party, opening: boolean, names: Record<Party, string | null>,
): RawEntry[] {
  const shift = sentence.start - known.start;
  const out: RawEntry[] = [];
  let call: RawEntry | undefined;
  for (const [key, f] of known.bag) {
    out.push({ key, weight: f.weight, surface: f.surface, name: f.capitalized, at: f.at + shift, generic: f.generic });
    // Thanks, condolences, congratulations and invitations by the same party count twice.
    if (agent !== 0 && key.startsWith('c:') && isDirectionalSurface(f.surface)) {
      out.push({ key: byParty(key, agent, names[agent]), weight: f.weight, surface: f.surface, name: false, at: f.at + shift, generic: f.generic });
    }
    if (key === CALL) call = out[out.length - 1];
  }
  // Readouts open by saying who spoke to whom; that sentence reports the call itself.
  if (opening && call) out.push({ key: OPENING, weight: 1, surface: call.surface, name: false, at: call.at, generic: false });
  return out;
}

/**
 * Each sentence's raw-entry variant: a formula the readouts repeat has its features found
 * once (memoFeatures) and its entries made once per variant (`texts`, one map for both readouts).
 */
function rawVariants(
  sentences: readonly Sentence[], language: string, resources: AlignResources, agentOf: AgentOf | undefined, names: Record<Party, string | null>,
  memo: FeatureMemo, texts: Map<KnownFeatures, TextVariants>,
): RawVariant[] {
  return sentences.map((s, i) => {
    const known = memoFeatures(memo, s, language, resources);
    let text = texts.get(known);
    if (!text) {
      let directional = false;
      for (const [key, f] of known.bag) if (key.startsWith('c:') && isDirectionalSurface(f.surface)) directional = true;
      texts.set(known, (text = { known, directional: agentOf !== undefined && directional, call: known.bag.has(CALL), variants: [] }));
    }
    const agent = text.directional ? agentOf!(i) : undefined;
    const party: 0 | Party = agent === 1 || agent === 2 ? agent : 0;
    const opening = i === 0 && text.call;
    const slot = party * 2 + (opening ? 1 : 0);
    let variant = text.variants[slot];
    if (!variant) text.variants[slot] = variant = { raw: rawOf(known, s, party, opening, names), sentence: s, ids: null, vector: null };
    return variant;
  });
}

/** Clause index of each entry: cut at separators, merging pieces too small to be a point. */
function clauseOf(entries: RawEntry[], sentence: Sentence, pointSplit: boolean): number[] {
  const none = entries.map(() => 0);
  if (entries.length < 2 * MIN_CLAUSE_FEATURES) return none;
  const cuts = [sentence.start];
  if (pointSplit) for (const at of pointCuts(sentence.text)) cuts.push(sentence.start + at);
  else for (const m of sentence.text.matchAll(CLAUSE_BREAK)) cuts.push(sentence.start + m.index!);
  cuts.push(sentence.end);
  // The piece each entry lies in: the last cut at or before it (binary search; cuts ascend).
  const pieceOf = entries.map((e) => {
    let lo = 0;
    let hi = cuts.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cuts[mid]! <= e.at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  });
  const sizes = new Array<number>(cuts.length).fill(0);
  for (const p of pieceOf) sizes[p]!++;
  // Map raw pieces to clauses: a piece joins the clause before while either is too small.
  const clauseOfPiece = new Array<number>(cuts.length).fill(0);
  let clause = -1;
  let current = 0;
  for (let p = 0; p < sizes.length; p++) {
    if (sizes[p] === 0) {
      clauseOfPiece[p] = Math.max(0, clause);
      continue;
    }
    if (clause < 0 || current < MIN_CLAUSE_FEATURES || sizes[p]! < MIN_CLAUSE_FEATURES) {
      if (clause < 0) clause = 0;
      current += sizes[p]!;
    } else {
      clause++;
      current = sizes[p]!;
    }
    clauseOfPiece[p] = clause;
  }
  return pieceOf.map((p) => clauseOfPiece[p]!);
}

/** The openings memo of each feature memo: one piece of work, one of each (agents.ts, `OpeningMemo`). */
const OPENINGS = new WeakMap<FeatureMemo, OpeningMemo>();

function openingsOf(memo: FeatureMemo): OpeningMemo {
  let openings = OPENINGS.get(memo);
  if (!openings) OPENINGS.set(memo, (openings = new WeakMap()));
  return openings;
}

/** A name written in both readouts and in more than two sentences, or one the openings give a party: one of the participants. */
function participant(e: RawEntry, inA: number, inB: number, parties: ReadonlySet<string>): boolean {
  return e.name && ((inA > 0 && inB > 0 && inA + inB > 2) || parties.has(e.key));
}

/**
 * Builds the vectors of both readouts. Each feature is damped by how many
 * sentences of the pair carry it: an inverse document frequency over the two
 * readouts, 1 for a feature in at most one sentence per side, falling towards 0
 * for one in every sentence. Names written in both readouts and in several
 * sentences, and the names the openings give the two parties, are the participants:
 * damped further. `agents`: the resolvers of these two readouts when the caller
 * has them already (compare() shares them with the typed differences). `memo`: the
 * feature bags found so far in the same piece of work (features.ts), one for both readouts.
 */
export function buildVectors(
  a: { sentences: readonly Sentence[]; language: string },
  b: { sentences: readonly Sentence[]; language: string },
  resources: AlignResources,
  options: VectorOptions,
  shared?: AgentResolvers,
  memo: FeatureMemo = new Map(),
): { a: SentenceVector[]; b: SentenceVector[]; keys: FeatureKeys } {
  const openings = openingsOf(memo);
  const agents = options.directionalAgents ? shared ?? agentResolvers(a, b, openings) : undefined;
  const names = agents?.names ?? { 1: null, 2: null };
  // One map for both readouts: a sentence both share has its entries made once.
  const texts = new Map<KnownFeatures, TextVariants>();
  const rawA = rawVariants(a.sentences, a.language, resources, agents?.a, names, memo, texts);
  const rawB = rawVariants(b.sentences, b.language, resources, agents?.b, names, memo, texts);
  const ids = new Map<string, number>();
  const keys: FeatureKeys = [];
  const dfA: number[] = [];
  const dfB: number[] = [];
  const intern = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = keys.length;
      ids.set(key, id);
      keys.push(key);
      dfA.push(0);
      dfB.push(0);
    }
    return id;
  };
  // Ids in order of first occurrence, sentence by sentence (a variant met again has none new).
  const idsOf = (v: RawVariant): Int32Array => (v.ids ??= Int32Array.from(v.raw, (e) => intern(e.key)));
  for (const v of rawA) for (const id of idsOf(v)) dfA[id]!++;
  for (const v of rawB) for (const id of idsOf(v)) dfB[id]!++;
  const n = rawA.length + rawB.length;
  const norm = Math.log(1 + n / 2);
  // The parties as the openings name them are participants wherever they recur, even once.
  const stem = stemmerFor(a.language);
  const participants = new Set([...participantNames(a, b, openings)].map((name) => `w:${stem(name)}`));

  // Sentences of one variant have one vector (its entries depend on the text, the variant and the pair's counts).
  const vectorOf = (v: RawVariant): SentenceVector => {
    if (v.vector) return v.vector;
    const clauses = clauseOf(v.raw, v.sentence, false);
    const points = options.pointSplit === true ? clauseOf(v.raw, v.sentence, true) : clauses;
    const entries: VectorEntry[] = [];
    let clauseCount = 1;
    let pointCount = 1;
    for (let k = 0; k < v.raw.length; k++) {
      const e = v.raw[k]!;
      const id = v.ids![k]!;
      const clause = clauses[k]!;
      if (clause + 1 > clauseCount) clauseCount = clause + 1;
      if (points[k]! + 1 > pointCount) pointCount = points[k]! + 1;
      let weight = e.weight;
      const isParticipant = e.key !== OPENING && participant(e, dfA[id]!, dfB[id]!, participants);
      if (e.key !== OPENING) {
        weight *= Math.min(1, Math.log(1 + n / Math.max(2, dfA[id]! + dfB[id]!)) / norm) ** options.localIdfPower;
        if (isParticipant) weight *= options.participantFactor;
      }
      if (weight >= options.minFeatureWeight) entries.push({ id, weight, surface: e.surface, clause, point: points[k]!, generic: e.generic, participant: isParticipant });
    }
    const clauseTotals = new Array<number>(clauseCount).fill(0);
    const pointTotals = points === clauses ? clauseTotals : new Array<number>(pointCount).fill(0);
    let total = 0;
    for (const e of entries) {
      total += e.weight;
      clauseTotals[e.clause]! += e.weight;
      if (pointTotals !== clauseTotals) pointTotals[e.point!]! += e.weight;
    }
    return (v.vector = { entries, total, clauseTotals, pointTotals });
  };
  return { a: rawA.map(vectorOf), b: rawB.map(vectorOf), keys };
}
