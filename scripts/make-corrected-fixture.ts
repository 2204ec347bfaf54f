/**
 * Development tool: writes tests/fixtures/corrected.readouts, the example of a
 * comparison the analyst corrected: the 2018 May–Trump development pair
 * (tests/fixtures/pairs/2018-03-13-may-trump) with one link added (Downing Street's
 * "ongoing investigation into the Salisbury incident", a1, and the White House's
 * "investigation into the chemical weapon attack", b2, which the aligner left
 * one-sided), one machine link removed (a3–b3) and one omission confirmed (a2, the
 * UK's conclusion that Russia was responsible, which the White House does not
 * report). Ids and dates are fixed: running it again gives the same file as long as
 * the pair and the aligner (which decides which links are the machine's) do not change.
 *
 *   npx tsx scripts/make-corrected-fixture.ts [OUT]
 */
import { join } from 'node:path';
import { machineLinked } from '../shared/corrections/apply';
import { addCorrection, createCorrection, type Correction, type CorrectionOp } from '../shared/corrections/model';
import { compare } from '../shared/compare/compare';
import { readoutsFile, type ReadoutsFile } from '../shared/file/readouts-file';
import type { SentenceId } from '../shared/model/types';
import { loadMetaFile } from '../node/meta';
import { loadResources } from '../node/resources';
import { version } from '../package.json';
import { loadDoc, runFixtureScript } from './fixture-tools';

const PAIR = join(__dirname, '..', 'tests', 'fixtures', 'pairs', '2018-03-13-may-trump');
const OUT = join(__dirname, '..', 'tests', 'fixtures', 'corrected.readouts');

/** The corrections, in the order the analyst made them: [op, A sentence, B sentence]. */
export const CORRECTIONS: ReadonlyArray<[CorrectionOp, string | null, string | null]> = [
  ['link', 'a1', 'b2'],
  ['unlink', 'a3', 'b3'],
  ['confirm', 'a2', null],
];

/** Builds the corrected comparison file from the pair. */
export async function makeCorrectedFixture(): Promise<ReadoutsFile> {
  const [a, b] = [await loadDoc(PAIR, 'a.txt'), await loadDoc(PAIR, 'b.txt')];
  const meta = await loadMetaFile('meta.json', { cwd: PAIR });
  if (!meta.ok) throw new Error(meta.error.message);
  const comparison = compare(a, b, loadResources());
  const sentence = (id: string | null) => (id === null ? null : comparison[id[0] as 'a' | 'b'].sentences.find((s) => s.id === id)!);
  let corrections: Correction[] = [];
  CORRECTIONS.forEach(([op, x, y], i) => {
    const linked = machineLinked(comparison, x as SentenceId | null, y as SentenceId | null);
    if ((op === 'link') === linked && op !== 'confirm') throw new Error(`the aligner ${linked ? 'now links' : 'no longer links'} ${x} and ${y}: choose other sentences`);
    const c = createCorrection({ id: `cor-${i + 1}`, now: `2026-12-06T10:${String(i).padStart(2, '0')}:00.000Z`, op, a: sentence(x), b: sentence(y), texts: { a: a.text, b: b.text } });
    corrections = addCorrection(corrections, c, linked);
  });
  return readoutsFile({
    savedBy: version, event: meta.metaFile.event ?? null, date: meta.metaFile.date ?? null, a, b, corrections,
  });
}

runFixtureScript('make-corrected-fixture.ts', OUT, makeCorrectedFixture, (file) => `${file.corrections.length} corrections`);
