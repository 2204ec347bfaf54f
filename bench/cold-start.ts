/**
 * Probes that run in processes of their own. The cold-start probe (cold.ts) runs in a fresh Node process and returns the
 * time it reports: the first loadResources() + compare() of the sample in a
 * process where nothing is cached or JIT-compiled yet.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const COLD_SCRIPT = fileURLToPath(new URL('./cold.ts', import.meta.url));

/** Spawns `node --import tsx bench/cold.ts` and returns the elapsed ms it prints; throws if it prints no number. */
export function measureColdStart(): number {
  const out = execFileSync(process.execPath, ['--import', 'tsx', COLD_SCRIPT], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = out.trim().split('\n');
  const value = Number(lines[lines.length - 1]);
  if (!Number.isFinite(value)) throw new Error(`measureColdStart: ${COLD_SCRIPT} printed no elapsed time, but: ${JSON.stringify(out)}`);
  return value;
}

const PDF_SCRIPT = fileURLToPath(new URL('./pdf.ts', import.meta.url));

/** The PDF figures (bench/pdf.ts, in a process of its own), in ms. */
export function measurePdf(): { pdf_sample_ms: number; pdf_1000rows_ms: number; pdf_launch_ms: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', PDF_SCRIPT], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 600_000 });
  const lines = out.trim().split('\n');
  const value = JSON.parse(lines[lines.length - 1] ?? '{}') as Record<string, unknown>;
  const keys = ['pdf_sample_ms', 'pdf_1000rows_ms', 'pdf_launch_ms'] as const;
  if (keys.some((k) => typeof value[k] !== 'number')) throw new Error(`measurePdf: ${PDF_SCRIPT} printed no figures, but: ${JSON.stringify(out)}`);
  return { pdf_sample_ms: value.pdf_sample_ms as number, pdf_1000rows_ms: value.pdf_1000rows_ms as number, pdf_launch_ms: value.pdf_launch_ms as number };
}

const BROWSER_SCRIPT = fileURLToPath(new URL('./browser.ts', import.meta.url));

/** The browser figures (bench/browser.ts, in a process of its own): first paint (both transports) and scroll frame time, in ms. */
export function measureBrowser(): BrowserFigures {
  const out = execFileSync(process.execPath, ['--import', 'tsx', BROWSER_SCRIPT], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 400_000 });
  const lines = out.trim().split('\n');
  const value = JSON.parse(lines[lines.length - 1] ?? '{}') as Record<string, unknown>;
  const keys = ['first_paint_ms', 'first_paint_ipc_ms', 'scroll_frame_ms'] as const;
  if (keys.some((k) => typeof value[k] !== 'number')) throw new Error(`measureBrowser: ${BROWSER_SCRIPT} printed no figures, but: ${JSON.stringify(out)}`);
  return { first_paint_ms: value.first_paint_ms as number, first_paint_ipc_ms: value.first_paint_ipc_ms as number, scroll_frame_ms: value.scroll_frame_ms as number };
}

/** The browser figures (bench/browser.ts says what each is), in ms. */
export interface BrowserFigures {
  first_paint_ms: number;
  first_paint_ipc_ms: number;
  scroll_frame_ms: number;
}
