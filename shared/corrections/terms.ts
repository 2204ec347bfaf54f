/**
 * What two sentences the analyst linked have in common, when the aligner never
 * scored them: the content words both use (stop words left out, compared in their
 * lookup form, shared/text/normalize.ts). Light on purpose: the renderer shows it
 * at once, without the aligner's resources. Each term gets an equal share.
 */
import type { Reason } from '../align/align';
import { isContentWord } from '../align/stopwords';
import { normalizeWord } from '../text/normalize';
import { lexicalWords } from '../text/words';

/** The content words of `text` in their lookup form, each with its first spelling, in order. */
function contentWords(text: string, language: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const w of lexicalWords(text, language)) {
    const norm = normalizeWord(w.text);
    if (isContentWord(w.text, norm, language) && !out.has(norm)) out.set(norm, w.text);
  }
  return out;
}

/** The content words sentences `a` and `b` share, in A's order, as reasons of equal share. */
export function sharedTerms(a: string, b: string, language: string): Reason[] {
  const inB = contentWords(b, language);
  const shared = [...contentWords(a, language)].filter(([norm]) => inB.has(norm));
  return shared.map(([norm, spelled]) => ({ label: norm, a: spelled, b: inB.get(norm)!, contribution: 1 / shared.length }));
}
