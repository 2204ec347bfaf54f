/**
 * The folder open and save dialogs start in: the folder of the last file chosen in
 * any of them (kept in the settings, so it lasts between runs). main.ts connects it
 * to the settings; the dialogs ask `startFolder()` and report with `noteChosen()`.
 */
import { dirname } from 'node:path';

/** Where the last folder is kept. */
export interface FolderMemory {
  get(): string | null;
  set(folder: string): void;
}

let memory: FolderMemory | null = null;

/** Connects the dialogs to `m` (null: the dialogs start where the OS chooses). */
export function rememberFolders(m: FolderMemory | null): void {
  memory = m;
}

/** The folder a dialog starts in, when one is known. */
export function startFolder(): string | undefined {
  return memory?.get() ?? undefined;
}

/** Records the folder of the first of `paths` chosen in a dialog. */
export function noteChosen(paths: readonly string[]): void {
  const first = paths[0];
  if (first !== undefined && memory) memory.set(dirname(first));
}
