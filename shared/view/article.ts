/**
 * The article's side of the view: which claims and commentary items mark each
 * readout sentence, the order the panel lists them in, and the row that holds a
 * sentence. Pure, over the article analysis (shared/model/article.ts) with its
 * manual links applied.
 */
import type { ArticleAnalysis, QuoteSeverity, ClaimId, Commentary, CommentaryId, Timing } from '../model/article';
import type { SentenceId } from '../model/types';
import type { Row } from './rows';

/** A claim or commentary item. */
export type ArticleItemId = ClaimId | CommentaryId;

/** For each readout sentence that has any, the items linked to it: claims first, then commentary, each in article order. */
export type SentenceMarkers = Readonly<Record<string, readonly ArticleItemId[]>>;

const NO_MARKERS: SentenceMarkers = Object.freeze({});

/** What kind an article item is: a claim about the readouts (`c2`) or a commentary item, a quotation of a person (`q5`). */
export type ArticleItemKind = 'claim' | 'commentary';

/** Whether an item is a claim (its id `c…`) rather than a commentary item (`q…`). */
export function isClaimId(id: ArticleItemId): id is ClaimId {
  return id.startsWith('c');
}

/** The kind of an article item, from its id. */
export function itemKind(id: ArticleItemId): ArticleItemKind {
  return isClaimId(id) ? 'claim' : 'commentary';
}

/** How an item is named to the analyst: "Claim c2", "Commentary q5 by Ana Ortiz" (the speaker found in `article`). */
export function itemName(article: Pick<ArticleAnalysis, 'commentary'>, id: ArticleItemId): string {
  if (isClaimId(id)) return `Claim ${id}`;
  return `Commentary ${id} by ${article.commentary.find((q) => q.id === id)?.speaker ?? 'unknown'}`;
}

/** Whether a link target is a readout sentence (`a3`, `b12`) rather than a claim. */
export function isSentenceTarget(target: string): target is SentenceId {
  return /^[ab]\d+$/.test(target);
}

/** The markers of every readout sentence linked to a claim or a commentary item. */
export function articleMarkers(article: ArticleAnalysis | null): SentenceMarkers {
  if (!article) return NO_MARKERS;
  const markers: Record<string, ArticleItemId[]> = {};
  for (const item of [...article.claims, ...article.commentary]) {
    for (const target of item.links) if (isSentenceTarget(target)) (markers[target] ??= []).push(item.id);
  }
  return markers;
}

/** The ids of the panel's items in the order it lists them: claims, then commentary. */
export function articleItemIds(article: ArticleAnalysis | null): ArticleItemId[] {
  return article ? [...article.claims.map((c) => c.id), ...article.commentary.map((q) => q.id)] : [];
}

/** The index of the row that holds sentence `id`, or -1. */
export function rowOfSentence(rows: readonly Row[], id: SentenceId): number {
  const side = id[0] === 'a' ? 'a' : 'b';
  return rows.findIndex((r) => r[side].includes(id));
}

/**
 * The role to show under a speaker, or null: an unnamed speaker's description is often its
 * role as well ("a senior official" / "Senior official"), and is then said once.
 */
export function shownRole(q: Pick<Commentary, 'speaker' | 'role'>): string | null {
  const words = (s: string) => s.toLowerCase().replace(/^(?:an?|the)\s+/, '').trim();
  return q.role !== null && words(q.role) !== words(q.speaker) ? q.role : null;
}

/** The tag of a speaker the article does not name. */
export const UNNAMED_SOURCE = 'unnamed source';

/** How the panel words when a quotation was said: "before the call", "timing unclear", or null when the article does not say. */
export function timingWording(timing: Timing): string | null {
  return timing === 'before' ? 'before the call' : timing === 'after' ? 'after the call' : timing === 'unclear' ? 'timing unclear' : null;
}

/**
 * The quotations of a readout an article gets wrong in a way that changes the meaning (its misquotations: the severity
 * whose finding is a "misquote" in data/misquotation.json `severities`; not read from there, so that the first scripts
 * stay without the severity rules and their stemmer).
 */
export function misquotationCount(article: { claims: ReadonlyArray<{ quotes: ReadonlyArray<{ severity: QuoteSeverity }> }> }): number {
  return article.claims.reduce((n, c) => n + c.quotes.filter((q) => q.severity === 'changes-meaning').length, 0);
}

/** " · 1 misquotation" for the panel header and the PDF summary, or "" when there is none. */
export function misquotationWording(article: Parameters<typeof misquotationCount>[0]): string {
  const n = misquotationCount(article);
  return n === 0 ? '' : ` · ${n} misquotation${n === 1 ? '' : 's'}`;
}
