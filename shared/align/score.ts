/**
 * Scores every pair of sentences that share a feature, in one sparse pass over an
 * inverted index of readout B: work grows with the postings touched, not with the
 * number of sentence pairs. Numbers only; reasons are built later for the links
 * that survive selection.
 */
import { documentFrequency, idCount, type SentenceVector } from './vectors';

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

/**
 * The candidates as columns, candidate k being (a[k], b[k], score[k], clauseA[k], clauseB[k]):
 * long readouts have tens of thousands, and the aligner reads them (link-features.ts,
 * link-model.ts, align.ts) without an object per candidate. The arrays may be longer than `length`.
 */
export interface CandidateColumns {
  length: number;
  a: Int32Array;
  b: Int32Array;
  score: Float64Array;
  clauseA: Int32Array;
  clauseB: Int32Array;
}

/** Columns of room for `n` candidates, none in yet. */
function emptyColumns(n: number): CandidateColumns {
  return { length: 0, a: new Int32Array(n), b: new Int32Array(n), score: new Float64Array(n), clauseA: new Int32Array(n), clauseB: new Int32Array(n) };
}

/** `c` with room for at least `n` candidates (the columns doubled as often as needed, their content kept). */
function withRoom(c: CandidateColumns, n: number): CandidateColumns {
  if (n <= c.a.length) return c;
  let size = c.a.length * 2;
  while (size < n) size *= 2;
  const out = emptyColumns(size);
  out.length = c.length;
  out.a.set(c.a); out.b.set(c.b); out.score.set(c.score); out.clauseA.set(c.clauseA); out.clauseB.set(c.clauseB);
  return out;
}

/** Candidate objects as columns. */
export function columnsOf(candidates: readonly Candidate[]): CandidateColumns {
  const out = emptyColumns(candidates.length);
  out.length = candidates.length;
  candidates.forEach((c, k) => {
    out.a[k] = c.a; out.b[k] = c.b; out.score[k] = c.score; out.clauseA[k] = c.clauseA; out.clauseB[k] = c.clauseB;
  });
  return out;
}

/** Candidate k of the columns as an object. */
export function candidateAt(c: CandidateColumns, k: number): Candidate {
  return { a: c.a[k]!, b: c.b[k]!, score: c.score[k]!, clauseA: c.clauseA[k]!, clauseB: c.clauseB[k]! };
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
  /**
   * A clause match counts only when more than this share of its shared weight is
   * topical (neither boilerplate nor the diplomatic register, docs/lexicon.md).
   */
  clauseTopicalShare: number;
  /** Most candidates kept per sentence of A, the best ones (ties: earlier B sentence first). */
  maxCandidates: number;
  /** A feature in more sentences of B than this proposes no candidates (it still counts in scores). */
  maxPostings: number;
}

/** Clauses beyond this index share the last slot (long lists of points are rare). */
const MAX_CLAUSES = 8;

function normaliser(x: number, y: number, bias: number): number {
  if (bias === 0.5) return Math.sqrt(x * y);
  const long = Math.max(x, y);
  const short = Math.min(x, y);
  return long ** bias * short ** (1 - bias);
}

/**
 * Readout B's sentences by vector: sentences of one text share one vector object (vectors.ts),
 * and are scored once, as one class. `members` are each class's sentences in text order.
 */
interface ClassesOfB {
  vectors: SentenceVector[];
  members: number[][];
}

function classesOf(vb: readonly SentenceVector[]): ClassesOfB {
  const index = new Map<SentenceVector, number>();
  const out: ClassesOfB = { vectors: [], members: [] };
  vb.forEach((v, j) => {
    let k = index.get(v);
    if (k === undefined) {
      index.set(v, (k = out.vectors.length));
      out.vectors.push(v);
      out.members.push([]);
    }
    out.members[k]!.push(j);
  });
  return out;
}

/** The postings of B's classes in flat arrays: for feature id f, entries start[f] .. start[f + 1]. */
interface Postings {
  start: Int32Array;
  sentence: Int32Array;
  clause: Uint8Array;
  weight: Float64Array;
  generic: Uint8Array;
}

function postingsOf(vectors: readonly SentenceVector[], maxId: number): Postings {
  const start = new Int32Array(maxId + 2);
  for (const v of vectors) for (const e of v.entries) start[e.id + 1]!++;
  for (let f = 0; f <= maxId; f++) start[f + 1]! += start[f]!;
  const fill = start.slice(0, maxId + 1);
  const n = start[maxId + 1]!;
  const out: Postings = { start, sentence: new Int32Array(n), clause: new Uint8Array(n), weight: new Float64Array(n), generic: new Uint8Array(n) };
  vectors.forEach((v, j) => {
    for (const e of v.entries) {
      const k = fill[e.id]!++;
      out.sentence[k] = j;
      out.clause[k] = Math.min(e.clause, MAX_CLAUSES - 1);
      out.weight[k] = e.weight;
      out.generic[k] = e.generic ? 1 : 0;
    }
  });
  return out;
}

