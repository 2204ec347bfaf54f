/**
 * File > Compare Files…: asks for two readouts in the native open dialog and
 * compares them. The user may select both at once (multi-select) or one, in which
 * case a second dialog asks for the other.
 */
import { dirname } from 'node:path';
import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { MainHandlers } from '../node/app/handlers';
import { IMPORT_EXTENSIONS } from '../shared/file/formats';
import type { LoadedComparison, Result } from '../shared/ipc/contract';
import { noteChosen, startFolder } from './last-folder';

/** The dialog's file filters: readouts in every format the importers read first, everything else on request. */
export const READOUT_FILTERS = [
  { name: 'Readouts', extensions: [...IMPORT_EXTENSIONS] },
  { name: 'All files', extensions: ['*'] },
];

/**
 * The paths chosen in a native open dialog (over `win` when there is one); none when it was closed.
 * Without a `defaultPath` of its own, it starts in the last folder used (last-folder.ts), which the choice updates.
 */
export async function askForFiles(win: BrowserWindow | null, options: OpenDialogOptions): Promise<string[]> {
  const start = options.defaultPath ?? startFolder();
  const asked = start === undefined ? options : { ...options, defaultPath: start };
  const answer = win ? await dialog.showOpenDialog(win, asked) : await dialog.showOpenDialog(asked);
  if (answer.canceled) return [];
  noteChosen(answer.filePaths);
  return answer.filePaths;
}

/**
 * Two readout paths, in the order they will be shown (left, right), or `cancelled`
 * when the user closes a dialog, or `refused` when more than two were selected.
 * Two files selected together are put in path order, since platforms return
 * multi-selections in different orders; one then another keep the order chosen.
 */
export async function pickTwoReadouts(win: BrowserWindow | null): Promise<Result<[string, string]>> {
  const first = await askForFiles(win, {
    title: 'Compare Files',
    message: 'Choose two readouts to compare (or one, then the other).',
    buttonLabel: 'Compare',
    properties: ['openFile', 'multiSelections'],
    filters: READOUT_FILTERS,
  });
  const [a, b] = first;
  if (a === undefined) return { ok: false, error: { code: 'cancelled', message: 'No files were chosen.' } };
  if (first.length > 2) {
    return { ok: false, error: { code: 'refused', message: `Choose two readouts to compare, not ${first.length}.` } };
  }
  if (b !== undefined) return { ok: true, value: a <= b ? [a, b] : [b, a] };

  const [second] = await askForFiles(win, {
    title: 'Compare Files: the second readout',
    message: 'Choose the readout to compare with the first.',
    buttonLabel: 'Compare',
    defaultPath: dirname(a),
    properties: ['openFile'],
    filters: READOUT_FILTERS,
  });
  if (second === undefined) return { ok: false, error: { code: 'cancelled', message: 'No second file was chosen.' } };
  return { ok: true, value: [a, second] };
}

/** Asks for two readouts and compares them (see `pickTwoReadouts`). */
export async function compareFilesWithDialog(handlers: MainHandlers, win: BrowserWindow | null): Promise<Result<LoadedComparison>> {
  const picked = await pickTwoReadouts(win);
  if (!picked.ok) return picked;
  return handlers.compareFiles(...picked.value);
}
