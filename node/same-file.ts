/**
 * Whether two paths name one file: the same path once links are followed
 * (realpath), or the same inode. Used before comparing two readouts, so that a file
 * is not compared with itself (CLI and app). A path that cannot be resolved is left
 * to the reader, which says what is wrong with it.
 */
import { realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';

/** What tells one file from another: fs.stat with `{ bigint: true }`, since a 64-bit Windows file id is not exact as a Number (nodejs/node#12115). */
export interface FileIdentity {
  isFile(): boolean;
  ino: bigint;
  dev: bigint;
  nlink: bigint;
}

/**
 * Whether two different real paths are one file: a hard link (two paths to one file only through
 * a second link, so `nlink > 1`), with the same device and a known id (FAT and exFAT may give 0 for every file).
 */
export function oneFileByStats(a: FileIdentity, b: FileIdentity): boolean {
  return a.isFile() && a.nlink > 1n && a.ino !== 0n && a.ino === b.ino && a.dev === b.dev;
}

/** The real path both `a` and `b` (relative to `cwd`) name, or null when they are two files (or either cannot be resolved). */
export async function sameFile(a: string, b: string, cwd: string = process.cwd()): Promise<string | null> {
  try {
    const [realA, realB] = await Promise.all([realpath(resolve(cwd, a)), realpath(resolve(cwd, b))]);
    if (realA === realB) return realA;
    // Hard links: two paths, one file.
    const [statA, statB] = await Promise.all([stat(realA, { bigint: true }), stat(realB, { bigint: true })]);
    return oneFileByStats(statA, statB) ? realA : null;
  } catch {
    return null;
  }
}
