/**
 * The comparison file, `.readouts`: one JSON document that holds a comparison as
 * the user saved it: both readouts with their text and meta, the article with its
 * curated claims and manual links, the annotations and the labels. Format and
 * compatibility rules: docs/file-format.md.
 *
 * Parsing never throws: it returns the file or a problem naming the file, so the
 * caller can say what is wrong and refuse to overwrite it. Serialising is
 * deterministic (schema key order, 2-space indent, trailing newline), so saving
 * the same comparison twice gives the same bytes.
 */
import { missingPartSchema } from '../compare/missing-schema';
import { z } from 'zod';
import { claimsFileSchema, schemaProblems, type ClaimsFile } from '../article/claims-schema';
import { annotationSchema, labelSchema } from '../annotations/schema';
import { mergeLabels, targetPassages, type Annotation } from '../annotations/model';
import type { ManualLink } from '../model/article';
import type { Correction } from '../corrections/model';
import { correctionSchema } from '../corrections/schema';
import type { SourceDoc, SourceMeta } from '../model/types';
import { isWebAddress } from '../text/url';

/** The value of `format`. */
export const READOUTS_FORMAT = 'readout-compare';
/** The format version this app writes; it reads every version up to this one (1: no corrections). */
export const READOUTS_VERSION = 2;
/** The file name extension of comparison files. */
export const READOUTS_EXTENSION = '.readouts';

const optionalText = z.string().nullable();

/** Whether `Intl` accepts `tag` as one BCP 47 language tag (an invalid one would make `Intl.Segmenter` throw later). */
function isLanguageTag(tag: string): boolean {
  try { return Intl.getCanonicalLocales(tag).length === 1; } catch { return false; }
}

/** A BCP 47 language tag such as "en" or "ru". */
export const languageTagSchema = z.string().refine(isLanguageTag, 'expected a BCP 47 language tag such as "en" or "ru"');

/** A source's meta as the app holds it (shared/model/types.ts `SourceMeta`): every field present, unknown ones null. */
export const sourceMetaSchema = z.strictObject({
  label: z.string().min(1, 'a label must not be empty'),
  complete: z.boolean(),
  language: languageTagSchema,
  publisher: optionalText,
  title: optionalText,
  /** The source's web address: http(s) only (reading an older file drops any other, with a notice). */
  url: z.string().refine(isWebAddress, 'expected an http:// or https:// address').nullable(),
  date: z.iso.date({ error: 'expected a real date as YYYY-MM-DD' }).nullable(),
  note: optionalText,
  provenance: optionalText,
  /** Which parts an incomplete copy lacks (shared/compare/missing.ts); absent in files from before it existed. */
  missing: z.array(missingPartSchema).optional(),
});

const sourceFields = {
  /** The file name or path the source was loaded from (for display; the text below is what counts). */
  file: z.string().min(1, 'the file name must not be empty'),
  text: z.string().min(1, 'the text must not be empty'),
  meta: sourceMetaSchema,
};

const manualLink = claimsFileSchema.shape.manualLinks.unwrap().element.transform((m) => m as ManualLink);

const formatField = z.literal(READOUTS_FORMAT, { error: `expected "${READOUTS_FORMAT}"` });

/** The fields of every version (version 1 has these and no more). */
const commonFields = {
  /** The version of the app that wrote the file ("0.1.0"). */
  savedBy: z.string().min(1),
  /** What the readouts are about ("Telephone call between …"), when known. */
  event: optionalText,
  /** The date of the event, YYYY-MM-DD, when known. */
  date: z.iso.date({ error: 'expected a real date as YYYY-MM-DD' }).nullable(),
  sources: z.strictObject({ a: z.strictObject(sourceFields), b: z.strictObject(sourceFields) }),
  article: z.strictObject({
    ...sourceFields,
    /** The curated claims file the article came with, or null when its claims are extracted from its text. */
    claims: claimsFileSchema.nullable(),
    manualLinks: z.array(manualLink),
  }).nullable(),
  annotations: z.array(annotationSchema),
  /** The labels offered, in order: the defaults and the user's own. */
  labels: z.array(labelSchema),
};

