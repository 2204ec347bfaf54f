/**
 * One verdict per claim and readout, and its words (docs/article.md, "One verdict per
 * claim"). The analysis gives each claim a content verdict per readout (`Claim.verdicts`:
 * how much of its content the readout carries) and checks each quotation of a readout
 * word for word (`Claim.quotes`). This module combines the two, once, into the one
 * verdict every view shows: the terminal, the app's article panel, the findings and the
 * PDF (its claim list and its page-1 count) all render from `readoutVerdict` and the
 * `VERDICT_WORDS` table, so the same claim reads the same everywhere.
 *
 * The combination (the quotation check refines the content verdict, never raises it):
 * 1. content not found: not found;
 * 2. a quotation of the readout misquoted (changes the meaning): misquoted;
 * 2b. the claim says with opposite polarity what a linked readout sentence says
 *    (`Claim.contrasts`, polarity.ts): contradicts? check. A verdict measures shared
 *    content, which a negation hardly changes: such a claim never reads "supported";
 * 3. a quotation not found in the readout: not found when the claim rests on it (its
 *    words are at least `RESTS_ON_QUOTATION` of the claim's), else at most partly
 *    supported, the quotation named as the reason;
 * 4. content partly supported: partly supported;
 * 5. content supported: quoted in other words, or with minor differences, when a
 *    quotation of the readout is so; else supported.
 * Pure.
 */
import type { Claim, PolarityContrast, QuoteCheck, QuoteSeverity } from '../model/article';
import type { Side } from '../model/types';
import { backshiftNote, minorReasons, SEVERITIES } from './severity';

/** The verdicts a claim can have for one readout, from the strongest support down. */
export type VerdictKind = 'supported' | 'quoted-minor' | 'quoted-other' | 'partial' | 'contradicts' | 'misquoted' | 'not-found';

/** The vocabulary: each verdict's words (a quotation's severity's from the one table, severity.ts `SEVERITIES`), its icon, and the order counts are listed in. */
export const VERDICT_WORDS: Readonly<Record<VerdictKind, { words: string; icon: string }>> = {
  supported: { words: 'supported', icon: '✓' },
  'quoted-minor': { words: SEVERITIES.minor.verdict!, icon: '≈' },
  'quoted-other': { words: SEVERITIES['different-wording'].verdict!, icon: '≠' },
  partial: { words: 'partly supported', icon: '◐' },
  contradicts: { words: 'contradicts? check', icon: '⚠' },
  misquoted: { words: SEVERITIES['changes-meaning'].verdict!, icon: '≠' },
  'not-found': { words: 'not found', icon: '✗' },
};

/** The verdict kinds in the order the counts list them. */
export const VERDICT_ORDER = Object.keys(VERDICT_WORDS) as VerdictKind[];

/** The share of a claim's words its missing quotation must have for the claim to rest on it. */
export const RESTS_ON_QUOTATION = 0.5;

/** A claim's verdict for one readout, with the quotation that decided it when one did. */
export interface ReadoutVerdict {
  kind: VerdictKind;
  /** The quotation of the readout that made the verdict what it is (misquoted, not found, other words, minor), or null. */
  quote: QuoteCheck | null;
  /** For "contradicts? check": where the claim and the readout differ in polarity. */
  contrast?: PolarityContrast;
}

const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Whether a claim rests on a quotation: the quotation holds at least RESTS_ON_QUOTATION of the claim's words. */
export function restsOn(claim: Pick<Claim, 'text'>, quote: Pick<QuoteCheck, 'text'>): boolean {
  const all = wordCount(claim.text);
  return all > 0 && wordCount(quote.text) / all >= RESTS_ON_QUOTATION;
}

/** The verdict kind a quotation check, taken alone, gives: null when it is verbatim. */
export function quoteVerdict(q: Pick<QuoteCheck, 'match' | 'severity' | 'verbatim'>): VerdictKind | null {
  if (!q.match) return 'not-found';
  if (q.verbatim || q.severity === 'verbatim') return null;
  return SEVERITY_KIND[q.severity];
}

const SEVERITY_KIND: Record<Exclude<QuoteSeverity, 'verbatim'>, VerdictKind> = {
  minor: 'quoted-minor', 'different-wording': 'quoted-other', 'changes-meaning': 'misquoted',
};

/** What a claim's verdict is made from. */
type Judged = Pick<Claim, 'text' | 'verdicts' | 'quotes' | 'contrasts'>;

/** The one verdict of `claim` for readout `side`, or null when the claim is not judged against it. */
export function readoutVerdict(claim: Judged, side: Side): ReadoutVerdict | null {
  const content = claim.verdicts[side];
  if (!content) return null;
  if (content === 'not-found') return { kind: 'not-found', quote: null };
  const quotes = claim.quotes.filter((q) => q.readout === side);
  const first = (kind: VerdictKind) => quotes.find((q) => quoteVerdict(q) === kind) ?? null;
  const misquoted = first('misquoted');
  if (misquoted) return { kind: 'misquoted', quote: misquoted };
  const contrast = claim.contrasts?.[side];
  if (contrast) return { kind: 'contradicts', quote: null, contrast };
  const missing = first('not-found');
  if (missing) return { kind: restsOn(claim, missing) ? 'not-found' : 'partial', quote: missing };
  if (content === 'partial') return { kind: 'partial', quote: null };
  const other = first('quoted-other') ?? first('quoted-minor');
  return other ? { kind: quoteVerdict(other)!, quote: other } : { kind: 'supported', quote: null };
}

