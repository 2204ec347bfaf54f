/**
 * Scores every pair of sentences that share a feature, in one sparse pass over an
 * inverted index of readout B: work grows with the postings touched, not with the
 * number of sentence pairs. Numbers only; reasons are built later for the links
 * that survive selection.
 */
import type { SentenceVector } from './vectors';

/** A scored pair of sentences (0-based indices). */
export interface Candidate {
  a: number;
  b: number;
  /** Similarity in [0, 1]. */
  score: number;
  /** The clauses whose match gave the score, or -1 when the whole sentences did. */
  clauseA: number;
  clauseB: number;
}

/** Options of the score. */
export interface ScoreOptions {
  /**
   * How the shared weight S is normalised by the two totals:
   * S / (longer^lengthBias · shorter^(1 − lengthBias)); 0.5 is a cosine.
   */
  lengthBias: number;
  /** Discount for a match between two clauses rather than two whole sentences. */
  clauseFactor: number;
}

/** Clauses beyond this index share the last slot (long lists of points are rare). */
const MAX_CLAUSES = 8;

function normaliser(x: number, y: number, bias: number): number {
  const long = Math.max(x, y);
  const short = Math.min(x, y);
  return long ** bias * short ** (1 - bias);
}

/** All candidates scoring at least `minScore`, ordered by A index then B index. */
export function scoreCandidates(va: SentenceVector[], vb: SentenceVector[], options: ScoreOptions, minScore: number): Candidate[] {
  const nB = vb.length;
  // Postings of B in flat arrays: for feature id f, entries postStart[f] .. postStart[f + 1].
  let maxId = -1;
  for (const v of [...va, ...vb]) for (const e of v.entries) maxId = Math.max(maxId, e.id);
  const postStart = new Int32Array(maxId + 2);
  for (const v of vb) for (const e of v.entries) postStart[e.id + 1]!++;
  for (let f = 0; f <= maxId; f++) postStart[f + 1]! += postStart[f]!;
  const fill = postStart.slice(0, maxId + 1);
  const postSentence = new Int32Array(postStart[maxId + 1]!);
  const postClause = new Uint8Array(postSentence.length);
  const postWeight = new Float64Array(postSentence.length);
  vb.forEach((v, j) => {
    for (const e of v.entries) {
      const k = fill[e.id]!++;
      postSentence[k] = j;
      postClause[k] = Math.min(e.clause, MAX_CLAUSES - 1);
      postWeight[k] = e.weight;
    }
  });
  const clauseCount = (v: SentenceVector): number => Math.min(v.clauseTotals.length, MAX_CLAUSES);
  const clauseTotals = (v: SentenceVector): Float64Array => {
    const t = new Float64Array(clauseCount(v));
    v.clauseTotals.forEach((w, c) => { t[Math.min(c, MAX_CLAUSES - 1)]! += w; });
    return t;
  };
  const countsB = vb.map(clauseCount);
  const totalsB = vb.map(clauseTotals);

  const shared = new Float64Array(nB);
  const cells = new Float64Array(nB * MAX_CLAUSES * MAX_CLAUSES);
  const touched = new Int32Array(nB);
  const out: Candidate[] = [];
  va.forEach((v, i) => {
    let nTouched = 0;
    for (const e of v.entries) {
      const ca = Math.min(e.clause, MAX_CLAUSES - 1);
      const end = postStart[e.id + 1]!;
      for (let k = postStart[e.id]!; k < end; k++) {
        const j = postSentence[k]!;
        const wb = postWeight[k]!;
        const m = e.weight < wb ? e.weight : wb;
        if (shared[j] === 0) touched[nTouched++] = j;
        shared[j]! += m;
        cells[(j * MAX_CLAUSES + ca) * MAX_CLAUSES + postClause[k]!]! += m;
      }
    }
    const clausesA = clauseCount(v);
    const totalsA = clauseTotals(v);
    const row: Candidate[] = [];
    for (let t = 0; t < nTouched; t++) {
      const j = touched[t]!;
      const clausesB = countsB[j]!;
      const denom = normaliser(v.total, vb[j]!.total, options.lengthBias);
      let score = denom > 0 ? shared[j]! / denom : 0;
      let clauseA = -1;
      let clauseB = -1;
      shared[j] = 0;
      for (let ca = 0; ca < clausesA; ca++) {
        for (let cb = 0; cb < clausesB; cb++) {
          const cell = (j * MAX_CLAUSES + ca) * MAX_CLAUSES + cb;
          const s = cells[cell]!;
          if (s === 0) continue;
          cells[cell] = 0;
          // Two many-point sentences: compare them clause by clause.
          if (clausesA === 1 || clausesB === 1) continue;
          const cd = normaliser(totalsA[ca]!, totalsB[j]![cb]!, options.lengthBias);
          const cs = cd > 0 ? (s / cd) * options.clauseFactor : 0;
          if (cs > score) {
            score = cs;
            clauseA = ca;
            clauseB = cb;
          }
        }
      }
      if (score >= minScore) row.push({ a: i, b: j, score: Math.min(1, score), clauseA, clauseB });
    }
    row.sort((x, y) => x.b - y.b);
    for (const c of row) out.push(c);
  });
  return out;
}
