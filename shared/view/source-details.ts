/**
 * A source's details as the analyst sees and edits them: the language it is in,
 * how its text was read, and the edit form's values checked (a real date as
 * YYYY-MM-DD, an http(s) address). Edited details are applied to the comparison on
 * screen here too: every place that names a readout (headers, the one-sided rows'
 * wording, the article panel's verdicts, exports) reads the same `LoadedComparison`.
 */
import { relabel } from '../compare/wording';
import type { LoadedComparison, SourceMetas, SourceOrigin } from '../ipc/contract';
import type { SourceMeta } from '../model/types';
import { isWebAddress } from '../text/url';
import { namedLanguage } from '../text/detect-language';

/** The sources whose details can be edited: the readouts and the article. */
export type DetailsSource = 'a' | 'b' | 'article';

/** The details the form edits, as typed (empty: not known). */
export interface DetailsForm {
  label: string;
  publisher: string;
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  /** An http or https address. */
  url: string;
}

/** The fields of the form, in its order. */
export const DETAILS_FIELDS = ['label', 'publisher', 'title', 'date', 'url'] as const;

/** What is wrong with each field that is wrong. */
export type DetailsErrors = Partial<Record<keyof DetailsForm, string>>;

/** The name of a language in English ("English", "Russian"), or its tag when `Intl` does not know it. */
export function languageName(tag: string, locale = 'en'): string {
  // The languages the app tells apart are named without Intl: its first DisplayNames loads ICU's
  // language names, 30–60 ms on the way to the first paint (a profile of the window's start).
  const known = locale === 'en' ? namedLanguage(tag) : undefined;
  if (known !== undefined) return known;
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

const FORMAT_NAMES: Record<SourceOrigin['format'], string> = { text: 'plain text', markdown: 'Markdown', html: 'web page', pdf: 'PDF', docx: 'Word document' };

/** How a source was read, for its header: "PDF", "plain text, windows-1251"; UTF-8 goes without saying. */
export function originWording(origin: SourceOrigin): string {
  const format = FORMAT_NAMES[origin.format];
  return origin.encoding && origin.encoding !== 'utf-8' ? `${format}, ${origin.encoding}` : format;
}

/** The form's values for a source's details. */
export function detailsForm(meta: SourceMeta): DetailsForm {
  return { label: meta.label, publisher: meta.publisher ?? '', title: meta.title ?? '', date: meta.date ?? '', url: meta.url ?? '' };
}

/** Whether `date` is a real calendar date written YYYY-MM-DD. */
function isDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * `meta` with the form's values, or what is wrong with them: the label is required
 * (at most 80 characters), the date is a real date as YYYY-MM-DD, the address http(s).
 * White space at either end is dropped; an empty field is "not known".
 */
export function applyDetails(meta: SourceMeta, form: DetailsForm): { ok: true; meta: SourceMeta } | { ok: false; errors: DetailsErrors } {
  const v = { label: form.label.trim(), publisher: form.publisher.trim(), title: form.title.trim(), date: form.date.trim(), url: form.url.trim() };
  const errors: DetailsErrors = {};
  if (v.label === '') errors.label = 'A label is needed: it names the source everywhere.';
  else if (v.label.length > 80) errors.label = 'At most 80 characters.';
  if (/[\r\n]/.test(v.label)) errors.label = 'One line only.';
  if (v.date !== '' && !isDate(v.date)) errors.date = 'A real date, written YYYY-MM-DD (e.g. 2025-03-18).';
  if (v.url !== '' && !isWebAddress(v.url)) errors.url = 'An http:// or https:// address.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const orNull = (s: string) => (s === '' ? null : s);
  return { ok: true, meta: { ...meta, label: v.label, publisher: orNull(v.publisher), title: orNull(v.title), date: orNull(v.date), url: orNull(v.url) } };
}

/** The details of the sources of a comparison as loaded. */
export function metasOf(loaded: LoadedComparison): SourceMetas {
  return { a: loaded.a.meta, b: loaded.b.meta, article: loaded.article?.doc.meta ?? null };
}

/** `loaded` with the sources' details `metas`: headers, the readouts' labels and the one-sided rows' wording follow; the alignment stays. */
export function withMetas(loaded: LoadedComparison, metas: SourceMetas): LoadedComparison {
  const article = loaded.article && metas.article && loaded.article.doc.meta !== metas.article
    ? { ...loaded.article, doc: { ...loaded.article.doc, meta: metas.article } }
    : loaded.article;
  return {
    ...loaded,
    a: loaded.a.meta === metas.a ? loaded.a : { ...loaded.a, meta: metas.a },
    b: loaded.b.meta === metas.b ? loaded.b : { ...loaded.b, meta: metas.b },
    article,
    comparison: relabel(loaded.comparison, { a: metas.a.label, b: metas.b.label }),
  };
}

/** Exactly the fields of `SourceMeta` (a meta read from a meta.json may carry more, which a request's strict schema refuses). */
export function plainMeta(m: SourceMeta): SourceMeta {
  return {
    label: m.label, complete: m.complete, language: m.language, publisher: m.publisher, title: m.title,
    url: m.url, date: m.date, note: m.note, provenance: m.provenance,
  };
}

/** The sources' details as a request carries them. */
export function plainMetas(metas: SourceMetas): SourceMetas {
  return { a: plainMeta(metas.a), b: plainMeta(metas.b), article: metas.article && plainMeta(metas.article) };
}
