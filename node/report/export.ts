/**
 * Writes a report: its HTML, and its PDF printed by a printer the caller gives
 * (Electron's hidden window in the app, a system browser in the CLI). Every file is
 * written atomically (a temporary file beside it, renamed over it once complete),
 * so a write that fails half-way leaves no partial file under the chosen name, and
 * a file that was there stays as it was.
 */
import type { ReadoutsFile } from '../../shared/file/readouts-file';
import { renderReport, type ReportInput } from '../../shared/report/report';
import { generatedStamp, printSettings, type PrintSettings, type ReportOptions } from '../../shared/report/options';
import type { AlignResources } from '../../shared/align/resources';
import { correctComparison } from '../../shared/corrections/apply';
import type { Correction } from '../../shared/corrections/model';
import { cancellation, JobCancelled, runCompareJob } from '../app/compare-job';
import { anchorToSources, compareReadoutsFile } from '../app/comparison-file';
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeAtomically, writeErrorReason } from '../store/atomic-write';
import { writeTarget, type WriteRefusal } from '../store/write-target';
import { abortable } from './export-job';

/**
 * The most annotations a report takes: past it the report is refused at once, before any
 * rendering or printing (a 100,000-annotation file ran past 600 s), and the message points
 * to the annotation exports, which take any number.
 */
export const MAX_REPORT_ANNOTATIONS = 5_000;

/**
 * Prints report HTML to PDF bytes with the given settings. `signal` aborts when the export
 * is cancelled: the printer stops (its window or page closed); its answer is dropped anyway.
 */
export type PrintHtml = (html: string, settings: PrintSettings, signal?: AbortSignal) => Promise<Uint8Array>;

/** Where to write a report: a PDF, its HTML, or both. */
export interface ReportTargets {
  pdf?: string;
  html?: string;
  /** The files the report was made from: never written over (see node/store/write-target.ts). */
  inputs?: readonly string[];
  /** Cancels the export (export-job.ts): it answers `cancelled` at once, and nothing more is written. */
  signal?: AbortSignal;
}

/** What was written, or what went wrong (naming the file) and what had been written before it did. */
export type ReportWritten = { ok: true; paths: string[] } | { ok: false; code: WriteRefusal | 'failed' | 'cancelled'; message: string; paths: string[] };

/** The report's HTML and the printer settings for it. */
export function prepareReport(input: ReportInput, options: ReportOptions): { html: string; settings: PrintSettings } {
  return { html: renderReport(input, options), settings: printSettings(options, { app: input.app, generated: generatedStamp(input.generated) }) };
}

/**
 * Whether `path` may be written: its folder exists, and it is no file the write
 * path refuses (write-target.ts). Checked before printing, which takes a while, so
 * that a typo or a read-only file fails at once.
 */
async function targetProblem(path: string, inputs: readonly string[] | undefined): Promise<{ code: WriteRefusal | 'failed'; message: string } | null> {
  try {
    if (!(await stat(dirname(path))).isDirectory()) return { code: 'failed', message: `${path}: cannot save (a part of its path is not a folder)` };
  } catch (e) {
    return { code: 'failed', message: `${path}: cannot save (${await writeErrorReason(e, dirname(path))})` };
  }
  const target = await writeTarget(path, path, inputs);
  return target.ok ? null : target;
}

/**
 * Writes the report to `targets`: the PDF's folder checked first, then the HTML (it
 * needs no printer), then the PDF. A failure says what had been written before it.
 */
export async function writeReport(input: ReportInput, options: ReportOptions, targets: ReportTargets, print: PrintHtml): Promise<ReportWritten> {
  const paths: string[] = [];
  const failed = (message: string, code: WriteRefusal | 'failed' | 'cancelled' = 'failed'): ReportWritten => ({
    ok: false, code, paths, message: paths.length > 0 ? `${message} (the HTML was written: ${paths.join(', ')})` : message,
  });
  const count = options.annotations ? input.annotations.length : 0;
  if (count > MAX_REPORT_ANNOTATIONS) {
    const n = (x: number) => x.toLocaleString('en-US');
    const where = targets.pdf ?? targets.html ?? 'The report';
    return failed(`${where}: ${n(count)} annotations are more than a PDF report takes (${n(MAX_REPORT_ANNOTATIONS)}); export them as CSV, JSON-LD or Markdown, or leave them out of the report. Nothing was written there`);
  }
  if (targets.pdf !== undefined) {
    const problem = await targetProblem(targets.pdf, targets.inputs);
    if (problem) return failed(`${problem.message}; nothing was written there`, problem.code);
  }
  const { signal, inputs } = targets;
  if (signal?.aborted) return failed(cancellation(signal).message, 'cancelled');
  const { html, settings } = prepareReport(input, options);
  if (targets.html !== undefined) {
    const written = await writeAtomically(targets.html, html, targets.html, { inputs, signal });
    if (!written.ok) return failed(written.message, written.code);
    paths.push(targets.html);
  }
  if (targets.pdf !== undefined) {
    let pdf: Uint8Array;
    try {
      pdf = await abortable(print(html, settings, signal), signal);
    } catch (e) {
      if (e instanceof JobCancelled) return failed(e.message, 'cancelled');
      return failed(`${targets.pdf}: the report could not be printed (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); nothing was written there`);
    }
    const written = await writeAtomically(targets.pdf, pdf, targets.pdf, { inputs, signal });
    if (!written.ok && written.code === 'cancelled' && signal) return failed(cancellation(signal).message, 'cancelled');
    if (!written.ok) return failed(`${written.message}; nothing was written there`, written.code);
    paths.push(targets.pdf);
  }
  return { ok: true, paths };
}

/**
 * What a comparison file reports: the comparison and the article's analysis computed
 * again from its texts (with its claims and manual links), its annotations anchored
 * again, as the app does when it opens the file (comparison-file.ts), and the
 * analyst's corrections of the alignment applied.
 */
export async function reportInputFromFile(file: ReadoutsFile, name: string, resources: AlignResources, about: Pick<ReportInput, 'app' | 'generated'>): Promise<ReportInput> {
  return { ...await savedComparison(file, name, resources), ...about };
}

/**
 * A comparison file's comparison, corrected, with its article's analysis and its annotations
 * (see {@link reportInputFromFile}), and the corrections that could not be found in the texts
 * as they are (kept in the file, not applied), for the caller to report.
 */
export async function savedComparison(file: ReadoutsFile, name: string, resources: AlignResources): Promise<Omit<ReportInput, 'app' | 'generated'> & { lostCorrections: Correction[] }> {
  const { sources, analysis } = await compareReadoutsFile(file, name, async (a, b, job = {}) => runCompareJob(a, b, job, resources));
  const { annotations } = anchorToSources(file.annotations, sources);
  const { comparison, corrections } = correctComparison(sources.comparison, file.corrections, { a: sources.a.text, b: sources.b.text });
  const lostCorrections = corrections.filter((c) => c.status === 'orphan');
  return { event: sources.event, date: sources.date, a: sources.a, b: sources.b, comparison, article: analysis, annotations, lostCorrections };
}
