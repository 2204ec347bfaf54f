/**
 * Claims an article makes without naming a readout: a sentence that closely reports
 * what one readout says ("The chancellor wished the new premier every success in
 * office") is a claim about that readout when its content is carried by readout
 * sentences (the verdict "supported": 55% of its content or more, see analyze.ts),
 * even with no "the statement said". Sentences left out:
 * - those already claims, or holding a quotation of a person (commentary);
 * - short ones (fewer than CONTENT_JUDGE.minWords words: a headline fragment, a dateline);
 * - those set before the call ("ahead of the call") or with an adverb of an earlier
 *   act ("already", "has long": data/reporting.json priorActMarkers), or a statement in
 *   the past perfect ("the organisers had consistently said …"): the past perfect sets
 *   an act before the time the story reports (The Cambridge Grammar of the English
 *   Language, ch. 3, 3.5.2), an earlier statement, not the call;
 * - a person's own remarks (`ownRemarks`): a person's speech verb in the present tense
 *   ("X says the committee made the right decision"), news style's tense for what
 *   someone says now, at a briefing or a press conference (AP Stylebook, "said/says"),
 *   not what a readout reported; or a person saying that they spoke to someone ("X noted
 *   that he spoke to Y earlier about the move"): their own account of the call;
 * - those that only echo a readout's opening sentence ("X spoke with Y"): that the
 *   call took place is what every article says, not a report of what was said in it
 *   (a first sentence that does not say so, in a copy without its lead, is content).
 * The readouts are the sides that bear it out; when one readout holds the sentence
 * nearly word for word and the other does not, the first alone (`nearVerbatimSide`).
 * The two quantities of CONTENT_JUDGE were chosen by leave-one-article-out
 * cross-validation over the development articles (`npm run eval:articles -- --cv-claims`,
 * docs/article.md "Branch art6"; chosen again on branch art15). Pure.
 */
import type { Side } from '../model/types';
import type { ArticleSentence, Attribution } from './attribution';
import type { FoundClaim } from './claims';
import reporting from './data/reporting.json';
import type { Quotation } from './quotes';

const PRIOR = new RegExp(`(?<![\\p{L}])(?:${reporting.priorActMarkers.join('|')})(?![\\p{L}])`, 'iu');
const PAST_SPEECH = reporting.speechVerbs.filter((v) => /ed$|^(?:said|told|wrote)$/u.test(v));
const PRESENT_SPEECH = reporting.speechVerbs.filter((v) => /[^s]s$/u.test(v));
/** "had said", "had consistently maintained": a statement in the past perfect (an adverb in -ly at most between). */
const PAST_PERFECT_SPEECH = new RegExp(`(?<![\\p{L}])had\\s+(?:\\p{Ll}+ly\\s+)?(?:${PAST_SPEECH.join('|')})(?![\\p{L}])`, 'u');
/** A person (up to four capitalised words, or "he"/"she") as the subject of a speech verb: its word before the verb and the verb. */
const PERSON_SPEAKS = new RegExp(`(?<![\\p{L}’'-])((?:\\p{Lu}[\\p{L}’'.-]*\\s+){0,3}\\p{Lu}[\\p{L}’'-]+|[Hh]e|[Ss]he)\\s+(?:(?:also|further|later|again|\\p{Ll}+ly)\\s+)?(${reporting.speechVerbs.join('|')})(?![\\p{L}-])`, 'gu');
/** "… that he spoke to", "she had talked with": the speaker's complement reports a call of their own. */
const OWN_CALL = new RegExp(`^\\s+(?:that\\s+)?(?:he|she|they|I|we)\\s+(?:had\\s+|has\\s+|have\\s+)?(?:${[...reporting.callVerbs, 'spoken with', 'spoken to', 'talks with', 'talks to', 'speaks with', 'speaks to'].map((v) => v.replace(/ /gu, '\\s+')).join('|')})(?![\\p{L}])`, 'iu');

/**
 * Whether a sentence gives a person's own remarks rather than a readout's report: a person (not a place or an
 * organisation: `nonPerson`) speaking in the present tense, or saying that they spoke to someone.
 */
export function ownRemarks(text: string, nonPerson: (phrase: string) => boolean): boolean {
  for (const m of text.matchAll(PERSON_SPEAKS)) {
    const who = m[1]!;
    if (!/^(?:he|she)$/iu.test(who) && nonPerson(who)) continue;
    if (PRESENT_SPEECH.includes(m[2]!) || OWN_CALL.test(text.slice(m.index + m[0].length))) return true;
  }
  return false;
}