/** All candidates scoring at least `minScore`, ordered by A index then B index, as objects (scoreColumns). */
export function scoreCandidates(va: SentenceVector[], vb: SentenceVector[], options: ScoreOptions, minScore: number): Candidate[] {
  const c = scoreColumns(va, vb, options, minScore);
  return Array.from({ length: c.length }, (_, k) => candidateAt(c, k));
}

/** All candidates scoring at least `minScore`, ordered by A index then B index, as columns. */
export function scoreColumns(va: SentenceVector[], vb: SentenceVector[], options: ScoreOptions, minScore: number): CandidateColumns {
  const maxId = idCount(va, vb) - 1;
  // How many sentences of B carry each feature (a text B repeats counts each time).
  const dfB = documentFrequency(vb, maxId + 1);
  const classes = classesOf(vb);
  const cb = classes.vectors;
  const nB = cb.length;
  const post = postingsOf(cb, maxId);
  const postStart = post.start;
  const postSentence = post.sentence;
  const postClause = post.clause;
  const postWeight = post.weight;
  const postGeneric = post.generic;
  const clauseCount = (v: SentenceVector): number => Math.min(v.clauseTotals.length, MAX_CLAUSES);
  const clauseTotals = (v: SentenceVector): Float64Array => {
    const t = new Float64Array(clauseCount(v));
    v.clauseTotals.forEach((w, c) => { t[Math.min(c, MAX_CLAUSES - 1)]! += w; });
    return t;
  };
  const countsB = cb.map(clauseCount);
  const totalsB = cb.map(clauseTotals);
  // Features in very many sentences of B (in long readouts: the topic, the
  // participants) do not propose candidates; they still count in the score of the
  // candidates that rarer features propose. Short readouts have none.
  const common = (id: number): boolean => dfB[id]! > options.maxPostings;
  const commonOfB = commonTable(cb, common, maxId);
  const commonSumB = commonOfB.sum;
  // The smallest normaliser a clause pair of a sentence can have bounds its clause scores from above.
  const minClauseB = totalsB.map((t) => t.reduce((m, x) => (x < m ? x : m), Infinity));

  const shared = new Float64Array(nB);

  // Clause-by-clause shared weights, only for the B sentences an A sentence touches
  // that have several clauses: a slot of MAX_CLAUSES² cells each, reused per A sentence.
  const CELLS = MAX_CLAUSES * MAX_CLAUSES;
  const slotOf = new Int32Array(nB).fill(-1);
  let cells = new Float64Array(64 * CELLS);
  // The part of each cell's shared weight that is topical.
  let topical = new Float64Array(64 * CELLS);
  let slots = 0;
  const cellAt = (j: number, ca: number, cb: number): number => {
    let slot = slotOf[j]!;
    if (slot < 0) {
      slot = slots++;
      slotOf[j] = slot;
      if (slots * CELLS > cells.length) {
        const bigger = new Float64Array(cells.length * 2);
        bigger.set(cells);
        cells = bigger;
        const biggerT = new Float64Array(topical.length * 2);
        biggerT.set(topical);
        topical = biggerT;
      }
    }
    return slot * CELLS + ca * MAX_CLAUSES + cb;
  };
  const touched = new Int32Array(nB);
  // The classes of B an A sentence's candidates come from, with their scores and clauses (typed arrays, reused).
  const hits: Hits = { count: 0, of: new Int32Array(nB), score: new Float64Array(nB), clauseA: new Int32Array(nB), clauseB: new Int32Array(nB) };
  const expand = rowExpander(classes.members, vb.length, options.maxCandidates);
  let out = emptyColumns(Math.max(64, va.length * 4));
  // A sentence's candidates depend on its vector alone: a repeated formula with the same vector takes the first one's
  // (its row: the range rowStart[i] .. rowEnd[i] of the columns).
  const twins = new Map<number, number[]>();
  const rowStart = new Int32Array(va.length);
  const rowEnd = new Int32Array(va.length);
  va.forEach((v, i) => {
    const twin = twinOf(va, v, twins, i);
    if (twin >= 0) {
      out = copyRow(out, rowStart[twin]!, rowEnd[twin]!, i);
      rowStart[i] = rowStart[twin]!;
      rowEnd[i] = rowEnd[twin]!;
      return;
    }
    let nTouched = 0;
    const manyClausesA = clauseCount(v) > 1;
    const commonOfA: typeof v.entries = [];
    // Indexed loops on the hot paths: `for … of` made an iterator result per step until optimised.
    for (let s = 0; s < v.entries.length; s++) {
      const e = v.entries[s]!;
      if (common(e.id)) {
        commonOfA.push(e);
        continue;
      }
      const ca = Math.min(e.clause, MAX_CLAUSES - 1);
      const end = postStart[e.id + 1]!;
      for (let k = postStart[e.id]!; k < end; k++) {
        const j = postSentence[k]!;
        const wb = postWeight[k]!;
        const m = e.weight < wb ? e.weight : wb;
        if (shared[j] === 0) touched[nTouched++] = j;
        shared[j]! += m;
        if (manyClausesA && countsB[j]! > 1) {
          const cell = cellAt(j, ca, postClause[k]!);
          cells[cell]! += m;
          // Topical only when neither side's word is generic ("achieved" is, "achievements" is not).
          if (!e.generic && postGeneric[k] === 0) topical[cell]! += m;
        }
      }
    }
    const clausesA = clauseCount(v);
    const totalsA = clauseTotals(v);
    const commonSumA = commonOfA.reduce((x, e) => x + e.weight, 0);
    const minClauseA = totalsA.reduce((m, x) => (x < m ? x : m), Infinity);
    hits.count = 0;
    for (let t = 0; t < nTouched; t++) {
      const j = touched[t]!;
      const clausesB = countsB[j]!;
      // Common features add little: skip looking them up when even all of them could not lift the pair.
      const most = shared[j]! + Math.min(commonSumA, commonSumB[j]!);
      const bound = clausesA > 1 && clausesB > 1
        ? Math.max(most / normaliser(v.total, cb[j]!.total, options.lengthBias), (most / normaliser(minClauseA, minClauseB[j]!, options.lengthBias)) * options.clauseFactor)
        : most / normaliser(v.total, cb[j]!.total, options.lengthBias);
      if (bound < minScore) {
        shared[j] = 0;
        continue;
      }
      for (let s = 0; s < commonOfA.length; s++) {
        const e = commonOfA[s]!;
        const at = j * commonOfB.width + commonOfB.index[e.id]!;
        if (commonOfB.has[at] === 0) continue;
        const wb = commonOfB.weight[at]!;
        const m = e.weight < wb ? e.weight : wb;
        shared[j]! += m;
        if (manyClausesA && clausesB > 1) {
          const cell = cellAt(j, Math.min(e.clause, MAX_CLAUSES - 1), commonOfB.clause[at]!);
          cells[cell]! += m;
          if (!e.generic && commonOfB.generic[at] === 0) topical[cell]! += m;
        }
      }
      const denom = normaliser(v.total, cb[j]!.total, options.lengthBias);
      let score = denom > 0 ? shared[j]! / denom : 0;
      let clauseA = -1;
      let clauseB = -1;
      shared[j] = 0;
      // Two many-point sentences: compare them clause by clause.
      const slot = slotOf[j]!;
      if (clausesA > 1 && clausesB > 1 && slot >= 0) for (let ca = 0; ca < clausesA; ca++) {
        for (let cb = 0; cb < clausesB; cb++) {
          const s = cells[slot * CELLS + ca * MAX_CLAUSES + cb]!;
          if (s === 0) continue;
          // A clause is short: shared register words ("cooperation", "expressed") would carry it alone.
          if (topical[slot * CELLS + ca * MAX_CLAUSES + cb]! <= s * options.clauseTopicalShare) continue;
          const cd = normaliser(totalsA[ca]!, totalsB[j]![cb]!, options.lengthBias);
          const cs = cd > 0 ? (s / cd) * options.clauseFactor : 0;
          if (cs > score) {
            score = cs;
            clauseA = ca;
            clauseB = cb;
          }
        }
      }
      if (score >= minScore) {
        const h = hits.count++;
        hits.of[h] = j;
        hits.score[h] = Math.min(1, score);
        hits.clauseA[h] = clauseA;
        hits.clauseB[h] = clauseB;
      }
    }
    for (let t = 0; t < nTouched; t++) slotOf[touched[t]!] = -1;
    cells.fill(0, 0, slots * CELLS);
    topical.fill(0, 0, slots * CELLS);
    slots = 0;
    rowStart[i] = out.length;
    out = expand(i, hits, out);
    rowEnd[i] = out.length;
  });
  return out;
}

