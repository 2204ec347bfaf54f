/**
 * What a killed process leaves, and how the next one clears it (issue 15, item 11).
 *
 * Temporary files and folders are named so that their maker can be told: a write's
 * temporary file is `.<name>.rc-tmp-<pid>-<n>` beside its target (atomic-write.ts),
 * the printing browser's folder `readout-compare-print-<pid>-<n>` in the system's
 * temporary folder (report/pdf.ts). A later run removes those of the pattern whose
 * process is gone, and only those: a file of a running process (this one, or another
 * save in progress) is left alone, and so is anything named otherwise.
 *
 * What this process makes is registered while it exists (`own`), so that Ctrl+C
 * (SIGINT) can remove it before the process exits (`removeOwned`, node/cli.ts).
 */
import { readdirSync, rmSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A write's temporary file: `.<name>.rc-tmp-<pid>-<n>`. */
export const TEMP_FILE = /^\..+\.rc-tmp-(\d+)-\d+$/;
/** The printing browser's folder: `readout-compare-print-<pid>-<n>`. */
export const PRINT_FOLDER = /^readout-compare-print-(\d+)-\d+$/;

let made = 0;

/** The temporary file a write to `target` goes through first, in its folder. */
export function tempFileFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.rc-tmp-${process.pid}-${++made}`);
}

/** A name for this process's printing-browser folder. */
export function printFolderName(): string {
  return `readout-compare-print-${process.pid}-${++made}`;
}

/** Whether the process `pid` has ended (one that exists but is not ours to signal is running). */
export function processGone(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Waits (polling) until no process of the process group `group` is left, at most `ms`;
 * whether it is gone. Where there are no process groups (Windows), the process `group`.
 */
export async function groupGone(group: number, ms = 4000): Promise<boolean> {
  if (group <= 0) return true;
  const gone = () => processGone(process.platform === 'win32' ? group : -group);
  const end = Date.now() + ms;
  while (!gone()) {
    if (Date.now() >= end) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

/** Folders already cleared by this process (once is enough: later litter is its own, removed as it goes). */
const swept = new Set<string>();

/**
 * Removes the entries of `dir` whose name matches `pattern` (its first group a
 * process id) and whose process is gone; how many were removed. Never throws.
 */
export async function removeStale(dir: string, pattern: RegExp): Promise<number> {
  const key = `${dir}\0${pattern.source}`;
  if (swept.has(key)) return 0;
  swept.add(key);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const pid = pattern.exec(name)?.[1];
    if (pid === undefined || !processGone(Number(pid))) continue;
    await rm(join(dir, name), { recursive: true, force: true }).then(() => removed++, () => undefined);
  }
  return removed;
}

/** SIGKILL to every process of group `group` (none: nothing). */
export function killGroup(group: number): void {
  if (group <= 0) return;
  try {
    process.kill(process.platform === 'win32' ? group : -group, 'SIGKILL');
  } catch {
    // already gone
  }
}

/**
 * Waits until no process of `group` is left (`groupGone`, `ms` each time); when some
 * still lives after that (a helper that ignored the first end), kills the group
 * (SIGKILL) and waits once more. True when the group is gone: only then may its folder go.
 */
export async function settleGroup(group: number, ms = 4000): Promise<boolean> {
  if (await groupGone(group, ms)) return true;
  killGroup(group);
  return groupGone(group, ms);
}

/** Temporary files and folders of this process that exist now. */
const owned = new Set<string>();
/** Work to stop before they are removed (the printing browser, which writes into its folder). */
const closers = new Set<() => Promise<void>>();

/** Registers `path` as this process's, until `disown`. */
export function own(path: string): void {
  owned.add(path);
}

/** `path` was removed, or became the real file. */
export function disown(path: string): void {
  owned.delete(path);
}

/** Registers `close` to run before the owned paths are removed; returns its removal. */
export function onInterrupt(close: () => Promise<void>): () => void {
  closers.add(close);
  return () => closers.delete(close);
}

/**
 * How long Ctrl+C waits for the registered work to stop: longer than the printing
 * browser's launch timeout (30 s, node/report/pdf.ts), since a browser still starting can
 * only be killed once its launch resolves. A second Ctrl+C exits at once.
 */
export const INTERRUPT_WAIT_MS = 35_000;

/**
 * Stops what registered (each given at most `waitMs`), then removes every path this
 * process owns: what Ctrl+C does before the CLI exits.
 */
export async function removeOwned(waitMs = INTERRUPT_WAIT_MS): Promise<void> {
  const all = [...closers].map((close) => close().catch(() => undefined));
  closers.clear();
  await Promise.race([Promise.all(all), new Promise((r) => setTimeout(r, waitMs).unref())]);
  for (const path of owned) rmSync(path, { recursive: true, force: true, maxRetries: 3 });
  owned.clear();
}

/**
 * Ctrl+C (SIGINT) or SIGTERM: the printing browser closed, this run's temporary files
 * and folders removed, then exit with `code` (128 + the signal's number); the CLI's
 * (node/cli.ts). A second signal while that runs exits at once.
 */
export function stopCleanlyOn(signal: 'SIGINT' | 'SIGTERM', code: number): void {
  process.once(signal, () => {
    interruptedWith = code;
    process.exitCode = code;
    process.once(signal, () => process.exit(code));
    // The process lives until the clean-up is done: the work the signal broke (a print
    // whose browser is killed) may end first, and must not end the process with its own code.
    const alive = setInterval(() => undefined, 1000);
    void removeOwned().finally(() => {
      clearInterval(alive);
      process.exit(code);
    });
  });
}

let interruptedWith: number | null = null;

/** The exit code of the signal being handled (stopCleanlyOn), or null: the CLI then neither prints its outcome nor sets its code. */
export function interrupted(): number | null {
  return interruptedWith;
}

/** The names in `dir` that match `pattern` (for tests and for the crash test's count). */
export function matching(dir: string, pattern: RegExp): string[] {
  try {
    return readdirSync(dir).filter((n) => pattern.test(n));
  } catch {
    return [];
  }
}
