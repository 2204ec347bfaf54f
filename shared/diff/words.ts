/**
 * Word-level diff of two sentences with jsdiff's `diffWords`. Text in any script
 * jsdiff's own tokenizer does not know is split at the word boundaries of its
 * language by `Intl.Segmenter` (passed as `intlSegmenter`; without it, jsdiff
 * splits Cyrillic into single letters).
 */
import { diffWords } from 'diff';
import { segmentInChunks, wordSegmenter } from '../text/words';

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

/**
 * Most edits (in words) the diff looks for. Two sentences that report the same point
 * differ by a few dozen words; beyond this, the diff would cost time that grows
 * with the square of their length (a 1 MB line), so both are shown as changed.
 */
export const MAX_EDIT_LENGTH = 2000;

/** The Intl.Segmenter for a language, segmenting long text in chunks (see `segmentInChunks`). */
function chunkedSegmenter(language: string): Intl.Segmenter {
  const inner = wordSegmenter(language);
  return {
    segment: (text: string) => segmentInChunks(inner, text),
    resolvedOptions: () => inner.resolvedOptions(),
  } as unknown as Intl.Segmenter;
}

/**
 * The word diff from sentence `a` to sentence `b`. Joining the parts not `onlyB`
 * gives `a` and those not `onlyA` gives `b` up to white space: jsdiff compares words
 * and may take a `same` run's spaces from either side. Callers that need exact text
 * map the runs back onto it (shared/view/row-diff.ts does).
 */
export function wordDiff(a: string, b: string, language = 'en'): DiffPart[] {
  const segmented = NEEDS_SEGMENTER.test(a) || NEEDS_SEGMENTER.test(b);
  const options = { maxEditLength: MAX_EDIT_LENGTH, ...(segmented ? { intlSegmenter: chunkedSegmenter(language) } : {}) };
  const changes = diffWords(a, b, options);
  if (!changes) {
    return [...(a ? [{ kind: 'onlyA' as const, text: a }] : []), ...(b ? [{ kind: 'onlyB' as const, text: b }] : [])];
  }
  return changes.map((c) => ({ kind: c.added ? 'onlyB' : c.removed ? 'onlyA' : 'same', text: c.value }));
}
