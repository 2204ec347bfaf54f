/**
 * Scope without a cue word: a classifying adjective that one side coordinates with a
 * modifier both sides give ("frequent coastal and river floods" / "river floods"), an
 * added item of a list of modifiers. A classifier limits the noun's referent (Biber et
 * al. 1999, 7.7.2); alone before the noun it is not read (as often a paraphrase). Which
 * words are classifiers, and which words of other lists keep their own type:
 * data/scope.json, classifiersAbout.
 */
import type { Side } from '../model/types';
import { difference, q, spanOf, type PairContext } from './context';
import evaluationData from './data/evaluation.json';
import grammar from './data/grammar.json';
import modalityData from './data/modality.json';
import scopeData from './data/scope.json';
import type { Shared, Tok } from './tokens';
import type { TypedDifference } from './types';

const SUFFIXES = scopeData.classifierSuffixes;
const COMPOUND_ENDS = new Set(scopeData.classifierCompoundEnds);
const FUNCTION_WORDS = new Set(grammar.functionWords);
const COORDINATORS = new Set(scopeData.listCoordinators);
/** Words another type reads (evaluation, degree, scope cues, modality) or that are no classifier (scope.json, notClassifiers). */
const OTHER_LISTS = new Set([
  ...evaluationData.words, ...evaluationData.ofRelations, ...evaluationData.amplifiers, ...evaluationData.amplifiersOfNeed, ...evaluationData.courtesy,
  ...scopeData.cues, ...scopeData.notClassifiers, ...modalityData.cues.map((c) => c.phrase),
]);
/** Letters a classifier keeps before its suffix ("nucle-ar", not "ye-ar"). */
const MIN_BASE = 3;
/** Words from a classifier to its noun phrase's end, at most ("non-sectarian and representative government"). */
const MAX_PHRASE = 5;

const gapOf = (text: string, tokens: readonly Tok[], k: number): string => text.slice(tokens[k - 1]!.end, tokens[k]!.start);
const plain = (t: Tok): boolean => /^\p{Ll}/u.test(t.raw) && !FUNCTION_WORDS.has(t.norm) && !/\d/u.test(t.norm);

/** Tokens `from`..`to` (exclusive) make a classifier: a suffixed adjective ("regional"), or a hyphened compound ending in a participle ("state-owned", "Lisbon-led"). */
function classifierAt(text: string, tokens: readonly Tok[], k: number): { from: number; to: number } | null {
  const t = tokens[k]!;
  if (OTHER_LISTS.has(t.norm) || !/^\p{Ll}/u.test(t.raw)) return null;
  if (COMPOUND_ENDS.has(t.norm) && k > 0 && gapOf(text, tokens, k) === '-') return { from: k - 1, to: k + 1 };
  // A hyphened compound is the class of its last element ("non-sectarian", "cross-border" read by their heads).
  const from = k > 0 && gapOf(text, tokens, k) === '-' ? k - 1 : k;
  return SUFFIXES.some((s) => t.norm.endsWith(s) && t.norm.length - s.length >= MIN_BASE) && plain(t) ? { from, to: k + 1 } : null;
}

/**
 * The noun phrase a classifier at `to - 1` premodifies: the words after it, up to its end (a punctuation mark, a
 * function word or the sentence's end), plain words, coordinators or commas between modifiers; null if it has
 * none or is longer than MAX_PHRASE. Its end (exclusive).
 */
function phraseAfter(text: string, tokens: readonly Tok[], to: number): number | null {
  let k = to;
  while (k < tokens.length && k - to < MAX_PHRASE) {
    const gap = gapOf(text, tokens, k);
    const t = tokens[k]!;
    if (COORDINATORS.has(t.norm) && /^\s+$/u.test(gap)) { k++; continue; }
    if (!/^,?\s+$|^-$/u.test(gap) || !plain(t)) break;
    k++;
  }
  return k > to && !COORDINATORS.has(tokens[k - 1]!.norm) && k - to < MAX_PHRASE ? k : null;
}

/** The conjunct a coordinator or a comma joins to the classifier, before or after it: k's index, or -1. */
function conjunct(text: string, tokens: readonly Tok[], c: { from: number; to: number }, dir: -1 | 1): number {
  const j = dir === 1 ? c.to : c.from - 1;
  const t = tokens[j];
  if (!t) return -1;
  if (COORDINATORS.has(t.norm)) return j + dir;
  const gap = dir === 1 ? gapOf(text, tokens, c.to) : gapOf(text, tokens, c.from);
  return /^,\s+$/u.test(gap) ? (dir === 1 ? c.to : c.from - 1) : -1;
}

/**
 * The classifier is coordinated with a premodifier the other side gives ("nuclear and missile tests" / "missile
 * tests"; "an open, inclusive and fair vote" / "an open vote"): an added item of a list of modifiers, which widens
 * or narrows the point (Quirk et al. 1985, 13.71, coordinated premodifiers), not a modifier of its own.
 */
function coordinatedWithShared(text: string, tokens: readonly Tok[], shared: Shared, c: { from: number; to: number }): boolean {
  return ([-1, 1] as const).some((dir) => {
    const k = conjunct(text, tokens, c, dir);
    if (k < 0 || k >= tokens.length || !plain(tokens[k]!)) return false;
    if (shared[k]) return true;
    // Over a chain of one-sided classifiers ("inclusive, fair and open" with "inclusive" shared).
    const next = classifierAt(text, tokens, k);
    return !!next && !shared[k] && coordinatedWithSharedOnce(text, tokens, shared, next, dir);
  });
}

/** One step further along the coordination, in one direction. */
function coordinatedWithSharedOnce(text: string, tokens: readonly Tok[], shared: Shared, c: { from: number; to: number }, dir: -1 | 1): boolean {
  const k = conjunct(text, tokens, c, dir);
  return k >= 0 && k < tokens.length && plain(tokens[k]!) && !!shared[k];
}

/** A side's one-sided classifiers of a phrase with a word the other gives: runs joined by coordinators, as token ranges. */
function oneSided(text: string, tokens: readonly Tok[], shared: Shared): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let k = 0; k < tokens.length; k++) {
    const c = classifierAt(text, tokens, k);
    if (!c || shared.slice(c.from, c.to).some(Boolean)) continue;
    const end = phraseAfter(text, tokens, c.to);
    if (end === null || !shared.slice(c.to, end).some(Boolean) || !coordinatedWithShared(text, tokens, shared, c)) continue;
    const last = runs[runs.length - 1];
    if (last && (last[1] === c.from || (last[1] + 1 === c.from && COORDINATORS.has(tokens[last[1]]!.norm)))) last[1] = c.to;
    else runs.push([c.from, c.to]);
    k = c.to - 1;
  }
  return runs;
}

/** One-sided classifiers coordinated with a shared modifier, as scope differences, at most two per side. */
export function classifiers(ctx: PairContext): TypedDifference[] {
  const out: TypedDifference[] = [];
  for (const side of ['a', 'b'] as const satisfies readonly Side[]) {
    for (const [from, to] of oneSided(ctx.sentences[side].text, ctx.tokens[side], ctx.shared[side]).slice(0, 2)) {
      const s = spanOf(ctx, side, from, to);
      out.push(difference('scope', side === 'a' ? s : null, side === 'b' ? s : null, `Only ${ctx.labels[side]} narrows it: ${q(s.text)}.`));
    }
  }
  return out;
}
