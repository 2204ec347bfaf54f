/**
 * Whole sub-points (issue 17's conventions: "a whole extra sub-point that only one side reports inside a
 * linked sentence is an omission of the other side, not a scope difference"). A sentence may report a
 * second act in a coordinated predicate ("The leaders discussed the floods and pledged funds to rebuild
 * the dykes"; Quirk et al. 1985, 13.46-13.50, coordination of predicates). When the other sentence has
 * none of that predicate's words from its verb up to a one-sided cue (not the verb, not its object), the
 * cue belongs to an act the other side does not report at all: an omission, not a condition, scope,
 * number or evaluation difference of the point both report (data/grammar.json, subPointAbout).
 */
import grammar from './data/grammar.json';
import modalityData from './data/modality.json';
import type { PairContext } from './context';
import type { Side } from '../model/types';
import type { Tok } from './tokens';
import type { DifferenceType, TypedDifference } from './types';

const FUNCTION_WORDS = new Set(grammar.functionWords);
const DETERMINERS = new Set(grammar.determiners);
const LINKING_ADVERBS = new Set(grammar.subPoint.adverbs);
const IRREGULAR_PASTS = new Set(modalityData.backshift.irregularPasts);
/** The one-sided types a sub-point may carry (actor and commitment compare the two acts themselves). */
const CARRIED: ReadonlySet<DifferenceType> = new Set(grammar.subPoint.types as DifferenceType[]);

/** A past-tense verb: a word ending in -ed (not -eed: "seed"), or an irregular past ("said", "made"). */
const pastVerb = (t: Tok | undefined): boolean => !!t && /^\p{Ll}/u.test(t.raw) && ((/ed$/u.test(t.norm) && !/eed$/u.test(t.norm)) || IRREGULAR_PASTS.has(t.norm));

/**
 * The index of the verb opening the coordinated predicate that holds token k ("… and pledged funds to
 * rebuild": "pledged"), or -1: the nearest "and" before k (not the sentence's first word, not after a
 * determiner) followed, after linking adverbs ("also"), by a past verb.
 */
export function predicateVerb(tokens: readonly Tok[], k: number): number {
  for (let j = k - 1; j > 0; j--) {
    if (tokens[j]!.norm !== 'and' || DETERMINERS.has(tokens[j - 1]!.norm)) continue;
    let v = j + 1;
    while (v < k && LINKING_ADVERBS.has(tokens[v]!.norm)) v++;
    return v < k && pastVerb(tokens[v]) ? v : -1;
  }
  return -1;
}

/** Token k of a side lies in a coordinated predicate none of whose content words before k the other side has. */
export function inSubPoint(ctx: PairContext, side: Side, k: number): boolean {
  const tokens = ctx.tokens[side];
  const v = predicateVerb(tokens, k);
  if (v < 0) return false;
  for (let i = v; i < k; i++) if (!FUNCTION_WORDS.has(tokens[i]!.norm) && ctx.shared[side][i]) return false;
  return true;
}

/** The differences without the one-sided ones that sit in a sub-point only their side reports. */
export function withoutSubPoints(ctx: PairContext, found: readonly TypedDifference[]): TypedDifference[] {
  return found.filter((d) => {
    if (!CARRIED.has(d.type) || (d.a && d.b)) return true;
    const side: Side = d.a ? 'a' : 'b';
    const span = (d.a ?? d.b)!;
    const k = ctx.tokens[side].findIndex((t) => t.start >= span.start);
    return k < 0 || !inSubPoint(ctx, side, k);
  });
}
