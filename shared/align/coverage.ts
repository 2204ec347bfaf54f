/**
 * Coverage-based selection (omit15, issue 14's cause 1): after the candidates reaching the
 * link threshold are chosen (select.ts), a sentence that already has a link may take a
 * further one below the threshold when what that candidate shares covers content words of
 * the sentence that its existing links do not: "thanked her guest for the hospitality at the
 * summit and stressed the need to expand the fisheries agreement" linked to the hospitality
 * sentence takes the fisheries sentence too, because "fisheries agreement" is new to it.
 *
 * Coverage is read from the same matched-feature evidence the score uses (vectors.ts): a
 * sentence's topical features (neither boilerplate nor register words, nor participants'
 * names) with their damped weights. A candidate's gain on one of its sentences is the weight
 * of the topical features it shares with the other sentence that the sentence's links do not
 * share yet, over the sentence's topical weight; the candidate is taken when its confidence
 * reaches the rule's `floor`, at least one of its two sentences is linked already, and its
 * gain on each of its two sentences reaches the rule's `gain`. A and B are treated alike.
 * Both numbers are fitted by cross-validation over pairs with the model (scripts/alignment/cv.ts);
 * figures in docs/alignment.md.
 */
import type { CandidateColumns } from './score';
import { descending, selectIndices, type SelectOptions } from './select';
import type { SentenceVector } from './vectors';

/** The fitted rule: a candidate under the link threshold is taken from `floor` up when its gain on both sentences reaches `gain`. */
export interface CoverageRule { floor: number; gain: number }

/** A sentence's topical features by id (their damped weights) and their total weight. */
export interface TopicalBag { weights: ReadonlyMap<number, number>; total: number }

/** The topical bag of each sentence vector. */
export function topicalBags(vectors: readonly SentenceVector[]): TopicalBag[] {
  return vectors.map((v) => {
    const weights = new Map<number, number>();
    let total = 0;
    for (const e of v.entries) {
      if (e.generic || e.participant) continue;
      weights.set(e.id, (weights.get(e.id) ?? 0) + e.weight);
      total += e.weight;
    }
    return { weights, total };
  });
}

/** The feature ids two bags share. */
function sharedIds(x: TopicalBag, y: TopicalBag): number[] {
  const [small, large] = x.weights.size <= y.weights.size ? [x, y] : [y, x];
  const out: number[] = [];
  for (const id of small.weights.keys()) if (large.weights.has(id)) out.push(id);
  return out;
}

/** The share of `bag`'s topical weight in `ids` that `covered` does not hold yet. */
function gainOn(bag: TopicalBag, ids: readonly number[], covered: ReadonlySet<number> | undefined): number {
  if (bag.total <= 0) return 0;
  let w = 0;
  for (const id of ids) if (!covered?.has(id)) w += bag.weights.get(id)!;
  return w / bag.total;
}

/** Per sentence of one side: the ids its links share so far. */
type Covered = Map<number, Set<number>>;

function cover(covered: Covered, i: number, ids: readonly number[]): void {
  let set = covered.get(i);
  if (!set) covered.set(i, (set = new Set()));
  for (const id of ids) set.add(id);
}

/** The candidates as the rule reads them: their two sentences, score and confidence. */
export interface CoverageCandidates { length: number; a: ArrayLike<number>; b: ArrayLike<number>; score: ArrayLike<number>; confidence: ArrayLike<number> }

/**
 * The indices of `chosen` and of the candidates the rule adds to them, sorted by A index, then
 * B index. Candidates are tried most confident first (ties: higher score, then text order); each
 * sentence keeps at most `maxLinks`; what a taken candidate shares counts as covered for the next.
 */
export function extendByCoverage(
  candidates: CoverageCandidates, chosen: ArrayLike<number>, bags: { a: readonly TopicalBag[]; b: readonly TopicalBag[] }, rule: CoverageRule, maxLinks: number,
): Int32Array {
  const { a, b, score, confidence } = candidates;
  const covered = { a: new Map() as Covered, b: new Map() as Covered };
  const count = { a: new Map<number, number>(), b: new Map<number, number>() };
  const taken = new Set<number>();
  const take = (k: number, ids: readonly number[]): void => {
    taken.add(k);
    cover(covered.a, a[k]!, ids);
    cover(covered.b, b[k]!, ids);
    count.a.set(a[k]!, (count.a.get(a[k]!) ?? 0) + 1);
    count.b.set(b[k]!, (count.b.get(b[k]!) ?? 0) + 1);
  };
  for (let n = 0; n < chosen.length; n++) take(chosen[n]!, sharedIds(bags.a[a[chosen[n]!]!]!, bags.b[b[chosen[n]!]!]!));
  const tried: number[] = [];
  for (let k = 0; k < candidates.length; k++) if (!taken.has(k) && confidence[k]! >= rule.floor) tried.push(k);
  tried.sort((x, y) => descending(confidence[x]!, confidence[y]!) || descending(score[x]!, score[y]!) || a[x]! - a[y]! || b[x]! - b[y]!);
  for (const k of tried) {
    const i = a[k]!;
    const j = b[k]!;
    const linkedA = count.a.get(i) ?? 0;
    const linkedB = count.b.get(j) ?? 0;
    if ((linkedA === 0 && linkedB === 0) || linkedA >= maxLinks || linkedB >= maxLinks) continue;
    const ids = sharedIds(bags.a[i]!, bags.b[j]!);
    if (gainOn(bags.a[i]!, ids, covered.a.get(i)) >= rule.gain && gainOn(bags.b[j]!, ids, covered.b.get(j)) >= rule.gain) take(k, ids);
  }
  return Int32Array.from(taken).sort((x, y) => a[x]! - a[y]! || b[x]! - b[y]!);
}

/**
 * The links of a pair: `selectIndices`, then, when the model has a coverage rule (coverage.ts),
 * the candidates under the threshold that it adds to sentences already linked. Indices sorted
 * by A index, then B index.
 */
export function chooseLinks(
  candidates: Pick<CandidateColumns, 'length' | 'a' | 'b' | 'score'>, confidence: Float64Array, nA: number, nB: number, linkThreshold: number, options: SelectOptions,
  coverage?: { rule: CoverageRule | null | undefined; bags: { a: readonly TopicalBag[]; b: readonly TopicalBag[] } },
): Int32Array {
  const chosen = selectIndices(candidates, confidence, nA, nB, linkThreshold, options);
  if (!coverage?.rule) return chosen;
  return extendByCoverage({ ...candidates, confidence }, chosen, coverage.bags, coverage.rule, options.maxLinksPerSentence);
}
