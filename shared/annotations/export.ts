/**
 * Exports a comparison's annotations: W3C Web Annotation JSON-LD (an
 * AnnotationCollection), CSV (RFC 4180, one row per annotation) and Markdown.
 * Formats: docs/annotations.md.
 *
 * A source without a URL is named by the SHA-256 of its UTF-8 text
 * (`urn:sha256:<hex>`); the hash function is passed in (node:crypto on the Node
 * side) so this file stays pure. Annotations come in reading order, anchored
 * again to the file's texts first, as the app does when it opens the file (one
 * anchoring path, anchor.ts): orphans are exported with their last known selectors
 * and marked as such, and a passage whose words changed is marked `changed` with
 * the old and new words. Given the comparison's context (export-context.ts), each
 * place also names its sentence and row, and each link the text it points at.
 */
import type { ReadoutsFile } from '../file/readouts-file';
import { webAddress } from '../text/url';
import { reanchorAll, type WordChange } from './anchor';
import { rowsText, type ExportContext } from './export-context';
import { listAnnotations, targetPassages, type Annotation, type AnnotationLink, type AnnotationSource, type Passage } from './model';

/** The export formats. */
export const EXPORT_FORMATS = ['jsonld', 'csv', 'md'] as const;
/** An export format: W3C JSON-LD, CSV or Markdown. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Hex SHA-256 of the UTF-8 bytes of a text. */
export type Sha256Hex = (text: string) => string;

/** The JSON-LD context: the Web Annotation one, plus this app's few terms (orphan status, source labels, item ids). */
export const JSONLD_CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { rc: 'urn:readout-compare:vocab#' }] as const;

/** The text of the export of `file`'s annotations in `format`; `context` (the comparison as shown) adds sentences, rows and linked texts. */
export function exportAnnotations(file: ReadoutsFile, format: ExportFormat, sha256Hex: Sha256Hex, context: ExportContext | null = null): string {
  switch (format) {
    case 'jsonld': return `${JSON.stringify(toJsonLd(file, sha256Hex, context), null, 2)}\n`;
    case 'csv': return toCsv(file, context);
    case 'md': return toMarkdown(file, context);
  }
}

/** Where a passage is, in the comparison: its sentence (a row target records it) and that sentence's rows. */
function placeOf(p: Passage, context: ExportContext | null): { sentence: string | null; rows: string[] } {
  const sentence = 'sentence' in p && typeof p.sentence === 'string' ? p.sentence : context?.sentenceOf(p) ?? null;
  return { sentence, rows: (sentence && context?.item(sentence)?.rows) || [] };
}

/** "b5, row 12", or "" when neither is known. */
const placeText = ({ sentence, rows }: { sentence: string | null; rows: string[] }): string => [sentence, rowsText(rows)].filter(Boolean).join(', ');

/** A text shortened to `max` characters, on one line. */
function short(text: string, max = 80): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

interface SourceInfo {
  label: string;
  text: string;
  url: string | null;
}

/** Label, text and URL of each source of the file (null for a missing article). */
function sources(file: ReadoutsFile): Record<AnnotationSource, SourceInfo | null> {
  // Only an http(s) address names a source; any other (javascript:, file:) is never written as one.
  const info = (s: { text: string; meta: { label: string; url: string | null } }): SourceInfo => ({ label: s.meta.label, text: s.text, url: webAddress(s.meta.url?.trim() ?? '') });
  return { a: info(file.sources.a), b: info(file.sources.b), article: file.article && info(file.article) };
}

/** The IRI of a source: its URL, else `urn:sha256:` of its text. */
function sourceIri(s: SourceInfo | null, sha256Hex: Sha256Hex): string {
  if (!s) return 'urn:readout-compare:missing-article';
  return s.url ?? `urn:sha256:${sha256Hex(s.text)}`;
}

const annotationIri = (id: string): string => `urn:readout-compare:annotation:${id}`;

/** An annotation's state as exported: found (`anchored`), found with other words (`changed`, and which), or not found (`orphan`). */
interface ExportState {
  status: 'anchored' | 'changed' | 'orphan';
  changed: WordChange[];
}

/** The file's annotations anchored again to its own texts, in reading order, each with its state. */
function anchoredAnnotations(file: ReadoutsFile): Array<{ a: Annotation; state: ExportState }> {
  const texts = { a: file.sources.a.text, b: file.sources.b.text, article: file.article?.text ?? null };
  const { annotations, reports } = reanchorAll(file.annotations, texts);
  const states = new Map(reports.map((r): [string, ExportState] => [r.id, {
    status: r.status === 'orphan' ? 'orphan' : r.changed.length > 0 ? 'changed' : 'anchored', changed: r.changed,
  }]));
  return listAnnotations(annotations).map((a) => ({ a, state: states.get(a.id)! }));
}