type CommonFile = { article: unknown; annotations: Annotation[]; corrections?: Array<{ id: string }> };

/** Ids are unique, and nothing points into an article the file does not have. */
function checkReferences(file: CommonFile, ctx: z.RefinementCtx): void {
  const seen = new Map<string, number>();
  file.annotations.forEach((a, i) => {
    const first = seen.get(a.id);
    if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['annotations', i, 'id'], message: `the id ${a.id} is also the id of annotations.${first}` });
    else seen.set(a.id, i);
    if (file.article === null && targetPassages(a.target).some((p) => p.source === 'article'))
      ctx.addIssue({ code: 'custom', path: ['annotations', i, 'target'], message: 'points into the article, but the file has none' });
  });
  const corrections = new Map<string, number>();
  file.corrections?.forEach((c, i) => {
    const first = corrections.get(c.id);
    if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['corrections', i, 'id'], message: `the id ${c.id} is also the id of corrections.${first}` });
    else corrections.set(c.id, i);
  });
}

/** A comparison file, version 1 (read, converted to the current version on opening, never written). */
export const readoutsFileV1Schema = z.strictObject({ format: formatField, version: z.literal(1), ...commonFields }).superRefine(checkReferences);

/** A comparison file, version 2: version 1 and the analyst's corrections of the alignment. */
export const readoutsFileSchema = z.strictObject({
  format: formatField,
  version: z.literal(READOUTS_VERSION, { error: `this version of the app reads versions 1 to ${READOUTS_VERSION}` }),
  ...commonFields,
  /** The analyst's corrections of the alignment, in the order they were made (shared/corrections/). */
  corrections: z.array(correctionSchema),
}).superRefine(checkReferences);

/** A comparison file as parsed. */
export type ReadoutsFile = z.output<typeof readoutsFileSchema>;

/** Why a text is not a comparison file this app can open. */
export type ReadoutsProblem = 'not-json' | 'not-readouts' | 'newer' | 'invalid';

/**
 * A parsed comparison file with what was set right while reading it (`notices`, each
 * naming the file: a source address that is not http(s), dropped), or what is wrong
 * with it (`message` names the file).
 */
export type ParsedReadouts = { ok: true; file: ReadoutsFile; notices: string[] } | { ok: false; code: ReadoutsProblem; message: string };

