/** The real 2025 sample (18 March 2025 Trump–Putin call), compared by the core. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare, type Comparison } from '../../../shared/compare/compare';
import type { SourceMeta } from '../../../shared/model/types';
import { loadResources } from '../../../node/resources';

const folder = join(__dirname, '..', '..', 'fixtures', 'pairs', '2025-03-18-trump-putin');

interface MetaJson {
  date: string;
  readouts: Array<Omit<SourceMeta, 'date' | 'provenance'> & { file: string; provenance?: string | null; date?: string | null }>;
}

let cached: Comparison | undefined;

/** The White House readout (A) against the Kremlin's incomplete copy (B), meta from the fixture's meta.json. */
export function sample2025(): Comparison {
  if (cached) return cached;
  const meta = JSON.parse(readFileSync(join(folder, 'meta.json'), 'utf8')) as MetaJson;
  const doc = (file: string) => {
    const r = meta.readouts.find((x) => x.file === file)!;
    const m: SourceMeta = {
      label: r.label, complete: r.complete, language: r.language, publisher: r.publisher, title: r.title,
      url: r.url, date: r.date ?? meta.date, note: r.note, provenance: r.provenance ?? null,
    };
    return { file, text: readFileSync(join(folder, file), 'utf8'), meta: m };
  };
  return (cached = compare(doc('whitehouse.txt'), doc('kremlin.txt'), loadResources()));
}
