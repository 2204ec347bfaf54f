import { describe, expect, it } from 'vitest';
import { createAnnotation, passageAt, type Annotation, type AnnotationLink } from '../../../shared/annotations/model';
import { CHANNELS, REQUESTS, type ComparisonEdits } from '../../../shared/ipc/contract';
import type { SentenceId, SourceMeta } from '../../../shared/model/types';

// Issue 15, item 16: every string and array of a request is bounded; a source's `url` is an http(s) address.
const TEXT = 'The leaders agreed that the movement to peace will begin.';
const T0 = '2025-03-19T09:00:00.000Z';
const meta = (extra: Partial<SourceMeta> = {}): SourceMeta => ({
  label: 'White House', complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null, ...extra,
});
const annotation = (change: (a: Annotation) => Annotation = (a) => a): Annotation =>
  change(createAnnotation({ id: 'ann-1', now: T0, label: 'note', note: '', target: { kind: 'passage', ...passageAt('a', TEXT, 4, 11) } }));
const edits = (over: Partial<ComparisonEdits> = {}): ComparisonEdits => ({
  annotations: [annotation()], labels: ['note'], manualLinks: [], sources: { a: meta(), b: meta({ label: 'Kremlin' }), article: null }, ...over,
});
const autosave = (e: ComparisonEdits) => REQUESTS[CHANNELS.autosave].safeParse([{ document: 1, edits: e }]);
const problem = (e: ComparisonEdits): string => {
  const r = autosave(e);
  return r.success ? 'accepted' : r.error.issues.map((i) => i.path.join('.')).join(' ');
};

describe('the IPC contract bounds every string and array of the analyst’s work', () => {
  it('accepts ordinary work', () => {
    expect(problem(edits())).toBe('accepted');
  });

  it('refuses an annotation with too many links, a row with too many sentences, and over-long quotes and contexts', () => {
    const item: AnnotationLink = { kind: 'item', id: 'a1' as SentenceId };
    const sentence = { ...passageAt('a', TEXT, 4, 11), source: 'a' as const, sentence: 'a1' as SentenceId };
    const huge = 'x'.repeat(25_000_000);
    expect(problem(edits({ annotations: [annotation((a) => ({ ...a, links: Array(10_001).fill(item) }))] }))).toMatch(/^0\.edits\.annotations\.0\.links/);
    expect(problem(edits({ annotations: [annotation((a) => ({ ...a, target: { kind: 'row', sentences: Array(10_001).fill(sentence) } }))] }))).toMatch(/^0\.edits\.annotations\.0\.target\.sentences/);
    const quoted = (q: Partial<Annotation['target'] & { kind: 'passage' }>['quote']) => annotation((a) => ({ ...a, target: { ...a.target, quote: { ...(a.target as { quote: object }).quote, ...q } } as Annotation['target'] }));
    expect(problem(edits({ annotations: [quoted({ exact: huge } as never)] }))).toMatch(/^0\.edits\.annotations\.0\.target\.quote\.exact/);
    expect(problem(edits({ annotations: [quoted({ prefix: 'p'.repeat(1_000) } as never)] }))).toMatch(/^0\.edits\.annotations\.0\.target\.quote\.prefix/);
    expect(problem(edits({ annotations: [quoted({ suffix: 's'.repeat(1_000) } as never)] }))).toMatch(/^0\.edits\.annotations\.0\.target\.quote\.suffix/);
    const longId = `a1${'0'.repeat(100_000)}` as SentenceId;
    expect(problem(edits({ annotations: [annotation((a) => ({ ...a, links: [{ kind: 'item', id: longId }] }))] }))).toBe('0.edits.annotations.0.links.0.id');
    expect(problem(edits({ manualLinks: [{ from: 'c1' as never, to: longId, op: 'add' }] }))).toBe('0.edits.manualLinks.0');
  });

  it('refuses over-long source details, and an address that is not http(s)', () => {
    const long = 'y'.repeat(200_000);
    for (const field of ['label', 'publisher', 'title', 'note', 'provenance'] as const)
      expect(problem(edits({ sources: { a: meta({ [field]: long }), b: meta(), article: null } }))).toBe(`0.edits.sources.a.${field}`);
    expect(problem(edits({ sources: { a: meta({ url: `https://a.example/${'z'.repeat(3_000)}` }), b: meta(), article: null } }))).toBe('0.edits.sources.a.url');
    expect(problem(edits({ sources: { a: meta({ url: 'javascript:alert(1)' }), b: meta(), article: null } }))).toBe('0.edits.sources.a.url');
    expect(problem(edits({ sources: { a: meta({ url: 'https://a.example/readout' }), b: meta(), article: null } }))).toBe('accepted');
  });
});
