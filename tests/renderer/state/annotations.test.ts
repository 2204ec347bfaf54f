import { beforeAll, describe, expect, it } from 'vitest';
import { passageTarget, rowTargetOf, UNDO_DEPTH } from '../../../renderer/state/annotations';
import { editsOf, INITIAL_VIEW, listedAnnotations, viewReducer, type ViewAction, type ViewState } from '../../../renderer/state/view';
import type { Target } from '../../../shared/annotations/model';
import type { LoadedComparison } from '../../../shared/ipc/contract';
import type { SentenceId } from '../../../shared/model/types';
import type { ArticleItemId } from '../../../shared/view/article';
import { withSampleAnalysis } from '../article-fixture';
import { loadSample } from '../sample';

let sample: LoadedComparison;
beforeAll(async () => { sample = withSampleAnalysis(await loadSample()); });

const run = (...actions: ViewAction[]): ViewState => actions.reduce(viewReducer, INITIAL_VIEW);
const texts = () => ({ a: sample.a.text, b: sample.b.text, article: sample.article!.doc.text });
const NOW = '2025-03-19T09:00:00.000Z';

/** The passage of readout A (or another source) that is exactly `quote`. */
function target(quote: string, source: 'a' | 'b' | 'article' = 'a'): Target {
  const text = texts()[source];
  const at = text.indexOf(quote);
  return passageTarget(source, texts(), at, at + quote.length)!;
}

/** The sample with annotations saved on `quotes` (ids n1, n2, …), each with its label. */
function annotated(...quotes: Array<[string, string]>): ViewState {
  return run({ type: 'loaded', loaded: sample }, ...quotes.flatMap(([quote, label], i): ViewAction[] => [
    { type: 'annotate', target: target(quote) },
    { type: 'update-draft', changes: { label, note: `note ${i + 1}` } },
    { type: 'save-draft', id: `n${i + 1}`, now: NOW },
  ]));
}

describe('targets', () => {
  it('leave white space at the ends of a selection out, and refuse one of white space only', () => {
    const text = sample.a.text;
    const at = text.indexOf('energy and infrastructure');
    const t = passageTarget('a', texts(), at - 1, at + 'energy and infrastructure'.length + 1);
    expect(t).toMatchObject({ kind: 'passage', source: 'a', quote: { exact: 'energy and infrastructure' }, position: { start: at } });
    expect(passageTarget('a', texts(), at - 1, at)).toBeNull();
    expect(passageTarget('article', { ...texts(), article: null }, 0, 5)).toBeNull();
  });

  it('take a whole row: every sentence, A’s then B’s', () => {
    const s = run({ type: 'loaded', loaded: sample });
    const row = s.rows.find((r) => r.kind === 'matched' && r.a.length > 0 && r.b.length > 0)!;
    const t = rowTargetOf(row, sample.comparison, texts());
    expect(t.kind === 'row' && t.sentences.map((x) => x.sentence)).toEqual([...row.a, ...row.b]);
  });
});

