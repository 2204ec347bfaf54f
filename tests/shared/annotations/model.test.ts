import { describe, expect, it } from 'vitest';
import {
  addAnnotation, addLabel, annotationId, createAnnotation, DEFAULT_LABELS, deleteAnnotation, editAnnotation, labelCounts,
  listAnnotations, mergeLabels, passageAt, quoteAt, restoreAnnotation, rowTarget, type Annotation,
} from '../../../shared/annotations/model';
import type { Sentence, SentenceId } from '../../../shared/model/types';

const TEXT = 'The leaders agreed that the movement to peace will begin with an energy and infrastructure ceasefire, as well as technical negotiations.';
const T0 = '2025-03-19T09:00:00.000Z';
const T1 = '2025-03-19T10:00:00.000Z';

const at = (id: string, label: string, source: 'a' | 'b' | 'article', start: number, end = start + 5, created = T0): Annotation =>
  createAnnotation({ id, now: created, label, target: { kind: 'passage', ...passageAt(source, TEXT, start, end) } });

describe('selectors', () => {
  it('quote the selection exactly with 32 characters of context on each side, less at the edges', () => {
    const start = TEXT.indexOf('energy');
    expect(passageAt('a', TEXT, start, start + 6)).toEqual({
      source: 'a',
      quote: { exact: 'energy', prefix: 'ent to peace will begin with an ', suffix: ' and infrastructure ceasefire, a' },
      position: { start, end: start + 6 },
    });
    expect(quoteAt(TEXT, 0, 3)).toEqual({ exact: 'The', prefix: '', suffix: ' leaders agreed that the movemen' });
    expect(quoteAt(TEXT, TEXT.length - 1, TEXT.length).suffix).toBe('');
  });

  it('refuse an empty span or one outside the text', () => {
    expect(() => passageAt('a', TEXT, 3, 3)).toThrow(RangeError);
    expect(() => passageAt('a', TEXT, -1, 3)).toThrow(RangeError);
    expect(() => passageAt('a', TEXT, 0, TEXT.length + 1)).toThrow(RangeError);
  });

  it('give a row every sentence, A before B, in text order', () => {
    const s = (id: string, start: number, end: number): Sentence => ({ id: id as SentenceId, start, end, text: '', paragraph: 0 });
    const row = rowTarget([{ source: 'b', sentence: s('b2', 4, 8) }, { source: 'a', sentence: s('a3', 10, 14) }, { source: 'a', sentence: s('a1', 0, 3) }], { a: TEXT, b: 'One two three.' });
    expect(row.sentences.map((x) => [x.sentence, x.quote.exact])).toEqual([['a1', 'The'], ['a3', 's ag'], ['b2', 'two ']]);
  });
});

