/**
 * PDF figures for `npm run bench`, in a process of their own (bench.ts spawns it;
 * it prints one JSON line): the report rendered (shared/report/) and printed by
 * Debian's Chromium with the app's print settings, then written to disk, with the
 * browser already running, as Electron is when the user exports.
 *
 * - pdf_sample_ms: the 2025 sample with its article; median of 3 after 1 warm-up.
 * - pdf_1000rows_ms: the long generated pair (bench/report-fixture.ts, just over
 *   1,000 rows, some 190 A4 pages); one run after the warm-up. Its comparison is
 *   computed before, untimed (it is on screen when the user exports).
 *
 * Launching the browser, which the CLI adds to each export, is printed apart
 * (pdf_launch_ms, one launch).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeReport } from '../node/report/export';
import { launchPrinter } from '../node/report/pdf';
import { loadResources } from '../node/resources';
import { compare } from '../shared/compare/compare';
import type { ReportInput } from '../shared/report/report';
import { CHROMIUM } from '../tests/e2e/harness';
import { sampleInput } from '../tests/report-inputs';
import { longPair } from './report-fixture';

const OPTIONS = { pageSize: 'A4', rows: 'all', annotations: true, claims: true } as const;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
  const about = { generated: new Date(), app: 'Readout Compare bench' };
  const sample: ReportInput = { ...(await sampleInput()), ...about };
  const [a, b] = longPair();
  const long: ReportInput = { event: null, date: null, a, b, comparison: compare(a, b, loadResources()), article: null, annotations: [], ...about };

  const launchStart = performance.now();
  const printer = await launchPrinter(CHROMIUM);
  const launch = performance.now() - launchStart;
  try {
    const time = async (input: ReportInput, name: string): Promise<number> => {
      const start = performance.now();
      const written = await writeReport(input, OPTIONS, { pdf: join(dir, name) }, printer.print);
      if (!written.ok) throw new Error(written.message);
      return performance.now() - start;
    };
    await time(sample, 'warm-up.pdf');
    const runs = [await time(sample, 's1.pdf'), await time(sample, 's2.pdf'), await time(sample, 's3.pdf')].sort((x, y) => x - y);
    const longMs = await time(long, 'long.pdf');
    console.log(JSON.stringify({ pdf_sample_ms: runs[1], pdf_1000rows_ms: longMs, pdf_launch_ms: launch }));
  } finally {
    await printer.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
