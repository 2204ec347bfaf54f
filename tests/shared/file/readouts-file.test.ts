import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnnotation, DEFAULT_LABELS, normalizeLabel, passageAt, type Annotation, type AnnotationSource } from '../../../shared/annotations/model';
import { fileSources, parseReadoutsFile, readoutsFile, READOUTS_VERSION, serializeReadoutsFile, type ReadoutsFile } from '../../../shared/file/readouts-file';
import { createCorrection } from '../../../shared/corrections/model';
import type { SentenceId, SourceDoc, SourceMeta } from '../../../shared/model/types';

const meta = (label: string, extra: Partial<SourceMeta> = {}): SourceMeta => ({
  label, complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null, ...extra,
});
const A: SourceDoc = { file: 'whitehouse.txt', text: 'The leaders agreed that the movement to peace will begin.', meta: meta('White House', { date: '2025-03-18' }) };
const B: SourceDoc = { file: 'kremlin.txt', text: 'Donald Trump proposed a mutual 30-day suspension of strikes.', meta: meta('Kremlin', { complete: false, note: 'Incomplete.' }) };
const ART: SourceDoc = { file: 'article.txt', text: '“The movement to peace would begin,” the read-out said.', meta: meta('Article') };
const T0 = '2025-03-19T09:00:00.000Z';

const annotation = (id: string, source: AnnotationSource, doc: SourceDoc, start: number, end: number, label = 'omission'): Annotation =>
  createAnnotation({ id, now: T0, label, note: 'why', target: { kind: 'passage', ...passageAt(source, doc.text, start, end) } });

const sample = (): ReadoutsFile => readoutsFile({
  savedBy: '0.1.0', event: 'A call', date: '2025-03-18', a: A, b: B,
  article: { doc: ART, claims: null, manualLinks: [{ from: 'c1' as never, to: 'a1' as never, op: 'add' }] },
  annotations: [annotation('ann-1', 'a', A, 4, 11), annotation('ann-2', 'article', ART, 24, 35, 'factual error')],
  labels: ['tone'],
});
const text = (value: unknown): string => JSON.stringify(value);
const parse = (value: unknown) => parseReadoutsFile(typeof value === 'string' ? value : text(value), 'call.readouts');