describe('the annotation reducer', () => {
  it('opens the editor in the annotations panel (in the article panel’s place) and asks for focus there', () => {
    const s = run({ type: 'loaded', loaded: sample }, { type: 'annotate', target: target('energy and infrastructure') });
    expect(s.draft).toMatchObject({ id: null, label: 'note', note: '', links: [] });
    expect([s.annotationsOpen, s.articleOpen]).toEqual([true, false]);
    expect(s.focusRequest?.pane).toBe('annotations');
    expect(s.status).toBe('New annotation on the selected passage');
  });

  it('saves a new annotation with the id and time given: listed, numbered, marked, counted as unsaved work', () => {
    const s = annotated(['energy and infrastructure', 'framing']);
    expect(s.draft).toBeNull();
    expect(s.work.annotations).toEqual([expect.objectContaining({ id: 'n1', label: 'framing', note: 'note 1', created: NOW, modified: NOW, status: 'anchored' })]);
    expect(s.work.marks.numbers).toEqual({ n1: 1 });
    expect(s.work.marks.spans.a.map((x) => x.id)).toEqual(['n1']);
    expect([s.work.unsaved, s.work.seq]).toEqual([true, 1]);
    expect(s.selectedAnnotation).toBe('n1');
    expect(s.toast).toEqual({ message: 'Annotation 1 (framing) added', undo: true });
    expect(s.lastLabel).toBe('framing');
    // The next one starts with the label used last.
    expect(viewReducer(s, { type: 'annotate', target: target('Black Sea') }).draft?.label).toBe('framing');
    const sources = { a: s.loaded!.a.meta, b: s.loaded!.b.meta, article: s.loaded!.article?.doc.meta ?? null };
    expect(editsOf(s)).toEqual({ annotations: s.work.annotations, labels: s.work.labels, manualLinks: [], corrections: [], sources });
  });

  it('keeps a draft with a note, links or an edit in it when asked to annotate something else', () => {
    const s = run({ type: 'loaded', loaded: sample }, { type: 'annotate', target: target('Black Sea') }, { type: 'update-draft', changes: { note: 'half written' } });
    const again = viewReducer(s, { type: 'annotate', target: target('Middle East') });
    expect(again.draft).toBe(s.draft);
    expect(again.status).toBe('Save or cancel the annotation being written first');
    // An empty new draft is simply replaced.
    const empty = run({ type: 'loaded', loaded: sample }, { type: 'annotate', target: target('Black Sea') }, { type: 'annotate', target: target('Middle East') });
    expect(empty.draft?.target).toEqual(target('Middle East'));
  });

  it('does not save a draft without a label', () => {
    const s = run({ type: 'loaded', loaded: sample }, { type: 'annotate', target: target('Black Sea') }, { type: 'update-draft', changes: { label: '  ' } });
    expect(viewReducer(s, { type: 'save-draft', id: 'x', now: NOW })).toBe(s);
  });

  it('edits, and undoes the edit', () => {
    let s = annotated(['energy and infrastructure', 'framing']);
    const edit: ViewAction[] = [{ type: 'edit-annotation', id: 'n1' }, { type: 'update-draft', changes: { note: 'changed' } }, { type: 'save-draft', id: 'unused', now: '2025-03-20T09:00:00.000Z' }];
    s = edit.reduce(viewReducer, s);
    expect(s.work.annotations[0]).toMatchObject({ id: 'n1', note: 'changed', created: NOW, modified: '2025-03-20T09:00:00.000Z' });
    expect(s.toast?.message).toBe('Annotation 1 (framing) changed');
    s = viewReducer(s, { type: 'undo' });
    expect(s.work.annotations[0]).toMatchObject({ note: 'note 1', modified: NOW });
    expect(s.toast?.message).toBe('Undone: Annotation 1 (framing) changed');
  });

  it('deletes, selecting the next one, and undoes the delete in place', () => {
    let s = annotated(['energy and infrastructure', 'framing'], ['Black Sea', 'omission'], ['Middle East', 'note']);
    s = viewReducer(viewReducer(s, { type: 'select-annotation', id: 'n2' }), { type: 'delete-annotation', id: 'n2' });
    expect(s.work.annotations.map((a) => a.id)).toEqual(['n1', 'n3']);
    expect(s.selectedAnnotation).toBe('n3');
    expect(s.toast).toEqual({ message: 'Annotation 2 (omission) deleted', undo: true });
    s = viewReducer(s, { type: 'undo' });
    expect(s.work.annotations.map((a) => a.id)).toEqual(['n1', 'n2', 'n3']);
    expect(s.selectedAnnotation).toBe('n2');
    // Undo then takes back the creations, one by one, and then there is nothing left to undo.
    s = [1, 2, 3].reduce((x) => viewReducer(x, { type: 'undo' }), s);
    expect(s.work.annotations).toEqual([]);
    expect(viewReducer(s, { type: 'undo' }).status).toBe('Nothing to undo');
  });

  it('keeps at most the last changes to undo', () => {
    let s = run({ type: 'loaded', loaded: sample });
    for (let i = 0; i < UNDO_DEPTH + 5; i++) {
      const add: ViewAction[] = [{ type: 'annotate', target: target('Black Sea') }, { type: 'save-draft', id: `x${i}`, now: NOW }];
      s = add.reduce(viewReducer, s);
    }
    expect(s.work.undo).toHaveLength(UNDO_DEPTH);
  });

  it('cancels a draft, sending focus back to the rows (new) or the annotation (edit)', () => {
    const s = run({ type: 'loaded', loaded: sample }, { type: 'annotate', target: target('Black Sea') }, { type: 'cancel-draft' });
    expect([s.draft, s.focusRequest?.pane, s.work.annotations.length]).toEqual([null, 'rows', 0]);
    const e = viewReducer(viewReducer(annotated(['Black Sea', 'note']), { type: 'edit-annotation', id: 'n1' }), { type: 'cancel-draft' });
    expect([e.draft, e.focusRequest?.pane, e.selectedAnnotation]).toEqual([null, 'annotations', 'n1']);
  });

  it('adds a label of the analyst’s own, once, and gives it to the draft', () => {
    let s = run({ type: 'loaded', loaded: sample }, { type: 'annotate', target: target('Black Sea') }, { type: 'add-label', label: '  check   full text ' });
    expect(s.work.labels).toEqual(['disagreement', 'omission', 'framing', 'factual error', 'note', 'check full text']);
    expect(s.draft?.label).toBe('check full text');
    expect(s.work.seq).toBe(1);
    s = viewReducer(s, { type: 'add-label', label: 'check full text' });
    expect(s.work.seq).toBe(1);
    expect(viewReducer(s, { type: 'add-label', label: 'x'.repeat(61) })).toBe(s);
  });

  it('filters the list by label, in reading order', () => {
    let s = annotated(['Middle East', 'note'], ['energy and infrastructure', 'framing'], ['Black Sea', 'note']);
    expect(listedAnnotations(s).map((a) => a.id)).toEqual(['n2', 'n3', 'n1']);
    s = viewReducer(s, { type: 'filter-annotations', labels: ['note', 'no such label'] });
    expect(s.annotationFilter).toEqual(['note']);
    expect(listedAnnotations(s).map((a) => a.id)).toEqual(['n3', 'n1']);
    expect(s.status).toBe('2 annotations shown');
  });

  it('goes to an annotation: its row in focus (all rows shown if the filter hides it), its passage selected', () => {
    let s = annotated(['energy and infrastructure', 'framing']);
    s = viewReducer(viewReducer(s, { type: 'filter', filter: 'one-sided' }), { type: 'show-annotation', id: 'n1' });
    const row = s.visible[s.current]!;
    const sentence = s.work.marks.bySentence;
    expect(row.a.some((id) => sentence[id]?.includes('n1'))).toBe(true);
    expect(s.filter).toBe('all');
    expect(s.focusRequest?.pane).toBe('rows');
    expect(s.selectedAnnotation).toBe('n1');
    expect(s.status).toMatch(/^Annotation 1: Row \d+ of \d+/);
  });

  it('goes to an annotation in the article: its claim selected in the article panel', () => {
    const claim = sample.article!.claims[1]!;
    const quote = sample.article!.doc.text.slice(claim.start, claim.start + 12);
    let s = run({ type: 'loaded', loaded: sample }, { type: 'annotate', target: target(quote, 'article') }, { type: 'save-draft', id: 'art', now: NOW });
    s = viewReducer(s, { type: 'show-annotation', id: 'art' });
    expect([s.selected, s.articleOpen, s.annotationsOpen, s.focusRequest?.pane]).toEqual([claim.id as ArticleItemId, true, false, 'article']);
  });

  it('goes to an annotation in the article outside every item: the article’s text shown, where its passage is', () => {
    const article = sample.article!;
    const items = [...article.claims, ...article.commentary];
    const text = article.doc.text;
    // the first 12 letters of a word that no claim or quotation covers
    let at = -1;
    for (const m of text.matchAll(/\b[A-Za-z][^\n]{11}/g)) {
      if (!items.some((i) => i.start < m.index + 12 && i.end > m.index) && text.indexOf(m[0]) === m.index) { at = m.index; break; }
    }
    expect(at).toBeGreaterThanOrEqual(0);
    let s = run({ type: 'loaded', loaded: sample }, { type: 'annotate', target: target(text.slice(at, at + 12), 'article') }, { type: 'save-draft', id: 'out', now: NOW });
    s = viewReducer(s, { type: 'show-annotation', id: 'out' });
    expect([s.articleView, s.selected, s.selectedAnnotation, s.articleOpen, s.annotationsOpen, s.focusRequest?.pane]).toEqual(['text', null, 'out', true, false, 'article']);
    expect(s.status).toBe('Annotation 1: in the article’s text, outside its claims and quotations');
  });

  it('says an orphan cannot be gone to', () => {
    const s = annotated(['Black Sea', 'note']);
    const orphaned = { ...s, work: { ...s.work, annotations: s.work.annotations.map((a) => ({ ...a, status: 'orphan' as const })) } };
    expect(viewReducer(orphaned, { type: 'show-annotation', id: 'n1' }).status).toBe('Annotation 1 could not be found in the current text');
  });

  it('shows one panel beside the rows at a time', () => {
    let s = run({ type: 'loaded', loaded: sample }, { type: 'toggle-annotations' });
    expect([s.annotationsOpen, s.articleOpen]).toEqual([true, false]);
    s = viewReducer(s, { type: 'toggle-article' });
    expect([s.annotationsOpen, s.articleOpen]).toEqual([false, true]);
    s = viewReducer(viewReducer(s, { type: 'toggle-annotations', open: true }), { type: 'toggle-annotations' });
    expect([s.annotationsOpen, s.articleOpen]).toEqual([false, true]);
    // F6 to the annotations panel selects the first annotation shown.
    s = viewReducer(annotated(['Black Sea', 'note']), { type: 'select-annotation', id: null });
    s = viewReducer(s, { type: 'focus-pane', pane: 'annotations' });
    expect([s.annotationsOpen, s.selectedAnnotation, s.focusRequest?.pane]).toEqual([true, 'n1', 'annotations']);
  });

  it('counts a manual link as a change to the work, to be autosaved', () => {
    const s = run({ type: 'loaded', loaded: sample }, { type: 'set-link', from: 'c4' as ArticleItemId, to: 'b3' as SentenceId, linked: true });
    expect([s.work.seq, s.work.unsaved]).toEqual([1, true]);
    expect(editsOf(s).manualLinks).toEqual([{ from: 'c4', to: 'b3', op: 'add' }]);
  });

  it('records a save', () => {
    const s = viewReducer(annotated(['Black Sea', 'note']), { type: 'saved', path: '/r/call.readouts' });
    expect([s.work.path, s.work.unsaved, s.status]).toEqual(['/r/call.readouts', false, 'Saved in /r/call.readouts']);
  });

  it('takes the work a comparison arrives with; keeps the undo history when the same comparison comes back with an article', () => {
    const s = annotated(['Black Sea', 'note']);
    const reopened = viewReducer(s, { type: 'loaded', loaded: { ...sample, document: 9, annotations: s.work.annotations, labels: s.work.labels, path: '/r/x.readouts', unsaved: false, notices: [{ kind: 'work', text: 'kept' }] } });
    expect([reopened.work.document, reopened.work.path, reopened.work.unsaved, reopened.work.undo, reopened.notices.map((n) => n.text)]).toEqual([9, '/r/x.readouts', false, [], ['kept']]);
    expect(reopened.work.marks.numbers).toEqual({ n1: 1 });
    expect(viewReducer(reopened, { type: 'dismiss-notice' }).notices).toEqual([]);
    const same = viewReducer(s, { type: 'loaded', loaded: { ...sample, document: s.work.document, annotations: s.work.annotations } });
    expect(same.work.undo).toEqual(s.work.undo);
  });

  it('offers what can be done about an error', () => {
    const s = run({ type: 'loaded', loaded: sample }, { type: 'failed', message: 'x.readouts: made by a newer version', offer: 'replace' });
    expect(s.errorOffer).toBe('replace');
    expect(viewReducer(s, { type: 'dismiss-error' }).errorOffer).toBeNull();
  });
});
