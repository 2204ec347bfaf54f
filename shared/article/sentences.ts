/**
 * The article's sentences. Articles copied from the web put one paragraph per
 * line, with or without blank lines between: each non-empty line is a paragraph,
 * split into sentences by the readouts' segmenter (shared/text/segment.ts).
 * A full stop that lost its space in copying (invented "flew home.The envoys agreed") still
 * ends a sentence: after a lower-case word of two letters or more, before a
 * capitalised word ("U.S.", "e.g." and "St.Petersburg"-like initials do not qualify), never after an
 * abbreviated title ("Gen.Lind", data/reporting.json `titleAbbreviations`).
 */
import { segmentSentences } from '../text/segment';
import type { ArticleSentence } from './attribution';
import { paragraphRanges } from './quotes';
import reporting from './data/reporting.json';

/** Abbreviated titles before a name ('Gen.Lind'): their full stop ends no sentence (data/reporting.json). */
const TITLE_ABBREVIATIONS = new Set(reporting.titleAbbreviations);

/** The sentences of an article, with offsets into it and the index of their paragraph (line). */
export function articleSentences(text: string, language = 'en'): ArticleSentence[] {
  const out: ArticleSentence[] = [];
  paragraphRanges(text).forEach(([start, end], paragraph) => {
    for (const s of segmentSentences(text.slice(start, end), 'a', { language })) {
      for (const [from, to] of runOnParts(s.text)) out.push({ start: start + s.start + from, end: start + s.start + to, text: s.text.slice(from, to), paragraph });
    }
  });
  return out;
}

/** Where a full stop without its space ends a sentence ("home.The"): the parts' [start, end) within `sentence`. */
export function runOnParts(sentence: string): Array<[number, number]> {
  // The next sentence may open with a quotation mark ('home."The') or a contraction ("home.It’s").
  const cuts = [...sentence.matchAll(/(?<=(\p{L}*\p{Ll}{2})[.!?])(?=["“‘']?\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?\s)/gu)]
    .filter((m) => !TITLE_ABBREVIATIONS.has(m[1]!))
    .map((m) => m.index);
  const bounds = [0, ...cuts, sentence.length];
  return bounds.slice(0, -1).map((from, i) => [from, bounds[i + 1]!] as [number, number]);
}
