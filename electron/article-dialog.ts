/**
 * File > Open Article…: asks for a news article in the native open dialog and
 * analyses it against the comparison on screen (node/app/handlers.ts keeps its
 * readouts). Without a comparison there is nothing to analyse against: the dialog
 * is not shown.
 */
import type { BrowserWindow } from 'electron';
import type { MainHandlers } from '../node/app/handlers';
import type { LoadedComparison, Result } from '../shared/ipc/contract';
import { IMPORT_EXTENSIONS } from '../shared/file/formats';
import { askForFiles } from './compare-dialog';

/** The dialog's file filters: articles in every format the importers read and curated claims files (docs/claims-file.md) first, everything else on request. */
export const ARTICLE_FILTERS = [
  { name: 'Articles and claims files', extensions: [...IMPORT_EXTENSIONS, 'json'] },
  { name: 'All files', extensions: ['*'] },
];

/** Asks for an article and analyses it; `no-comparison` without a comparison, `cancelled` when the dialog is closed. */
export async function openArticleWithDialog(handlers: MainHandlers, win: BrowserWindow | null): Promise<Result<LoadedComparison>> {
  if (!handlers.hasComparison()) {
    return { ok: false, error: { code: 'no-comparison', message: 'Open a sample or compare two readouts before opening an article.' } };
  }
  const [path] = await askForFiles(win, {
    title: 'Open Article',
    message: 'Choose a news article about the call, to check what it says the readouts say.',
    buttonLabel: 'Open',
    properties: ['openFile'],
    filters: ARTICLE_FILTERS,
  });
  if (path === undefined) return { ok: false, error: { code: 'cancelled', message: 'No article was chosen.' } };
  return handlers.openArticle(path);
}