/** Parses the text of a comparison file named `name` (for messages). */
export function parseReadoutsFile(text: string, name: string): ParsedReadouts {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, code: 'not-json', message: `${name}: the comparison file is damaged: it is not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  const head = json !== null && typeof json === 'object' && !Array.isArray(json) ? json as Record<string, unknown> : null;
  if (!head || head.format !== READOUTS_FORMAT)
    return { ok: false, code: 'not-readouts', message: `${name}: not a Readout Compare comparison file (it lacks "format": "${READOUTS_FORMAT}")` };
  if (typeof head.version === 'number' && Number.isInteger(head.version) && head.version > READOUTS_VERSION) {
    const by = typeof head.savedBy === 'string' ? `, saved by version ${head.savedBy}` : '';
    return {
      ok: false, code: 'newer',
      message: `${name}: made by a newer version of Readout Compare (file format ${head.version}${by}); this version reads format ${READOUTS_VERSION}: update the app to open it`,
    };
  }
  const notices = dropUnsafeAddresses(head, name);
  if (head.version === 1) {
    const v1 = readoutsFileV1Schema.safeParse(head);
    if (!v1.success) return { ok: false, code: 'invalid', message: `${name}: the comparison file is damaged: ${schemaProblems(v1.error)}` };
    return { ok: true, file: { ...v1.data, version: READOUTS_VERSION, corrections: [] }, notices };
  }
  const parsed = readoutsFileSchema.safeParse(head);
  if (!parsed.success) return { ok: false, code: 'invalid', message: `${name}: the comparison file is damaged: ${schemaProblems(parsed.error)}` };
  return { ok: true, file: parsed.data, notices };
}

/**
 * Sets to null, in the file's JSON as read, every source's `meta.url` that is a
 * string but not an http(s) address (`javascript:`, `file:`), which older versions
 * wrote as given; returns a notice for each. The file still opens.
 */
function dropUnsafeAddresses(json: Record<string, unknown>, name: string): string[] {
  const notices: string[] = [];
  const sources = isRecord(json.sources) ? [json.sources.a, json.sources.b, json.article] : [json.article];
  for (const source of sources) {
    const meta = isRecord(source) && isRecord(source.meta) ? source.meta : null;
    if (!meta || typeof meta.url !== 'string' || isWebAddress(meta.url)) continue;
    const label = typeof meta.label === 'string' && meta.label ? meta.label : 'a source';
    notices.push(`${name}: the address of ${label} is not an http(s) address, so it was dropped: ${meta.url.slice(0, 200)}`);
    meta.url = null;
  }
  return notices;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The text of a comparison file: validated (throws on an invalid value, a bug), keys in schema order, 2-space indent, final newline. */
export function serializeReadoutsFile(file: ReadoutsFile): string {
  const checked = readoutsFileSchema.safeParse(file);
  if (!checked.success) throw new Error(`serializeReadoutsFile: not a valid comparison: ${schemaProblems(checked.error)}`);
  return `${JSON.stringify(checked.data, null, 2)}\n`;
}

/** What a comparison file is made from. */
export interface ReadoutsFileContent {
  /** The app's version. */
  savedBy: string;
  event?: string | null;
  date?: string | null;
  a: SourceDoc;
  b: SourceDoc;
  /** The article, its curated claims file (null when extracted) and the analyst's manual links. */
  article?: { doc: SourceDoc; claims: ClaimsFile | null; manualLinks: ManualLink[] } | null;
  annotations?: Annotation[];
  labels?: readonly string[];
  /** The analyst's corrections of the alignment. */
  corrections?: Correction[];
}

/** A comparison file for `content`; the labels are the defaults, `labels`, and those the annotations use. */
export function readoutsFile(content: ReadoutsFileContent): ReadoutsFile {
  const source = (d: SourceDoc) => ({ file: d.file, text: d.text, meta: pickMeta(d.meta) });
  const annotations = content.annotations ?? [];
  return {
    format: READOUTS_FORMAT, version: READOUTS_VERSION, savedBy: content.savedBy,
    event: content.event ?? null, date: content.date ?? null,
    sources: { a: source(content.a), b: source(content.b) },
    article: content.article
      ? { ...source(content.article.doc), claims: content.article.claims, manualLinks: content.article.manualLinks }
      : null,
    annotations,
    labels: mergeLabels(content.labels ?? [], annotations),
    corrections: content.corrections ?? [],
  };
}

/** The source documents a file holds, as the comparison takes them. */
export function fileSources(file: ReadoutsFile): { a: SourceDoc; b: SourceDoc; article: SourceDoc | null } {
  return { a: file.sources.a, b: file.sources.b, article: file.article && { file: file.article.file, text: file.article.text, meta: file.article.meta } };
}

/** Exactly the fields of `SourceMeta` (a meta read elsewhere may carry more). */
function pickMeta(m: SourceMeta): SourceMeta {
  return {
    label: m.label, complete: m.complete, language: m.language, publisher: m.publisher, title: m.title,
    url: m.url !== null && isWebAddress(m.url) ? m.url : null, date: m.date, note: m.note, provenance: m.provenance,
    ...(m.missing?.length ? { missing: m.missing } : {}),
  };
}
