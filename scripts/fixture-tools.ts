/** What the scripts that write example comparison files share. */
import { writeFileSync } from 'node:fs';
import { serializeReadoutsFile, type ReadoutsFile } from '../shared/file/readouts-file';
import type { SourceDoc } from '../shared/model/types';
import { loadSourceDoc } from '../node/source-doc';

/** A source file of `dir` as the app loads it (with its meta.json), or an error naming it. */
export async function loadDoc(dir: string, name: string): Promise<SourceDoc> {
  const r = await loadSourceDoc(name, { cwd: dir });
  if (!r.ok) throw new Error(r.error.message);
  return r.doc;
}

/** When `script` is the script run, writes what `make` builds to argv[2] or `out`, and says what was written. */
export function runFixtureScript(script: string, out: string, make: () => Promise<ReadoutsFile>, what: (file: ReadoutsFile) => string): void {
  if (!process.argv[1]?.endsWith(script)) return;
  const path = process.argv[2] ?? out;
  make().then((file) => {
    writeFileSync(path, serializeReadoutsFile(file));
    console.log(`wrote ${path}: ${what(file)}`);
  }, (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  });
}
