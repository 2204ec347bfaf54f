/**
 * A quotation's word diff as one line of text: the article's words struck as
 * "[-would-]", the readout's inserted as "{+will+}", with a few words of context
 * around each change and "…" where words are left out.
 */
import type { DiffPart } from '../diff/words';

/** Words of unchanged context kept on either side of a change. */
const CONTEXT_WORDS = 4;

/** The unchanged words between changes, cut to the context each change needs. */
function context(words: readonly string[], before: boolean, after: boolean): string {
  const n = CONTEXT_WORDS;
  if (words.length <= (before && after ? 2 * n : n)) return words.join(' ');
  const head = before ? words.slice(0, n).join(' ') : '';
  const tail = after ? words.slice(-n).join(' ') : '';
  return [head, '…', tail].filter(Boolean).join(' ');
}

/** Each part of a quotation's diff as text: a changed part whole, an unchanged one cut to its context (`changed`: how a changed part is written). */
function partsText(diff: readonly DiffPart[], changed: (p: DiffPart, text: string) => string): string[] {
  return diff.map((p, i) => {
    const text = p.text.trim();
    if (p.kind !== 'same') return changed(p, text);
    const changedBefore = i > 0 && diff[i - 1]!.kind !== 'same';
    const changedAfter = i + 1 < diff.length && diff[i + 1]!.kind !== 'same';
    return context(text.split(/\s+/u).filter(Boolean), changedBefore, changedAfter);
  });
}

export function quoteDiffText(diff: readonly DiffPart[]): string {
  return partsText(diff, (p, text) => (p.kind === 'onlyA' ? `[-${text}-]` : `{+${text}+}`)).filter(Boolean).join(' ');
}

/**
 * A quotation's word diff as two plain quotations, for text people paste (tester 10, T8: the "[-…-] {+…+}"
 * notation read as deletions): the article's words, then the readout's, with the same context and "…"
 * where words are left out: article: “… peace would begin …” / White House: “… peace will begin …”.
 */
export function quoteSidesText(diff: readonly DiffPart[], readoutLabel: string): string {
  const side = (keep: DiffPart['kind']) => partsText(diff, (p, text) => (p.kind === keep ? text : '')).filter(Boolean).join(' ');
  return `article: “${side('onlyA')}” / ${readoutLabel}: “${side('onlyB')}”`;
}
