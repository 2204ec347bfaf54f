/**
 * The article's sentences. Articles copied from the web put one paragraph per
 * line, with or without blank lines between: each non-empty line is a paragraph,
 * split into sentences by the readouts' segmenter (shared/text/segment.ts).
 */
import { segmentSentences } from '../text/segment';
import type { ArticleSentence } from './attribution';
import { paragraphRanges } from './quotes';

/** The sentences of an article, with offsets into it and the index of their paragraph (line). */
export function articleSentences(text: string, language = 'en'): ArticleSentence[] {
  const out: ArticleSentence[] = [];
  paragraphRanges(text).forEach(([start, end], paragraph) => {
    for (const s of segmentSentences(text.slice(start, end), 'a', { language })) {
      out.push({ start: start + s.start, end: start + s.end, text: s.text, paragraph });
    }
  });
  return out;
}
