/**
 * What is known about a readout beyond its text, from a meta.json (format:
 * tests/fixtures/pairs/README.md): its label, publisher, date, completeness, ….
 *
 * Which meta.json: the one given explicitly (the CLI's `--meta FILE`), else a
 * `meta.json` in the readout's folder, else, for a symbolic link that one does not
 * describe, the meta.json beside the file it points to (by that file's name), else
 * none (defaults). The readout is found in it by file name (its basename), among
 * `readouts` and then `article`.
 *
 * A meta.json that exists but is broken (not JSON, or not this format) is an
 * error even when it was only found next to the readout: ignoring it would
 * silently drop what it says, e.g. that a copy is incomplete, and the comparison
 * would then call a gap in that copy a statement the other side made alone. The
 * caller can offer a way to skip meta files (the CLI's `--no-meta`). A meta.json
 * that is fine but does not describe the file gives the defaults.
 */
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { missingPartSchema } from '../shared/compare/missing-schema';
import { isWebAddress } from '../shared/text/url';
import type { SourceMeta } from '../shared/model/types';
import { labelFromFileName } from '../shared/text/file-label';
import { readTextFile, symbolicLinkTarget } from './read-text';
import { failure, type Result } from './result';

/** A date of the Gregorian calendar as YYYY-MM-DD: 2024-02-29 is one, 2025-02-29 and 2025-13-45 are not. */
const isoDate = z.string().refine(isCalendarDate, 'expected a real date as YYYY-MM-DD');

function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days in `month` (1–12) of `year`. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A BCP 47 tag that `Intl` accepts (an invalid one would make `Intl.Segmenter` throw later). */
const languageTag = z.string().refine((tag) => {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}, 'expected a BCP 47 language tag such as "en" or "ru"');

const optionalText = z.string().nullish();

/** One readout (or the article) in a meta.json. Extra fields are allowed; optional ones may be null. */
export const metaEntrySchema = z.looseObject({
  file: z.string().min(1),
  label: z.string().min(1).nullish(),
  publisher: optionalText,
  title: optionalText,
  /** An http(s) address (shared/text/url.ts, the one check): any other is refused with the file named, never shown or exported. */
  url: z.string().refine(isWebAddress, 'expected an http:// or https:// address').nullish(),
  date: isoDate.nullish(),
  language: languageTag.nullish(),
  complete: z.boolean().nullish(),
  note: optionalText,
  provenance: optionalText,
  /** Which parts of an incomplete copy are missing (shared/compare/missing.ts): `[{ "part": "lead", "note": "…" }]`; it makes the copy incomplete. */
  missing: z.array(missingPartSchema).nullish(),
}).refine((e) => !(e.complete === true && (e.missing?.length ?? 0) > 0), { message: 'a copy with missing parts cannot be "complete": true', path: ['missing'] });

/** A meta.json: the event and the readouts it describes. Extra fields are allowed. */
export const metaFileSchema = z.looseObject({
  event: optionalText,
  date: isoDate.nullish(),
  readouts: z.array(metaEntrySchema),
  article: metaEntrySchema.nullish(),
});

/** A parsed meta.json. */
export type MetaFile = z.infer<typeof metaFileSchema>;

/** Why a meta.json could not be used. */
export type MetaErrorCode = 'meta-not-found' | 'meta-unreadable' | 'meta-json' | 'meta-schema';

/** The meta of a readout and the meta.json it came from. */
export type MetaResult = Result<{
  meta: SourceMeta;
  /** The meta.json (as named in messages) that describes the file; null when the defaults were used. */
  metaFile: string | null;
}, MetaErrorCode>;

/** Options of {@link metaFor} and {@link loadMetaFile}. */
export interface MetaOptions {
  /** Folder relative paths are resolved against; default `process.cwd()`. */
  cwd?: string;
}

/** The meta of a readout nothing is known about: labelled by its file name as a reader would say it ("white-house.txt" → "White House"), complete, English. */
export function defaultMeta(filePath: string): SourceMeta {
  return { label: labelFromFileName(basename(filePath)), complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null };
}

/**
 * The meta of the readout at `filePath`, from `explicitMetaPath` or else from a
 * meta.json in the readout's folder. Paths may be relative (to `options.cwd`);
 * messages name them as given.
 */
export async function metaFor(filePath: string, explicitMetaPath?: string, options: MetaOptions = {}): Promise<MetaResult> {
  const found = await metaBeside(filePath, explicitMetaPath, options);
  if (!found.ok || found.metaFile !== null || explicitMetaPath !== undefined) return found;
  // A symbolic link nothing describes where it lies: the meta.json beside the file it points to, as for that file (tester 8, U15).
  const target = await symbolicLinkTarget(resolve(options.cwd ?? process.cwd(), filePath), true);
  if (target === null) return found;
  const there = await metaBeside(target, undefined, options);
  return there.ok && there.metaFile !== null ? there : found;
}

/** The meta of `filePath` from `explicitMetaPath` or the meta.json in its folder, described by its own name. */
async function metaBeside(filePath: string, explicitMetaPath: string | undefined, options: MetaOptions): Promise<MetaResult> {
  const metaPath = explicitMetaPath ?? join(dirname(filePath), 'meta.json');
  const loaded = await loadMetaFile(metaPath, options);
  if (!loaded.ok) {
    if (loaded.error.code === 'meta-not-found' && explicitMetaPath === undefined) return { ok: true, meta: defaultMeta(filePath), metaFile: null };
    return loaded;
  }
  const meta = describedMeta(loaded.metaFile, basename(resolve(options.cwd ?? process.cwd(), filePath)));
  return meta ? { ok: true, meta, metaFile: metaPath } : { ok: true, meta: defaultMeta(filePath), metaFile: null };
}


/** Reads and validates a meta.json. */
export async function loadMetaFile(metaPath: string, options: MetaOptions = {}): Promise<Result<{ metaFile: MetaFile }, MetaErrorCode>> {
  const read = await readTextFile(metaPath, { cwd: options.cwd });
  if (!read.ok) return failure(read.error.code === 'not-found' ? 'meta-not-found' : 'meta-unreadable', read.error.message);
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch (e) {
    return failure('meta-json', `${metaPath}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const parsed = metaFileSchema.safeParse(json);
  if (!parsed.success) return failure('meta-schema', `${metaPath}: not a readout meta file: ${issuesLine(parsed.error)}`);
  return { ok: true, metaFile: parsed.data };
}

/** The meta that `metaFile` gives the readout named `fileName`, or null when it does not describe it. */
export function describedMeta(metaFile: MetaFile, fileName: string): SourceMeta | null {
  const entry = metaFile.readouts.find((r) => r.file === fileName) ?? (metaFile.article?.file === fileName ? metaFile.article : undefined);
  if (!entry) return null;
  return {
    label: entry.label ?? fileName,
    complete: entry.complete ?? !(entry.missing?.length),
    language: entry.language ?? 'en',
    publisher: entry.publisher ?? null,
    title: entry.title ?? null,
    url: entry.url ?? null,
    date: entry.date ?? metaFile.date ?? null,
    note: entry.note ?? null,
    provenance: entry.provenance ?? null,
    ...(entry.missing?.length ? { missing: entry.missing } : {}),
  };
}

/** The first few schema problems on one line: `readouts.1.complete: expected boolean, received string`. */
function issuesLine(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((i) => `${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message.replace(/^Invalid input: /, '')}`);
  const more = error.issues.length > 3 ? `; and ${error.issues.length - 3} more` : '';
  return shown.join('; ') + more;
}
