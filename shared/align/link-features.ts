/**
 * What the selection model (link-model.ts) knows about a candidate link: its score
 * and how it stands among each sentence's candidates, what the two sentences share
 * (topical words, participants' names, one dominant concept, the pair's main
 * topic), clause-to-clause and clause-to-sentence scores (a sentence reporting two
 * points split in two on the other side), position, dialogue acts (dialogue-acts.ts),
 * openings and closings, and references back. Numbers only, one row per candidate.
 */
import type { Sentence } from '../model/types';
import { refersBack } from './anaphora';
import { dialogueActs, FRAMING_MASK } from './dialogue-acts';
import type { CandidateColumns } from './score';
import { copyPoints, MAX_POINTS, pointColumns, pointRanks, pointsOf, topicalTotal, type PointColumns } from './point-features';
import { denseCosine, softAlignment, softGain, type SemanticSentence } from './semantic';
import { documentFrequency, idCount, type SentenceVector, type VectorEntry } from './vectors';

/** The features, in the order of a row. Their meaning is documented in docs/alignment.md. */
export const LINK_FEATURES = [
  'score', 'whole', 'clauseClause', 'clauseSentence', 'ratioA', 'ratioB', 'bestA', 'bestB', 'invRankA', 'invRankB',
  'topicalShare', 'participantShare', 'topShare', 'commonShare', 'sharedCount', 'topicalWeight', 'shortTotal',
  'relPosition', 'actSame', 'actClash', 'framingOneSide', 'opening', 'closing', 'refersBack', 'antecedent',
  'logScore', 'mutualBest', 'ratioMax', 'ratioMin', 'clauseGain', 'denseCos', 'softAlign', 'softGain', 'denseOnly',
  'pointCover', 'pointTopicalCover', 'pointRatio', 'pointSecond',
] as const;
/** One feature's name. */
export type LinkFeature = (typeof LINK_FEATURES)[number];

/** A readout as the features need it. */
export interface FeatureSide {
  sentences: readonly Sentence[];
  language: string;
  vectors: SentenceVector[];
  /** Each sentence's cues (sentenceCues), when the caller has them already. */
  cues?: SentenceCues;
  /** Each sentence's words as word vectors (semantic.ts), when the language has a table; else the semantic features are 0. */
  semantic?: readonly SemanticSentence[];
}

/** Per sentence of a readout: its dialogue acts (a mask, dialogue-acts.ts) and whether it refers back (anaphora.ts). */
export interface SentenceCues {
  acts: number[];
  back: boolean[];
}

/** A text's cues: its dialogue acts, and whether it has the words of a reference back. */
export type TextCues = Map<string, { acts: number; back: boolean }>;

/**
 * The cues of a readout's sentences, each distinct text read once (readouts repeat formulas);
 * `known`: the texts read before for the same comparison (one map for both readouts).
 */
export function sentenceCues(sentences: readonly Sentence[], language: string, known: TextCues = new Map()): SentenceCues {
  const cuesOf = (s: Sentence) => {
    const key = `${language}\u0000${s.text}`;
    let cues = known.get(key);
    if (!cues) known.set(key, (cues = { acts: dialogueActs(s.text, language), back: refersBack(s, language) }));
    return cues;
  };
  const all = sentences.map(cuesOf);
  // The first sentence has nothing before it to refer back to.
  return { acts: all.map((c) => c.acts), back: all.map((c, i) => i > 0 && c.back) };
}

/** Clauses beyond this index share the last slot, as in score.ts. */
const MAX_CLAUSES = MAX_POINTS;
/** A feature in more sentences than this, on either side, is one of the pair's main topics. */
const COMMON_DF = 2;

/** The index of each feature in a row. */
const AT = Object.fromEntries(LINK_FEATURES.map((f, i) => [f, i])) as Record<LinkFeature, number>;

/**
 * Rows of one width in one block of memory: row k is `data[k * width .. (k + 1) * width)`
 * (no object per row: long readouts have tens of thousands of candidates).
 */
export interface FeatureBlock {
  data: Float64Array;
  width: number;
  length: number;
}

/** Each row of the block as a view of it (for the fit and the tests, which read rows one by one). */
export function rowViews(block: FeatureBlock): Float64Array[] {
  return Array.from({ length: block.length }, (_, k) => block.data.subarray(k * block.width, (k + 1) * block.width));
}

