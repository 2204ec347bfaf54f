/**
 * Polarity: whether a claim and the readout passage it matches say the same thing with
 * opposite polarity (docs/article.md, "Polarity"). A verdict measures how much of a
 * claim's content the linked readout sentences carry (shared words and concepts): a
 * claim that negates what the readout affirms ("the athletes will not go to the Games"
 * against "the athletes are looking forward to competing at the Games") shares most of
 * its words with it and would read "supported". Here each clause of the claim is set
 * against the clause of the linked readout sentences that shares the most content with
 * it; when the best match is negated on one side only, the claim contrasts with the
 * readout and its verdict becomes "contradicts? check" (verdict.ts).
 *
 * A clause is negated when it holds a negator of English clause negation
 * (data/negation.json, after The Cambridge Grammar of the English Language, ch. 9),
 * not one that only focuses ("not only") nor one that negates what a readout says
 * ("the statement did not mention X": a report of the readout's silence, judged by its
 * content). Words most readout sentences share (the parties' names) are no match. Pure.
 */
import { stemmerFor } from '../align/stem';
import { isContentWord } from '../align/stopwords';
import type { PolarityContrast } from '../model/article';
import type { Sentence, SentenceId } from '../model/types';
import negation from './data/negation.json';
import reporting from './data/reporting.json';

export type { PolarityContrast };

/** Fewest content words a claim clause and a readout clause share for them to say the same thing. */
export const MIN_SHARED = 2;
/** A word in more than this share of the readout's sentences (a party's name) is no evidence of a match. */
const WIDESPREAD = 0.3;

const NEGATORS = new Set(negation.negators);
const ABOUT_THE_READOUT = new Set([...negation.aboutTheReadout, ...reporting.speechVerbs]);
const CLAUSE_BREAK = new RegExp(`[,;:()\\u2014\\u2013]|\\s(?:${negation.clauseLinks.join('|')})\\s`, 'iu');
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;
/** Focusing "not" ("not only", "not just", "not merely"): an addition, not a negation (CGEL 9.3). */
const FOCUSING = new Set(['only', 'just', 'merely']);

/** A clause as words: whether it is negated, and the stems of its content words. */
interface Clause { text: string; negated: boolean; stems: Set<string> }

const lower = (w: string): string => w.toLowerCase().replace(/’/gu, "'");

/** Whether the token negates: a negator, or a verb with the clitic "n't" ("won't", "didn't"). */
function isNegator(token: string): boolean {
  return NEGATORS.has(token) || /n't$/u.test(token);
}

/** Whether the clause's words hold a negation of the event: a negator not focusing, whose next content word is no verb of saying or mentioning. */
function negates(tokens: readonly string[], language: string): boolean {
  return tokens.some((t, i) => {
    if (!isNegator(t)) return false;
    if (FOCUSING.has(tokens[i + 1] ?? '')) return false;
    const next = tokens.slice(i + 1, i + 4).find((w) => isContentWord(w, w, language) && !isNegator(w));
    return !(next && ABOUT_THE_READOUT.has(next));
  });
}

/** The clauses of a text (split at punctuation and at clause-linking words), each with its polarity and content stems. */
export function clausesOf(text: string, language: string, ignore: ReadonlySet<string> = new Set()): Clause[] {
  const stem = stemmerFor(language);
  return text.split(CLAUSE_BREAK).filter((c): c is string => !!c && c.trim().length > 0).map((c) => {
    const tokens = (c.match(WORD) ?? []).map(lower);
    const stems = new Set(tokens.filter((t) => isContentWord(t, t, language) && !isNegator(t) && !ABOUT_THE_READOUT.has(t)).map(stem).filter((s) => !ignore.has(s)));
    return { text: c.trim(), negated: negates(tokens, language), stems };
  });
}

/** The stems found in more than WIDESPREAD of the readout's sentences (at least two of them). */
export function widespreadStems(all: readonly Sentence[], language: string): Set<string> {
  const stem = stemmerFor(language);
  const df = new Map<string, number>();
  for (const s of all) {
    for (const st of new Set((s.text.match(WORD) ?? []).map((w) => stem(lower(w))))) df.set(st, (df.get(st) ?? 0) + 1);
  }
  return new Set([...df].filter(([, n]) => n >= 2 && n / Math.max(1, all.length) > WIDESPREAD).map(([s]) => s));
}

const sharedCount = (x: Clause, y: Clause): number => [...x.stems].filter((s) => y.stems.has(s)).length;

/**
 * The contrast of a claim with the readout sentences it is linked to, or null: for some clause of the
 * claim, the readout clause sharing the most content with it (at least MIN_SHARED words) is negated where
 * the claim's is not, or the other way round, and no readout clause of the claim's own polarity matches it as well.
 */
export function polarityContrast(claim: string, linked: readonly Sentence[], all: readonly Sentence[], language: string): PolarityContrast | null {
  const ignore = widespreadStems(all, language);
  const readoutClauses = linked.flatMap((s) => clausesOf(s.text, language, ignore).map((c) => ({ c, id: s.id })));
  for (const clause of clausesOf(claim, language, ignore)) {
    let same = 0;
    let opposite: { n: number; id: SentenceId } | null = null;
    for (const { c, id } of readoutClauses) {
      const n = sharedCount(clause, c);
      if (c.negated === clause.negated) same = Math.max(same, n);
      else if (n > (opposite?.n ?? 0)) opposite = { n, id };
    }
    if (opposite && opposite.n >= MIN_SHARED && opposite.n > same) {
      return { sentence: opposite.id, negated: clause.negated ? 'article' : 'readout', clause: clause.text };
    }
  }
  return null;
}
