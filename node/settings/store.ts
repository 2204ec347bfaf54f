/**
 * settings.json in Electron's userData folder: read once at start, written
 * atomically a moment after each change (debounced) and flushed before quitting.
 *
 * Start is never blocked and nothing is silently overwritten:
 * - no file: the defaults (for the user's locale);
 * - a file that is not a settings file (not JSON, no version): the defaults, a
 *   notice for the user, and the file moved aside as `settings.corrupt <time>.json`;
 * - bad fields: those fields defaulted, the rest kept (reported to the log);
 * - a file from a newer version: the fields that validate are used, and the file is
 *   copied to `settings.v<version>.json` before this version writes its own;
 * - a file that cannot be read, moved or copied: the defaults, and the file is
 *   never written (the notice says so);
 * - a settings.json that is not a regular file (a folder, a named pipe, a device,
 *   a link to one) or is far larger than settings ever are: the defaults, the
 *   notice, and it is neither read (a pipe would wait for a writer forever, a
 *   device could be endless) nor written over.
 *
 * A missing or unusable file is a first run: the first-run introduction shows again.
 */
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { readFileBytes } from '../read-text';
import { writeAtomically } from '../store/atomic-write';
import { createAutosaver, type Timers } from '../store/autosave';
import { defaultSettings, parseSettings, serializeSettings, type Settings } from './settings';

/** The settings file's name in userData. */
export const SETTINGS_FILE = 'settings.json';

/** The largest settings.json read (a few hundred bytes in practice). */
export const MAX_SETTINGS_BYTES = 1024 * 1024;

/** Options of {@link createSettingsStore}. */
export interface SettingsStoreOptions {
  /** Electron's userData folder. */
  userData: string;
  /** The user's locale (e.g. "en-US"): the default paper size follows it. */
  locale: string;
  /** Quiet time after the last change before writing, in ms; default 500. */
  delayMs?: number;
  /** The clock, for names of files moved aside. */
  now?: () => Date;
  /** Timers for the debounce (fake ones in tests). */
  timers?: Timers;
  /** Where problems worth a line in the log go (bad fields, failed writes). */
  log?: (message: string) => void;
}

/** The settings, as the app reads and changes them. */
export interface SettingsStore {
  /** Reads settings.json (once, at start); `notice` is for the user when it could not be used. Never throws. */
  load(): Promise<{ notice: string | null }>;
  /** The settings now (the defaults until `load` resolves). */
  get(): Settings;
  /** Changes some fields; written a moment later. */
  update(patch: Partial<Omit<Settings, 'version'>>): void;
  /** Writes a pending change now and waits for it. */
  flush(): Promise<void>;
  /** Whether a change waits to be written or is being written. */
  pending(): boolean;
  /** The file's path. */
  readonly path: string;
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Creates the store for `options.userData`; call `load()` before use. */
export function createSettingsStore(options: SettingsStoreOptions): SettingsStore {
  const path = join(options.userData, SETTINGS_FILE);
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  let settings = defaultSettings(options.locale);
  /** False when the file there must not be written over (it could not be read or kept aside). */
  let writable = true;

  const writer = createAutosaver({
    save: (value: Settings) => writeAtomically(path, serializeSettings(value), path),
    delayMs: options.delayMs ?? 500,
    maxDelayMs: 5_000,
    timers: options.timers,
    onSaved: (r) => { if (!r.ok) log(`Settings not saved: ${r.message}`); },
    onError: (e) => log(`Settings not saved: ${messageOf(e)}`),
  });

  const stamp = (): string => now().toISOString().replace(/\.\d+Z$/u, 'Z').replace(/:/gu, '-');

  return {
    path,
    get: () => settings,
    async load() {
      // read-text.ts's checked read: a regular file only (never blocking on a pipe), at most MAX_SETTINGS_BYTES
      const read = await readFileBytes(path, { maxBytes: MAX_SETTINGS_BYTES });
      if (!read.ok) {
        if (read.error.code === 'not-found') return { notice: null };
        writable = false;
        const why = read.error.message.startsWith(`${path}: `) ? read.error.message.slice(path.length + 2) : read.error.message;
        return { notice: `Your settings (${path}) could not be read (${why}): the defaults are used, and the file is left as it is.` };
      }
      const text = new TextDecoder('utf-8').decode(read.bytes);
      const parsed = parseSettings(text, options.locale);
      if (!parsed.ok) {
        const aside = join(options.userData, `settings.corrupt ${stamp()}.json`);
        try {
          await rename(path, aside);
          return { notice: `Your settings (${path}) could not be read: ${parsed.message}. The defaults are used; the file was kept as ${aside}.` };
        } catch (e) {
          writable = false;
          return { notice: `Your settings (${path}) could not be read: ${parsed.message}. The defaults are used; the file could not be moved aside (${messageOf(e)}), so it is left as it is and changes are not saved.` };
        }
      }
      settings = parsed.settings;
      for (const problem of parsed.problems) log(`Settings: ${problem}; the default is used`);
      if (parsed.newer !== null) {
        // A newer version's file keeps what this version cannot read: copy it before writing ours.
        const kept = join(options.userData, `settings.v${parsed.newer}.json`);
        const copied = await writeAtomically(kept, text, kept);
        if (copied.ok) log(`Settings were written by a newer version (format ${parsed.newer}): kept as ${kept}`);
        else {
          writable = false;
          log(`Settings were written by a newer version (format ${parsed.newer}) and could not be kept aside (${copied.message}): they are not written over`);
        }
      }
      return { notice: null };
    },
    update(patch) {
      const next = { ...settings, ...patch };
      if (JSON.stringify(next) === JSON.stringify(settings)) return;
      settings = next;
      if (writable) writer.schedule(settings);
    },
    flush: async () => { await writer.flush(); },
    pending: () => writer.busy(),
  };
}
