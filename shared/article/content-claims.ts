/**
 * Claims an article makes without naming a readout: a sentence that closely reports
 * what one readout says ("The chancellor wished the new premier every success in
 * office") is a claim about that readout when its content is carried by readout
 * sentences (the verdict "supported": 55% of its content or more, see analyze.ts),
 * even with no "the statement said". Sentences left out:
 * - those already claims, or holding a quotation of a person (commentary);
 * - short ones (fewer than MIN_CONTENT_WORDS words: a headline fragment, a dateline);
 * - those set before the call ("ahead of the call") or with an adverb of an earlier
 *   act ("already", "has long": data/reporting.json priorActMarkers);
 * - those that only echo a readout's opening sentence ("X spoke with Y"): that the
 *   call took place is what every article says, not a report of what was said in it
 *   (a first sentence that does not say so, in a copy without its lead, is content).
 * The readouts are the sides that bear it out. Pure.
 */
import type { Side } from '../model/types';
import type { ArticleSentence, Attribution } from './attribution';
import type { FoundClaim } from './claims';
import reporting from './data/reporting.json';
import type { Quotation } from './quotes';

const PRIOR = new RegExp(`(?<![\\p{L}])(?:${reporting.priorActMarkers.join('|')})(?![\\p{L}])`, 'iu');

/** Fewer words than this is no sentence that reports the content of a call. */
export const MIN_CONTENT_WORDS = 8;

/** What judging a candidate gives: a verdict per readout and the readout sentences it links to. */
export interface CandidateJudgement {
  verdicts: Partial<Record<Side, 'supported' | 'partial' | 'not-found'>>;
  links: string[];
}

/** The sentences not yet claims that may be claims by their content (before judging). */
export function contentCandidates(
  sentences: readonly ArticleSentence[], found: readonly FoundClaim[], quotations: readonly Quotation[],
  attributions: ReadonlyArray<Attribution | null>, beforeTheCall: (text: string) => boolean,
): FoundClaim[] {
  const taken = new Set(found.map((f) => f.start));
  return sentences.filter((s) => {
    if (taken.has(s.start)) return false;
    // "Ahead of the call, X said…", "X has already signalled…": an earlier act, not a report of the call.
    if (beforeTheCall(s.text) || PRIOR.test(s.text)) return false;
    if ((s.text.match(/\p{L}+/gu) ?? []).length < MIN_CONTENT_WORDS) return false;
    // A quotation of a person in it: the sentence is theirs (commentary), not the article's report.
    return !quotations.some((q, i) => q.outerStart < s.end && q.outerEnd > s.start && attributions[i]?.kind === 'person');
  }).map((s) => ({ start: s.start, end: s.end, text: s.text, sides: [], quotes: [], attributionSpans: [] }));
}

/**
 * The readouts a candidate is a claim about: those that bear it out, unless all it
 * links to is a readout's first sentence (the opening that says the call took place).
 */
export function claimedSides(j: CandidateJudgement, openings: Partial<Record<Side, string>> = {}): Side[] {
  const sides = (['a', 'b'] as const).filter((side) => j.verdicts[side] === 'supported');
  // (A readout copy may open with its content, the lead that says the call took place left out: then its first sentence counts like any other.)
  return sides.filter((side) => j.links.some((id) => id[0] === side && (id !== `${side}1` || !reportsTheCall(openings[side] ?? 'call'))));
}

const CALL_WORD = new RegExp(`(?<![\\p{L}])(?:${[...reporting.callNouns, ...reporting.callVerbs, ...reporting.callOpeningWords].map((w) => w.replace(/ /gu, '\\s+')).join('|')})(?![\\p{L}])`, 'iu');

/** Whether a readout's first sentence says that the call took place ("X spoke with Y", "held a telephone talk"), its usual opening. */
export function reportsTheCall(sentence: string): boolean {
  return CALL_WORD.test(sentence);
}
