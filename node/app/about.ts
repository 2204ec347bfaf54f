/**
 * What Help > About shows: the app's version, its licence, the third-party notices
 * and where the sample readouts come from, read from the app's files. A file that is
 * missing or unreadable gives a text saying so (with its path), never an error: the
 * dialog always opens.
 *
 * Where the files are: `<assetsDir>/notices/third-party.txt`, `<assetsDir>/notices/samples.md`,
 * and the licence as `LICENSE` beside the assets folder (the repository's root from source;
 * the resources folder when packaged, where the packaging ships it with the assets).
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AboutInfo, Result } from '../../shared/ipc/contract';

/** More than any notice file should ever be; a bigger one is cut, with a line saying so. */
export const ABOUT_FILE_LIMIT = 2_000_000;

/** The files About reads, for an assets folder. */
export function aboutFiles(assetsDir: string): { license: string; notices: string; samplesProvenance: string } {
  return {
    license: join(dirname(assetsDir), 'LICENSE'),
    notices: join(assetsDir, 'notices', 'third-party.txt'),
    samplesProvenance: join(assetsDir, 'notices', 'samples.md'),
  };
}

/** A text file's content, or a sentence saying why it cannot be shown. */
async function readNotice(path: string, what: string): Promise<string> {
  try {
    const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
    if (text.trim() === '') return `The ${what} file is empty (${path}).`;
    return text.length > ABOUT_FILE_LIMIT ? `${text.slice(0, ABOUT_FILE_LIMIT)}\n\n[… cut: the file ${path} is longer than ${ABOUT_FILE_LIMIT.toLocaleString('en')} characters]` : text;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return `The ${what} file was not found (${path}).`;
    return `The ${what} file could not be read (${path}): ${code ?? (e instanceof Error ? e.message : String(e))}.`;
  }
}

/** The About dialog's content for the app at `assetsDir`, version `version`. */
export async function readAbout(assetsDir: string, version: string): Promise<Result<AboutInfo>> {
  const files = aboutFiles(assetsDir);
  const [license, notices, samplesProvenance] = await Promise.all([
    readNotice(files.license, 'licence'),
    readNotice(files.notices, 'third-party notices'),
    readNotice(files.samplesProvenance, 'samples’ provenance'),
  ]);
  return { ok: true, value: { version, license, notices, samplesProvenance } };
}
