/**
 * The report of the comparison on screen exported as PDF, for the handlers (handlers.ts):
 * the path asked, the analyst's latest work applied, printed by `print`; a newer export
 * supersedes one still running and Cancel stops it (export-job.ts).
 */
import { withManualLinks } from '../../shared/article/links';
import type { Comparison } from '../../shared/compare/compare';
import { applyCorrections } from '../../shared/corrections/apply';
import type { Correction } from '../../shared/corrections/model';
import { linkDifferences } from '../../shared/differences/detect';
import type { EditsRequest, Result } from '../../shared/ipc/contract';
import type { ReportOptions } from '../../shared/report/options';
import { version } from '../../package.json';
import { writeReport, type PrintHtml } from '../report/export';
import type { ExportJob } from '../report/export-job';
import { savePath, writeError, type AskPath } from './comparison-file';
import { fail, type HandlerContext } from './handler-context';

/** Asks where to save the report of the comparison on screen (with the analyst's latest work) and prints it there with `print`. */
export async function exportReport(ctx: HandlerContext, request: EditsRequest & { options: ReportOptions }, ask: AskPath, print: PrintHtml): Promise<Result<{ path: string }>> {
  const { options, files, reports } = ctx;
  let job: ExportJob | null = null;
  try {
    const doc = files.forReport(request);
    if (!doc.ok) return doc;
    const { sources, analysis, edits, stem, dir, inputs } = doc.value;
    const asked = await ask({ purpose: 'report', name: `${stem}.pdf`, dir });
    if (asked === null) return fail('cancelled', 'No report was exported.');
    // "Report v1.2" becomes "Report v1.2.pdf"; a file the dialog did not ask about is not replaced
    const chosen = await savePath(asked, '.pdf', 'Nothing was exported.');
    if (!chosen.ok) return chosen;
    const path = chosen.value;
    // A newer export supersedes the one still running once its file is chosen: a save dialog
    // closed (or a request refused) leaves the earlier one printing (renderer/state/busy.ts).
    job = reports.begin();
    const written = await writeReport({
      event: sources.event, date: sources.date, a: sources.a, b: sources.b, comparison: corrected(sources.comparison, edits.corrections ?? []),
      // the article's details as edited (the analysis keeps the ones it was made with)
      article: analysis && { ...withManualLinks(analysis, edits.manualLinks), doc: sources.article?.doc ?? analysis.doc }, annotations: edits.annotations,
      generated: (options.now ?? (() => new Date()))(), app: `Readout Compare ${options.appVersion ?? version}`,
    }, request.options, { pdf: path, inputs, signal: job.signal }, print);
    return written.ok ? { ok: true, value: { path } } : writeError(written);
  } catch (e) {
    return fail('internal', e instanceof Error ? e.message : String(e));
  } finally {
    job?.end();
  }
}

/** The comparison with the analyst's corrections, each analyst's link with the typed differences a machine link gets (tester 10, T6). */
function corrected(comparison: Comparison, corrections: readonly Correction[]): Comparison {
  return applyCorrections(comparison, corrections, corrections.some((c) => c.op === 'link') ? linkDifferences(comparison) : undefined);
}
