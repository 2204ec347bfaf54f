/**
 * `npm run samples`: computes each embedded sample's comparison and stores it beside
 * its texts (assets/samples/<id>/comparison.json, see node/app/precomputed.ts), so
 * that the app's first start shows the sample's rows without waiting for the aligner.
 * Run it after changing the aligner or a sample: a test fails until it is.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compare } from '../shared/compare/compare';
import { loadMetaFile } from '../node/meta';
import { comparisonKey, PRECOMPUTED_FILE, type PrecomputedComparison } from '../node/app/precomputed';
import { loadResources } from '../node/resources';
import { loadSourceDoc } from '../node/source-doc';

/** The stored comparison of the sample in `dir`: what `npm run samples` writes there. */
export async function samplePrecomputed(dir: string): Promise<PrecomputedComparison> {
  const meta = await loadMetaFile(join(dir, 'meta.json'));
  if (!meta.ok) throw new Error(meta.error.message);
  const [first, second] = meta.metaFile.readouts;
  if (!first || !second) throw new Error(`${dir}: its meta.json names fewer than two readouts`);
  const a = await loadSourceDoc(join(dir, first.file));
  const b = await loadSourceDoc(join(dir, second.file));
  if (!a.ok) throw new Error(a.error.message);
  if (!b.ok) throw new Error(b.error.message);
  const comparison = compare(a.doc, b.doc, loadResources());
  // bare file names: the folder differs on every machine (readPrecomputed puts the paths back)
  return { key: comparisonKey(a.doc, b.doc), comparison: { ...comparison, a: { ...comparison.a, file: basename(first.file) }, b: { ...comparison.b, file: basename(second.file) } } };
}

export const SAMPLES_DIR = join(__dirname, '..', 'assets', 'samples');

async function main(): Promise<void> {
  for (const id of readdirSync(SAMPLES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const dir = join(SAMPLES_DIR, id);
    writeFileSync(join(dir, PRECOMPUTED_FILE), `${JSON.stringify(await samplePrecomputed(dir))}\n`);
    console.log(`wrote ${join('assets', 'samples', id, PRECOMPUTED_FILE)}`);
  }
}

if (require.main === module) void main();
