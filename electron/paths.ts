/**
 * Where the app's files are, built or packaged. Pure: no `electron` import.
 * electron-vite writes out/main/index.js, out/preload/index.js and
 * out/renderer/index.html, so the last two are found from the first's folder.
 */
import { join } from 'node:path';

/**
 * The folder holding `samples/`: `<repo>/assets` when run from the source tree
 * (`appPath` is the folder with package.json), `<resources>/assets` when packaged
 * (shipped as an extra resource, outside the asar archive).
 */
export function assetsDirFor(isPackaged: boolean, appPath: string, resourcesPath: string): string {
  return isPackaged ? join(resourcesPath, 'assets') : join(appPath, 'assets');
}

/** The built preload script, from the folder of the built main script (out/main). */
export function preloadPathFor(mainDir: string): string {
  return join(mainDir, '..', 'preload', 'index.js');
}

/** The built renderer page, from the folder of the built main script (out/main). */
export function rendererIndexFor(mainDir: string): string {
  return join(mainDir, '..', 'renderer', 'index.html');
}
