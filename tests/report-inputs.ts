/**
 * Report inputs for the tests: the embedded 2025 sample with its article, as the
 * app loads it, and the annotated comparison file (tests/fixtures/annotated.readouts),
 * as the CLI's `export --comparison` reads it.
 */
import { join } from 'node:path';
import { createHandlers } from '../node/app/handlers';
import { reportInputFromFile } from '../node/report/export';
import { loadResources } from '../node/resources';
import { loadComparison } from '../node/store/comparison-store';
import type { ReportInput } from '../shared/report/report';

export const ROOT = join(__dirname, '..');
export const SAMPLE_DIR = join(ROOT, 'assets', 'samples', '2025-03-18-trump-putin');
export const ANNOTATED = join(ROOT, 'tests', 'fixtures', 'annotated.readouts');
export const GENERATED = new Date(Date.UTC(2026, 10, 27, 9, 30));
export const APP = 'Readout Compare 0.0.0-test';

/** The 2025 sample with its article, no annotations. */
export async function sampleInput(): Promise<ReportInput> {
  const loaded = await createHandlers({ assetsDir: join(ROOT, 'assets') }).openSample('2025-03-18-trump-putin');
  if (!loaded.ok) throw new Error(loaded.error.message);
  const l = loaded.value;
  return { event: l.event, date: l.date, a: l.a, b: l.b, comparison: l.comparison, article: l.article, annotations: l.annotations, generated: GENERATED, app: APP };
}

/** The annotated comparison file: the 2025 sample with its article, five annotations and manual links. */
export async function annotatedInput(): Promise<ReportInput> {
  const loaded = await loadComparison(ANNOTATED);
  if (!loaded.ok) throw new Error(loaded.error.message);
  return reportInputFromFile(loaded.file, ANNOTATED, loadResources(), { generated: GENERATED, app: APP });
}
