/**
 * The article's own text as the panel's "Text" view shows it: its paragraphs, each cut
 * into parts at the edges of the claims (whole sentences) and of the quotations of
 * people, every part naming the items that cover it, so the reader sees which sentences
 * the analysis took as claims and which words as quotations, in their context. Pure.
 *
 * Contract (tests/shared/view/article-text.test.ts, property-tested): the parts of a
 * paragraph are contiguous and cover it exactly; paragraphs are in order, never overlap
 * and hold no line break; a part lies wholly inside or wholly outside every item.
 */
import type { ArticleAnalysis } from '../model/article';
import type { ArticleItemId } from './article';

/** A stretch of the article (UTF-16 offsets into its text, end exclusive) and the items over it, claims first. */
export interface TextPart {
  start: number;
  end: number;
  items: ArticleItemId[];
}

/** A paragraph of the article: a run of text between line breaks, not blank. */
export interface TextParagraph {
  start: number;
  end: number;
  parts: TextPart[];
}

/** An item's stretch of the article. */
export interface ItemSpan {
  id: ArticleItemId;
  start: number;
  end: number;
}

/** The claims' sentences, then the quotations of people, as stretches of the article. */
export function itemSpans(article: ArticleAnalysis): ItemSpan[] {
  return [
    ...article.claims.map((c) => ({ id: c.id, start: c.start, end: c.end })),
    ...article.commentary.map((q) => ({ id: q.id, start: q.start, end: q.end })),
  ];
}

/** The non-blank lines of `text` (a line break of any kind ends a paragraph), without their edge spaces. */
function paragraphRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const line = /[^\r\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body !== '') out.push([m.index + lead, m.index + lead + body.length]);
  }
  return out;
}

/** Paragraph [start, end) cut at every item edge inside it. */
function partsOf(start: number, end: number, spans: readonly ItemSpan[]): TextPart[] {
  const inside = spans.filter((s) => s.start < end && s.end > start && s.end > s.start);
  const cuts = new Set<number>([start, end]);
  for (const s of inside) {
    if (s.start > start) cuts.add(s.start);
    if (s.end < end) cuts.add(s.end);
  }
  const edges = [...cuts].sort((x, y) => x - y);
  const parts: TextPart[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const [from, to] = [edges[i]!, edges[i + 1]!];
    parts.push({ start: from, end: to, items: inside.filter((s) => s.start <= from && s.end >= to).map((s) => s.id) });
  }
  return parts;
}

/** The article's paragraphs, cut at the edges of `spans` (out-of-range spans are clipped; empty ones left out). */
export function articleParagraphs(text: string, spans: readonly ItemSpan[]): TextParagraph[] {
  const valid = spans
    .map((s) => ({ id: s.id, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start);
  return paragraphRanges(text).map(([start, end]) => ({ start, end, parts: partsOf(start, end, valid) }));
}

/** The first part of each item in `paragraphs`: where its badge goes. */
export function firstParts(paragraphs: readonly TextParagraph[]): Map<ArticleItemId, TextPart> {
  const first = new Map<ArticleItemId, TextPart>();
  for (const p of paragraphs) for (const part of p.parts) for (const id of part.items) if (!first.has(id)) first.set(id, part);
  return first;
}

/**
 * The items that have a passage in the text, in the order their badges come (text order;
 * at one place, claims first): where the Text view's arrow keys go.
 */
export function textItemOrder(paragraphs: readonly TextParagraph[]): ArticleItemId[] {
  return [...firstParts(paragraphs).keys()];
}
