/**
 * The renderer's only way to the main process: the named functions the preload
 * exposes as `window.readouts` (shared/ipc/contract.ts). In the end-to-end tests a
 * test transport provides the same object.
 */
import type { ReadoutsApi } from '../shared/ipc/contract';

declare global {
  interface Window {
    readouts?: ReadoutsApi;
  }
}

/** The API, or one that answers every call with an error when the preload is missing. */
export function api(): ReadoutsApi {
  if (window.readouts) return window.readouts;
  const missing = async () => ({ ok: false as const, error: { code: 'internal' as const, message: 'The app’s bridge to its main process is missing (preload not loaded).' } });
  return {
    listSamples: missing, openSample: missing, compareFilesDialog: missing, openArticleDialog: missing, openExternal: missing, initial: missing, pendingArticle: missing, shown: missing,
    saveComparison: missing, openComparisonDialog: missing, openComparisonBackup: missing, cancel: missing, autosave: missing, exportAnnotations: missing, exportReport: missing, about: missing,
    onComparisonLoaded: () => () => {}, onCommand: () => () => {},
    getSettings: missing, markIntroSeen: missing, logError: missing,
    importSource: missing, compareImported: missing, pasteSource: missing, copyText: missing,
  };
}