/** Rows of `width` numbers copied into one block. */
export function blockOf(rows: readonly ArrayLike<number>[], width: number): FeatureBlock {
  const data = new Float64Array(rows.length * width);
  rows.forEach((row, k) => { for (let f = 0; f < width; f++) data[k * width + f] = row[f]!; });
  return { data, width, length: rows.length };
}

/** Per sentence of a side: its best candidate score; per candidate: its rank (1 = best) among its sentence's candidates. */
interface Ranks { best: Float64Array; rank: Int32Array }

/**
 * The ranks of the candidates among each A sentence's candidates and among each B sentence's,
 * by score (ties: earlier A, then earlier B sentence; (a, b) is unique per candidate, so the
 * order is total). Each sentence's candidates are sorted apart (a few dozen each), not all at once.
 */
function ranks(candidates: CandidateColumns, nA: number, nB: number): { ra: Ranks; rb: Ranks } {
  return { ra: ranksBy(candidates.a, candidates.b, candidates.score, candidates.length, nA), rb: ranksBy(candidates.b, candidates.a, candidates.score, candidates.length, nB) };
}

/**
 * The ranks of n candidates among those of the same sentence `own[k]` (one of `sentences`), by
 * score, ties by `other[k]` (their ends on the other side): the order of `ranks` within a sentence.
 */
function ranksBy(own: Int32Array, other: Int32Array, score: Float64Array, n: number, sentences: number): Ranks {
  // The candidates by sentence (a counting sort), then each sentence's sorted.
  const start = new Int32Array(sentences + 1);
  for (let k = 0; k < n; k++) start[own[k]! + 1]!++;
  for (let i = 0; i < sentences; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, sentences);
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[fill[own[k]!]!++] = k;
  const out: Ranks = { best: new Float64Array(sentences), rank: new Int32Array(n) };
  // The comparator returns small integers: a fractional result would be boxed at every call.
  const byScore = (p: number, q: number): number => (score[q]! > score[p]! ? 1 : score[q]! < score[p]! ? -1 : other[p]! - other[q]!);
  for (let i = 0; i < sentences; i++) {
    const from = start[i]!;
    const to = start[i + 1]!;
    if (to === from) continue;
    if (to - from > 1) order.subarray(from, to).sort(byScore);
    out.best[i] = score[order[from]!]!;
    for (let r = from; r < to; r++) out.rank[order[r]!] = r - from + 1;
  }
  return out;
}

/** What two sentences share, in total and by clause. */
interface Shared {
  total: number;
  topical: number;
  participant: number;
  top: number;
  common: number;
  count: number;
  byClauseA: Float64Array;
  byClauseB: Float64Array;
  /** Whether the by-point sums below are kept (the point features are asked for). */
  points: boolean;
  /** By point of each sentence (point-features.ts), all shared weight and its topical part (neither side's word generic). */
  byPointA: Float64Array;
  byPointB: Float64Array;
  topicalByPointA: Float64Array;
  topicalByPointB: Float64Array;
  cells: Float64Array;
}

/**
 * What `x` shares with `y`; `slotOfB[id]` is the index in `y.entries` of the entry
 * with that id (its last, as a map of the entries would keep), -1 when `y` has none.
 */
function sharedOf(x: SentenceVector, y: SentenceVector, slotOfB: Int32Array, dfA: Int32Array, dfB: Int32Array, into: Shared): Shared {
  into.total = into.topical = into.participant = into.top = into.common = into.count = 0;
  into.byClauseA.fill(0);
  into.byClauseB.fill(0);
  if (into.points) for (const t of [into.byPointA, into.byPointB, into.topicalByPointA, into.topicalByPointB]) t.fill(0);
  into.cells.fill(0);
  // Indexed loops here and below: `for … of` made an iterator result per step until optimised.
  for (let s = 0; s < x.entries.length; s++) {
    const e = x.entries[s]!;
    const slot = slotOfB[e.id]!;
    if (slot < 0) continue;
    const f = y.entries[slot]!;
    const m = Math.min(e.weight, f.weight);
    const ca = Math.min(e.clause, MAX_CLAUSES - 1);
    const cb = Math.min(f.clause, MAX_CLAUSES - 1);
    into.total += m;
    into.count++;
    if (!e.generic && !f.generic) into.topical += m;
    if (into.points) byPoint(into, e, f, m);
    if (e.participant || f.participant) into.participant += m;
    if (dfA[e.id]! > COMMON_DF || dfB[e.id]! > COMMON_DF) into.common += m;
    if (m > into.top) into.top = m;
    into.byClauseA[ca]! += m;
    into.byClauseB[cb]! += m;
    into.cells[ca * MAX_CLAUSES + cb]! += m;
  }
  return into;
}