/** The content judge's quantities: the share of a candidate's content its readout sentences must carry, and the fewest words of a candidate. */
export interface ContentJudge {
  coverage: number;
  minWords: number;
}

/**
 * The values in use, chosen on all development articles by the cross-validation
 * mode of scripts/eval-articles.ts (`--cv-claims`): fewer words than `minWords`
 * is no sentence that reports the content of a call (a headline fragment, a dateline).
 */
export const CONTENT_JUDGE: ContentJudge = { coverage: 0.45, minWords: 3 };

/** Share of a sentence's words found in order in one stretch of a readout (as for a quotation "supported") that makes it that readout's near-verbatim report. */
export const NEAR_VERBATIM = 0.8;

/**
 * What judging a candidate gives, per readout: the share of its content the linked
 * readout sentences carry, the share of its words found in order in the readout
 * (quote-check.ts), and the readout sentences it links to.
 */
export interface CandidateJudgement {
  coverage: Partial<Record<Side, number>>;
  inOrder?: Partial<Record<Side, number>>;
  links: string[];
}

/** The sentences not yet claims that may be claims by their content (before judging). */
export function contentCandidates(
  sentences: readonly ArticleSentence[], found: readonly FoundClaim[], quotations: readonly Quotation[],
  attributions: ReadonlyArray<Attribution | null>, beforeTheCall: (text: string) => boolean, minWords = CONTENT_JUDGE.minWords,
): FoundClaim[] {
  const taken = new Set(found.map((f) => f.start));
  return sentences.filter((s) => {
    if (taken.has(s.start)) return false;
    // "Ahead of the call, X said…", "X has already signalled…": an earlier act, not a report of the call.
    if (beforeTheCall(s.text) || PRIOR.test(s.text) || PAST_PERFECT_SPEECH.test(s.text)) return false;
    if ((s.text.match(/\p{L}+/gu) ?? []).length < minWords) return false;
    // A quotation of a person in it: the sentence is theirs (commentary), not the article's report.
    return !quotations.some((q, i) => q.outerStart < s.end && q.outerEnd > s.start && attributions[i]?.kind === 'person');
  }).map((s) => ({ start: s.start, end: s.end, text: s.text, sides: [], quotes: [], attributionSpans: [] }));
}

/**
 * The readouts a candidate is a claim about: those that bear it out, unless all it
 * links to is a readout's first sentence (the opening that says the call took place).
 * A readout that holds the sentence nearly word for word, where the other does not,
 * is the one it reports, whatever a place or visit it names shares with the other.
 */
export function claimedSides(j: CandidateJudgement, openings: Partial<Record<Side, string>> = {}, judge: ContentJudge = CONTENT_JUDGE): Side[] {
  const near = nearVerbatimSide(j.inOrder ?? {});
  const sides = (['a', 'b'] as const).filter((side) => (near ? side === near : (j.coverage[side] ?? 0) >= judge.coverage));
  // (A readout copy may open with its content, the lead that says the call took place left out: then its first sentence counts like any other.)
  return sides.filter((side) => j.links.some((id) => id[0] === side && (id !== `${side}1` || !reportsTheCall(openings[side] ?? 'call'))));
}

/** The one readout that has the sentence nearly word for word (NEAR_VERBATIM of its words in order) when the other has it less so; else none. */
export function nearVerbatimSide(inOrder: Partial<Record<Side, number>>): Side | null {
  const a = inOrder.a ?? 0;
  const b = inOrder.b ?? 0;
  if (a >= NEAR_VERBATIM && b < NEAR_VERBATIM) return 'a';
  if (b >= NEAR_VERBATIM && a < NEAR_VERBATIM) return 'b';
  return null;
}

const CALL_WORD = new RegExp(`(?<![\\p{L}])(?:${[...reporting.callNouns, ...reporting.callVerbs, ...reporting.callOpeningWords].map((w) => w.replace(/ /gu, '\\s+')).join('|')})(?![\\p{L}])`, 'iu');

/** Whether a readout's first sentence says that the call took place ("X spoke with Y", "held a telephone talk"), its usual opening. */
export function reportsTheCall(sentence: string): boolean {
  return CALL_WORD.test(sentence);
}
