/**
 * Whether two paths name one file: the same path once links are followed
 * (realpath), or the same inode. Used before comparing two readouts, so that a file
 * is not compared with itself (CLI and app). A path that cannot be resolved is left
 * to the reader, which says what is wrong with it.
 */
import { realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';

/** The real path both `a` and `b` (relative to `cwd`) name, or null when they are two files (or either cannot be resolved). */
export async function sameFile(a: string, b: string, cwd: string = process.cwd()): Promise<string | null> {
  try {
    const [realA, realB] = await Promise.all([realpath(resolve(cwd, a)), realpath(resolve(cwd, b))]);
    if (realA === realB) return realA;
    // Hard links: two paths, one file.
    const [statA, statB] = await Promise.all([stat(realA), stat(realB)]);
    return statA.isFile() && statA.ino === statB.ino && statA.dev === statB.dev ? realA : null;
  } catch {
    return null;
  }
}
