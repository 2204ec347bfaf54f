/**
 * File > Open Recent in the app: what is remembered when a comparison file or a
 * pair of readouts is opened (the app's own list, node/store/recent-files.ts, and
 * the operating system's recent documents), opening an entry again, and clearing
 * the list. No Electron import: main.ts passes `app` as the OS side, so this is
 * tested with fakes.
 */
import type { MainHandlers } from '../node/app/handlers';
import { entryPaths, type RecentEntry, type RecentFiles } from '../node/store/recent-files';
import type { LoadedComparison, Result } from '../shared/ipc/contract';

/** The operating system's recent documents (Electron's `app`). */
export interface OsRecentDocuments {
  addRecentDocument(path: string): void;
  clearRecentDocuments(): void;
}

/** The recent files' actions; `changed` runs after every change to the list (main rebuilds the menu). */
export function recentActions(recent: RecentFiles, os: OsRecentDocuments, changed: () => void) {
  return {
    /** Puts an entry first (the handlers report every file opened: `onOpened`). */
    remember(entry: RecentEntry): void {
      void recent.add(entry);
      for (const path of entryPaths(entry)) os.addRecentDocument(path);
      changed();
    },
    /** Opens an entry again; one whose file is gone is taken off the list (the error, naming it, is shown all the same). */
    async open(handlers: Pick<MainHandlers, 'openComparisonFile' | 'compareFiles'>, entry: RecentEntry): Promise<Result<LoadedComparison>> {
      const result = entry.kind === 'comparison' ? await handlers.openComparisonFile(entry.path) : await handlers.compareFiles(entry.a, entry.b);
      if (!result.ok && result.error.code === 'not-found') {
        await recent.remove(entry);
        changed();
      }
      return result;
    },
    /** File > Open Recent > Clear Recently Opened: the app's list and the system's. */
    clear(): void {
      void recent.clear();
      os.clearRecentDocuments();
      changed();
    },
  };
}
