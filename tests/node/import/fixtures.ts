/** Where the importers' fixtures are (made by scripts/make-import-fixtures.ts) and the texts they must give. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'import');
export const SAMPLE = join(ROOT, 'assets', 'samples', '2025-03-18-trump-putin');

const read = (path: string): string => readFileSync(path, 'utf8');

/** The plain-text readouts the web pages, PDFs and .docx files were made from: what each must extract to. */
export const WHITE_HOUSE = read(join(SAMPLE, 'whitehouse.txt'));
export const KREMLIN = read(join(SAMPLE, 'kremlin.txt'));

/** The Russian text the encoded files were made from (KOI8-R has no "…": that file spells it "..."). */
export const RUSSIAN = read(join(FIXTURES, 'source', 'kremlin-ru.txt'));
export const RUSSIAN_KOI8 = RUSSIAN.replaceAll('…', '...');

/** The bytes of a fixture. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}