/** The annotations as a W3C AnnotationCollection (one embedded page). */
export function toJsonLd(file: ReadoutsFile, sha256Hex: Sha256Hex, context: ExportContext | null = null): object {
  const src = sources(file);
  const iri = (s: AnnotationSource) => sourceIri(src[s], sha256Hex);
  // A source named by its address also gets its text's hash, so that a page changed since can be detected.
  const hashes = new Map<AnnotationSource, string>();
  const textHash = (s: AnnotationSource): Record<string, string> => {
    const info = src[s];
    if (!info?.url) return {};
    if (!hashes.has(s)) hashes.set(s, sha256Hex(info.text));
    return { 'rc:sha256': hashes.get(s)! };
  };
  const placed = (p: Passage): Record<string, unknown> => {
    const { sentence, rows } = placeOf(p, context);
    return { ...(sentence && !('sentence' in p) && { 'rc:sentence': sentence }), ...(rows.length > 0 && { 'rc:rows': rows }) };
  };
  const specific = (p: Passage, extra: Record<string, unknown> = {}) => ({
    type: 'SpecificResource',
    source: iri(p.source),
    ...textHash(p.source),
    'rc:sourceLabel': src[p.source]?.label ?? 'article',
    ...extra,
    ...placed(p),
    selector: [
      { type: 'TextQuoteSelector', exact: p.quote.exact, prefix: p.quote.prefix, suffix: p.quote.suffix },
      { type: 'TextPositionSelector', start: p.position.start, end: p.position.end },
    ],
  });
  const linkBody = (l: AnnotationLink) => {
    if (l.kind === 'passage') return { ...specific(l, { purpose: 'linking' }), 'rc:status': l.status };
    if (l.kind === 'annotation') return { type: 'SpecificResource', purpose: 'linking', source: annotationIri(l.id) };
    // Sentences are in a readout; claims and commentary in the article.
    const where: AnnotationSource = l.id[0] === 'a' ? 'a' : l.id[0] === 'b' ? 'b' : 'article';
    const item = context?.item(l.id);
    return { type: 'SpecificResource', purpose: 'linking', source: iri(where), 'rc:item': l.id, ...(item && { 'rc:text': item.text }), ...(item && item.rows.length > 0 && { 'rc:rows': item.rows }) };
  };
  const items = anchoredAnnotations(file).map(({ a, state }) => {
    const targets = a.target.kind === 'passage'
      ? [specific(a.target)]
      : a.target.sentences.map((s) => specific(s, { 'rc:sentence': s.sentence }));
    return {
      id: annotationIri(a.id),
      type: 'Annotation',
      motivation: a.note ? ['commenting', 'tagging'] : 'tagging',
      created: a.created,
      modified: a.modified,
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: a.label },
        ...(a.note ? [{ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' }] : []),
        ...a.links.map(linkBody),
      ],
      target: targets.length === 1 ? targets[0] : targets,
      'rc:status': state.status,
      ...(state.status === 'changed' && { 'rc:changed': state.changed }),
    };
  });
  return {
    '@context': JSONLD_CONTEXT,
    id: `urn:readout-compare:collection:${sha256Hex(`${file.sources.a.text}\u0000${file.sources.b.text}`)}`,
    type: 'AnnotationCollection',
    label: collectionTitle(file),
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** The columns of the CSV export. */
export const CSV_COLUMNS = ['id', 'label', 'note', 'source', 'exact', 'prefix', 'suffix', 'start', 'end', 'status', 'created', 'modified', 'sentence', 'row', 'links'] as const;

/**
 * One row per annotation (RFC 4180: CRLF line ends, fields with a comma, quote
 * or line break quoted, quotes doubled). A row target's sentences fill each
 * passage column with one line per sentence, in the same order, as do `sentence`
 * and `row` (empty where the comparison is not known or the passage is in the
 * article); `links` has one line per link.
 */
export function toCsv(file: ReadoutsFile, context: ExportContext | null = null): string {
  const src = sources(file);
  const rows = anchoredAnnotations(file).map(({ a, state }) => {
    const parts = targetPassages(a.target);
    const each = (f: (p: Passage) => string | number) => parts.map((p) => String(f(p))).join('\n');
    const placed = parts.map((p) => placeOf(p, context));
    return [
      a.id, a.label, a.note, each((p) => src[p.source]?.label ?? 'article'),
      each((p) => p.quote.exact), each((p) => p.quote.prefix), each((p) => p.quote.suffix),
      each((p) => p.position.start), each((p) => p.position.end), state.status, a.created, a.modified,
      placed.map((x) => x.sentence ?? '').join('\n'), placed.map((x) => x.rows.join(' ')).join('\n'),
      a.links.map((l) => linkText(l, src, context, false)).join('\n'),
    ];
  });
  return [[...CSV_COLUMNS], ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * A CSV field, quoted when it holds a comma, a quote or a line break. A field that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets an apostrophe
 * first, so that a spreadsheet program shows it as text rather than running it as a
 * formula (OWASP, "CSV Injection").
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A readable Markdown report: one section per annotation with its quote, note, place, status and links. */
export function toMarkdown(file: ReadoutsFile, context: ExportContext | null = null): string {
  const src = sources(file);
  const list = anchoredAnnotations(file);
  const names = [src.a!.label, src.b!.label, ...(src.article ? [src.article.label] : [])].map((n) => `**${inline(n)}**`);
  const out = [
    `# ${inline(collectionTitle(file))}`,
    '',
    `${list.length} annotation${list.length === 1 ? '' : 's'} on ${names.slice(0, -1).join(', ')} and ${names.at(-1)!}.`,
  ];
  list.forEach(({ a, state }, i) => {
    const parts = targetPassages(a.target);
    const where = [...new Set(parts.map((p) => src[p.source]?.label ?? 'article'))].join(' and ');
    const placed = parts.map((p) => placeOf(p, context));
    const rows = [...new Set(placed.flatMap((x) => x.rows))].sort((x, y) => x.localeCompare(y, 'en', { numeric: true }));
    const suffix = rows.length > 0 ? ` (${rowsText(rows)})` : a.target.kind === 'row' ? ' (row)' : '';
    out.push('', `## ${i + 1}. ${inline(a.label)}: ${inline(where)}${suffix}`, '');
    for (const p of parts) out.push(...blockquote(p.quote.exact), '');
    if (a.note) out.push(...a.note.split(/\r\n|\r|\n/).map(escapeHtml), '');
    const places = parts.map((p, k) => {
      const at = placeText(placed[k]!);
      return `${inline(src[p.source]?.label ?? 'article')} ${at ? `${at} ` : ''}(characters ${p.position.start}–${p.position.end})`;
    });
    out.push(`- Where: ${places.join('; ')}`);
    out.push(statusLine(state));
    if (a.links.length) out.push('- Links:', ...a.links.map((l) => `  - ${linkText(l, src, context, true)}`));
    out.push(`- Created ${a.created}, modified ${a.modified}; id \`${a.id}\``);
  });
  return `${out.join('\n')}\n`;
}

function statusLine(state: ExportState): string {
  if (state.status === 'orphan') return '- Status: **orphan**: not found in the current text; the place above is the last known one';
  if (state.status === 'anchored') return '- Status: anchored';
  const words = state.changed.map((c) => `“${inline(c.old)}” → “${inline(c.new)}”`).join(', ');
  return `- Status: **changed**: the passage now reads differently (${words}): check`;
}

/** A link as one line: the item's id, rows and (shortened) text; another annotation's id; a passage's source and quote. Escaped for Markdown when `md`. */
function linkText(l: AnnotationLink, src: Record<AnnotationSource, SourceInfo | null>, context: ExportContext | null, md: boolean): string {
  const text = md ? inline : (t: string) => t.replace(/\s+/g, ' ');
  if (l.kind === 'annotation') return md ? `annotation \`${l.id}\`` : `annotation ${l.id}`;
  if (l.kind === 'item') {
    const item = context?.item(l.id);
    if (!item) return text(l.id);
    const rows = rowsText(item.rows);
    return `${text(l.id)}${rows ? ` (${rows})` : ''}: “${text(short(item.text))}”`;
  }
  const at = placeText(placeOf(l, context));
  return `${text(src[l.source]?.label ?? 'article')}${at ? ` (${at})` : ''} “${text(short(l.quote.exact))}”${l.status === 'orphan' ? ' (orphan)' : ''}`;
}

/** Lines of a Markdown block quote holding `text` as it is. */
function blockquote(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => (line ? `> ${escapeMarkdown(line)}` : '>'));
}

/** Text on one line with Markdown's active characters escaped. */
function inline(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, ' '));
}

/** Markdown's active characters escaped, and HTML's as entities (so no renderer reads a tag, whatever its dialect). */
function escapeMarkdown(text: string): string {
  return escapeHtml(text).replace(/([\\`*_[\]#|])/g, '\\$1');
}

/** `&`, `<` and `>` as entities: the text shows as written, and no tag or entity in it is read as HTML. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** "Annotations: <event>", or on the two sources' labels. */
function collectionTitle(file: ReadoutsFile): string {
  const what = file.event ?? `${file.sources.a.meta.label} and ${file.sources.b.meta.label}`;
  return `Annotations: ${what}${file.date ? ` (${file.date})` : ''}`;
}
