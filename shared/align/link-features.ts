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
import type { Candidate } from './score';
import type { SentenceVector } from './vectors';

/** The features, in the order of a row. Their meaning is documented in docs/alignment.md. */
export const LINK_FEATURES = [
  'score', 'whole', 'clauseClause', 'clauseSentence', 'ratioA', 'ratioB', 'bestA', 'bestB', 'invRankA', 'invRankB',
  'topicalShare', 'participantShare', 'topShare', 'commonShare', 'sharedCount', 'topicalWeight', 'shortTotal',
  'relPosition', 'actSame', 'actClash', 'framingOneSide', 'opening', 'closing', 'refersBack', 'antecedent',
  'logScore', 'mutualBest', 'ratioMax', 'ratioMin', 'clauseGain',
] as const;
/** One feature's name. */
export type LinkFeature = (typeof LINK_FEATURES)[number];

/** A readout as the features need it. */
export interface FeatureSide {
  sentences: readonly Sentence[];
  language: string;
  vectors: SentenceVector[];
}

/** Clauses beyond this index share the last slot, as in score.ts. */
const MAX_CLAUSES = 8;
/** A feature in more sentences than this, on either side, is one of the pair's main topics. */
const COMMON_DF = 2;

/** Per sentence: its best candidate score and each candidate's rank (1 = best) among its candidates. */
function ranks(candidates: readonly Candidate[], n: number, side: 'a' | 'b'): { best: Float64Array; rank: Int32Array } {
  const by: Candidate[][] = Array.from({ length: n }, () => []);
  candidates.forEach((c) => by[c[side]]!.push(c));
  const best = new Float64Array(n);
  const rank = new Int32Array(candidates.length);
  const index = new Map<Candidate, number>(candidates.map((c, k) => [c, k]));
  for (let s = 0; s < n; s++) {
    const list = by[s]!.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
    best[s] = list[0]?.score ?? 0;
    list.forEach((c, r) => { rank[index.get(c)!] = r + 1; });
  }
  return { best, rank };
}

/** How many sentences of a side carry each feature id. */
function documentFrequency(vectors: SentenceVector[]): Map<number, number> {
  const df = new Map<number, number>();
  for (const v of vectors) for (const e of v.entries) df.set(e.id, (df.get(e.id) ?? 0) + 1);
  return df;
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
  cells: Float64Array;
}

function sharedOf(x: SentenceVector, inB: Map<number, SentenceVector['entries'][number]>, dfA: Map<number, number>, dfB: Map<number, number>, into: Shared): Shared {
  into.total = into.topical = into.participant = into.top = into.common = into.count = 0;
  into.byClauseA.fill(0);
  into.byClauseB.fill(0);
  into.cells.fill(0);
  for (const e of x.entries) {
    const f = inB.get(e.id);
    if (!f) continue;
    const m = Math.min(e.weight, f.weight);
    const ca = Math.min(e.clause, MAX_CLAUSES - 1);
    const cb = Math.min(f.clause, MAX_CLAUSES - 1);
    into.total += m;
    into.count++;
    if (!e.generic && !f.generic) into.topical += m;
    if (e.participant || f.participant) into.participant += m;
    if ((dfA.get(e.id) ?? 0) > COMMON_DF || (dfB.get(e.id) ?? 0) > COMMON_DF) into.common += m;
    if (m > into.top) into.top = m;
    into.byClauseA[ca]! += m;
    into.byClauseB[cb]! += m;
    into.cells[ca * MAX_CLAUSES + cb]! += m;
  }
  return into;
}

const cosine = (s: number, x: number, y: number): number => (x > 0 && y > 0 ? Math.min(1, s / Math.sqrt(x * y)) : 0);

/** The best clause-to-clause and clause-to-whole-sentence scores of two sentences (raw cosines, no discount). */
function clauseScores(sh: Shared, x: SentenceVector, y: SentenceVector): { clauseClause: number; clauseSentence: number } {
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
  return { clauseClause, clauseSentence };
}

