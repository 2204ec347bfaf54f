/**
 * Saving the comparison on screen and exporting its annotations or its PDF report,
 * each with the analyst's latest work; the report's options dialog and the options
 * last used (the page size first from the settings, else the locale).
 */
import { useCallback, useEffect, useState, type Dispatch, type RefObject } from 'react';
import type { ExportFormat } from '../../shared/annotations/export';
import type { ReadoutsApi, SaveMode } from '../../shared/ipc/contract';
import { defaultPageSize, DEFAULT_REPORT_OPTIONS, type ReportOptions } from '../../shared/report/options';
import { editsOf, type ViewAction, type ViewState } from '../state/view';

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
    const refused = code === 'damaged' || code === 'newer' || code === 'not-readouts';
    dispatch({ type: 'failed', message, offer: refused ? 'replace' : undefined });
  }, [api, dispatch, stateRef]);

  const exportAs = useCallback(async (format: ExportFormat) => {
    const s = stateRef.current;
    if (!s.loaded) return;
    const result = await api.exportAnnotations({ document: s.work.document, edits: editsOf(s), format });
    if (result.ok) {
      const n = s.work.annotations.length;
      dispatch({ type: 'announce', message: `Exported ${n} ${n === 1 ? 'annotation' : 'annotations'} to ${result.value.path}` });
    } else if (result.error.code !== 'cancelled') {
      dispatch({ type: 'failed', message: result.error.message });
    }
  }, [api, dispatch, stateRef]);

  const exportReport = useCallback(async (options: ReportOptions) => {
    setExportOpen(false);
    // The choices as made are the next export's defaults (claims too, when this comparison has no article to include).
    setReportOptions(options);
    const s = stateRef.current;
    if (!s.loaded) return;
    dispatch({ type: 'announce', message: 'Exporting the PDF report…' });
    const result = await api.exportReport({ document: s.work.document, edits: editsOf(s), options: { ...options, claims: options.claims && s.loaded.article !== null } });
    if (result.ok) dispatch({ type: 'announce', message: `PDF report saved to ${result.value.path}` });
    else if (result.error.code === 'cancelled') dispatch({ type: 'announce', message: '' });
    else dispatch({ type: 'failed', message: result.error.message });
  }, [api, dispatch, stateRef]);

  // The report's page size starts as the settings say (settings.json; from the locale until changed).
  useEffect(() => {
    void api.getSettings().then((r) => {
      if (r.ok) setReportOptions((o) => ({ ...o, pageSize: r.value.pdfPageSize }));
    });
  }, [api]);

  return { save, exportAs, exportReport, exportOpen, setExportOpen, reportOptions };
}
