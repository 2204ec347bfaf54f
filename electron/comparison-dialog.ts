/**
 * The native dialogs of File > Open Comparison…, Save As… and Export Annotations…:
 * an `AskPath` for node/app/comparison-file.ts, which does the rest (and is tested
 * without Electron). Thin glue.
 */
import { join } from 'node:path';
import { dialog, type BrowserWindow, type FileFilter, type SaveDialogOptions } from 'electron';
import type { AskPath, PathRequest } from '../node/app/comparison-file';
import type { ExportFormat } from '../shared/annotations/export';
import { askForFiles } from './compare-dialog';
import { noteChosen, startFolder } from './last-folder';

/** Comparison files first, everything else on request. */
export const COMPARISON_FILTERS: FileFilter[] = [
  { name: 'Readout Compare comparisons', extensions: ['readouts'] },
  { name: 'All files', extensions: ['*'] },
];

/** The one filter of each export format. */
export const EXPORT_FILTERS: Record<ExportFormat, FileFilter[]> = {
  jsonld: [{ name: 'W3C Web Annotation (JSON-LD)', extensions: ['jsonld'] }],
  csv: [{ name: 'CSV', extensions: ['csv'] }],
  md: [{ name: 'Markdown', extensions: ['md'] }],
};

/** The report's filter. */
export const PDF_FILTERS: FileFilter[] = [{ name: 'PDF', extensions: ['pdf'] }];

/** The save dialog's options for a request. */
export function saveDialogOptions(request: PathRequest): SaveDialogOptions {
  const exporting = request.purpose === 'export';
  const report = request.purpose === 'report';
  const name = request.name ?? '';
  return {
    title: report ? 'Export PDF Report' : exporting ? 'Export Annotations' : 'Save Comparison',
    buttonLabel: exporting || report ? 'Export' : 'Save',
    defaultPath: request.dir ? join(request.dir, name) : name,
    filters: report ? PDF_FILTERS : exporting ? EXPORT_FILTERS[request.format ?? 'jsonld'] : COMPARISON_FILTERS.slice(0, 1),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** Asks with the native dialogs, over `win` when there is one. */
export function dialogAsker(win: BrowserWindow | null): AskPath {
  return async (request) => {
    if (request.purpose === 'open') {
      const [path] = await askForFiles(win, { title: 'Open Comparison', buttonLabel: 'Open', properties: ['openFile'], filters: COMPARISON_FILTERS });
      return path ?? null;
    }
    // the comparison's own folder, else the last folder used
    const options = saveDialogOptions({ ...request, dir: request.dir ?? startFolder() });
    const answer = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (answer.canceled || !answer.filePath) return null;
    noteChosen([answer.filePath]);
    return answer.filePath;
  };
}
