/**
 * Word tokens with offsets, from `Intl.Segmenter` so that every script is split at
 * real word boundaries (Cyrillic, CJK, …), not at ASCII letters only.
 */

/** A word of a text. */
export interface WordToken {
  /** The word as written. */
  text: string;
  /** UTF-16 offset of the word's first code unit in the segmented text. */
  start: number;
  /** UTF-16 offset just past the word (exclusive). */
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** A cached word segmenter for a BCP 47 language tag (constructing one is costly). */
export function wordSegmenter(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/**
 * The word-like segments of `text` (letters or digits; punctuation and spaces are
 * skipped), with offsets shifted by `offset` so callers can tokenize a slice in place.
 */
export function words(text: string, language = 'en', offset = 0): WordToken[] {
  const out: WordToken[] = [];
  for (const s of wordSegmenter(language).segment(text)) {
    if (!s.isWordLike) continue;
    out.push({ text: s.segment, start: offset + s.index, end: offset + s.index + s.segment.length });
  }
  return out;
}

/** Number of word-like segments in `text`. */
export function countWords(text: string, language = 'en'): number {
  let n = 0;
  for (const s of wordSegmenter(language).segment(text)) if (s.isWordLike) n++;
  return n;
}
