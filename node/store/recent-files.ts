/**
 * File > Open Recent: the comparison files and readout pairs the user opened, most
 * recent first, at most ten, kept in `<userData>/recent.json` (its own file, apart
 * from the settings) written atomically. The list logic is pure; reading never
 * fails: a missing file is an empty list, a damaged one is an empty list with a
 * message (the app starts all the same, and the next change replaces it).
 */
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { readTextFile } from '../read-text';
import { writeAtomically } from './atomic-write';

/** The file's name in the userData folder. */
export const RECENT_FILE = 'recent.json';
/** How many entries are kept. */
export const MAX_RECENT = 10;

/** The largest recent.json read (ten entries take a few kilobytes). */
const MAX_RECENT_BYTES = 1024 * 1024;

const path = z.string().min(1).max(4096);
const entrySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('comparison'), path }),
  z.strictObject({ kind: z.literal('pair'), a: path, b: path }),
]);
const fileSchema = z.strictObject({ version: z.literal(1), entries: z.array(entrySchema).max(100) });

/** Something opened: a comparison file, or two readouts compared. Paths are absolute. */
export type RecentEntry = z.infer<typeof entrySchema>;

/** Whether two entries name the same thing. */
export function sameEntry(x: RecentEntry, y: RecentEntry): boolean {
  return x.kind === 'comparison' ? y.kind === 'comparison' && x.path === y.path : y.kind === 'pair' && x.a === y.a && x.b === y.b;
}

/** `list` with `entry` first, once, and at most `MAX_RECENT` entries. */
export function addRecent(list: readonly RecentEntry[], entry: RecentEntry): RecentEntry[] {
  return [entry, ...list.filter((e) => !sameEntry(e, entry))].slice(0, MAX_RECENT);
}

/** `list` without `entry`. */
export function removeRecent(list: readonly RecentEntry[], entry: RecentEntry): RecentEntry[] {
  return list.filter((e) => !sameEntry(e, entry));
}

/** The menu's label for an entry: "call.readouts (/home/me/calls)", "whitehouse.html and kremlin.pdf (/home/me/r)". */
export function recentLabel(entry: RecentEntry): string {
  if (entry.kind === 'comparison') return `${basename(entry.path)} (${dirname(entry.path)})`;
  const [da, db] = [dirname(entry.a), dirname(entry.b)];
  return da === db ? `${basename(entry.a)} and ${basename(entry.b)} (${da})` : `${basename(entry.a)} (${da}) and ${basename(entry.b)} (${db})`;
}

/** The paths an entry names, for the operating system's own recent documents. */
export function entryPaths(entry: RecentEntry): string[] {
  return entry.kind === 'comparison' ? [entry.path] : [entry.a, entry.b];
}

/** The list in `<userData>/recent.json`, and what was wrong with the file when it could not be used (null when it could, or is missing). */
export async function loadRecent(userData: string): Promise<{ entries: RecentEntry[]; problem: string | null }> {
  const file = join(userData, RECENT_FILE);
  // read-text.ts's checked read: a regular file only, never waiting on a pipe (the start awaits this list)
  const read = await readTextFile(file, { maxBytes: MAX_RECENT_BYTES });
  if (!read.ok) return { entries: [], problem: read.error.code === 'not-found' ? null : `${read.error.message}; the recent files list starts empty` };
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch {
    return { entries: [], problem: `${file}: not valid JSON; the recent files list starts empty` };
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) return { entries: [], problem: `${file}: not a recent files list (${parsed.error.issues[0]?.message ?? 'invalid'}); it starts empty` };
  return { entries: parsed.data.entries.slice(0, MAX_RECENT), problem: null };
}

/** Writes the list to `<userData>/recent.json` atomically; the write's failure, named, or null. */
export async function saveRecent(userData: string, entries: readonly RecentEntry[]): Promise<string | null> {
  const written = await writeAtomically(join(userData, RECENT_FILE), `${JSON.stringify({ version: 1, entries }, null, 2)}\n`, join(userData, RECENT_FILE));
  return written.ok ? null : written.message;
}

/** The recent files of the app: the list in memory, each change written in turn (a later write never overtaken by an earlier one). */
export function createRecentFiles(userData: string, initial: readonly RecentEntry[], onError: (message: string) => void = () => {}) {
  let entries: RecentEntry[] = [...initial];
  let writing: Promise<void> = Promise.resolve();
  const persist = (): Promise<void> => {
    const snapshot = entries;
    writing = writing.then(async () => {
      const failed = await saveRecent(userData, snapshot);
      if (failed) onError(failed);
    });
    return writing;
  };
  return {
    /** The entries, most recent first. */
    list: (): readonly RecentEntry[] => entries,
    /** Puts `entry` first. */
    add: (entry: RecentEntry): Promise<void> => { entries = addRecent(entries, entry); return persist(); },
    /** Takes `entry` off (a file that is gone). */
    remove: (entry: RecentEntry): Promise<void> => { entries = removeRecent(entries, entry); return persist(); },
    /** Empties the list. */
    clear: (): Promise<void> => { entries = []; return persist(); },
  };
}

/** The recent files' service, as `createRecentFiles` makes it. */
export type RecentFiles = ReturnType<typeof createRecentFiles>;
