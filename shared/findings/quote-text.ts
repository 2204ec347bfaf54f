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

export function quoteDiffText(diff: readonly DiffPart[]): string {
  const out = diff.map((p, i) => {
    const text = p.text.trim();
    if (p.kind === 'onlyA') return `[-${text}-]`;
    if (p.kind === 'onlyB') return `{+${text}+}`;
    const changedBefore = i > 0 && diff[i - 1]!.kind !== 'same';
    const changedAfter = i + 1 < diff.length && diff[i + 1]!.kind !== 'same';
    return context(text.split(/\s+/u).filter(Boolean), changedBefore, changedAfter);
  });
  return out.filter(Boolean).join(' ');
}
