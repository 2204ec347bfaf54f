/**
 * How far a quotation of a readout departs from the readout's words (issue 17,
 * section 4; docs/article.md "Severity"):
 * - `verbatim`: the same words in the same order (case, quotation marks and
 *   punctuation aside);
 * - `different-wording`: most of the quotation's content words are not the
 *   readout's (another translation, or a paraphrase put in quotation marks), or no
 *   passage of the readout resembles it: said as such, not as "misquoted";
 * - `changes-meaning`: a modal or tense auxiliary, a negation, a number, a name (a
 *   capitalised word: who acts) or an evaluative word changed, added or dropped, or
 *   another content word changed;
 * - `minor`: only articles, determiners, prepositions, capitalisation, spelling
 *   variants ("recognise"/"recognize", "net-zero"/"net zero"), another form of the
 *   same word, or a bracketed insertion ("(Johnson)"); a marked omission alone ("[…]"
 *   for readout words left out) is verbatim (quote-check.ts).
 * Word classes are data (data/misquotation.json). Pure.
 */
import type { DiffPart } from '../diff/words';
import type { QuoteSeverity } from '../model/article';
import { stemmerFor } from '../align/stem';
import cues from './data/misquotation.json';

const set = (xs: string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));
const MEANING = set([...cues.modals, ...cues.negations, ...cues.numbers, ...cues.evaluative]);
const MINOR = set(cues.minorWords);
/** Below this share of the quotation's content words found in the readout's passage, it is worded differently. */
export const SAME_WORDING = 0.5;

const words = (s: string): string[] => s.replace(/\([^)]*\)|\[[^\]]*\]/gu, ' ').match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
const tokens = (s: string): string[] => words(s).map((w) => w.toLowerCase());

