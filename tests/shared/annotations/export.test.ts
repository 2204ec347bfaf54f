import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadResources } from '../../../node/resources';
import { csvField, exportAnnotations, toJsonLd } from '../../../shared/annotations/export';
import { exportContext } from '../../../shared/annotations/export-context';
import { analyzeArticle } from '../../../shared/article/analyze';
import { compare } from '../../../shared/compare/compare';
import { buildRows } from '../../../shared/view/rows';
import { createAnnotation, passageAt, rowTarget, type Annotation } from '../../../shared/annotations/model';
import { readoutsFile, type ReadoutsFile } from '../../../shared/file/readouts-file';
import type { SentenceId, SourceDoc, SourceMeta } from '../../../shared/model/types';

const sha256Hex = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
const meta = (label: string, url: string | null = null): SourceMeta => ({
  label, complete: true, language: 'en', publisher: null, title: null, url, date: null, note: null, provenance: null,
});
const A: SourceDoc = { file: 'wh.txt', text: 'The leaders agreed that the movement to peace will begin, "in full".', meta: meta('White House', 'https://example.org/readout') };
const B: SourceDoc = { file: 'kr.txt', text: 'Trump proposed a pause. Putin responded positively.', meta: meta('Kremlin') };
const ART: SourceDoc = { file: 'art.txt', text: 'The movement to peace would begin, the read-out said.', meta: meta('Article') };
const T0 = '2025-03-19T09:00:00.000Z';
const T1 = '2025-03-19T10:30:00.000Z';
const span = (doc: SourceDoc, quote: string) => [doc.text.indexOf(quote), doc.text.indexOf(quote) + quote.length] as const;

const lostSecond = (t: ReturnType<typeof rowTarget>): ReturnType<typeof rowTarget> =>
  ({ ...t, sentences: t.sentences.map((x, i) => (i === 1 ? { ...x, quote: { ...x.quote, exact: 'The line went dead.' } } : x)) });

function file(): ReadoutsFile {
  const [s1, e1] = span(A, 'will begin, "in full"');
  const [s2, e2] = span(ART, 'would begin');
  const sentence = (id: string, doc: SourceDoc, quote: string) => ({ id: id as SentenceId, start: span(doc, quote)[0], end: span(doc, quote)[1], text: quote, paragraph: 0 });
  const annotations: Annotation[] = [
    createAnnotation({ id: 'ann-2', now: T0, label: 'factual error', note: 'Says "would", the readout says "will".', target: { kind: 'passage', ...passageAt('article', ART.text, s2, e2) }, links: [{ kind: 'item', id: 'a1' as SentenceId }] }),
    { ...createAnnotation({ id: 'ann-1', now: T0, label: 'omission', note: 'Line one,\nline two', target: { kind: 'passage', ...passageAt('a', A.text, s1, e1) } }), modified: T1 },
    // An orphan: its second sentence is not in B's text (the exports anchor again, as the app does).
    { ...createAnnotation({ id: 'ann-3', now: T0, label: 'framing', target: lostSecond(rowTarget([{ source: 'a', sentence: sentence('a1', A, A.text) }, { source: 'b', sentence: sentence('b2', B, 'Putin responded positively.') }], { a: A.text, b: B.text })) }), status: 'orphan' },
  ];
  return readoutsFile({ savedBy: '0.1.0', event: 'A call', date: '2025-03-18', a: A, b: B, article: { doc: ART, claims: null, manualLinks: [] }, annotations });
}