describe('annotations', () => {
  it('are created anchored, with the label trimmed and the clock the caller gives', () => {
    const a = createAnnotation({ id: 'ann-1', now: T0, label: '  factual   error ', target: { kind: 'passage', ...passageAt('a', TEXT, 0, 3) } });
    expect(a).toEqual({
      id: 'ann-1', label: 'factual error', note: '', links: [], created: T0, modified: T0, status: 'anchored',
      target: { kind: 'passage', source: 'a', quote: { exact: 'The', prefix: '', suffix: ' leaders agreed that the movemen' }, position: { start: 0, end: 3 } },
    });
    expect(() => createAnnotation({ id: 'x', now: T0, label: ' ', target: a.target })).toThrow(/label is empty/);
    expect(() => createAnnotation({ id: 'x', now: T0, label: 'note', target: { kind: 'row', sentences: [] } })).toThrow(/at least one sentence/);
  });

  it('get deterministic ids from a clock reading and a counter', () => {
    expect(annotationId(Date.UTC(2025, 2, 19), 1)).toBe('ann-m8f5og00-1');
    expect(annotationId(Date.UTC(2025, 2, 19), 2)).not.toBe(annotationId(Date.UTC(2025, 2, 19), 1));
  });

  it('never share an id', () => {
    const list = addAnnotation([], at('x', 'note', 'a', 0));
    expect(() => addAnnotation(list, at('x', 'framing', 'b', 2))).toThrow(/taken/);
  });

  it('are edited with the time of the edit, and the edit returns the annotation as it was', () => {
    const list = [at('x', 'note', 'a', 0), at('y', 'note', 'a', 10)];
    const edited = editAnnotation(list, 'y', { label: 'framing', note: 'why' }, T1)!;
    expect(edited.before).toBe(list[1]);
    expect(edited.annotations[1]).toMatchObject({ label: 'framing', note: 'why', created: T0, modified: T1, status: 'anchored' });
    expect(edited.annotations[0]).toBe(list[0]);
    expect(editAnnotation(list, 'nope', { note: 'x' }, T1)).toBeNull();
    expect(() => editAnnotation(list, 'x', { label: '' }, T1)).toThrow(/label is empty/);
  });

  it('are anchored again when the user picks a new target for an orphan', () => {
    const orphan = { ...at('x', 'note', 'a', 0), status: 'orphan' as const };
    const edited = editAnnotation([orphan], 'x', { target: { kind: 'passage', ...passageAt('a', TEXT, 4, 11) } }, T1)!;
    expect(edited.annotations[0]).toMatchObject({ status: 'anchored', target: { quote: { exact: 'leaders' } } });
    expect(editAnnotation([orphan], 'x', { note: 'still lost' }, T1)!.annotations[0]!.status).toBe('orphan');
  });

  it('are deleted with what undo needs, and undo puts them back where they were', () => {
    const list = [at('x', 'note', 'a', 0), at('y', 'note', 'a', 10), at('z', 'note', 'a', 20)];
    const gone = deleteAnnotation(list, 'y')!;
    expect(gone.annotations.map((a) => a.id)).toEqual(['x', 'z']);
    expect(gone.deleted).toBe(list[1]);
    expect(gone.index).toBe(1);
    expect(restoreAnnotation(gone.annotations, gone.deleted, gone.index)).toEqual(list);
    expect(deleteAnnotation(list, 'nope')).toBeNull();
  });

  it('undo of an edit restores the annotation in place', () => {
    const list = [at('x', 'note', 'a', 0), at('y', 'note', 'a', 10)];
    const edited = editAnnotation(list, 'x', { note: 'changed' }, T1)!;
    expect(restoreAnnotation(edited.annotations, edited.before)).toEqual(list);
  });

  it('are listed in reading order (A, B, article; then position) and filtered by label, source and status', () => {
    const list = [at('art', 'factual error', 'article', 0), at('b1', 'omission', 'b', 3), at('a2', 'framing', 'a', 30), at('a1', 'omission', 'a', 4)];
    expect(listAnnotations(list).map((a) => a.id)).toEqual(['a1', 'a2', 'b1', 'art']);
    expect(listAnnotations(list, { labels: ['omission'] }).map((a) => a.id)).toEqual(['a1', 'b1']);
    expect(listAnnotations(list, { labels: ['omission', 'factual error'], source: 'article' }).map((a) => a.id)).toEqual(['art']);
    expect(listAnnotations([...list, { ...at('o', 'note', 'a', 0), status: 'orphan' }], { status: 'orphan' }).map((a) => a.id)).toEqual(['o']);
    expect(listAnnotations(list, { labels: [] })).toEqual([]);
  });
});

describe('labels', () => {
  it('start with the defaults and take the user’s own once, in the order added', () => {
    expect(DEFAULT_LABELS).toEqual(['disagreement', 'omission', 'framing', 'factual error', 'note']);
    let labels = addLabel([], 'check  full text ');
    labels = addLabel(labels, 'check full text');
    labels = addLabel(labels, 'omission');
    labels = addLabel(labels, '   ');
    expect(labels).toEqual([...DEFAULT_LABELS, 'check full text']);
  });

  it('include the labels annotations use, and count them', () => {
    const list = [at('x', 'tone', 'a', 0), at('y', 'omission', 'a', 3), at('z', 'omission', 'b', 3)];
    expect(mergeLabels([], list)).toEqual([...DEFAULT_LABELS, 'tone']);
    expect(labelCounts([], list)).toEqual([
      { label: 'disagreement', count: 0 }, { label: 'omission', count: 2 }, { label: 'framing', count: 0 },
      { label: 'factual error', count: 0 }, { label: 'note', count: 0 }, { label: 'tone', count: 1 },
    ]);
  });
});
