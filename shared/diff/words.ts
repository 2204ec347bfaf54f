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
  /** `same`: in both sentences (up to white space); `onlyA` / `onlyB`: in one sentence only. */
  kind: 'same' | 'onlyA' | 'onlyB';
  /** The run as written in its sentence (for `same`: as written in A). */
  text: string;
  /** For a `same` run whose white space differs in B: the run as written in B. */
  b?: string;
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
 * The word diff from sentence `a` to sentence `b`, exact on both sides: joining
 * the texts of the parts that are not `onlyB` gives `a`, and joining the parts
 * that are not `onlyA` (a `same` part's `b ?? text`) gives `b`. (jsdiff compares
 * words and gives a common run the spacing of one side only; the runs are laid
 * back over each sentence here.)
 */
export function wordDiff(a: string, b: string, language = 'en'): DiffPart[] {
  // The same sentence on both sides (a formula both readouts use): one run, as the diff would give it.
  if (a === b) return a ? [{ kind: 'same', text: a }] : [];
  const segmented = NEEDS_SEGMENTER.test(a) || NEEDS_SEGMENTER.test(b);
  const options = { maxEditLength: MAX_EDIT_LENGTH, ...(segmented ? { intlSegmenter: chunkedSegmenter(language) } : {}) };
  const changes = diffWords(a, b, options);
  const bothChanged = (): DiffPart[] => [...(a ? [{ kind: 'onlyA' as const, text: a }] : []), ...(b ? [{ kind: 'onlyB' as const, text: b }] : [])];
  if (!changes) return bothChanged();
  const laidA = layOver(changes.filter((c) => !c.added).map((c) => c.value), a);
  const laidB = layOver(changes.filter((c) => !c.removed).map((c) => c.value), b);
  // Not expected (jsdiff keeps every other character), but never show a text wrongly.
  if (!laidA || !laidB) return bothChanged();
  const out: DiffPart[] = [];
  let ia = 0;
  let ib = 0;
  for (const c of changes) {
    if (c.added) out.push({ kind: 'onlyB', text: laidB[ib++]! });
    else if (c.removed) out.push({ kind: 'onlyA', text: laidA[ia++]! });
    else {
      const ta = laidA[ia++]!;
      const tb = laidB[ib++]!;
      out.push(ta === tb ? { kind: 'same', text: ta } : { kind: 'same', text: ta, b: tb });
    }
  }
  return out.filter((p) => p.text !== '' || (p.b ?? '') !== '');
}

const SPACE = /\s/;

/**
 * Lays one side's diff runs over that side's actual text, character by character,
 * taking white space from the text: the runs' other characters must be the
 * text's, in order. One string per run (possibly empty); null when they do not fit.
 */
function layOver(runs: readonly string[], text: string): string[] | null {
  const out: string[] = [];
  let t = 0;
  for (const run of runs) {
    const from = t;
    for (const ch of run) {
      if (SPACE.test(ch)) {
        if (t < text.length && SPACE.test(text[t]!)) t++;
        continue;
      }
      while (t < text.length && SPACE.test(text[t]!)) t++;
      if (text.startsWith(ch, t)) t += ch.length;
      else return null;
    }
    out.push(text.slice(from, t));
  }
  const rest = text.slice(t);
  if (/\S/.test(rest)) return null;
  if (rest) {
    if (out.length === 0) out.push(rest);
    else out[out.length - 1] += rest;
  }
  return out;
}
