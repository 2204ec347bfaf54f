/**
 * How far a quotation of a readout departs from the readout's words (issue 17,
 * section 4; docs/article.md "Severity"). The severities, their words and which of
 * them is a misquotation are one table, `severities` in data/misquotation.json (with
 * its sources), read by every view through `SEVERITIES`:
 * - `verbatim`: the same words in the same order (case, quotation marks, punctuation
 *   and typographic variants aside);
 * - `different-wording`: most of the quotation's content words are not the
 *   readout's (another translation, or a paraphrase put in quotation marks), or no
 *   passage of the readout resembles it: said as such, not as "misquoted";
 * - `changes-meaning`: a negation, a number, a modal of other force, a name (who
 *   acts) or an evaluative word changed, added or dropped, or another content word
 *   changed;
 * - `minor`: only typographic variants (an apostrophe's or a quotation mark's form,
 *   a dash, a space: `typography`), capitalisation, spelling variants
 *   ("recognise"/"recognize", "net-zero"/"net zero"), another form of the same word,
 *   function words, a reporter's insertion (a bracketed word, a name added after a
 *   title or put for a personal pronoun), or the tense of reported speech ("would"
 *   for "will": `backshift`, Quirk et al. 14.31); a marked omission alone ("[…]" for readout words left
 *   out) is verbatim (quote-check.ts).
 * Word classes are data (data/misquotation.json). Pure.
 */
import type { DiffPart } from '../diff/words';
import type { QuoteSeverity } from '../model/article';
import { stemmerFor } from '../align/stem';
import cues from './data/misquotation.json';

const set = (xs: string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));
const MEANING = set([...cues.modals, ...cues.negations, ...cues.numbers, ...cues.evaluative]);
const MINOR = set(cues.minorWords);
const PRONOUNS = set(cues.personalPronouns);
/** Below this share of the quotation's content words found in the readout's passage, it is worded differently. */
export const SAME_WORDING = 0.5;

/** One severity as every view says it: its verdict words and the kind of finding it makes (null: none). */
export interface SeverityEntry { verdict: string | null; finding: 'misquote' | 'quotation' | null; rule: string }
/** The severities, one table (data/misquotation.json `severities`). */
export const SEVERITIES = cues.severities as Readonly<Record<QuoteSeverity, SeverityEntry>>;

/** Each typographic variant → the plain character it is a form of (data `typography`). */
const TYPOGRAPHY: ReadonlyMap<string, string> = new Map(Object.entries(cues.typography).flatMap(([plain, forms]) => [...forms].map((f) => [f, plain] as const)));
const VARIANT = new RegExp(`[${[...TYPOGRAPHY.keys()].join('')}]`, 'gu');

/** The text with each typographic variant as its plain character, one character for one: offsets stay the same. */
export const plainTypography = (s: string): string => s.replace(VARIANT, (c) => TYPOGRAPHY.get(c) ?? c);

const words = (s: string): string[] => plainTypography(s).replace(/\([^)]*\)|\[[^\]]*\]/gu, ' ').match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
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
  // The words one side has and the other lacks in any form (bracketed insertions left out), less the
  // reporter's changes (`reportersChanges`: a name added, the tense of reported speech). A modal,
  // negation, number or evaluative word the diff changes counts even when it stands elsewhere in
  // both ("would … will" against "will … would"), unless the other side's changed words have it
  // with another capital letter only ("Will" / "will").
  const reporter = reportersChanges(diff);
  const fromArticle = without(changedWords(diff, 'onlyA'), reporter.article);
  const fromReadout = without(changedWords(diff, 'onlyB'), reporter.readout);
  const lacking = (other: readonly string[]) => (w: string): boolean => {
    const lw = w.toLowerCase();
    if (MEANING.has(lw)) return !other.some((x) => x !== w && x.toLowerCase() === lw);
    return !(qKeys.has(key(lw)) && rKeys.has(key(lw)));
  };
  const changed = [...fromArticle.filter(lacking(fromReadout)), ...fromReadout.filter(lacking(fromArticle))];
  if (changed.length === 0 || changed.every((w) => MINOR.has(w.toLowerCase()))) return 'minor';
  return 'changes-meaning';
}

/** The words of the diff's parts of one kind: `onlyA` the article's, `onlyB` the readout's (typographic variants plain). */
const changedWords = (diff: readonly DiffPart[], kind: 'onlyA' | 'onlyB'): string[] => diff.filter((p) => p.kind === kind).flatMap((p) => words(p.text));

