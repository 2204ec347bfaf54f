/**
 * What a saved web page says about itself: title, publication date, publisher,
 * address and language, from its metadata only (never from the visible text),
 * in this order of preference:
 *
 * - title: `og:title`, JSON-LD `headline`, `twitter:title`, `<title>`
 * - date: `article:published_time`, JSON-LD `datePublished`, `<meta name="date">`,
 *   `DC.date.issued`, the first `<time datetime>` inside `<article>`; kept as
 *   the calendar date written (YYYY-MM-DD), not moved to another time zone
 * - publisher: `og:site_name`, JSON-LD `publisher.name`, `application-name`
 * - URL: `<link rel="canonical">`, `og:url`, JSON-LD `url` / `mainEntityOfPage`;
 *   only absolute http(s) addresses
 * - language: `<html lang>`, `og:locale`, `content-language`
 */
import type { ImportedMeta } from './types';

/** The part of a DOM element this module reads. */
export interface MetaElementLike {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

/** The part of a DOM document this module reads. */
export interface MetaDocumentLike {
  documentElement: MetaElementLike | null;
  querySelectorAll(selector: string): ArrayLike<MetaElementLike>;
  querySelector(selector: string): MetaElementLike | null;
}

/** Longest JSON-LD block parsed, in characters: structured data is small; a huge one is not worth the time. */
const MAX_JSON_LD = 200_000;

/** The metadata of `doc`; fields the page does not give are absent. */
export function pageMeta(doc: MetaDocumentLike): ImportedMeta {
  const metas = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('http-equiv') ?? '').trim().toLowerCase();
    const content = el.getAttribute('content')?.trim();
    // The first of each wins, as in the page's head.
    if (key && content && !metas.has(key)) metas.set(key, content);
  }
  const ld = jsonLdArticle(doc);
  const first = (...values: unknown[]): string | undefined => {
    for (const v of values) if (typeof v === 'string' && v.trim() !== '') return v.trim().replace(/\s+/g, ' ');
    return undefined;
  };
  const title = first(metas.get('og:title'), ld.headline, ld.name, metas.get('twitter:title'), doc.querySelector('title')?.textContent);
  const date = [metas.get('article:published_time'), ld.datePublished, metas.get('date'), metas.get('dc.date.issued'), metas.get('dcterms.issued'),
    doc.querySelector('article time[datetime]')?.getAttribute('datetime')].map(calendarDate).find((d) => d !== undefined);
  const publisher = first(metas.get('og:site_name'), nameOf(ld.publisher), metas.get('application-name'));
  const url = [doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), metas.get('og:url'), ld.url, idOf(ld.mainEntityOfPage)]
    .map(httpUrl).find((u) => u !== undefined);
  const language = [doc.documentElement?.getAttribute('lang'), metas.get('og:locale'), metas.get('content-language')]
    .map(languageTag).find((l) => l !== undefined);
  return {
    ...(title !== undefined && { title }),
    ...(date !== undefined && { date }),
    ...(publisher !== undefined && { publisher }),
    ...(url !== undefined && { url }),
    ...(language !== undefined && { language }),
  };
}

/** The first JSON-LD object describing the page's article (or the page), or an empty object. */
function jsonLdArticle(doc: MetaDocumentLike): Record<string, unknown> {
  const found: Record<string, unknown>[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const source = script.textContent ?? '';
    if (source.length > MAX_JSON_LD) continue;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue; // broken structured data says nothing
    }
    collectObjects(data, found, 0);
  }
  const typed = (pattern: RegExp) => found.find((o) => types(o).some((t) => pattern.test(t)));
  return typed(/Article|Report|BlogPosting|PressRelease/i) ?? typed(/WebPage/i) ?? {};
}

/** Every object in a JSON-LD value (top level, arrays, `@graph`), to a small depth. */
function collectObjects(value: unknown, into: Record<string, unknown>[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value.slice(0, 100)) collectObjects(v, into, depth + 1);
    return;
  }
  const object = value as Record<string, unknown>;
  into.push(object);
  if ('@graph' in object) collectObjects(object['@graph'], into, depth + 1);
}

function types(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  return typeof t === 'string' ? [t] : Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return nameOf(v[0]);
  if (v && typeof v === 'object' && 'name' in v && typeof v.name === 'string') return v.name;
  return undefined;
}

function idOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && '@id' in v && typeof v['@id'] === 'string') return v['@id'];
  return undefined;
}

/** "2025-03-18T19:03:49-04:00" → "2025-03-18": the date as the page writes it, when it is a real one. */
export function calendarDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  return check.getUTCFullYear() === y && check.getUTCMonth() === mo - 1 && check.getUTCDate() === d ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** An absolute http(s) address without credentials, or undefined: `javascript:` and relative links are not addresses of the page. */
export function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value.trim());
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

/** "en-US" → "en-US", "ru_RU" → "ru-RU": a tag `Intl` accepts, or undefined. */
function languageTag(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    return Intl.getCanonicalLocales(value.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}
