/**
 * Finding a sentence of a comparison by its id without building an index per call:
 * ids are numbered in text order (`a1` is the first), so the id names the index;
 * a comparison whose ids do not follow that scheme is searched instead.
 */
import type { ComparedSide } from '../compare/compare';
import type { Sentence, SentenceId } from '../model/types';

/** The sentence of `side` with id `id`, or undefined when the side has none. */
export function sentenceOf(side: ComparedSide, id: SentenceId): Sentence | undefined {
  const guess = side.sentences[Number(id.slice(1)) - 1];
  if (guess?.id === id) return guess;
  return side.sentences.find((s) => s.id === id);
}
