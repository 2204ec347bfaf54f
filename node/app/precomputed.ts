/**
 * The embedded samples' comparisons, computed ahead (scripts/precompute-samples.ts)
 * and shipped beside their texts as `comparison.json`: at first start the sample's
 * rows paint without waiting for the compare worker to start and load the aligner's
 * resources (a few hundred ms on a slow machine), which then warms up in the
 * background for the article and everything after.
 *
 * A stored comparison is used only when its key, a hash of both readouts' texts and
 * metadata, matches the files as loaded; anything else (no file, a damaged one, an
 * edited text) falls back to comparing. A test recomputes every sample and fails
 * when a stored comparison differs from what compare() gives now (after a change to
 * the aligner: run `npm run samples`).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Comparison } from '../../shared/compare/compare';
import type { SourceDoc } from '../../shared/model/types';

/** The file beside a sample's texts. */
export const PRECOMPUTED_FILE = 'comparison.json';

/**
 * What the file holds. The comparison's `file` fields hold the files' bare names (the
 * folder differs on every machine); `readPrecomputed` puts the files as given back.
 */
export interface PrecomputedComparison {
  /** `comparisonKey` of the readouts it was computed from. */
  key: string;
  comparison: Comparison;
}

/** A hash of what a comparison depends on besides the aligner: both readouts' texts and metadata. */
export function comparisonKey(a: SourceDoc, b: SourceDoc): string {
  return createHash('sha256').update(JSON.stringify([a.text, a.meta, b.text, b.meta])).digest('hex');
}

/** The comparison stored in `dir` for exactly these readouts, or null (no file, unreadable, or for other texts). */
export async function readPrecomputed(dir: string, a: SourceDoc, b: SourceDoc): Promise<Comparison | null> {
  try {
    const stored = JSON.parse(await readFile(join(dir, PRECOMPUTED_FILE), 'utf8')) as Partial<PrecomputedComparison>;
    if (stored.key !== comparisonKey(a, b) || typeof stored.comparison !== 'object' || stored.comparison === null) return null;
    const c = stored.comparison;
    // the file's key says these texts; a minimal shape check guards against a hand-edited file
    if (!(Array.isArray(c.pairs) && Array.isArray(c.onlyA) && Array.isArray(c.onlyB) && Array.isArray(c.a?.sentences) && Array.isArray(c.b?.sentences))) return null;
    // stored with the files' bare names (the folder differs on every machine): the files as given here
    return { ...c, a: { ...c.a, file: a.file }, b: { ...c.b, file: b.file } };
  } catch {
    return null;
  }
}
