/**
 * Word-level diff of two sentences with jsdiff's `diffWords`. Text in any script
 * jsdiff's own tokenizer does not know is split at the word boundaries of its
 * language by `Intl.Segmenter` (passed as `intlSegmenter`; without it, jsdiff
 * splits Cyrillic into single letters).
 */
import { diffWords } from 'diff';
import { wordSegmenter } from '../text/words';

/** A run of text that is the same on both sides, only in A, or only in B. */
export interface DiffPart {
  kind: 'same' | 'onlyA' | 'onlyB';
  text: string;
}

/**
 * Letters outside the Latin ranges jsdiff's own word tokenizer knows
 * (`extendedWordChars` in jsdiff's word.ts) or combining marks: such text needs
 * the Intl.Segmenter. Latin text does not, and jsdiff's tokenizer is much faster.
 */
const NEEDS_SEGMENTER = /[^\P{L}a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02C6\u02C8-\u02D7\u02DE-\u02FF\u1E00-\u1EFF]|\p{M}/u;

/** The word diff from sentence `a` to sentence `b`; joining the parts not `onlyB` gives `a`, not `onlyA` gives `b`. */
export function wordDiff(a: string, b: string, language = 'en'): DiffPart[] {
  const segmented = NEEDS_SEGMENTER.test(a) || NEEDS_SEGMENTER.test(b);
  const changes = segmented ? diffWords(a, b, { intlSegmenter: wordSegmenter(language) }) : diffWords(a, b);
  return changes.map((c) => ({ kind: c.added ? 'onlyB' : c.removed ? 'onlyA' : 'same', text: c.value }));
}