/** One row of LINK_FEATURES per candidate, in the candidates' order. */
export function linkFeatures(candidates: readonly Candidate[], a: FeatureSide, b: FeatureSide): Float64Array[] {
  const nA = a.sentences.length;
  const nB = b.sentences.length;
  const ra = ranks(candidates, nA, 'a');
  const rb = ranks(candidates, nB, 'b');
  const dfA = documentFrequency(a.vectors);
  const dfB = documentFrequency(b.vectors);
  const actsA = a.sentences.map((s) => dialogueActs(s.text, a.language));
  const actsB = b.sentences.map((s) => dialogueActs(s.text, b.language));
  const backA = a.sentences.map((s, i) => i > 0 && refersBack(s, a.language));
  const backB = b.sentences.map((s, j) => j > 0 && refersBack(s, b.language));
  const scoreOf = new Map<number, number>(candidates.map((c) => [c.a * nB + c.b, c.score]));
  const entriesB = new Map<number, Map<number, SentenceVector['entries'][number]>>();
  const sh: Shared = {
    total: 0, topical: 0, participant: 0, top: 0, common: 0, count: 0,
    byClauseA: new Float64Array(MAX_CLAUSES), byClauseB: new Float64Array(MAX_CLAUSES), cells: new Float64Array(MAX_CLAUSES * MAX_CLAUSES),
  };
  return candidates.map((c, k) => {
    let inB = entriesB.get(c.b);
    if (!inB) entriesB.set(c.b, (inB = new Map(b.vectors[c.b]!.entries.map((e) => [e.id, e]))));
    const x = a.vectors[c.a]!;
    const y = b.vectors[c.b]!;
    sharedOf(x, inB, dfA, dfB, sh);
    const { clauseClause, clauseSentence } = clauseScores(sh, x, y);
    const share = (v: number): number => (sh.total > 0 ? v / sh.total : 0);
    const maskA = actsA[c.a]!;
    const maskB = actsB[c.b]!;
    const antecedent = Math.max(
      backA[c.a] ? scoreOf.get((c.a - 1) * nB + c.b) ?? 0 : 0,
      backB[c.b] ? scoreOf.get(c.a * nB + c.b - 1) ?? 0 : 0,
    );
    const row: Record<LinkFeature, number> = {
      score: c.score,
      whole: cosine(sh.total, x.total, y.total),
      clauseClause,
      clauseSentence,
      ratioA: ra.best[c.a]! > 0 ? c.score / ra.best[c.a]! : 0,
      ratioB: rb.best[c.b]! > 0 ? c.score / rb.best[c.b]! : 0,
      bestA: ra.rank[k] === 1 ? 1 : 0,
      bestB: rb.rank[k] === 1 ? 1 : 0,
      invRankA: 1 / ra.rank[k]!,
      invRankB: 1 / rb.rank[k]!,
      topicalShare: share(sh.topical),
      participantShare: share(sh.participant),
      topShare: share(sh.top),
      commonShare: share(sh.common),
      sharedCount: Math.log1p(sh.count),
      topicalWeight: sh.topical,
      shortTotal: Math.log1p(Math.min(x.total, y.total)),
      relPosition: Math.abs((nA > 1 ? c.a / (nA - 1) : 0) - (nB > 1 ? c.b / (nB - 1) : 0)),
      actSame: (maskA & maskB) !== 0 ? 1 : 0,
      actClash: (maskA | maskB) !== 0 && (maskA & maskB) === 0 ? 1 : 0,
      framingOneSide: ((maskA & FRAMING_MASK) !== 0) !== ((maskB & FRAMING_MASK) !== 0) ? 1 : 0,
      opening: c.a === 0 && c.b === 0 ? 1 : 0,
      closing: c.a === nA - 1 && c.b === nB - 1 ? 1 : 0,
      refersBack: backA[c.a] || backB[c.b] ? 1 : 0,
      antecedent,
      logScore: Math.log(Math.max(1e-3, c.score)),
      mutualBest: ra.rank[k] === 1 && rb.rank[k] === 1 ? 1 : 0,
      ratioMax: 0,
      ratioMin: 0,
      clauseGain: Math.max(0, clauseSentence - cosine(sh.total, x.total, y.total)),
    };
    row.ratioMax = Math.max(row.ratioA, row.ratioB);
    row.ratioMin = Math.min(row.ratioA, row.ratioB);
    return Float64Array.from(LINK_FEATURES, (f) => row[f]);
  });
}