describe('the JSON-LD export', () => {
  it('is a W3C AnnotationCollection in reading order, with the Web Annotation context', () => {
    const out = JSON.parse(exportAnnotations(file(), 'jsonld', sha256Hex));
    expect(out['@context']).toEqual(['http://www.w3.org/ns/anno.jsonld', { rc: 'urn:readout-compare:vocab#' }]);
    expect(out).toMatchObject({ type: 'AnnotationCollection', label: 'Annotations: A call (2025-03-18)', total: 3, first: { type: 'AnnotationPage', startIndex: 0 } });
    expect(out.first.items.map((i: { id: string }) => i.id)).toEqual([
      'urn:readout-compare:annotation:ann-3', 'urn:readout-compare:annotation:ann-1', 'urn:readout-compare:annotation:ann-2',
    ]);
  });

  it('gives each annotation its label as a tag, its note as a comment and quote and position selectors on the source’s URL', () => {
    const ann1 = (toJsonLd(file(), sha256Hex) as { first: { items: unknown[] } }).first.items[1];
    expect(ann1).toEqual({
      id: 'urn:readout-compare:annotation:ann-1', type: 'Annotation', motivation: ['commenting', 'tagging'], created: T0, modified: T1,
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'omission' },
        { type: 'TextualBody', purpose: 'commenting', value: 'Line one,\nline two', format: 'text/plain' },
      ],
      target: {
        // A source named by its address carries its text's hash, so that a changed page can be detected.
        type: 'SpecificResource', source: 'https://example.org/readout', 'rc:sha256': sha256Hex(A.text), 'rc:sourceLabel': 'White House',
        selector: [
          { type: 'TextQuoteSelector', exact: 'will begin, "in full"', prefix: 'reed that the movement to peace ', suffix: '.' },
          { type: 'TextPositionSelector', start: 46, end: 67 },
        ],
      },
      'rc:status': 'anchored',
    });
  });

  it('names a source without a URL by the SHA-256 of its text, exports a row as one target per sentence and marks an orphan', () => {
    const items = JSON.parse(exportAnnotations(file(), 'jsonld', sha256Hex)).first.items;
    const row = items[0]!;
    expect(row['rc:status']).toBe('orphan');
    expect(row.motivation).toBe('tagging');
    expect(row.target.map((t: Record<string, string>) => [t.source, t['rc:sentence']])).toEqual([
      ['https://example.org/readout', 'a1'], [`urn:sha256:${sha256Hex(B.text)}`, 'b2'],
    ]);
    expect(sha256Hex(B.text)).toMatch(/^[0-9a-f]{64}$/);
    expect(items[2]!.body[2]).toEqual({ type: 'SpecificResource', purpose: 'linking', source: 'https://example.org/readout', 'rc:item': 'a1' });
    expect(items[2]!.target.source).toBe(`urn:sha256:${sha256Hex(ART.text)}`);
  });
});

describe('the CSV export', () => {
  it('has one row per annotation, quoted as RFC 4180 says, with CRLF line ends', () => {
    const out = exportAnnotations(file(), 'csv', sha256Hex);
    const lines = out.split('\r\n');
    expect(lines[0]).toBe('id,label,note,source,exact,prefix,suffix,start,end,status,created,modified,sentence,row,links');
    expect(lines.length).toBe(5);
    expect(lines[2]).toBe(`ann-1,omission,"Line one,\nline two",White House,"will begin, ""in full""",reed that the movement to peace ,.,46,67,anchored,${T0},${T1},,,`);
    expect(out.endsWith('\r\n')).toBe(true);
    // The row target: one line per sentence inside each passage field.
    expect(out).toContain(`ann-3,framing,,"White House\nKremlin","${A.text.replace(/"/g, '""')}\nThe line went dead.","\nTrump proposed a pause. ","\n","0\n24","${A.text.length}\n51",orphan,`);
  });

  it('quotes only fields that need it', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('')).toBe('');
  });
});

describe('the Markdown export', () => {
  it('lists each annotation with its quote, note, place, status and links', () => {
    const out = exportAnnotations(file(), 'md', sha256Hex);
    expect(out).toContain('# Annotations: A call (2025-03-18)\n\n3 annotations on **White House**, **Kremlin** and **Article**.');
    expect(out).toContain('## 2. omission: White House\n\n> will begin, "in full"\n\nLine one,\nline two\n\n- Where: White House (characters 46–67)\n- Status: anchored\n- Created 2025-03-19T09:00:00.000Z, modified 2025-03-19T10:30:00.000Z; id `ann-1`');
    expect(out).toContain('## 1. framing: White House and Kremlin (row)');
    expect(out).toContain('- Where: White House a1 (characters 0–68); Kremlin b2 (characters 24–51)\n- Status: **orphan**: not found in the current text; the place above is the last known one');
    expect(out).toContain('## 3. factual error: Article\n\n> would begin\n');
    expect(out).toContain('- Links:\n  - a1\n');
    expect(out.endsWith('\n')).toBe(true);
  });
});