/** Adds what two entries share (`m`) to the sums by point of their sentences. */
function byPoint(into: Shared, e: VectorEntry, f: VectorEntry, m: number): void {
  const pa = Math.min(e.point ?? e.clause, MAX_CLAUSES - 1);
  const pb = Math.min(f.point ?? f.clause, MAX_CLAUSES - 1);
  into.byPointA[pa]! += m;
  into.byPointB[pb]! += m;
  if (e.generic || f.generic) return;
  into.topicalByPointA[pa]! += m;
  into.topicalByPointB[pb]! += m;
}

const cosine = (s: number, x: number, y: number): number => (x > 0 && y > 0 ? Math.min(1, s / Math.sqrt(x * y)) : 0);

/** `v` as a share of the shared total (0 when nothing is shared). */
const shareOf = (v: number, total: number): number => (total > 0 ? v / total : 0);

/** The best clause-to-clause and clause-to-whole-sentence scores of two sentences (raw cosines, no discount), into `row` from offset `o`. */
function clauseScores(sh: Shared, x: SentenceVector, y: SentenceVector, row: Float64Array, o: number): void {
  let clauseClause = 0;
  let clauseSentence = 0;
  const nA = Math.min(x.clauseTotals.length, MAX_CLAUSES);
  const nB = Math.min(y.clauseTotals.length, MAX_CLAUSES);
  for (let ca = 0; ca < nA; ca++) {
    if (nA > 1) clauseSentence = Math.max(clauseSentence, cosine(sh.byClauseA[ca]!, x.clauseTotals[ca]!, y.total));
    for (let cb = 0; cb < nB; cb++) {
      if (nA > 1 && nB > 1) clauseClause = Math.max(clauseClause, cosine(sh.cells[ca * MAX_CLAUSES + cb]!, x.clauseTotals[ca]!, y.clauseTotals[cb]!));
    }
  }
  if (nB > 1) for (let cb = 0; cb < nB; cb++) clauseSentence = Math.max(clauseSentence, cosine(sh.byClauseB[cb]!, x.total, y.clauseTotals[cb]!));
  row[o + AT.clauseClause] = clauseClause;
  row[o + AT.clauseSentence] = clauseSentence;
}

/** What linkFeatures knows about the two readouts and the candidates, beyond the candidate itself. */
interface RowContext {
  nA: number;
  nB: number;
  ra: Ranks;
  rb: Ranks;
  actsA: readonly number[];
  actsB: readonly number[];
  backA: readonly boolean[];
  backB: readonly boolean[];
  /** The scores of the candidates a sentence referring back reads (its antecedent's), by `a * nB + b`. */
  scoreOf: Map<number, number>;
}

/** The features of candidate `k` that do not depend on what the sentences share, into `row` from offset `o`. */
function candidateFeatures(candidates: CandidateColumns, k: number, ctx: RowContext, row: Float64Array, o: number): void {
  const { nA, nB, ra, rb, backA, backB, scoreOf } = ctx;
  const a = candidates.a[k]!;
  const b = candidates.b[k]!;
  const score = candidates.score[k]!;
  row[o + AT.score] = score;
  const ratioA = ra.best[a]! > 0 ? score / ra.best[a]! : 0;
  const ratioB = rb.best[b]! > 0 ? score / rb.best[b]! : 0;
  row[o + AT.ratioA] = ratioA;
  row[o + AT.ratioB] = ratioB;
  row[o + AT.bestA] = ra.rank[k] === 1 ? 1 : 0;
  row[o + AT.bestB] = rb.rank[k] === 1 ? 1 : 0;
  row[o + AT.invRankA] = 1 / ra.rank[k]!;
  row[o + AT.invRankB] = 1 / rb.rank[k]!;
  row[o + AT.relPosition] = Math.abs((nA > 1 ? a / (nA - 1) : 0) - (nB > 1 ? b / (nB - 1) : 0));
  const maskA = ctx.actsA[a]!;
  const maskB = ctx.actsB[b]!;
  row[o + AT.actSame] = (maskA & maskB) !== 0 ? 1 : 0;
  row[o + AT.actClash] = (maskA | maskB) !== 0 && (maskA & maskB) === 0 ? 1 : 0;
  row[o + AT.framingOneSide] = ((maskA & FRAMING_MASK) !== 0) !== ((maskB & FRAMING_MASK) !== 0) ? 1 : 0;
  row[o + AT.opening] = a === 0 && b === 0 ? 1 : 0;
  row[o + AT.closing] = a === nA - 1 && b === nB - 1 ? 1 : 0;
  row[o + AT.refersBack] = backA[a] || backB[b] ? 1 : 0;
  row[o + AT.antecedent] = Math.max(
    backA[a] ? scoreOf.get((a - 1) * nB + b) ?? 0 : 0,
    backB[b] ? scoreOf.get(a * nB + b - 1) ?? 0 : 0,
  );
  row[o + AT.logScore] = Math.log(Math.max(1e-3, score));
  row[o + AT.mutualBest] = ra.rank[k] === 1 && rb.rank[k] === 1 ? 1 : 0;
  row[o + AT.ratioMax] = Math.max(ratioA, ratioB);
  row[o + AT.ratioMin] = Math.min(ratioA, ratioB);
}

