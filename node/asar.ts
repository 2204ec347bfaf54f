/**
 * Paths into Electron's app archive. A packaged app's modules live inside
 * `resources/app.asar`, a file Electron's patched `require` and `fs` read as a folder;
 * files listed in electron-builder's `asarUnpack` are also written, as plain files, to
 * `resources/app.asar.unpacked` at the same place. A path resolved inside the archive
 * still names `app.asar`; code that hands such a file to a reader that may not go
 * through Electron's patches (the ESM loader in a worker thread) maps it with
 * {@link unpackedPath}. Outside a packaged app the path is returned as it is.
 */

/** The `app.asar` folder segment, between separators (either kind, for Windows). */
const ASAR_SEGMENT = /([\\/])app\.asar([\\/])/;

/** `path` with its `app.asar` folder replaced by `app.asar.unpacked`; unchanged when it has none. */
export function unpackedPath(path: string): string {
  return path.replace(ASAR_SEGMENT, '$1app.asar.unpacked$2');
}
