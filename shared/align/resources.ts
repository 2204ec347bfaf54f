/**
 * Resources the aligner needs that are too large to bundle with the code. The
 * caller loads them (node/resources.ts reads them from their packages) and
 * passes them in; shared/ never touches the file system.
 */

import type { Embeddings } from './embeddings';

/** How often words occur in a large background corpus of a language. */
export interface WordFrequencies {
  /** Occurrences of each lower-case word form. */
  counts: ReadonlyMap<string, number>;
  /** Sum of all occurrences (the corpus size in tokens). */
  total: number;
}

/** Everything the aligner may use beyond the two texts. */
export interface AlignResources {
  /** Background word frequencies by primary language subtag ("en"). Missing languages weigh every word alike. */
  frequencies: Partial<Record<string, WordFrequencies>>;
  /** Word-vector tables by primary language subtag (embeddings.ts); a language without one has no semantic features. */
  embeddings?: Partial<Record<string, Embeddings>>;
}

/** Resources with no background frequencies (every word weighs the same). */
export const NO_RESOURCES: AlignResources = { frequencies: {} };
