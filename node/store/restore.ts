/**
 * Where the app keeps the comparison it restores on start: the autosaved state of
 * the last comparison, with its annotations. The caller passes Electron's userData
 * folder (`app.getPath('userData')`), so nothing here imports Electron.
 */
import { join } from 'node:path';

/** The name of the autosave file in the userData folder. */
export const AUTOSAVE_NAME = 'autosave.readouts';

/** The autosave file under `userData`: `<userData>/autosave.readouts`. */
export function restorePath(userData: string): string {
  return join(userData, AUTOSAVE_NAME);
}
