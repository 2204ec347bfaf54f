/**
 * How salient a finding is, in points (weights and word lists: data/salience.json,
 * which says where they come from). Pure functions of the finding's parts, pinned by
 * tests/shared/findings/salience.test.ts.
 */
import boilerplate from '../align/data/boilerplate.json';
import register from '../align/data/register.json';
import commitmentData from '../differences/data/commitment.json';
import conditionData from '../differences/data/condition.json';
import modalityData from '../differences/data/modality.json';
import { numbersOf } from '../differences/number';
import grammar from '../differences/data/grammar.json';
import { findCues, phraseMap, stemOf, tokenize, type Tok } from '../differences/tokens';
import type { DifferenceType } from '../differences/types';
import { isStopword } from '../align/stopwords';
import data from './data/salience.json';

const CONDITIONS = phraseMap(conditionData.cues.map((c) => c.phrase));
const CONDITION_KIND = new Map(conditionData.cues.map((c) => [c.phrase, c.kind as keyof typeof data.omission.condition]));
const COURTESY = new Set(data.courtesy);
/**
 * A demand: a verb of the commitment class "demand" (insist, urge, call for…), matched by
 * stem as the commitment rules match it, or a modal of obligation (must, should, need to…).
 */
const DEMAND_CLASS = commitmentData.classes.find((c) => c.name === 'demand')!;
const DEMANDS = phraseMap([...DEMAND_CLASS.phrases, ...modalityData.cues.filter((c) => c.kind === 'obligation').map((c) => c.phrase)]);
const DEMAND_STEMS = new Map(DEMAND_CLASS.words.map((w) => [stemOf(w), w]));
/** Words every readout uses whatever was said (titles, reporting verbs) or of the diplomatic register (cooperation, relations): not topical. */
const GENERIC = new Set([...boilerplate.words, ...register.words].map((w) => w.toLowerCase()));
const CLOSING = phraseMap(commitmentData.closingFormulas);
const DEMONSTRATIVES = new Set(data.demonstratives);
const VERB_NEXT = new Set([...grammar.verbMarkers, ...grammar.copulas, 'has', 'have', 'had']);

/** The sentence's subject is a demonstrative pronoun standing alone ("This must be done …"): it elaborates the sentence before (data/salience.json, elaborationAbout). */
const elaborates = (tokens: readonly Tok[]): boolean => DEMONSTRATIVES.has(tokens[0]?.norm ?? '') && VERB_NEXT.has(tokens[1]?.norm ?? '');

/** What is known about a one-sided statement. */
export interface OmissionFacts {
  text: string;
  /** 0-based place of the sentence in its readout, and how many sentences it has. */
  index: number;
  count: number;
  /** How the parties to the call are named ("Trump", "Putin"). */
  partyNames: readonly string[];
  /** The alignment's confidence that it is an omission, in [0, 1], when given. */
  confidence?: number;
}

/** The points of an omission. */
export function omissionSalience(f: OmissionFacts): number {
  const w = data.omission;
  const tokens = tokenize(f.text);
  let points = w.base;
  const kinds = findCues(tokens, CONDITIONS).map((h) => CONDITION_KIND.get(h.key)!);
  points += Math.max(0, ...kinds.map((k) => w.condition[k]));
  if (findCues(tokens, DEMANDS, DEMAND_STEMS).length > 0) points += w.demand;
  if (numbersOf(tokens, f.text).length > 0) points += w.number;
  if (f.partyNames.some((n) => tokens.some((t) => t.raw === n || t.raw === `${n}'s` || t.raw === `${n}’s`))) points += w.namedParty;
  // Topical content words: neither stop words nor the words every readout uses (titles, "cooperation", "relations").
  const content = tokens.filter((t) => t.norm.length > 3 && !isStopword(t.norm, 'en') && !GENERIC.has(t.norm)).length;
  points += Math.min(w.contentCap, content * w.perContentWord);
  points += w.position * (1 - f.index / Math.max(1, f.count));
  if (tokens.some((t) => COURTESY.has(t.norm)) || findCues(tokens, CLOSING).length > 0) points *= w.courtesyFactor;
  if (elaborates(tokens)) points *= w.elaborationFactor;
  if (f.confidence !== undefined) points *= Math.max(0, Math.min(1, f.confidence));
  return round(points);
}

/** A typed difference with the confidence of the link it was found on (none: an analyst's link, taken as sure). */
export interface RatedDifference {
  type: DifferenceType;
  confidence?: number | null;
}

/**
 * The points of a row's typed differences, each type's points weighed by the confidence of
 * the link it was found on (a difference between two sentences that may not report the same
 * point may be no difference at all): the most salient type, and for each further type a
 * share of its own points (an evaluation adds less than a number), up to a cap.
 */
export function differenceSalience(differences: readonly RatedDifference[]): number {
  const w = data.difference;
  const byType = new Map<DifferenceType, number>();
  for (const d of differences) {
    const c = typeof d.confidence === 'number' ? Math.max(0, Math.min(1, d.confidence)) : 1;
    byType.set(d.type, Math.max(byType.get(d.type) ?? 0, w.types[d.type] * c));
  }
  const points = [...byType.values()].sort((x, y) => y - x);
  if (points.length === 0) return 0;
  const top = Math.max(...Object.values(w.types));
  const further = points.slice(1).reduce((s, p) => s + (p / top) * w.perFurtherType, 0);
  return round(points[0]! + Math.min(w.furtherCap, further));
}

/** A quotation's severity as the quote check gives it, or "not-verbatim" when it gives none. */
export type MisquoteSeverity = keyof typeof data.misquote;

export const misquoteSalience = (severity: MisquoteSeverity): number => data.misquote[severity];
export const annotationSalience = (): number => data.annotation;
export const contradictionSalience = (): number => data.contradiction;

/** The type weight of a difference type, for ordering a row's differences. */
export const typeWeight = (type: DifferenceType): number => data.difference.types[type];

const round = (x: number): number => Math.round(x * 1000) / 1000;