/** The candidates start .. end of `c` appended again for A sentence `i` (a twin's row). */
function copyRow(c: CandidateColumns, start: number, end: number, i: number): CandidateColumns {
  const out = withRoom(c, c.length + end - start);
  const at = out.length;
  out.a.fill(i, at, at + end - start);
  out.b.copyWithin(at, start, end);
  out.score.copyWithin(at, start, end);
  out.clauseA.copyWithin(at, start, end);
  out.clauseB.copyWithin(at, start, end);
  out.length = at + end - start;
  return out;
}

/**
 * The common features of B's classes as a dense table (a few features, looked up for every
 * candidate): row j, column `index[id]`; and each class's sum of their weights, in entry order.
 */
interface CommonTable {
  index: Int32Array;
  width: number;
  has: Uint8Array;
  weight: Float64Array;
  clause: Uint8Array;
  generic: Uint8Array;
  sum: Float64Array;
}

function commonTable(vectors: readonly SentenceVector[], common: (id: number) => boolean, maxId: number): CommonTable {
  const index = new Int32Array(maxId + 1).fill(-1);
  let width = 0;
  for (let id = 0; id <= maxId; id++) if (common(id)) index[id] = width++;
  const n = vectors.length * width;
  const t: CommonTable = { index, width, has: new Uint8Array(n), weight: new Float64Array(n), clause: new Uint8Array(n), generic: new Uint8Array(n), sum: new Float64Array(vectors.length) };
  vectors.forEach((v, j) => {
    let sum = 0;
    for (const e of v.entries) {
      if (index[e.id]! < 0) continue;
      const at = j * width + index[e.id]!;
      t.has[at] = 1;
      t.weight[at] = e.weight;
      t.clause[at] = Math.min(e.clause, MAX_CLAUSES - 1);
      t.generic[at] = e.generic ? 1 : 0;
      sum += e.weight;
    }
    t.sum[j] = sum;
  });
  return t;
}