/** The severity of a checked quotation: its text, the readout passage it was matched to (null: none), and their word diff. */
export function quoteSeverity(quote: string, match: string | null, diff: readonly DiffPart[], language = 'en'): QuoteSeverity {
  if (match === null) return 'different-wording';
  const q = tokens(quote);
  const r = tokens(match);
  const all = (x: string): string => (x.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
  if (all(quote) === all(match)) return 'verbatim';
  if (q.join(' ') === r.join(' ')) return 'minor';
  const stem = stemmerFor(language);
  // A word's spelling-neutral key: British/American endings, then the stem ("recognised" ~ "recognize").
  const key = (w: string): string => stem(w.replace(/is(e|es|ed|ing|ation)$/u, 'iz$1').replace(/our$/u, 'or'));
  const rKeys = new Set(r.map(key));
  const qKeys = new Set(q.map(key));
  const content = q.filter((w) => !MINOR.has(w) && !MEANING.has(w));
  if (content.length > 0 && content.filter((w) => rKeys.has(key(w))).length / content.length < SAME_WORDING) return 'different-wording';
  // "net-zero" / "net zero": the same letters, written apart.
  if (q.join('') === r.join('')) return 'minor';
  // The words one side has and the other lacks in any form (bracketed insertions left out). A
  // reported-speech backshift ("would" for "will") stays a change of meaning, as issue 17 asks
  // (a modal or tense changed); its wording names it (`backshiftNote`), so the reader can judge.
  // A modal, negation, number or evaluative word the diff changes counts even when it stands
  // elsewhere in both ("would … will" against "will … would"), unless the other side's changed
  // words have it with another capital letter only ("Will" / "will").
  const fromArticle = changedWords(diff, 'onlyA');
  const fromReadout = changedWords(diff, 'onlyB');
  const lacking = (other: readonly string[]) => (w: string): boolean => {
    const lw = w.toLowerCase();
    if (MEANING.has(lw)) return !other.some((x) => x !== w && x.toLowerCase() === lw);
    return !(qKeys.has(key(lw)) && rKeys.has(key(lw)));
  };
  const changed = [...fromArticle.filter(lacking(fromReadout)), ...fromReadout.filter(lacking(fromArticle))];
  if (changed.length === 0 || changed.every((w) => MINOR.has(w.toLowerCase()))) return 'minor';
  return 'changes-meaning';
}

/** The words of the diff's parts of one kind: `onlyA` the article's, `onlyB` the readout's. */
const changedWords = (diff: readonly DiffPart[], kind: 'onlyA' | 'onlyB'): string[] => diff.filter((p) => p.kind === kind).flatMap((p) => words(p.text));

/** Present → past forms of the reported-speech backshift (data/misquotation.json `backshift`). */
const BACKSHIFT: ReadonlyArray<readonly [string, string]> = cues.backshift.map(([now, then]) => [now!, then!] as const);

/** The backshifts among changed words: the article's past form where the readout has the present ("would" for "will"). */
export function backshifts(article: readonly string[], readout: readonly string[]): Array<readonly [string, string]> {
  const a = article.map((w) => w.toLowerCase());
  const r = readout.map((w) => w.toLowerCase());
  return BACKSHIFT.filter(([now, then]) => a.includes(then) && r.includes(now));
}

/**
 * What a misquotation's changed modal or tense may be, said beside it: "“would” for “will”:
 * the past of reported speech, or a change of certainty". Empty when no changed pair is a
 * backshift (data/misquotation.json `backshift`).
 */
export function backshiftNote(diff: readonly DiffPart[]): string {
  const shifted = backshifts(changedWords(diff, 'onlyA'), changedWords(diff, 'onlyB'));
  if (shifted.length === 0) return '';
  return `${shifted.map(([now, then]) => `“${then}” for “${now}”`).join(', ')}: the past of reported speech, or a change of certainty`;
}

/**
 * What a quotation with minor differences differs in, named for the reader:
 * "capitalisation", "punctuation", "an apostrophe's form", "a bracketed insertion",
 * "articles or other small words", "spelling or word form". (A backshift is no minor
 * difference: `backshiftNote`.)
 */
export function minorReasons(quote: string, match: string, diff: readonly DiffPart[]): string[] {
  const article = changedWords(diff, 'onlyA');
  const readout = changedWords(diff, 'onlyB');
  const lower = (w: string): string => w.toLowerCase();
  const bracketed = new Set((quote.match(/\([^)]*\)|\[[^\]]*\]/gu) ?? []).flatMap((b) => b.match(/[\p{L}\p{N}]+/gu) ?? []).map(lower));
  const recased = article.filter((w) => readout.some((r) => r !== w && lower(r) === lower(w))).map(lower);
  const apostrophes = (s: string): string => (s.match(/(?<=\p{L})['’‘ʼ](?=\p{L})/gu) ?? []).join('');
  const explained = new Set([...bracketed, ...recased]);
  // The readout's words a bracketed insertion stands for ("(Modi)" for "Prime Minister") are explained by it.
  const rest = [...article, ...(bracketed.size > 0 ? [] : readout)].filter((w) => !explained.has(lower(w)));
  const reasons = [
    ...(bracketed.size > 0 ? ['a bracketed insertion'] : []),
    ...(recased.length > 0 || (rest.length === 0 && lower(quote) !== quote && lower(quote) === lower(match)) ? ['capitalisation'] : []),
    ...(apostrophes(quote) !== apostrophes(match) ? ['an apostrophe’s form'] : []),
    ...(rest.some((w) => MINOR.has(lower(w))) ? ['articles or other small words'] : []),
    ...(rest.some((w) => !MINOR.has(lower(w))) ? ['spelling or word form'] : []),
  ];
  return reasons.length > 0 ? reasons : ['punctuation'];
}

/** A quotation the word check did not find verbatim is never "verbatim" (`verbatim` is true exactly when the severity is): at least minor. */
export function nonVerbatim(severity: QuoteSeverity): Exclude<QuoteSeverity, 'verbatim'> {
  return severity === 'verbatim' ? 'minor' : severity;
}
