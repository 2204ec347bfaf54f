// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useReducer } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AnnotationsPanel } from '../../../renderer/components/AnnotationsPanel';
import { RowView } from '../../../renderer/components/RowView';
import { passageTarget } from '../../../renderer/state/annotations';
import { INITIAL_VIEW, viewReducer, type ViewAction, type ViewState } from '../../../renderer/state/view';
import { spanOfRange } from '../../../renderer/selection';
import type { LoadedComparison } from '../../../shared/ipc/contract';
import { withSampleAnalysis } from '../article-fixture';
import { loadSample } from '../sample';

let loaded: LoadedComparison;
beforeAll(async () => { loaded = withSampleAnalysis(await loadSample()); });
afterEach(cleanup);

const NOW = '2025-03-19T09:00:00.000Z';
const targetOf = (quote: string) => {
  const at = loaded.a.text.indexOf(quote);
  return passageTarget('a', { a: loaded.a.text, b: loaded.b.text, article: loaded.article!.doc.text }, at, at + quote.length)!;
};

/** The panel over the real reducer, from the sample with `actions` applied; `state()` reads the latest state. */
function renderPanel(actions: ViewAction[] = [], callbacks: { onSave?: (as: boolean) => void; onExport?: (f: string) => void } = {}) {
  const start = [{ type: 'loaded', loaded } as ViewAction, ...actions].reduce(viewReducer, INITIAL_VIEW);
  let latest: ViewState = start;
  function Harness() {
    const [state, dispatch] = useReducer(viewReducer, start);
    latest = state;
    return <AnnotationsPanel state={state} loaded={state.loaded!} dispatch={dispatch} selectedPassage={() => null} onSave={callbacks.onSave ?? (() => {})} onExport={callbacks.onExport ?? (() => {})} />;
  }
  const view = render(<Harness />);
  return { ...view, state: () => latest };
}

const saved = (quote: string, id: string, label = 'note', note = ''): ViewAction[] => [
  { type: 'annotate', target: targetOf(quote) },
  { type: 'update-draft', changes: { label, note } },
  { type: 'save-draft', id, now: NOW },
];

