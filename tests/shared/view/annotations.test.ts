import { beforeAll, describe, expect, it } from 'vitest';
import { createAnnotation, passageAt, rowTarget, type Annotation } from '../../../shared/annotations/model';
import type { LoadedComparison } from '../../../shared/ipc/contract';
import type { SentenceId } from '../../../shared/model/types';
import {
  annotationMarks, annotationPlace, annotationSentence, articleItemAt, NO_MARKS, quotedText, segmentsOf, sentenceAt,
} from '../../../shared/view/annotations';
import { buildRows } from '../../../shared/view/rows';
import { withSampleAnalysis } from '../../renderer/article-fixture';
import { loadSample } from '../../renderer/sample';

let loaded: LoadedComparison;
beforeAll(async () => { loaded = withSampleAnalysis(await loadSample()); });

const at = (text: string, quote: string) => {
  const i = text.indexOf(quote);
  if (i < 0) throw new Error(`not found: ${quote}`);
  return [i, i + quote.length] as const;
};

function passage(id: string, source: 'a' | 'b' | 'article', quote: string, created = '2025-03-19T09:00:00.000Z'): Annotation {
  const text = source === 'article' ? loaded.article!.doc.text : loaded[source].text;
  return createAnnotation({ id, now: created, label: 'note', target: { kind: 'passage', ...passageAt(source, text, ...at(text, quote)) } });
}

describe('sentenceAt', () => {
  it('finds the sentence holding an offset, or the next one between sentences', () => {
    const sentences = loaded.comparison.a.sentences;
    expect(sentenceAt(sentences, sentences[2]!.start)?.id).toBe(sentences[2]!.id);
    expect(sentenceAt(sentences, sentences[2]!.end - 1)?.id).toBe(sentences[2]!.id);
    expect(sentenceAt(sentences, sentences[2]!.end)?.id).toBe(sentences[3]!.id);
    expect(sentenceAt(sentences, 1e9)).toBeUndefined();
  });
});

describe('annotationMarks', () => {
  it('numbers annotations in reading order and marks each anchored one where it is', () => {
    const row = buildRows(loaded.comparison).find((r) => r.kind === 'matched' && r.a.length > 0 && r.b.length > 0)!;
    const sentences = [...row.a.map((id) => ({ source: 'a' as const, sentence: loaded.comparison.a.sentences.find((s) => s.id === id)! })), ...row.b.map((id) => ({ source: 'b' as const, sentence: loaded.comparison.b.sentences.find((s) => s.id === id)! }))];
    const list: Annotation[] = [
      passage('kremlin', 'b', 'mutual 30-day suspension'),
      passage('article', 'article', 'energy and infrastructure'),
      passage('wh', 'a', 'energy and infrastructure ceasefire'),
      { ...passage('lost', 'a', 'peace'), status: 'orphan' },
      createAnnotation({ id: 'row', now: '2025-03-19T10:00:00.000Z', label: 'framing', target: rowTarget(sentences, { a: loaded.a.text, b: loaded.b.text }) }),
    ];
    const marks = annotationMarks(list, loaded.comparison);
    // A's passages by offset, then B's, then the article's; the orphan keeps its place in the order.
    const order = Object.entries(marks.numbers).sort((x, y) => x[1] - y[1]).map(([id]) => id);
    expect(order.indexOf('kremlin')).toBeGreaterThan(order.indexOf('wh'));
    expect(order[order.length - 1]).toBe('article');
    expect(marks.spans.a.map((s) => s.id)).toEqual(['wh']);
    expect(marks.spans.article.map((s) => s.id)).toEqual(['article']);
    expect(Object.values(marks.bySentence).flat()).not.toContain('lost');
    const wh = sentenceAt(loaded.comparison.a.sentences, at(loaded.a.text, 'energy and infrastructure ceasefire')[0])!;
    expect(marks.bySentence[wh.id]).toContain('wh');
    // A row: its marker leads its first sentence, and every sentence of it knows it.
    expect(marks.bySentence[row.a[0]!]).toContain('row');
    for (const id of [...row.a, ...row.b]) expect(marks.rows[id]).toEqual(['row']);
  });

  it('is empty without annotations', () => {
    expect(annotationMarks([], loaded.comparison)).toBe(NO_MARKS);
  });
});

describe('segmentsOf', () => {
  it('cuts text where spans begin and end, each segment with the spans covering it', () => {
    const segments = segmentsOf('abcdefghij', 100, [{ id: 'x', start: 102, end: 106 }, { id: 'y', start: 104, end: 120 }, { id: 'z', start: 90, end: 95 }]);
    expect(segments).toEqual([
      { text: 'ab', start: 100, ids: [] },
      { text: 'cd', start: 102, ids: ['x'] },
      { text: 'ef', start: 104, ids: ['x', 'y'] },
      { text: 'ghij', start: 106, ids: ['y'] },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('abcdefghij');
    expect(segmentsOf('abc', 0, [])).toEqual([{ text: 'abc', start: 0, ids: [] }]);
  });
});

describe('where an annotation is', () => {
  it('names the readout and sentence, the article item, or the row', () => {
    const wh = passage('wh', 'a', 'energy and infrastructure ceasefire');
    expect(annotationPlace(wh, loaded.comparison, loaded.article)).toMatch(/^White House, a\d+$/);
    expect(annotationSentence(wh, loaded.comparison)).toMatch(/^a\d+$/);
    const claim = loaded.article!.claims[1]!;
    const inClaim = passage('art', 'article', loaded.article!.doc.text.slice(claim.start + 4, claim.start + 20));
    expect(annotationPlace(inClaim, loaded.comparison, loaded.article)).toBe(`Article, claim ${claim.id}`);
    expect(articleItemAt(loaded.article, claim.start)).toBe(claim.id);
    expect(articleItemAt(null, claim.start)).toBeNull();
    expect(annotationSentence(inClaim, loaded.comparison)).toBeNull();
    const b1 = loaded.comparison.b.sentences[0]!;
    const row = createAnnotation({ id: 'r', now: '2025-03-19T09:00:00.000Z', label: 'note', target: rowTarget([{ source: 'b', sentence: b1 }], { a: loaded.a.text, b: loaded.b.text }) });
    expect(annotationPlace(row, loaded.comparison, loaded.article)).toBe('Row: Kremlin b1');
    expect(annotationSentence(row, loaded.comparison)).toBe('b1' as SentenceId);
    expect(quotedText(row.target)).toBe(b1.text);
    // An orphan is named by its source only: its old place may be gone.
    expect(annotationPlace({ ...wh, status: 'orphan' }, loaded.comparison, loaded.article)).toBe('White House');
  });
});