// Issue 15: exports that passed hostile content through.
describe('hostile content in the exports (issue 15)', () => {
  const hostile = (note: string, label = 'note', url: string | null = null): ReadoutsFile => {
    const [s, e] = span(B, 'Putin responded');
    const annotations = [createAnnotation({ id: 'ann-h', now: T0, label, note, target: { kind: 'passage', ...passageAt('b', B.text, s, e) } })];
    return readoutsFile({ savedBy: '0.1.0', a: A, b: { ...B, meta: meta('Kremlin', url) }, annotations });
  };

  it('CSV: a cell starting with = + - @, a tab or a carriage return gets an apostrophe first, so no spreadsheet reads it as a formula (item 6)', () => {
    for (const cell of ['=HYPERLINK("http://x.example","y")', '+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A2)', '\tx', '\rx'])
      expect(csvField(cell)).toBe(csvField(`'${cell}`));
    const row = exportAnnotations(hostile('=HYPERLINK("http://x.example","click")', '@SUM(1)'), 'csv', sha256Hex).split('\r\n')[1]!;
    expect(row).toBe(`ann-h,'@SUM(1),"'=HYPERLINK(""http://x.example"",""click"")",Kremlin,Putin responded,Trump proposed a pause. , positively.,24,39,anchored,${T0},${T0},,,`);
    expect(csvField('a = b')).toBe('a = b');
  });

  it('Markdown: HTML in a note, a label or a quote is escaped, never written as markup (item 7)', () => {
    const out = exportAnnotations(hostile('<script>alert(1)</script>\n<base href="http://evil.example/"><link rel=stylesheet href=x>', '<b>x</b>'), 'md', sha256Hex);
    expect(out).not.toMatch(/<(script|base|link|b)\b/i);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;\n&lt;base href="http://evil.example/"&gt;&lt;link rel=stylesheet href=x&gt;');
    expect(out).toContain('## 1. &lt;b&gt;x&lt;/b&gt;: Kremlin');
  });

  it('JSON-LD: only an http(s) URL is written as target.source; any other becomes the text’s urn:sha256 (item 8)', () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'ftp://x.example/']) {
      const out = toJsonLd(hostile('n', 'note', url), sha256Hex) as { first: { items: Array<{ target: { source: string } }> } };
      expect(out.first.items[0]!.target.source).toBe(`urn:sha256:${sha256Hex(B.text)}`);
    }
    const ok = toJsonLd(hostile('n', 'note', 'https://kremlin.example/r'), sha256Hex) as { first: { items: Array<{ target: { source: string } }> } };
    expect(ok.first.items[0]!.target.source).toBe('https://kremlin.example/r');
  });
});

// Issue 15, item 5: the export wrote the stored status, while the app anchors again and calls the same annotation an orphan.
describe('the exports anchor the annotations again, as the app does (issue 15)', () => {
  const edited = (): ReadoutsFile => {
    const f = file();
    const pastEnd = { ...f.annotations.find((a) => a.id === 'ann-2')!, status: 'anchored' as const };
    if (pastEnd.target.kind === 'passage') pastEnd.target = { ...pastEnd.target, quote: { ...pastEnd.target.quote, exact: 'went home quietly' }, position: { start: 900, end: 917 } };
    const texts = { ...f.sources, a: { ...f.sources.a, text: f.sources.a.text.replace('will begin', 'will not begin') } };
    return { ...f, sources: texts, annotations: f.annotations.map((a) => (a.id === 'ann-2' ? pastEnd : a)) };
  };

  it('calls an annotation whose passage is gone an orphan, and one whose words changed changed, in every format', () => {
    const json = toJsonLd(edited(), sha256Hex) as { first: { items: Array<{ id: string; 'rc:status': string; 'rc:changed'?: unknown }> } };
    const status = Object.fromEntries(json.first.items.map((i) => [i.id.split(':').at(-1), i['rc:status']]));
    expect(status).toMatchObject({ 'ann-1': 'changed', 'ann-2': 'orphan' });
    expect(json.first.items.find((i) => i.id.endsWith('ann-1'))!['rc:changed']).toEqual([{ old: '', new: 'not' }]);
    const csv = exportAnnotations(edited(), 'csv', sha256Hex);
    expect(csv).toMatch(/\r\nann-1,[^\r]*,changed,/);
    expect(csv).toMatch(/\r\nann-2,[^\r]*,orphan,/);
    const md = exportAnnotations(edited(), 'md', sha256Hex);
    expect(md).toContain('- Status: **changed**: the passage now reads differently (“” → “not”): check');
  });
});

