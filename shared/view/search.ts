/**
 * Find in both readouts (Ctrl+F) and in the article panel, over the texts rather than
 * the DOM, so it finds text in rows a virtualised list has not rendered: the UI scrolls
 * to the row (or the article item) of the current match and highlights it by offsets.
 *
 * The order next/previous moves in: the readouts' matches first (row order, side A
 * before B, then position), then the article panel's (its order: claims, then
 * commentary; within a quotation of a person, the speaker, the role, then the words),
 * and round again.
 *
 * Matching is done on folded text (`fold.ts`: case, diacritics, hyphens and dashes,
 * typographic quotes, runs of whitespace), and each word of the query also matches
 * its listed spelling variants (`variants.ts`: "Kyiv" finds "Kiev", "defence" finds
 * "defense"); the matches carry which variant they used, so the UI can say "also
 * matching Kiev".
 */
import type { Comparison } from '../compare/compare';
import type { ArticleAnalysis } from '../model/article';
import type { SentenceId, Side } from '../model/types';
import { foldForSearch, foldQuery } from './fold';
import type { ArticleItemId } from './article';
import type { Row } from './rows';
import { sentenceOf } from './sentence-of';
import { spellingVariants } from './variants';

/** How a query is matched. */
export interface SearchOptions {
  /** Match letter case exactly (default false: "ceasefire" finds "Ceasefire"). */
  caseSensitive?: boolean;
}

/** Where a query occurs in one text: UTF-16 offsets, end exclusive. */
export interface TextMatch {
  start: number;
  end: number;
  /** The text matched, when it is a listed variant of the query rather than the query itself ("Kiev" for "Kyiv"). */
  variant?: string;
}

/** One place where the query occurs in the readouts. */
export interface SearchMatch extends TextMatch {
  /** Index of the row in the list that was searched. */
  rowIndex: number;
  side: Side;
  sentenceId: SentenceId;
}

/** Which text of an article item a match is in: a claim's or a quotation's words, or the quoted person's name or role. */
export type ArticleField = 'text' | 'speaker' | 'role';

/** One place where the query occurs in the article panel; offsets are into that field's text. */
export interface ArticleMatch extends TextMatch {
  item: ArticleItemId;
  field: ArticleField;
}

/** Characters with a meaning in a regular expression, escaped to match themselves. */
const SPECIAL = /[.*+?^${}()|[\]\\/]/g;
const escape = (s: string) => s.replace(SPECIAL, '\\$&');

/** A compiled query: the folded query and a pattern over folded text. */
export interface Query {
  folded: string;
  pattern: RegExp;
  caseSensitive: boolean;
}

/** A word's variants in the case the user typed it (a capitalised word's variants are capitalised too). */
function variantsAsTyped(word: string, caseSensitive: boolean): string[] {
  const lower = word.toLowerCase();
  const variants = spellingVariants(lower);
  if (!caseSensitive) return variants;
  const capital = word !== lower && word[0] !== word[0]!.toLowerCase();
  return [word, ...variants.slice(1).map((v) => (capital ? v[0]!.toUpperCase() + v.slice(1) : v))];
}

/** The query compiled, or null when it has no word (empty, blank, or only dashes). */
export function compileQuery(query: string, options: SearchOptions = {}): Query | null {
  const caseSensitive = options.caseSensitive ?? false;
  const folded = foldQuery(query, caseSensitive);
  if (folded === '') return null;
  // Longer alternatives first, so "kievs" is not cut to "kiev" by the alternation.
  const alternation = (word: string) => variantsAsTyped(word, caseSensitive).sort((x, y) => y.length - x.length).map(escape).join('|');
  const source = folded.split(' ').map((w) => `(?:${alternation(w)})`).join(' ');
  return { folded, pattern: new RegExp(source, 'gu'), caseSensitive };
}

/**
 * The matches of a compiled query in one text, in order, not overlapping. Linear
 * in the text's length for a given query.
 */
export function findInText(text: string, q: Query): TextMatch[] {
  const f = foldForSearch(text, q.caseSensitive);
  const out: TextMatch[] = [];
  q.pattern.lastIndex = 0;
  for (let m = q.pattern.exec(f.text); m; m = q.pattern.exec(f.text)) {
    const start = f.from[m.index]!;
    const end = f.to[m.index + m[0].length - 1]!;
    out.push(m[0] === q.folded ? { start, end } : { start, end, variant: text.slice(start, end) });
  }
  return out;
}

/**
 * The matches of `query` in the rows' sentences: in row order, then side A before
 * B, then position. A match lies within one sentence. An empty or blank query
 * finds nothing.
 */
export function searchRows(rows: readonly Row[], c: Comparison, query: string, options: SearchOptions = {}): SearchMatch[] {
  const q = compileQuery(query, options);
  return q ? rowMatches(rows, c, q) : [];
}

function rowMatches(rows: readonly Row[], c: Comparison, q: Query): SearchMatch[] {
  const matches: SearchMatch[] = [];
  rows.forEach((row, rowIndex) => {
    for (const side of ['a', 'b'] as const) {
      for (const id of row[side]) {
        for (const m of findInText(sentenceOf(c[side], id)?.text ?? '', q)) matches.push({ rowIndex, side, sentenceId: id, ...m });
      }
    }
  });
  return matches;
}

/**
 * The texts the article panel shows of each item, in the panel's order: each claim's
 * words; each quotation's speaker, role (when the article gives one) and words.
 */
export function articleTexts(article: ArticleAnalysis): Array<{ item: ArticleItemId; field: ArticleField; text: string }> {
  return [
    ...article.claims.map((c) => ({ item: c.id, field: 'text' as const, text: c.text })),
    ...article.commentary.flatMap((q) => [
      { item: q.id, field: 'speaker' as const, text: q.speaker },
      ...(q.role ? [{ item: q.id, field: 'role' as const, text: q.role }] : []),
      { item: q.id, field: 'text' as const, text: q.quote },
    ]),
  ];
}

/** The matches of `query` in the article panel's texts (`articleTexts`), in that order, then position. */
export function searchArticle(article: ArticleAnalysis | null, query: string, options: SearchOptions = {}): ArticleMatch[] {
  const q = compileQuery(query, options);
  return q && article ? articleMatches(article, q) : [];
}

function articleMatches(article: ArticleAnalysis, q: Query): ArticleMatch[] {
  return articleTexts(article).flatMap(({ item, field, text }) => findInText(text, q).map((m) => ({ item, field, ...m })));
}

/** The matches of one query in the readouts' rows and in the article panel, the query compiled once. */
export function searchAll(rows: readonly Row[], c: Comparison, article: ArticleAnalysis | null, query: string): { rows: SearchMatch[]; article: ArticleMatch[] } {
  const q = compileQuery(query);
  if (!q) return { rows: [], article: [] };
  return { rows: rowMatches(rows, c, q), article: article ? articleMatches(article, q) : [] };
}

/**
 * How many matches there are and where: "3 in the readouts · 2 in the article" when an
 * article is loaded, "5 matches" when there is none, "No matches" when nothing matched.
 */
export function matchCountWording(inRows: number, inArticle: number, hasArticle: boolean): string {
  if (inRows + inArticle === 0) return 'No matches';
  if (!hasArticle) return `${inRows} ${inRows === 1 ? 'match' : 'matches'}`;
  return `${inRows} in the readouts · ${inArticle} in the article`;
}

/** The variants the matches used, each once, in order of first use: for "also matching Kiev". */
export function variantsUsed(matches: readonly TextMatch[]): string[] {
  return [...new Set(matches.flatMap((m) => (m.variant === undefined ? [] : [m.variant])))];
}
