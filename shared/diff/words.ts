/**
 * Word-level diff of two sentences with jsdiff's `diffWords`, split at word
 * boundaries of the text's language by `Intl.Segmenter` (without it, jsdiff
 * splits Cyrillic into single letters).
 */
import { diffWords } from 'diff';
import { wordSegmenter } from '../text/words';

/** A run of text that is the same on both sides, only in A, or only in B. */
export interface DiffPart {
  kind: 'same' | 'onlyA' | 'onlyB';
  text: string;
}

/** The word diff from sentence `a` to sentence `b`; joining the parts not `onlyB` gives `a`, not `onlyA` gives `b`. */
export function wordDiff(a: string, b: string, language = 'en'): DiffPart[] {
  const changes = diffWords(a, b, { intlSegmenter: wordSegmenter(language) });
  return changes.map((c) => ({ kind: c.added ? 'onlyB' : c.removed ? 'onlyA' : 'same', text: c.value }));
}