/** The features of what the two sentences share and of their sizes, into `row` from offset `o` (after clauseScores). */
function sharedFeatures(sh: Shared, x: SentenceVector, y: SentenceVector, row: Float64Array, o: number): void {
  const whole = cosine(sh.total, x.total, y.total);
  row[o + AT.whole] = whole;
  row[o + AT.topicalShare] = shareOf(sh.topical, sh.total);
  row[o + AT.participantShare] = shareOf(sh.participant, sh.total);
  row[o + AT.topShare] = shareOf(sh.top, sh.total);
  row[o + AT.commonShare] = shareOf(sh.common, sh.total);
  row[o + AT.sharedCount] = Math.log1p(sh.count);
  row[o + AT.topicalWeight] = sh.topical;
  row[o + AT.clauseGain] = Math.max(0, row[o + AT.clauseSentence]! - whole);
  row[o + AT.shortTotal] = Math.log1p(Math.min(x.total, y.total));
}

/** The word-vector features of a candidate (semantic.ts), into `row` from offset `o`; `sharedCount` (the row's) 0 marks a candidate only they proposed. */
function semanticFeatures(x: SemanticSentence, y: SemanticSentence, sharedCount: number, row: Float64Array, o: number): void {
  row[o + AT.denseCos] = denseCosine(x, y);
  row[o + AT.softAlign] = softAlignment(x, y);
  row[o + AT.softGain] = softGain(x, y);
  row[o + AT.denseOnly] = sharedCount === 0 ? 1 : 0;
}

/**
 * One row of LINK_FEATURES per candidate, in the candidates' order, in one block. Hot on long
 * readouts (tens of thousands of candidates): dense arrays by feature id, the candidates
 * as columns, the features written straight into the block.
 */
