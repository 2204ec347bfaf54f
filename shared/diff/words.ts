/**
 * Word-level diff of two sentences: jsdiff's `diffWords`, its search done on token
 * ids (myers.ts: the same changes, faster). Text in any script
 * jsdiff's own tokenizer does not know is split at the word boundaries of its
 * language by `Intl.Segmenter` (passed as `intlSegmenter`; without it, jsdiff
 * splits Cyrillic into single letters).
 */
import { wordChanges, type TokenMemo } from './myers';
import { isWhitespace } from '../text/segment';
import { segmentInChunks, wordSegmenter } from '../text/words';

/** Bound once: a module's export read on every call costs a getter where modules are compiled to CommonJS (tsx, vitest). */
const isSpace = isWhitespace;

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

/** Whether `text` needs the Intl.Segmenter (NEEDS_SEGMENTER); ASCII text, the most common, never does. */
function needsSegmenter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return NEEDS_SEGMENTER.test(text);
  return false;
}

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
 * back over each sentence here.) `memo`: the comparison's tokens (myers.ts, TokenMemo),
 * when one comparison diffs many pairs of its texts.
 */
export function wordDiff(a: string, b: string, language = 'en', memo?: TokenMemo): DiffPart[] {
  // The same sentence on both sides (a formula both readouts use): one run, as the diff would give it.
  if (a === b) return a ? [{ kind: 'same', text: a }] : [];
  const segmented = needsSegmenter(a) || needsSegmenter(b);
  const options = { maxEditLength: MAX_EDIT_LENGTH, ...(segmented ? { intlSegmenter: chunkedSegmenter(language) } : {}) };
  const changes = wordChanges(a, b, options, memo);
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

/** Whether `c` is a UTF-16 high surrogate (the first half of a code point beyond the BMP). */
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
/** Whether `c` is a UTF-16 low surrogate. */
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Lays one side's diff runs over that side's actual text, code point by code point,
 * taking white space from the text: the runs' other characters must be the
 * text's, in order. One string per run (possibly empty); null when they do not fit.
 */
function layOver(runs: readonly string[], text: string): string[] | null {
  const out: string[] = [];
  let t = 0;
  for (const run of runs) {
    const from = t;
    for (let i = 0; i < run.length; i++) {
      const c = run.charCodeAt(i);
      if (isSpace(c)) {
        if (t < text.length && isSpace(text.charCodeAt(t))) t++;
        continue;
      }
      while (t < text.length && isSpace(text.charCodeAt(t))) t++;
      // A code point beyond the BMP is two units, matched together.
      const pair = isHighSurrogate(c) && i + 1 < run.length && isLowSurrogate(run.charCodeAt(i + 1));
      if (text.charCodeAt(t) !== c || (pair && text.charCodeAt(t + 1) !== run.charCodeAt(i + 1))) return null;
      t += pair ? 2 : 1;
      if (pair) i++;
    }
    out.push(text.slice(from, t));
  }
  let rest = t;
  while (rest < text.length && isSpace(text.charCodeAt(rest))) rest++;
  if (rest < text.length) return null;
  if (t < text.length) {
    if (out.length === 0) out.push(text.slice(t));
    else out[out.length - 1] += text.slice(t);
  }
  return out;
}