/** `xs` less one occurrence of each of `less` (case aside). */
function without(xs: readonly string[], less: readonly string[]): string[] {
  const left = less.map((w) => w.toLowerCase());
  return xs.filter((w) => {
    const i = left.indexOf(w.toLowerCase());
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

/** Present → past forms of the reported-speech backshift (data/misquotation.json `backshift`). */
const BACKSHIFT: ReadonlyArray<readonly [string, string]> = cues.backshift.map(([now, then]) => [now!, then!] as const);

/** The backshifts among changed words: the article's past form where the readout has the present ("would" for "will"), each word used once. */
export function backshifts(article: readonly string[], readout: readonly string[]): Array<readonly [string, string]> {
  const left = readout.map((w) => w.toLowerCase());
  const found: Array<readonly [string, string]> = [];
  for (const w of article.map((x) => x.toLowerCase())) {
    const pair = BACKSHIFT.find(([now, then]) => then === w && left.includes(now));
    if (!pair) continue;
    left.splice(left.indexOf(pair[0]), 1);
    found.push(pair);
  }
  return found;
}

/**
 * What a misquotation's changed modal or tense may be, said beside it: "“would” for “will”: the
 * tense of reported speech, or a change of certainty". Empty when no changed pair is a backshift
 * (data/misquotation.json `backshift`) or when backshifts are minor anyway (`backshiftSeverity`).
 */
export function backshiftNote(diff: readonly DiffPart[]): string {
  if (cues.backshiftSeverity === 'minor') return '';
  const shifted = backshifts(changedWords(diff, 'onlyA'), changedWords(diff, 'onlyB'));
  if (shifted.length === 0) return '';
  return `${shifted.map(([now, then]) => `“${then}” for “${now}”`).join(', ')}: the tense of reported speech, or a change of certainty`;
}

/** The reporter's changes a diff holds: the words they explain on each side, and what they are, for the reader. */
interface ReportersChanges { article: string[]; readout: string[]; reasons: string[] }

const isName = (w: string): boolean => /^\p{Lu}/u.test(w) && !MEANING.has(w.toLowerCase()) && !MINOR.has(w.toLowerCase()) && !PRONOUNS.has(w.toLowerCase());
/** A capitalised word that is no function word: a title's ("Minister", "President") or a name's. */
const isTitleWord = (w: string): boolean => /^\p{Lu}/u.test(w) && !MINOR.has(w.toLowerCase());
const lastWord = (p: DiffPart | undefined): string => (p?.kind === 'same' ? words(p.text).at(-1) ?? '' : '');

/**
 * A name the article adds as a reporter's insertion: right after a capitalised word of both ("Prime Minister
 * [Modi] reiterated", brackets or not), or put for a personal pronoun of the readout ("Modi" for "He"). A name
 * put for another name (another actor) is no insertion.
 */
function addedNames(diff: readonly DiffPart[]): { article: string[]; readout: string[] } {
  const article: string[] = [];
  const readout: string[] = [];
  diff.forEach((p, i) => {
    if (p.kind !== 'onlyA') return;
    const names = words(p.text);
    if (names.length === 0 || !names.every(isName)) return;
    const near = [diff[i - 1], diff[i + 1]].filter((x): x is DiffPart => x?.kind === 'onlyB');
    const replaced = near.flatMap((x) => words(x.text));
    if (replaced.length === 0 && isTitleWord(lastWord(diff[i - 1]))) article.push(...names);
    else if (replaced.length > 0 && replaced.every((w) => PRONOUNS.has(w.toLowerCase()))) { article.push(...names); readout.push(...replaced); }
  });
  return { article, readout };
}

/** The reporter's changes: names added (`addedNames`) and the tense of reported speech (`backshifts`, while data `backshiftSeverity` is "minor"). */
export function reportersChanges(diff: readonly DiffPart[]): ReportersChanges {
  const names = addedNames(diff);
  const shifted = cues.backshiftSeverity === 'minor' ? backshifts(without(changedWords(diff, 'onlyA'), names.article), without(changedWords(diff, 'onlyB'), names.readout)) : [];
  return {
    article: [...names.article, ...shifted.map(([, then]) => then)],
    readout: [...names.readout, ...shifted.map(([now]) => now)],
    reasons: [
      ...(names.article.length > 0 ? ['a name added'] : []),
      ...(shifted.length > 0 ? [`${shifted.map(([now, then]) => `“${then}” for “${now}”`).join(', ')}, the tense of reported speech`] : []),
    ],
  };
}

/**
 * What a quotation with minor differences differs in, named for the reader:
 * "capitalisation", "punctuation", "a bracketed insertion",
 * "a name added", "“would” for “will”, the tense of reported speech", "articles or
 * other small words", "spelling or word form". Typographic variants are no difference,
 * so they are not named either (tester 10, T2).
 */
export function minorReasons(quote: string, match: string, diff: readonly DiffPart[]): string[] {
  const reporter = reportersChanges(diff);
  const article = without(changedWords(diff, 'onlyA'), reporter.article);
  const readout = without(changedWords(diff, 'onlyB'), reporter.readout);
  const lower = (w: string): string => w.toLowerCase();
  const bracketed = new Set((quote.match(/\([^)]*\)|\[[^\]]*\]/gu) ?? []).flatMap((b) => b.match(/[\p{L}\p{N}]+/gu) ?? []).map(lower));
  const recased = article.filter((w) => readout.some((r) => r !== w && lower(r) === lower(w))).map(lower);
  const explained = new Set([...bracketed, ...recased]);
  // The readout's words a bracketed insertion stands for ("(Modi)" for "Prime Minister") are explained by it.
  const rest = [...article, ...(bracketed.size > 0 ? [] : readout)].filter((w) => !explained.has(lower(w)));
  const reasons = [
    ...(bracketed.size > 0 ? ['a bracketed insertion'] : []),
    ...reporter.reasons,
    ...(recased.length > 0 || (rest.length === 0 && lower(quote) !== quote && lower(quote) === lower(match)) ? ['capitalisation'] : []),
    ...(rest.some((w) => MINOR.has(lower(w))) ? ['articles or other small words'] : []),
    ...(rest.some((w) => !MINOR.has(lower(w))) ? ['spelling or word form'] : []),
  ];
  return reasons.length > 0 ? reasons : ['punctuation'];
}

/** A quotation the word check did not find verbatim is never "verbatim" (`verbatim` is true exactly when the severity is): at least minor. */
export function nonVerbatim(severity: QuoteSeverity): Exclude<QuoteSeverity, 'verbatim'> {
  return severity === 'verbatim' ? 'minor' : severity;
}
