/**
 * How salient a finding is, in points (weights and word lists: data/salience.json,
 * which says where they come from). Pure functions of the finding's parts, pinned by
 * tests/shared/findings/salience.test.ts.
 */
import conditionData from '../differences/data/condition.json';
import { numbersOf } from '../differences/number';
import { findCues, phraseMap, tokenize } from '../differences/tokens';
import type { DifferenceType, TypedDifference } from '../differences/types';
import { isStopword } from '../align/stopwords';
import data from './data/salience.json';

const CONDITIONS = phraseMap(conditionData.cues.map((c) => c.phrase));
const CONDITION_KIND = new Map(conditionData.cues.map((c) => [c.phrase, c.kind as keyof typeof data.omission.condition]));
const COURTESY = new Set(data.courtesy);
const CLOSING = phraseMap(data.closingFormulas);

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
  if (numbersOf(tokens).length > 0) points += w.number;
  if (f.partyNames.some((n) => tokens.some((t) => t.raw === n || t.raw === `${n}'s` || t.raw === `${n}’s`))) points += w.namedParty;
  const content = tokens.filter((t) => t.norm.length > 3 && !isStopword(t.norm, 'en')).length;
  points += Math.min(w.contentCap, content * w.perContentWord);
  points += w.position * (1 - f.index / Math.max(1, f.count));
  if (tokens.some((t) => COURTESY.has(t.norm)) || findCues(tokens, CLOSING).length > 0) points *= w.courtesyFactor;
  if (f.confidence !== undefined) points *= Math.max(0, Math.min(1, f.confidence));
  return round(points);
}

/** The points of a row's typed differences: the most salient type, and a little for each further type. */
export function differenceSalience(differences: readonly TypedDifference[], weak: boolean): number {
  const w = data.difference;
  const types = [...new Set(differences.map((d) => d.type))].map((t) => w.types[t as DifferenceType]).sort((x, y) => y - x);
  if (types.length === 0) return 0;
  const points = types[0]! + Math.min(w.furtherCap, (types.length - 1) * w.perFurtherType);
  return round(weak ? points * w.weakFactor : points);
}

/** A quotation's severity as the quote check gives it, or "not-verbatim" when it gives none. */
export type MisquoteSeverity = keyof typeof data.misquote;

export const misquoteSalience = (severity: MisquoteSeverity): number => data.misquote[severity];
export const annotationSalience = (): number => data.annotation;

/** The type weight of a difference type, for ordering a row's differences. */
export const typeWeight = (type: DifferenceType): number => data.difference.types[type];

const round = (x: number): number => Math.round(x * 1000) / 1000;
