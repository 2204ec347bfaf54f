import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { csvField, exportAnnotations, toJsonLd } from '../../../shared/annotations/export';
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

function file(): ReadoutsFile {
  const [s1, e1] = span(A, 'will begin, "in full"');
  const [s2, e2] = span(ART, 'would begin');
  const sentence = (id: string, doc: SourceDoc, quote: string) => ({ id: id as SentenceId, start: span(doc, quote)[0], end: span(doc, quote)[1], text: quote, paragraph: 0 });
  const annotations: Annotation[] = [
    createAnnotation({ id: 'ann-2', now: T0, label: 'factual error', note: 'Says "would", the readout says "will".', target: { kind: 'passage', ...passageAt('article', ART.text, s2, e2) }, links: [{ kind: 'item', id: 'a1' as SentenceId }] }),
    { ...createAnnotation({ id: 'ann-1', now: T0, label: 'omission', note: 'Line one,\nline two', target: { kind: 'passage', ...passageAt('a', A.text, s1, e1) } }), modified: T1 },
    { ...createAnnotation({ id: 'ann-3', now: T0, label: 'framing', target: rowTarget([{ source: 'a', sentence: sentence('a1', A, A.text) }, { source: 'b', sentence: sentence('b2', B, 'Putin responded positively.') }], { a: A.text, b: B.text }) }), status: 'orphan' },
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
        type: 'SpecificResource', source: 'https://example.org/readout', 'rc:sourceLabel': 'White House',
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
    expect(lines[0]).toBe('id,label,note,source,exact,prefix,suffix,start,end,status,created,modified');
    expect(lines.length).toBe(5);
    expect(lines[2]).toBe(`ann-1,omission,"Line one,\nline two",White House,"will begin, ""in full""",reed that the movement to peace ,.,46,67,anchored,${T0},${T1}`);
    expect(out.endsWith('\r\n')).toBe(true);
    // The row target: one line per sentence inside each passage field.
    expect(out).toContain(`ann-3,framing,,"White House\nKremlin","${A.text.replace(/"/g, '""')}\nPutin responded positively.","\nTrump proposed a pause. ","\n","0\n24","${A.text.length}\n51",orphan,`);
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
    expect(out).toContain('## 2. omission: White House\n\n> will begin, "in full"\n\nLine one,\nline two\n\n- Where: White House 46–67 (character offsets)\n- Status: anchored\n- Created 2025-03-19T09:00:00.000Z, modified 2025-03-19T10:30:00.000Z; id `ann-1`');
    expect(out).toContain('## 1. framing: White House and Kremlin (row)');
    expect(out).toContain('- Where: White House 0–68 (sentence a1); Kremlin 24–51 (sentence b2) (character offsets)\n- Status: **orphan**: not found in the current text; the place above is the last known one');
    expect(out).toContain('## 3. factual error: Article\n\n> would begin\n');
    expect(out).toContain('- Links: a1\n');
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
    expect(row).toBe(`ann-h,'@SUM(1),"'=HYPERLINK(""http://x.example"",""click"")",Kremlin,Putin responded,Trump proposed a pause. , positively.,24,39,anchored,${T0},${T0}`);
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