// Issue 19: the exports keep their context. Given the comparison as shown, each place names
// its sentence and row (numbered as in the app and the PDF), and each link the text it points at.
describe('the exports with the comparison’s context (issue 19)', () => {
  const resources = loadResources();
  const context = () => {
    const comparison = compare(A, B, resources);
    const article = analyzeArticle(ART, { a: A, b: B, comparison }, resources);
    return { comparison, article, context: exportContext(comparison, article) };
  };

  it('names a passage’s sentence and row, and a linked item’s rows and text, in Markdown', () => {
    const { comparison, context: ctx } = context();
    const rowOfA1 = buildRows(comparison).findIndex((r) => r.a.includes('a1' as SentenceId)) + 1;
    expect(rowOfA1).toBeGreaterThan(0);
    const md = exportAnnotations(file(), 'md', sha256Hex, ctx);
    expect(md).toContain(`- Where: White House a1, row ${rowOfA1} (characters 46–67)`);
    expect(md).toContain(`## 2. omission: White House (row ${rowOfA1})`);
    // The link to a1 gives its row and its text, shortened to one line.
    expect(md).toContain(`  - a1 (row ${rowOfA1}): “The leaders agreed that the movement to peace will begin, "in full".”`);
    // A passage in the article has no row.
    expect(md).toMatch(/- Where: Article \(characters \d+–\d+\)/);
  });

  it('fills the CSV’s sentence, row and links columns, one line per passage', () => {
    const { comparison, context: ctx } = context();
    const rowOf = (id: string) => buildRows(comparison).findIndex((r) => [...r.a, ...r.b].includes(id as SentenceId)) + 1;
    const lines = exportAnnotations(file(), 'csv', sha256Hex, ctx).split('\r\n');
    expect(lines[2]!.endsWith(`,a1,${rowOf('a1')},`)).toBe(true);
    // The row target: one line per sentence in the sentence and row fields.
    expect(lines.join('\n')).toContain(`,"a1\nb2","${rowOf('a1')}\n${rowOf('b2')}",`);
    // The article's annotation links to a1: its id, row and text.
    expect(lines.join('\n')).toContain(`"a1 (row ${rowOf('a1')}): “The leaders agreed that the movement to peace will begin, ""in full"".”"`);
  });

  it('gives the linked item’s text and rows, and each target’s sentence and rows, in JSON-LD', () => {
    const { context: ctx } = context();
    type Target = Record<string, unknown>;
    const items = (toJsonLd(file(), sha256Hex, ctx) as { first: { items: Array<{ target: Target & Target[]; body: Target[] }> } }).first.items;
    expect(items[1]!.target['rc:sentence']).toBe('a1');
    expect(items[1]!.target['rc:rows']).toHaveLength(1);
    expect(items[2]!.body[2]).toMatchObject({ 'rc:item': 'a1', 'rc:text': A.text, 'rc:rows': items[1]!.target['rc:rows'] });
    // A row target's sentences were recorded when it was made: no second rc:sentence is added.
    expect(items[0]!.target.map((t) => t['rc:sentence'])).toEqual(['a1', 'b2']);
  });

  it('leaves a place past the end of the readout without a sentence', () => {
    const { context: ctx } = context();
    expect(ctx.sentenceOf({ source: 'a', quote: { exact: 'x', prefix: '', suffix: '' }, position: { start: A.text.length + 5, end: A.text.length + 6 } })).toBeNull();
    expect(ctx.item('a99')).toBeNull();
  });
});