/** The sides a claim has a verdict for, in order (a, then b). */
export function judgedSides(claim: Pick<Claim, 'verdicts'>): Side[] {
  return (['a', 'b'] as const).filter((s) => claim.verdicts[s] !== undefined);
}

/**
 * A verdict in words, the same in every view: "White House: supported", "Kremlin: partly
 * supported (its quotation “extremist” is not in it)", "Not found in White House's
 * readout", or, hedged only where the copy is known to lack parts, "Not found in
 * Kremlin's (incomplete) copy as loaded".
 */
export function verdictText(v: ReadoutVerdict, label: string, complete: boolean): string {
  if (v.kind === 'not-found') {
    const where = complete ? `Not found in ${label}'s readout` : `Not found in ${label}'s (incomplete) copy as loaded`;
    return v.quote ? `${where} (nor its quotation “${v.quote.text}”)` : where;
  }
  if (v.kind === 'contradicts' && v.contrast) return `${label}: ${VERDICT_WORDS.contradicts.words} (${contrastWords(v.contrast)})`;
  const why = v.kind === 'partial' && v.quote ? ` (its quotation “${v.quote.text}” is not in it)` : '';
  return `${label}: ${VERDICT_WORDS[v.kind].words}${why}`;
}

/** "negated in the article, not in a8": where the opposite polarity lies. */
export function contrastWords(c: PolarityContrast): string {
  return c.negated === 'article' ? `negated in the article, not in ${c.sentence}` : `negated in ${c.sentence}, not in the article`;
}

/** How many verdicts of each kind the claims have, over every readout judged. */
export function verdictCounts(claims: ReadonlyArray<Judged>): Record<VerdictKind, number> {
  const counts = Object.fromEntries(VERDICT_ORDER.map((k) => [k, 0])) as Record<VerdictKind, number>;
  for (const claim of claims) for (const side of judgedSides(claim)) counts[readoutVerdict(claim, side)!.kind]++;
  return counts;
}

/** "verdicts per readout: 2 partly supported, 1 quoted in other words, 1 not found" (kinds with none left out), or "" without claims. */
export function verdictTally(claims: ReadonlyArray<Judged>): string {
  const counts = verdictCounts(claims);
  const parts = VERDICT_ORDER.filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${VERDICT_WORDS[k].words}`);
  return parts.length === 0 ? '' : `verdicts per readout: ${parts.join(', ')}`;
}

/**
 * A quotation check in words, the same in every view: "verbatim in White House's readout",
 * "misquoted (changes meaning) against White House's readout", "not found in Kremlin's
 * (incomplete) copy as loaded".
 */
export function quoteCheckText(q: Pick<QuoteCheck, 'text' | 'match' | 'severity' | 'verbatim' | 'diff' | 'readoutFrame'>, label: string, complete: boolean): string {
  const kind = quoteVerdict(q);
  const context = q.readoutFrame ? `; ${contextWords(q.readoutFrame, label)}` : '';
  if (kind === null) return `verbatim in ${label}'s readout${context}`;
  if (kind === 'not-found') return complete ? `not found in ${label}'s readout` : `not found in ${label}'s (incomplete) copy as loaded`;
  return `${quoteWords(q)} against ${label}'s readout${context}`;
}

/** The words that say a quotation may be out of context: "quoted out of context? check: Kremlin has “… efforts to ensure the Games” before it". */
export function contextWords(frame: string, label: string): string {
  return `quoted out of context? check: ${label} has “…${frame}” before it`;
}

/**
 * How a found quotation that is not verbatim departs from the readout, in the verdicts'
 * words, minor differences with their reasons ("quoted with minor differences
 * (capitalisation, an apostrophe’s form)", "quoted with minor differences (“would” for
 * “will”, the tense of reported speech)" while data `backshiftSeverity` is "minor"), a changed
 * modal that may be the tense of reported speech named beside a misquotation ("misquoted
 * (changes meaning): “would” for “will”: the tense of reported speech, or a change of certainty").
 */
export function quoteWords(q: Pick<QuoteCheck, 'text' | 'match' | 'severity' | 'verbatim' | 'diff'>): string {
  const kind = quoteVerdict(q) ?? 'quoted-minor';
  const words = VERDICT_WORDS[kind].words;
  if (kind === 'quoted-minor' && q.match) return `${words} (${minorReasons(q.text, q.match.text, q.diff).join(', ')})`;
  const note = kind === 'misquoted' ? backshiftNote(q.diff) : '';
  return note ? `${words}: ${note}` : words;
}

/** Which side of a shown quotation diff is which, said wherever [-…-] and {+…+} are shown: "[-article-] {+White House+}". */
export function diffSides(readoutLabel: string): string {
  return `[-article-] {+${readoutLabel}+}`;
}
