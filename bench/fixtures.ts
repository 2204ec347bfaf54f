/**
 * The benchmark's inputs from the test fixtures (Node only): the sentence pool
 * for the generator, and the 2025 sample pair as loaded documents.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceDoc } from '../shared/model/types';
import { segmentSentences } from '../shared/text/segment';

/** Absolute path of the fixture pairs folder (tests/fixtures/pairs). */
export const PAIRS_DIR = fileURLToPath(new URL('../tests/fixtures/pairs', import.meta.url));

/** The folder of the sample pair (White House and Kremlin readouts of 18 March 2025). */
export const SAMPLE_FOLDER = '2025-03-18-trump-putin';

/** One readout entry of a pair's meta.json (the fields the benchmark reads). */
interface ReadoutMeta {
  file: string;
  label?: string;
  language?: string;
  complete?: boolean;
  publisher?: string | null;
  title?: string | null;
  url?: string | null;
  note?: string | null;
  provenance?: string | null;
}

/** The part of a pair's meta.json the benchmark reads. */
interface PairMeta {
  date?: string;
  readouts?: ReadoutMeta[];
}

function readText(path: string): string {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

function readMeta(folder: string): PairMeta {
  const path = join(folder, 'meta.json');
  return existsSync(path) ? (JSON.parse(readText(path)) as PairMeta) : {};
}

/**
 * Every sentence of every English readout named in a pair's meta.json
 * (`readouts[].file`), segmented with `segmentSentences`, in folder-name order
 * and then readout order. Articles and files not listed as readouts are left out.
 */
export function fixtureSentences(pairsDir: string = PAIRS_DIR): string[] {
  const out: string[] = [];
  for (const name of readdirSync(pairsDir).sort()) {
    const folder = join(pairsDir, name);
    for (const r of readMeta(folder).readouts ?? []) {
      const language = r.language ?? 'en';
      if (language !== 'en') continue;
      for (const s of segmentSentences(readText(join(folder, r.file)), 'a', { language })) out.push(s.text);
    }
  }
  return out;
}

/** The sample pair as the app loads it: the two readouts in meta.json order, with their meta. */
export function loadSample(pairsDir: string = PAIRS_DIR): [SourceDoc, SourceDoc] {
  return loadPair(join(pairsDir, SAMPLE_FOLDER));
}

/** A pair folder's two readouts in meta.json order, with their meta. */
export function loadPair(folder: string): [SourceDoc, SourceDoc] {
  const meta = readMeta(folder);
  const docs = (meta.readouts ?? []).map((r): SourceDoc => ({
    file: r.file,
    text: readText(join(folder, r.file)),
    meta: {
      label: r.label ?? r.file,
      complete: r.complete ?? true,
      language: r.language ?? 'en',
      publisher: r.publisher ?? null,
      title: r.title ?? null,
      url: r.url ?? null,
      date: meta.date ?? null,
      note: r.note ?? null,
      provenance: r.provenance ?? null,
    },
  }));
  const [a, b] = docs;
  if (!a || !b) throw new Error(`loadPair: ${join(folder, 'meta.json')} must list two readouts`);
  return [a, b];
}

/** A generated text as a document for compare(): English, complete, labelled by `label`. */
export function syntheticDoc(file: string, label: string, text: string): SourceDoc {
  return {
    file,
    text,
    meta: { label, complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null },
  };
}

/** The 2025 sample's article, with its meta.json meta. */
export function loadSampleArticle(pairsDir: string = PAIRS_DIR): SourceDoc {
  const folder = join(pairsDir, SAMPLE_FOLDER);
  const meta = readMeta(folder) as { article?: { file: string; label?: string | null } | null; date?: string | null };
  if (!meta.article) throw new Error(`${folder}/meta.json has no article`);
  return {
    file: meta.article.file,
    text: readText(join(folder, meta.article.file)),
    meta: { label: meta.article.label ?? meta.article.file, complete: true, language: 'en', publisher: null, title: null, url: null, date: meta.date ?? null, note: null, provenance: null },
  };
}
