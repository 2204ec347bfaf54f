/**
 * The app's log: `<userData>/logs/main.log`, appended to asynchronously (one write
 * at a time, in order), rotated when it would pass 1 MB (main.log → main.1.log →
 * main.2.log → main.3.log; the oldest dropped), so the logs never take more than
 * about 4 MB.
 *
 * The log holds error messages and stacks, never the text of the user's documents.
 * Error messages can quote a document (an importer naming the words it choked on),
 * so every entry goes through `scrubLogText`: quoted passages are replaced by their
 * length, and each line and the whole entry are cut to a bounded length.
 */
import { appendFile, mkdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Where an entry comes from. */
export type LogSource = 'main' | 'renderer';
/** How bad it is. */
export type LogLevel = 'error' | 'warn' | 'info';

/** At most this many characters of any line of an entry are kept. */
export const MAX_LINE = 300;
/** At most this many lines of an entry (a message and its stack) are kept. */
export const MAX_LINES = 30;
/** A quotation at least this long is replaced by its length. */
const QUOTE_MIN = 12;

/** The log's file name in its folder. */
export const LOG_FILE = 'main.log';

// “…”, «…», "…" and '…' of QUOTE_MIN characters or more (on one line)
const QUOTED = new RegExp(`(“[^”\\n]{${QUOTE_MIN},}”|«[^»\\n]{${QUOTE_MIN},}»|"[^"\\n]{${QUOTE_MIN},}"|'[^'\\n]{${QUOTE_MIN},}')`, 'gu');

/**
 * An entry's text as it may be logged: quotations of 12 characters or more become
 * "[quoted text, n characters]", control characters are dropped, each line is cut
 * to MAX_LINE characters and the entry to MAX_LINES lines.
 */
export function scrubLogText(text: string): string {
  const lines = text
    .replace(/\r\n?/gu, '\n')
    .replace(QUOTED, (q) => `[quoted text, ${q.length - 2} characters]`)
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/gu, '')
    .split('\n');
  const kept = lines.slice(0, MAX_LINES).map((line) => (line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line));
  if (lines.length > MAX_LINES) kept.push(`… (${lines.length - MAX_LINES} more lines)`);
  return kept.join('\n');
}

/** One entry as written: an ISO time, level, source, and the scrubbed text, continuation lines indented. */
export function formatEntry(time: Date, level: LogLevel, source: LogSource, text: string): string {
  return `${time.toISOString()} ${level.toUpperCase()} [${source}] ${scrubLogText(text).replace(/\n/gu, '\n    ')}\n`;
}

/** Options of {@link createLog}. */
export interface LogOptions {
  /** The folder of the log files (`<userData>/logs`); made when first written. */
  dir: string;
  /** Rotate when the file would pass this many bytes; default 1 MB. */
  maxBytes?: number;
  /** Rotated files kept (main.1.log …); default 3. */
  keep?: number;
  /** The clock. */
  now?: () => Date;
}

/** The log. */
export interface Log {
  /** Appends an entry (scrubbed) a moment later; never throws, never waits. */
  write(level: LogLevel, source: LogSource, text: string): void;
  /** Resolves when every entry written so far is on disk (or failed). */
  flush(): Promise<void>;
  /** The folder of the log files. */
  readonly dir: string;
}

/** Creates the log in `options.dir`. A failure to write is reported once on stderr and otherwise ignored: logging must never break the app. */
export function createLog(options: LogOptions): Log {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = options.keep ?? 3;
  const now = options.now ?? (() => new Date());
  const file = join(options.dir, LOG_FILE);
  const rotated = (n: number): string => join(options.dir, LOG_FILE.replace(/\.log$/u, `.${n}.log`));
  let size: number | null = null;
  let queue: Promise<void> = Promise.resolve();
  let complained = false;

  const rotate = async (): Promise<void> => {
    for (let n = keep; n >= 1; n--) {
      const from = n === 1 ? file : rotated(n - 1);
      try {
        await rename(from, rotated(n));
      } catch (e) {
        if (!(e && typeof e === 'object' && 'code' in e && e.code === 'ENOENT')) throw e;
      }
    }
    size = 0;
  };

  const append = async (entry: string): Promise<void> => {
    if (size === null) {
      await mkdir(options.dir, { recursive: true });
      size = await stat(file).then((s) => s.size, () => 0);
    }
    const bytes = Buffer.byteLength(entry, 'utf8');
    if (size > 0 && size + bytes > maxBytes) await rotate();
    await appendFile(file, entry, 'utf8');
    size += bytes;
  };

  return {
    dir: options.dir,
    write(level, source, text) {
      const entry = formatEntry(now(), level, source, text);
      queue = queue.then(() => append(entry)).catch((e: unknown) => {
        size = null;
        if (!complained) process.stderr.write(`Readout Compare cannot write its log in ${options.dir}: ${e instanceof Error ? e.message : String(e)}\n`);
        complained = true;
      });
    },
    flush: () => queue,
  };
}
