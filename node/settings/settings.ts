/**
 * The app's settings as stored in `<userData>/settings.json`: a versioned JSON
 * object, each field validated on its own, so that one bad field costs only that
 * field (it falls back to its default) and never the others. Pure apart from zod:
 * reading and writing the file is `store.ts`.
 */
import { z } from 'zod';
import { defaultPageSize, PAGE_SIZES, type PageSize } from '../../shared/report/options';

/** The settings format this version writes. A file with a higher `version` came from a newer app. */
export const SETTINGS_VERSION = 1;

/** The colour theme: follow the OS, or force light or dark. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

// Paper sizes for PDF export, and the one a locale prints on: the report's own (shared/report/options.ts).
export { PAGE_SIZES, type PageSize } from '../../shared/report/options';

/** The main window's last bounds, in screen DIPs (Electron's coordinates), and whether it was maximised. */
export interface WindowState {
  /** Left edge, DIPs from the primary display's origin (negative on a display left of it). */
  x: number;
  /** Top edge, DIPs. */
  y: number;
  /** Width in DIPs (the normal, not maximised, size). */
  width: number;
  /** Height in DIPs. */
  height: number;
  maximized: boolean;
}

/** Everything the app remembers between runs. */
export interface Settings {
  version: number;
  theme: Theme;
  /** Default paper size of PDF exports. */
  pdfPageSize: PageSize;
  /** The main window's bounds when it last closed or moved; null before the first run. */
  window: WindowState | null;
  /** The folder of the last file chosen in an open or save dialog; null before the first. */
  lastFolder: string | null;
  /**
   * Whether the first-run introduction was dismissed ("Got it"). Kept here, not in the page's
   * storage, which a new origin (the app:// scheme) or a cleared profile starts empty.
   */
  introSeen: boolean;
}

const coordinate = z.number().int().min(-100_000).max(100_000);
const size = z.number().int().min(1).max(100_000);

/** One schema per field: a field that fails is defaulted alone. */
export const FIELD_SCHEMAS = {
  theme: z.enum(THEMES),
  pdfPageSize: z.enum(PAGE_SIZES),
  window: z.object({ x: coordinate, y: coordinate, width: size, height: size, maximized: z.boolean() }).nullable(),
  lastFolder: z.string().min(1).max(4096).nullable(),
  introSeen: z.boolean(),
} as const;

type Field = keyof typeof FIELD_SCHEMAS;

/** The usual paper size where `locale` (BCP 47, e.g. "en-US", "fr_CA") is used: Letter in North America and a few more, else A4 (shared/report/options.ts). */
export function pageSizeForLocale(locale: string): PageSize {
  return defaultPageSize(locale);
}

/** The settings of a first run, for a user of `locale`. */
export function defaultSettings(locale: string): Settings {
  return { version: SETTINGS_VERSION, theme: 'system', pdfPageSize: pageSizeForLocale(locale), window: null, lastFolder: null, introSeen: false };
}

/** What `parseSettings` made of a file's text. */
export type ParsedSettings =
  | {
      ok: true;
      settings: Settings;
      /** The fields that were invalid and defaulted, as "field: problem". */
      problems: string[];
      /** The file's version when it is newer than this app's (its fields were read where they validate); else null. */
      newer: number | null;
    }
  /** Not a settings file at all (not JSON, not an object, no usable version). */
  | { ok: false; message: string };

/**
 * Reads settings from a file's text: each known field kept when valid, defaulted
 * otherwise; unknown fields dropped. The whole is refused only when it is not a
 * JSON object with a positive integer `version`.
 */
export function parseSettings(text: string, locale: string): ParsedSettings {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (e) {
    return { ok: false, message: `not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, message: 'not a JSON object' };
  const record = raw as Record<string, unknown>;
  const version = z.number().int().positive().safeParse(record.version);
  if (!version.success) return { ok: false, message: 'no valid "version" field' };
  const settings = defaultSettings(locale);
  const problems: string[] = [];
  for (const field of Object.keys(FIELD_SCHEMAS) as Field[]) {
    if (!(field in record)) continue;
    const parsed = FIELD_SCHEMAS[field].safeParse(record[field]);
    if (parsed.success) (settings as unknown as Record<Field, unknown>)[field] = parsed.data;
    else problems.push(`${field}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  return { ok: true, settings, problems, newer: version.data > SETTINGS_VERSION ? version.data : null };
}

/** The text written to settings.json. */
export function serializeSettings(settings: Settings): string {
  return `${JSON.stringify({ ...settings, version: SETTINGS_VERSION }, null, 2)}\n`;
}
