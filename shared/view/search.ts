/**
 * Find in both readouts (Ctrl+F), over the rows rather than the DOM, so it finds
 * text in rows a virtualised list has not rendered: the UI scrolls to the row of
 * the current match and highlights it by offsets.
 */
import type { Comparison } from '../compare/compare';
import type { SentenceId, Side } from '../model/types';
import type { Row } from './rows';
import { sentenceOf } from './sentence-of';

/** How a query is matched. */
export interface SearchOptions {
  /** Match letter case exactly (default false: "ceasefire" finds "Ceasefire"). */
  caseSensitive?: boolean;
}

/** One place where the query occurs. */
export interface SearchMatch {
  /** Index of the row in the list that was searched. */
  rowIndex: number;
  side: Side;
  sentenceId: SentenceId;
  /** UTF-16 code unit offset into the sentence's text where the match starts. */
  start: number;
  /** UTF-16 code unit offset into the sentence's text where the match ends (exclusive). */
  end: number;
}

/** Characters with a meaning in a regular expression, escaped to match themselves. */
const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/**
 * The matches of `query` in the rows' sentences: in row order, then side A before
 * B, then position. Case-insensitive unless asked; whitespace in the query matches
 * any run of whitespace, and whitespace at its ends is ignored; diacritics count
 * ("Kyiv" does not find "Kýiv"). A match lies within one sentence. Matches do not
 * overlap. An empty or all-whitespace query finds nothing. Linear in the text
 * searched for a given query.
 */
export function searchRows(rows: readonly Row[], c: Comparison, query: string, options: SearchOptions = {}): SearchMatch[] {
  const words = query.split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0) return [];
  const pattern = new RegExp(words.map((w) => w.replace(SPECIAL, '\\$&')).join('\\s+'), options.caseSensitive ? 'gu' : 'giu');

  const matches: SearchMatch[] = [];
  rows.forEach((row, rowIndex) => {
    for (const side of ['a', 'b'] as const) {
      for (const id of row[side]) {
        const text = sentenceOf(c[side], id)?.text ?? '';
        pattern.lastIndex = 0;
        for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
          matches.push({ rowIndex, side, sentenceId: id, start: m.index, end: m.index + m[0].length });
        }
      }
    }
  });
  return matches;
}