/** Opens `file` as saved after `change` (to its JSON): 'opened', or what `say` makes of the problem. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the JSON is broken on purpose
const breaker = (file: ReadoutsFile, say: (r: { code: string; message: string }) => string) => (change: (f: any) => void): string => {
  const copy = JSON.parse(serializeReadoutsFile(file));
  change(copy);
  const r = parse(copy);
  return r.ok ? 'opened' : say(r);
};

describe('a comparison file', () => {
  it('holds the sources, the article with its manual links, the annotations and the labels', () => {
    const file = sample();
    expect(Object.keys(file)).toEqual(['format', 'version', 'savedBy', 'event', 'date', 'sources', 'article', 'annotations', 'labels', 'corrections']);
    expect(file.format).toBe('readout-compare');
    expect(file.version).toBe(2);
    expect(file.corrections).toEqual([]);
    expect(file.labels).toEqual([...DEFAULT_LABELS, 'tone']);
    expect(fileSources(file)).toEqual({ a: A, b: B, article: ART });
    expect(parse(serializeReadoutsFile(file))).toEqual({ ok: true, file, notices: [] });
  });

  it('is written in schema key order with a 2-space indent and a final newline, whatever the order of the value', () => {
    const file = sample();
    const shuffled = JSON.parse(text(Object.fromEntries(Object.entries(file).reverse()))) as ReadoutsFile;
    expect(serializeReadoutsFile(shuffled)).toBe(serializeReadoutsFile(file));
    const out = serializeReadoutsFile(file);
    expect(out.startsWith('{\n  "format": "readout-compare",\n  "version": 2,\n  "savedBy": "0.1.0",\n')).toBe(true);
    expect(out.endsWith('}\n')).toBe(true);
  });

  it('is not written when it is not valid (a bug in the caller)', () => {
    expect(() => serializeReadoutsFile({ ...sample(), labels: [''] })).toThrow(/labels\.0: a label must not be empty/);
  });
});

describe('opening a comparison file', () => {
  it('names the file and the problem when it is not JSON', () => {
    const r = parse('{"format": "readout-compare", "version": 1, ');
    expect(r).toMatchObject({ ok: false, code: 'not-json' });
    expect(!r.ok && r.message).toMatch(/^call\.readouts: the comparison file is damaged: it is not valid JSON \(/);
  });

  it('says when it is not a comparison file', () => {
    for (const v of [[], text('text'), null, { format: 'readout-compare/claims', version: 1 }, {}]) {
      expect(parse(v)).toEqual({ ok: false, code: 'not-readouts', message: 'call.readouts: not a Readout Compare comparison file (it lacks "format": "readout-compare")' });
    }
  });

  it('says a file from a newer version was made by a newer version of Readout Compare, whatever else it holds', () => {
    expect(parse({ format: 'readout-compare', version: 3, savedBy: '0.5.0', somethingNew: [1, 2] })).toEqual({
      ok: false, code: 'newer',
      message: 'call.readouts: made by a newer version of Readout Compare (file format 3, saved by version 0.5.0); this version reads format 2: update the app to open it',
    });
    expect(parse({ format: 'readout-compare', version: READOUTS_VERSION + 7 })).toMatchObject({ code: 'newer' });
  });

  it('names the field and the problem when the content is wrong', () => {
    const broken = breaker(sample(), (r) => `${r.code}: ${r.message}`);
    expect(broken((f) => { f.version = 0; })).toBe('invalid: call.readouts: the comparison file is damaged: version: this version of the app reads versions 1 to 2');
    expect(broken((f) => { f.version = '1'; })).toMatch(/^invalid: .*version:/);
    expect(broken((f) => { f.annotations[0].label = ' '; })).toMatch(/annotations\.0\.label: a label must not be empty/);
    expect(broken((f) => { f.annotations[1].id = 'ann-1'; })).toMatch(/annotations\.1\.id: the id ann-1 is also the id of annotations\.0/);
    expect(broken((f) => { f.annotations[0].target.position = { start: 9, end: 3 }; })).toMatch(/annotations\.0\.target\.position: start must be before end/);
    expect(broken((f) => { f.annotations[0].created = 'yesterday'; })).toMatch(/annotations\.0\.created: expected an ISO 8601 date-time/);
    expect(broken((f) => { f.sources.b.meta.date = '2025-02-29'; })).toMatch(/sources\.b\.meta\.date: expected a real date/);
    expect(broken((f) => { f.sources.a.meta.language = 'not a tag!'; })).toMatch(/sources\.a\.meta\.language: expected a BCP 47 language tag/);
    expect(broken((f) => { f.sources.a.colour = 'red'; })).toMatch(/sources\.a: Unrecognized key: "colour"/);
    expect(broken((f) => { f.article = null; })).toMatch(/annotations\.1\.target: points into the article, but the file has none/);
    expect(broken((f) => { f.article.manualLinks[0].op = 'toggle'; })).toMatch(/article\.manualLinks\.0\.op/);
    expect(broken((f) => { f.annotations[0].target = { kind: 'row', sentences: [] }; })).toMatch(/a row has at least one sentence/);
    expect(broken((f) => { f.annotations[0].links = [{ kind: 'item', id: 'x9' }]; })).toMatch(/annotations\.0\.links\.0\.id: expected a sentence/);
  });
});

describe('a source address that is not http(s) (issue 15, item 8)', () => {
  it('becomes null with a notice naming the file and the source, and the file still opens', () => {
    const file = JSON.parse(serializeReadoutsFile(sample()));
    file.sources.a.meta.url = 'javascript:alert(1)';
    file.article.meta.url = 'file:///etc/passwd';
    file.sources.b.meta.url = 'https://kremlin.example/r';
    const r = parse(file);
    if (!r.ok) throw new Error(r.message);
    expect([r.file.sources.a.meta.url, r.file.sources.b.meta.url, r.file.article!.meta.url]).toEqual([null, 'https://kremlin.example/r', null]);
    expect(r.notices).toEqual([
      'call.readouts: the address of White House is not an http(s) address, so it was dropped: javascript:alert(1)',
      'call.readouts: the address of Article is not an http(s) address, so it was dropped: file:///etc/passwd',
    ]);
  });

  it('is never written: a comparison file made from such a source has no address for it', () => {
    const file = readoutsFile({ savedBy: '0.1.0', a: { ...A, meta: meta('White House', { url: 'file:///etc/passwd' }) }, b: B });
    expect(file.sources.a.meta.url).toBeNull();
    expect(() => serializeReadoutsFile({ ...file, sources: { ...file.sources, b: { ...file.sources.b, meta: { ...B.meta, url: 'javascript:x' } } } })).toThrow(/sources\.b\.meta\.url/);
  });
});

describe('corrections in a comparison file (version 2)', () => {
  const texts = { a: A.text, b: B.text };
  const sa = { id: 'a1' as SentenceId, start: 0, end: A.text.length, text: A.text, paragraph: 0 };
  const sb = { id: 'b1' as SentenceId, start: 0, end: B.text.length, text: B.text, paragraph: 0 };
  const withCorrections = (): ReadoutsFile => ({
    ...sample(),
    corrections: [
      createCorrection({ id: 'cor-1', now: T0, op: 'link', a: sa, b: sb, texts }),
      createCorrection({ id: 'cor-2', now: T0, op: 'confirm', a: sa, b: null, texts }),
    ],
  });

  it('keeps them, in order, with their quotes, and reads back what it wrote', () => {
    const file = withCorrections();
    const out = serializeReadoutsFile(file);
    expect(JSON.parse(out).corrections[0]).toMatchObject({ id: 'cor-1', op: 'link', a: { source: 'a', sentence: 'a1', quote: { exact: A.text } }, b: { sentence: 'b1' } });
    expect(parse(out)).toEqual({ ok: true, file, notices: [] });
  });

  it('names the correction and the problem when one is wrong', () => {
    const broken = breaker(withCorrections(), (r) => r.message);
    expect(broken((f) => { f.corrections[0].op = 'merge'; })).toMatch(/corrections\.0\.op: expected "link", "unlink" or "confirm"/);
    expect(broken((f) => { f.corrections[0].b = null; })).toMatch(/corrections\.0\.b: a link needs a sentence on each side/);
    expect(broken((f) => { f.corrections[1].a = null; })).toMatch(/corrections\.1\.a: a correction needs at least one sentence/);
    expect(broken((f) => { f.corrections[1].id = 'cor-1'; })).toMatch(/corrections\.1\.id: the id cor-1 is also the id of corrections\.0/);
    expect(broken((f) => { f.corrections[0].a.source = 'b'; })).toMatch(/corrections\.0\.a\.source: the end "a" is a sentence of readout A/);
    expect(broken((f) => { delete f.corrections; })).toMatch(/corrections/);
  });
});

describe('a version 1 file (before corrections)', () => {
  const v1 = (): Record<string, unknown> => {
    const { corrections: _none, ...rest } = JSON.parse(serializeReadoutsFile(sample())) as Record<string, unknown>;
    return { ...rest, version: 1 };
  };

  it('opens as the current version, with no corrections and everything else as it was', () => {
    const r = parse(v1());
    expect(r).toEqual({ ok: true, file: { ...sample(), corrections: [] }, notices: [] });
    expect(r.ok && r.file.version).toBe(READOUTS_VERSION);
  });

  it('is checked by the rules of version 1: a corrections field it cannot have is refused', () => {
    expect(parse({ ...v1(), corrections: [] })).toMatchObject({ ok: false, code: 'invalid', message: expect.stringMatching(/Unrecognized key: "corrections"/) });
    expect(parse({ ...v1(), labels: [''] })).toMatchObject({ ok: false, code: 'invalid', message: expect.stringMatching(/labels\.0: a label must not be empty/) });
  });

  it('the example file saved by the version-1 app (tests/fixtures/annotated-v1.readouts) opens and is written as version 2', () => {
    const saved = readFileSync(join(__dirname, '../../fixtures/annotated-v1.readouts'), 'utf8');
    const now = readFileSync(join(__dirname, '../../fixtures/annotated.readouts'), 'utf8');
    expect(JSON.parse(saved).version).toBe(1);
    // The version-1 file keeps the article's old wording (written for us, not for users); the current fixture was
    // regenerated with the sample's present wording. Apart from those two strings the upgrade gives the same bytes.
    const current = JSON.parse(now).article.meta as { note: string; provenance: string };
    const old = saved
      .replace('News analysis supplied with the project brief; its publisher, title and address were not recorded.', current.note)
      .replace('The document the project was created from.', current.provenance);
    expect(old).not.toBe(saved);
    const r = parseReadoutsFile(old, 'annotated-v1.readouts');
    if (!r.ok) throw new Error(r.message);
    expect(serializeReadoutsFile(r.file)).toBe(now);
  });
});

describe('a comparison file, for any content', () => {
  const doc = (label: string) => fc.record({
    file: fc.string({ minLength: 1, maxLength: 20 }),
    text: fc.string({ minLength: 1, maxLength: 200 }),
    meta: fc.record({
      label: fc.constant(label), complete: fc.boolean(), language: fc.constantFrom('en', 'ru', 'de-CH'),
      publisher: fc.option(fc.string()), title: fc.option(fc.string()), url: fc.option(fc.webUrl()),
      date: fc.option(fc.constantFrom('2025-03-18', '2024-02-29')), note: fc.option(fc.string()), provenance: fc.option(fc.string()),
    }),
  });
  const label = fc.oneof(fc.constantFrom(...DEFAULT_LABELS), fc.string({ maxLength: 60 }).map((s) => normalizeLabel(s.replace(/[\r\n]/g, ' '))).filter((s) => s.length > 0 && s.length <= 60));
  const time = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
  const content = fc.record({ a: doc('A'), b: doc('B'), article: fc.option(doc('Article')) }).chain(({ a, b, article }) => {
    const sources: Array<[AnnotationSource, SourceDoc]> = [['a', a], ['b', b], ...(article ? [['article', article] as [AnnotationSource, SourceDoc]] : [])];
    const one = fc.tuple(fc.constantFrom(...sources), fc.nat(), fc.nat(), label, fc.string(), time, time, fc.boolean()).map(([[source, d], x, y, l, note, created, modified, orphan]) => {
      const start = x % d.text.length;
      const end = start + 1 + (y % (d.text.length - start));
      return { source, start, end, l, note, created, modified, orphan, d };
    });
    return fc.tuple(fc.constant({ a, b, article }), fc.array(one, { maxLength: 6 }), fc.array(label, { maxLength: 3 }));
  }).map(([{ a, b, article }, specs, labels]) => readoutsFile({
    savedBy: '0.1.0', a, b, labels,
    article: article ? { doc: article, claims: null, manualLinks: [] } : null,
    annotations: specs.map((s, i) => ({
      ...createAnnotation({ id: `ann-${i}`, now: s.created, label: s.l, note: s.note, target: { kind: 'passage', ...passageAt(s.source, s.d.text, s.start, s.end) } }),
      modified: s.modified, status: s.orphan ? 'orphan' as const : 'anchored' as const,
    })),
  }));

  it('reads back what it wrote, and writes the same bytes again', () => {
    fc.assert(fc.property(content, (file) => {
      const out = serializeReadoutsFile(file);
      const back = parseReadoutsFile(out, 'x.readouts');
      expect(back).toEqual({ ok: true, file, notices: [] });
      expect(serializeReadoutsFile(back.ok ? back.file : file)).toBe(out);
    }), { numRuns: 200 });
  });
});