export function linkFeatures(candidates: CandidateColumns, a: FeatureSide, b: FeatureSide, points = false): FeatureBlock {
  const nA = a.sentences.length;
  const nB = b.sentences.length;
  const ids = idCount(a.vectors, b.vectors);
  const dfA = documentFrequency(a.vectors, ids);
  const dfB = documentFrequency(b.vectors, ids);
  const cuesA = a.cues ?? sentenceCues(a.sentences, a.language);
  const cuesB = b.cues ?? sentenceCues(b.sentences, b.language);
  const ctx: RowContext = {
    nA, nB, ...ranks(candidates, nA, nB),
    actsA: cuesA.acts, actsB: cuesB.acts, backA: cuesA.back, backB: cuesB.back,
    scoreOf: antecedentScores(candidates, nB, cuesA.back, cuesB.back),
  };
  const slotOfB = new Int32Array(ids).fill(-1);
  const sh: Shared = {
    total: 0, topical: 0, participant: 0, top: 0, common: 0, count: 0, points,
    byClauseA: new Float64Array(MAX_CLAUSES), byClauseB: new Float64Array(MAX_CLAUSES),
    byPointA: new Float64Array(MAX_CLAUSES), byPointB: new Float64Array(MAX_CLAUSES),
    topicalByPointA: new Float64Array(MAX_CLAUSES), topicalByPointB: new Float64Array(MAX_CLAUSES), cells: new Float64Array(MAX_CLAUSES * MAX_CLAUSES),
  };
  // Sentences of one text share their vector (vectors.ts): what two vectors share is found once per pair of them.
  const classA = vectorClasses(a.vectors);
  const classB = vectorClasses(b.vectors);
  const first = new Map<number, number>();
  const width = LINK_FEATURES.length;
  const block = new Float64Array(candidates.length * width);
  const pts = points ? pointColumns(candidates.length) : undefined;
  const topA = points ? a.vectors.map(topicalTotal) : [];
  const topB = points ? b.vectors.map(topicalTotal) : [];
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates.a[k]!;
    const j = candidates.b[k]!;
    const o = k * width;
    candidateFeatures(candidates, k, ctx, block, o);
    const pair = classA.of[i]! * classB.count + classB.of[j]!;
    const seen = first.get(pair);
    if (seen !== undefined) {
      for (let s = 0; s < SHARED_AT.length; s++) block[o + SHARED_AT[s]!] = block[seen * width + SHARED_AT[s]!]!;
      if (pts) copyPoints(pts, seen, k);
    } else {
      first.set(pair, k);
      const x = a.vectors[i]!;
      const y = b.vectors[j]!;
      for (let s = 0; s < y.entries.length; s++) slotOfB[y.entries[s]!.id] = s;
      sharedOf(x, y, slotOfB, dfA, dfB, sh);
      for (let s = 0; s < y.entries.length; s++) slotOfB[y.entries[s]!.id] = -1;
      clauseScores(sh, x, y, block, o);
      sharedFeatures(sh, x, y, block, o);
      if (pts) {
        const cover = pointsOf(sh, x, y, topA[i]!, topB[j]!, pts, k);
        block[o + AT.pointCover] = cover.cover;
        block[o + AT.pointTopicalCover] = cover.topicalCover;
      }
    }
    if (a.semantic && b.semantic) semanticFeatures(a.semantic[i]!, b.semantic[j]!, block[o + AT.sharedCount]!, block, o);
  }
  if (pts) writePointRanks(candidates, ctx, pts, a.vectors, b.vectors, block, width);
  return { data: block, width, length: candidates.length };
}

/** The point ranks (point-features.ts, pointRanks) into each candidate's row. */
function writePointRanks(candidates: CandidateColumns, ctx: RowContext, pts: PointColumns, va: readonly SentenceVector[], vb: readonly SentenceVector[], block: Float64Array, width: number): void {
  const points = (v: SentenceVector): number => Math.min((v.pointTotals ?? v.clauseTotals).length, MAX_POINTS);
  const ends = { length: candidates.length, a: candidates.a, b: candidates.b, rankA: ctx.ra.rank, rankB: ctx.rb.rank };
  const { ratio, second } = pointRanks(ends, pts, va.map(points), vb.map(points));
  for (let k = 0; k < candidates.length; k++) {
    block[k * width + AT.pointRatio] = ratio[k]!;
    block[k * width + AT.pointSecond] = second[k]!;
  }
}

/** The row entries that clauseScores and sharedFeatures write: they depend on the two vectors alone. */
const SHARED_AT = (['clauseClause', 'clauseSentence', 'whole', 'topicalShare', 'participantShare', 'topShare', 'commonShare', 'sharedCount', 'topicalWeight', 'clauseGain', 'shortTotal', 'pointCover', 'pointTopicalCover'] as const).map((f) => AT[f]);

/** Each sentence's class: sentences with the very same vector (one object) share one; `count` classes. */
function vectorClasses(vectors: readonly SentenceVector[]): { of: Int32Array; count: number } {
  const classes = new Map<SentenceVector, number>();
  const of = new Int32Array(vectors.length);
  vectors.forEach((v, i) => {
    let k = classes.get(v);
    if (k === undefined) classes.set(v, (k = classes.size));
    of[i] = k;
  });
  return { of, count: classes.size };
}

/** The scores of the candidates that are the antecedent pair of another (`backA[a + 1]` or `backB[b + 1]`), by `a * nB + b`. */
function antecedentScores(candidates: CandidateColumns, nB: number, backA: readonly boolean[], backB: readonly boolean[]): Map<number, number> {
  const out = new Map<number, number>();
  for (let k = 0; k < candidates.length; k++) {
    const a = candidates.a[k]!;
    const b = candidates.b[k]!;
    if (backA[a + 1] || backB[b + 1]) out.set(a * nB + b, candidates.score[k]!);
  }
  return out;
}