/** The classes of B one A sentence scored with (`of`), their scores and clauses, `count` of them. */
interface Hits {
  count: number;
  of: Int32Array;
  score: Float64Array;
  clauseA: Int32Array;
  clauseB: Int32Array;
}

/**
 * The candidates of an A sentence from its hits, each class of B giving one per sentence of
 * it, by B index. Selection looks at a sentence's few best candidates only: at most `max`
 * are kept, the best (ties: earlier B sentence); keeping more costs time that grows with
 * the square of the readouts' length. The kept ones are appended to the columns `into`.
 */
function rowExpander(members: readonly number[][], nB: number, max: number): (i: number, hits: Hits, into: CandidateColumns) => CandidateColumns {
  const hitOf = new Int32Array(nB);
  const bs: number[] = [];
  return (i, hits, into) => {
    bs.length = 0;
    for (let h = 0; h < hits.count; h++) {
      const of = members[hits.of[h]!]!;
      for (let m = 0; m < of.length; m++) {
        const b = of[m]!;
        bs.push(b);
        hitOf[b] = h;
      }
    }
    if (bs.length > max) {
      // Comparators return small integers: a fractional result would be boxed at every call.
      bs.sort((x, y) => {
        const sx = hits.score[hitOf[x]!]!;
        const sy = hits.score[hitOf[y]!]!;
        return sx < sy ? 1 : sx > sy ? -1 : x - y;
      });
      bs.length = max;
    }
    bs.sort((x, y) => x - y);
    const out = withRoom(into, into.length + bs.length);
    for (let m = 0; m < bs.length; m++) {
      const b = bs[m]!;
      const h = hitOf[b]!;
      const k = out.length++;
      out.a[k] = i;
      out.b[k] = b;
      out.score[k] = hits.score[h]!;
      out.clauseA[k] = hits.clauseA[h]!;
      out.clauseB[k] = hits.clauseB[h]!;
    }
    return out;
  };
}

/** What the score reads of a vector, hashed (its feature ids and clauses; the weights are compared by `sameForScore`). */
function scoreHash(v: SentenceVector): number {
  let h = v.entries.length;
  for (const e of v.entries) h = (Math.imul(h, 31) + e.id * 8 + Math.min(e.clause, MAX_CLAUSES - 1)) | 0;
  return h;
}

/** Whether the score reads the same of two vectors: their entries' ids, clauses, weights and genericity, their totals. */
function sameForScore(x: SentenceVector, y: SentenceVector): boolean {
  if (x.entries.length !== y.entries.length || x.total !== y.total || x.clauseTotals.length !== y.clauseTotals.length) return false;
  for (let k = 0; k < x.clauseTotals.length; k++) if (x.clauseTotals[k] !== y.clauseTotals[k]) return false;
  for (let k = 0; k < x.entries.length; k++) {
    const e = x.entries[k]!;
    const f = y.entries[k]!;
    if (e.id !== f.id || e.clause !== f.clause || e.weight !== f.weight || e.generic !== f.generic) return false;
  }
  return true;
}

/** The first sentence of A before `i` whose vector the score reads as `v`, or -1 (then `i` is noted as a first of its kind). */
function twinOf(va: readonly SentenceVector[], v: SentenceVector, twins: Map<number, number[]>, i: number): number {
  const h = scoreHash(v);
  const seen = twins.get(h);
  for (const k of seen ?? []) if (sameForScore(va[k]!, v)) return k;
  if (seen) seen.push(i);
  else twins.set(h, [i]);
  return -1;
}