describe('AnnotationsPanel', () => {
  it('says how to annotate when there is nothing yet, and that the work is in no file', () => {
    renderPanel();
    const panel = screen.getByRole('region', { name: 'Annotations (0)' });
    expect(panel.textContent).toMatch(/No annotations yet\. Select text in a readout .* press Ctrl\+Shift\+A/);
    expect(panel.textContent).toMatch(/Not saved in a file yet\./);
    expect((within(panel).getByRole('button', { name: 'CSV…' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('lists annotations in reading order with their number, label, place, quote and note, and filters by label', () => {
    renderPanel([...saved('Middle East', 'x', 'note', 'Where exactly?'), ...saved('energy and infrastructure', 'y', 'framing')]);
    const items = screen.getAllByRole('listitem').filter((li) => li.classList.contains('annotation-item'));
    expect(items.map((li) => li.querySelector('.tag-label')!.textContent)).toEqual(['framing', 'note']);
    expect(items[1]!.querySelector('.annotation-number')!.textContent).toBe('✎2');
    expect(items[1]!.querySelector('.item-about')!.textContent).toMatch(/^White House, a\d+$/);
    expect(items[1]!.textContent).toMatch(/“Middle East”Where exactly\?/);
    fireEvent.click(screen.getByRole('button', { name: 'framing (1)' }));
    expect(screen.getAllByRole('listitem').filter((li) => li.classList.contains('annotation-item'))).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'framing (1)' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'All (2)' }));
    expect(screen.getAllByRole('listitem').filter((li) => li.classList.contains('annotation-item'))).toHaveLength(2);
  });

  it('marks an orphan as not found in the current text, with why, and cannot go to it', () => {
    const { state } = renderPanel();
    cleanup();
    const s = saved('Black Sea', 'lost').reduce(viewReducer, state());
    const orphaned: LoadedComparison = {
      ...loaded, document: 5, annotations: s.work.annotations.map((a) => ({ ...a, status: 'orphan' })),
      anchoring: [{ id: 'lost', status: 'orphan', method: null, confidence: 0.4, reason: 'no occurrence close enough', changed: [] }],
    };
    const start = viewReducer(INITIAL_VIEW, { type: 'loaded', loaded: orphaned });
    render(<AnnotationsPanel state={start} loaded={orphaned} dispatch={() => {}} selectedPassage={() => null} onSave={() => {}} onExport={() => {}} />);
    const item = document.querySelector('.annotation-orphan')!;
    expect(item.textContent).toMatch(/Could not be found in the current text\. Kept with its last known place \(no occurrence close enough\)\./);
    expect((within(item as HTMLElement).getByRole('button', { name: 'Go to' }) as HTMLButtonElement).disabled).toBe(true);
    expect(document.querySelector('.orphan-summary')!.textContent).toMatch(/1 annotation could not be found in the current text/);
  });

  it('marks an annotation whose words changed "the passage has changed: check", with the old and new words (issue 15)', () => {
    const { state } = renderPanel();
    cleanup();
    const s = saved('Black Sea', 'moved').reduce(viewReducer, state());
    const edited: LoadedComparison = {
      ...loaded, document: 6, annotations: s.work.annotations,
      anchoring: [{ id: 'moved', status: 'anchored', method: 'fuzzy', confidence: 0.93, reason: null, changed: [{ old: 'Black', new: 'Azov' }] }],
    };
    const start = viewReducer(INITIAL_VIEW, { type: 'loaded', loaded: edited });
    render(<AnnotationsPanel state={start} loaded={edited} dispatch={() => {}} selectedPassage={() => null} onSave={() => {}} onExport={() => {}} />);
    const item = screen.getByRole('listitem', { name: /Annotation 1, .*, the passage has changed/ });
    expect(within(item).getByRole('note').textContent).toMatch(/The passage has changed: check\./);
    expect(within(item).getByLabelText('was: Black').textContent).toBe('Black');
    expect(within(item).getByLabelText('now: Azov').textContent).toBe('Azov');
    expect(item.querySelector('.item-text')!.textContent).toBe('“Black Sea”');
    expect(start.work.marks.changed).toEqual({ moved: true });
  });

  it('moves between annotations with the arrow keys; E edits, Delete deletes', () => {
    const { state } = renderPanel([...saved('Middle East', 'x'), ...saved('energy and infrastructure', 'y')]);
    const item = (id: string) => document.querySelector<HTMLElement>(`[data-annotation="${id}"]`)!;
    expect(state().selectedAnnotation).toBe('y');
    fireEvent.keyDown(item('y'), { key: 'ArrowDown' });
    expect(state().selectedAnnotation).toBe('x');
    fireEvent.keyDown(item('x'), { key: 'e' });
    expect(state().draft?.id).toBe('x');
    fireEvent.keyDown(screen.getByLabelText('Note', { exact: true }), { key: 'Escape' });
    expect(state().draft).toBeNull();
    fireEvent.keyDown(item('x'), { key: 'Delete' });
    expect(state().work.annotations.map((a) => a.id)).toEqual(['y']);
    expect(state().toast?.message).toBe('Annotation 2 (note) deleted');
  });

  it('leaves Shift with the arrow keys, Home, End, Enter and Delete to the browser, as every list does', () => {
    const { state } = renderPanel([...saved('Middle East', 'x'), ...saved('energy and infrastructure', 'y')]);
    const item = (id: string) => document.querySelector<HTMLElement>(`[data-annotation="${id}"]`)!;
    expect(state().selectedAnnotation).toBe('y');
    for (const key of ['ArrowDown', 'End', 'Enter', 'E', 'Delete']) {
      // fireEvent answers false when the page took the key (preventDefault).
      const left = fireEvent.keyDown(item('y'), { key, shiftKey: true });
      expect([key, state().selectedAnnotation, state().draft, state().work.annotations.length, left]).toEqual([key, 'y', null, 2, true]);
    }
  });

  it('saves and exports through its buttons', () => {
    const onSave = vi.fn();
    const onExport = vi.fn();
    renderPanel(saved('Middle East', 'x'), { onSave, onExport });
    fireEvent.click(screen.getByRole('button', { name: 'Save as…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Markdown…' }));
    expect(onSave).toHaveBeenCalledWith(true);
    expect(onExport).toHaveBeenCalledWith('md');
  });
});

describe('AnnotationEditor', () => {
  it('saves with Enter, keeps Shift+Enter for a new line in the note, and cancels with Escape', () => {
    const { state } = renderPanel([{ type: 'annotate', target: targetOf('Black Sea') }]);
    const form = screen.getByRole('form', { name: 'New annotation' });
    expect(form.textContent).toMatch(/White House, a\d+“Black Sea”/);
    const note = screen.getByLabelText('Note', { exact: true });
    fireEvent.change(note, { target: { value: 'first line' } });
    fireEvent.keyDown(note, { key: 'Enter', shiftKey: true });
    expect(state().draft).not.toBeNull();
    fireEvent.change(screen.getByLabelText('Label', { exact: true }), { target: { value: 'omission' } });
    fireEvent.keyDown(note, { key: 'Enter' });
    expect(state().draft).toBeNull();
    expect(state().work.annotations[0]).toMatchObject({ label: 'omission', note: 'first line', created: expect.any(String) });
  });

  it('adds a label with Enter in its field without saving the annotation, and links to a sentence', () => {
    const { state } = renderPanel([{ type: 'annotate', target: targetOf('Black Sea') }]);
    const field = screen.getByLabelText('New label');
    fireEvent.change(field, { target: { value: 'maritime' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(state().draft?.label).toBe('maritime');
    expect(state().work.labels).toContain('maritime');
    const picker = screen.getByRole('form', { name: 'New annotation' }).querySelector<HTMLSelectElement>('.link-add select')!;
    fireEvent.change(picker, { target: { value: 'item:b10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add link' }));
    expect(state().draft?.links).toEqual([{ kind: 'item', id: 'b10' }]);
    expect(screen.getByRole('form', { name: 'New annotation' }).querySelector('.link-list')!.textContent).toMatch(/^b10 /);
    fireEvent.keyDown(screen.getByLabelText('Label', { exact: true }), { key: 'Escape' });
    expect(state().draft).toBeNull();
    expect(state().work.annotations).toEqual([]);
  });
});

describe('annotations in a row', () => {
  it('highlights a passage inside the word diff’s marks, leads its sentence with a marker, and maps a selection back to the text', () => {
    // A passage that covers words only White House has, and words both have.
    const row = viewReducer(INITIAL_VIEW, { type: 'loaded', loaded }).rows.find((r) => r.kind === 'matched' && r.changed && r.a.length === 1)!;
    const sentence = loaded.comparison.a.sentences.find((s) => s.id === row.a[0])!;
    const s = [{ type: 'loaded', loaded } as ViewAction, { type: 'annotate', target: passageTarget('a', { a: loaded.a.text, b: loaded.b.text, article: null }, sentence.start, sentence.end)! } as ViewAction, { type: 'save-draft', id: 'whole', now: NOW } as ViewAction]
      .reduce(viewReducer, INITIAL_VIEW);
    const onAnnotation = vi.fn();
    const { container } = render(
      <RowView row={row} comparison={loaded.comparison} language="en" index={0} current anyCurrent query="" onFocusRow={() => {}} marks={s.work.marks} selectedAnnotation="whole" onAnnotation={onAnnotation} />,
    );
    const cell = container.querySelector('.cell-a')!;
    // Word differences are quiet until asked for (issue 17); the passage is marked inside them.
    expect(cell.querySelectorAll('.quiet-diff mark.annotated').length).toBeGreaterThan(0);
    expect([...cell.querySelectorAll('mark.annotated')].map((m) => m.textContent).join('')).toBe(sentence.text);
    expect(cell.querySelectorAll('mark.annotated-selected').length).toBe(cell.querySelectorAll('mark.annotated').length);
    fireEvent.click(screen.getByRole('button', { name: /^Annotation 1, on a\d+: show it in the annotations panel$/ }));
    expect(onAnnotation).toHaveBeenCalledWith('whole');
    // A selection over the cell's text (ids and markers included) is the sentence, in readout A's offsets.
    const range = document.createRange();
    range.selectNodeContents(cell);
    expect(spanOfRange(range)).toEqual({ source: 'a', start: sentence.start, end: sentence.end });
    // Across both readouts of the row: no passage.
    range.selectNodeContents(container.querySelector('.row')!);
    expect(spanOfRange(range)).toBe('mixed');
  });

  it('maps a selection over a typed difference’s badge to the readout’s text alone (the badge is no source text)', () => {
    const view = viewReducer(INITIAL_VIEW, { type: 'loaded', loaded });
    const row = view.rows.find((r) => r.kind === 'matched' && r.a.length === 1 && r.pairs.some((p) => (p.differences ?? []).some((d) => d.a !== null)))!;
    const sentence = loaded.comparison.a.sentences.find((s) => s.id === row.a[0])!;
    const { container } = render(<RowView row={row} comparison={loaded.comparison} language="en" index={0} current={false} anyCurrent={false} query="" onFocusRow={() => {}} />);
    const cell = container.querySelector('.cell-a')!;
    expect(cell.querySelectorAll('.typed-badge').length).toBeGreaterThan(0);
    const range = document.createRange();
    range.selectNodeContents(cell);
    expect(spanOfRange(range)).toEqual({ source: 'a', start: sentence.start, end: sentence.end });
    // From the start of the cell to the end of the first badged word: the text up to that word, no badge.
    const mark = cell.querySelector('mark.typed')!;
    range.setEndAfter(mark);
    const span = spanOfRange(range);
    expect(span).not.toBe('mixed');
    const text = loaded.a.text.slice((span as { start: number }).start, (span as { end: number }).end);
    expect(text).not.toMatch(/difference|commitment|number|actor|scope/i.test(sentence.text) ? /\(\w+ difference/ : /difference/);
    expect(sentence.text.startsWith(text)).toBe(true);
  });
});
