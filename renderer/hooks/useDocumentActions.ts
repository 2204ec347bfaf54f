/**
 * Saving the comparison on screen and exporting its annotations or its PDF report,
 * each with the analyst's latest work; the report's options dialog and the options
 * last used (the page size first from the settings, else the locale).
 */
import { useCallback, useEffect, useRef, useState, type Dispatch, type RefObject } from 'react';
import type { ExportFormat } from '../../shared/annotations/export';
import type { ReadoutsApi, Result, SaveMode } from '../../shared/ipc/contract';
import { defaultPageSize, DEFAULT_REPORT_OPTIONS, type ReportOptions } from '../../shared/report/options';
import { refusal, type ReportOutcome } from '../state/busy';
import { editsOf, writeFailureOffer, type ViewAction, type ViewState } from '../state/view';

/** An export's answer as the view takes it. */
function reportOutcome(result: Result<{ path: string }>): ReportOutcome {
  if (result.ok) return { ended: 'saved', path: result.value.path };
  if (result.error.code === 'cancelled') return { ended: 'cancelled' };
  return { ended: 'failed', message: result.error.message, offer: writeFailureOffer('export-report', result.error.code) };
}

export function useDocumentActions(api: ReadoutsApi, dispatch: Dispatch<ViewAction>, stateRef: RefObject<ViewState>) {
  const [exportOpen, setExportOpen] = useState(false);
  const [reportOptions, setReportOptions] = useState<ReportOptions>(() => ({ ...DEFAULT_REPORT_OPTIONS, pageSize: defaultPageSize(navigator.language) }));

  const save = useCallback(async (mode: SaveMode) => {
    const s = stateRef.current;
    if (!s.loaded) return;
    const result = await api.saveComparison({ document: s.work.document, edits: editsOf(s), mode });
    if (result.ok) return dispatch({ type: 'saved', path: result.value.path });
    const { code, message } = result.error;
    if (code === 'cancelled') return;
    dispatch({ type: 'failed', message, offer: writeFailureOffer('save', code) });
  }, [api, dispatch, stateRef]);

  // The last annotation export's format: "Save As…" after a refusal exports it again.
  const lastFormat = useRef<ExportFormat>('jsonld');
  const exportAs = useCallback(async (format: ExportFormat) => {
    const s = stateRef.current;
    if (!s.loaded) return;
    lastFormat.current = format;
    const result = await api.exportAnnotations({ document: s.work.document, edits: editsOf(s), format });
    if (result.ok) {
      const n = s.work.annotations.length;
      dispatch({ type: 'exported', message: `Exported ${n} ${n === 1 ? 'annotation' : 'annotations'} to ${result.value.path}` });
    } else if (result.error.code !== 'cancelled') {
      dispatch({ type: 'failed', message: result.error.message, offer: writeFailureOffer('export-annotations', result.error.code) });
    }
  }, [api, dispatch, stateRef]);

  // Exports are numbered: a newer one supersedes an older still running (main cancels it), and only the newer's end ends the wait (state/busy.ts).
  const exports = useRef(0);
  const exportReport = useCallback(async (options: ReportOptions) => {
    setExportOpen(false);
    // The choices as made are the next export's defaults (claims too, when this comparison has no article to include).
    setReportOptions(options);
    const s = stateRef.current;
    if (!s.loaded) return;
    // Not while a comparison is on its way (state/busy.ts): the report is of the comparison on screen.
    const refused = refusal(s.busy, 'export-pdf');
    if (refused !== null) return dispatch({ type: 'announce', message: refused });
    const n = ++exports.current;
    dispatch({ type: 'report-started', export: n });
    const result = await api.exportReport({ document: s.work.document, edits: editsOf(s), options: { ...options, claims: options.claims && s.loaded.article !== null } });
    dispatch({ type: 'report-ended', export: n, outcome: reportOutcome(result) });
  }, [api, dispatch, stateRef]);

  // The report's page size starts as the settings say (settings.json; from the locale until changed).
  useEffect(() => {
    void api.getSettings().then((r) => {
      if (r.ok) setReportOptions((o) => ({ ...o, pageSize: r.value.pdfPageSize }));
    });
  }, [api]);

  /** The last export again, asking for another name (after a read-only file was refused). */
  const exportAnnotationsAgain = useCallback(() => void exportAs(lastFormat.current), [exportAs]);
  const exportReportAgain = useCallback(() => void exportReport(reportOptions), [exportReport, reportOptions]);

  return { save, exportAs, exportReport, exportOpen, setExportOpen, reportOptions, exportAnnotationsAgain, exportReportAgain };
}
