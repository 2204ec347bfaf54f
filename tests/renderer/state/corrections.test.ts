import { describe, expect, it } from 'vitest';
import { summaryWording } from '../../../shared/compare/wording';
import type { SentenceId } from '../../../shared/model/types';
import { buildFindings } from '../../../shared/findings/findings';
import { renderReport } from '../../../shared/report/report';
import { DEFAULT_REPORT_OPTIONS } from '../../../shared/report/options';
import { CORRECTION_WORDS, rowCorrection } from '../../../shared/view/corrections';
import { MAY_TRUMP, runMayTrump } from '../may-trump';
import { editsOf, INITIAL_VIEW, viewReducer, type ViewAction, type ViewState } from '../../../renderer/state/view';

const LOADED = MAY_TRUMP;
const id = (s: string) => s as SentenceId;
const T0 = '2026-12-06T10:00:00.000Z';
const run = runMayTrump;
const link: ViewAction = { type: 'correct', op: 'link', a: id('a1'), b: id('b2'), id: 'c1', now: T0 };
const rowOf = (s: ViewState, sentence: string) => s.rows.find((r) => r.a.includes(id(sentence)) || r.b.includes(id(sentence)))!;

describe('corrections in the view', () => {
  it('a link puts the White House’s investigation sentence in Downing Street’s row, and the counts, filter and coverage follow', () => {
    const before = run();
    const s = run({ type: 'focus-row', index: before.rows.findIndex((r) => r.b.includes(id('b2'))) }, link);
    expect(rowOf(before, 'b2').kind).toBe('only-b');
    expect(rowOf(s, 'b2')).toMatchObject({ kind: 'matched', a: ['a1'], b: ['b1', 'b2'] });
    expect(s.rows.length).toBe(before.rows.length - 1);
    expect(summaryWording(s.loaded!.comparison)).toBe('2 matched rows (1 with typed differences) · 1 statement only in Downing Street · 0 statements only in White House · 1 statement of White House matched only weakly');
    expect(s.loaded!.comparison.b.coverage).toBeGreaterThan(before.loaded!.comparison.b.coverage);
    expect(s.visible[s.current]).toBe(rowOf(s, 'b2'));
    expect(s.toast).toEqual({ message: 'a1 and b2 linked by you', undo: true });
    // Rows keep their numbers (tester 7, T14): every row the link left alone has the label it had, and the status says no more.
    expect(s.status).toBe('a1 and b2 linked by you');
    const labels = new Map(s.rows.map((r) => [r.label, r.key]));
    for (const r of before.rows.filter((x) => !x.b.includes(id('b2')) && !x.a.includes(id('a1')))) expect(labels.get(r.label)).toBe(r.key);
    expect(rowOf(s, 'b2').label).toBe(rowOf(before, 'a1').label);
    expect(s.work.unsaved).toBe(true);
    expect(editsOf(s).corrections).toHaveLength(1);
    expect(s.machine).toBe(LOADED.comparison);
  });

  it('a correction asked for from a row keeps keyboard focus in the rows, on the row of the statement corrected (tester 8, U10)', () => {
    const unlinkFrom = (before: ViewState) => before.rows.findIndex((r) => r.a.includes(id('a3')) && r.b.includes(id('b3')));
    const before = run({ type: 'focus-row', index: unlinkFrom(run()) });
    const s = viewReducer(before, { type: 'correct', op: 'unlink', a: id('a3'), b: id('b3'), id: 'c1', now: T0, focusRow: true });
    expect(s.focusRequest).toEqual({ pane: 'rows', seq: before.focusSeq + 1 });
    expect(s.visible[s.current]!.a).toContain(id('a3'));
    // A correction made elsewhere (the link-end shortcut) leaves focus where it is.
    const quiet = viewReducer(before, { type: 'correct', op: 'unlink', a: id('a3'), b: id('b3'), id: 'c1', now: T0 });
    expect(quiet.focusRequest).toBe(before.focusRequest);
  });

  it('undo and redo put the row of the correction current and ask for keyboard focus there, never the page\'s body (tester 9, V14)', () => {
    const unlink: ViewAction = { type: 'correct', op: 'unlink', a: id('a3'), b: id('b3'), id: 'c9', now: T0, focusRow: true };
    // Another row current before the undo (F7 moved on, say): the undo goes back to a3's row all the same.
    const done = run(unlink, { type: 'focus-row', index: 0 });
    const undone = viewReducer(done, { type: 'undo' });
    expect(undone.focusRequest).toEqual({ pane: 'rows', seq: done.focusSeq + 1 });
    expect(undone.visible[undone.current]!.a).toContain(id('a3'));
    const focused = viewReducer(undone, { type: 'focus-row', index: 0 });
    const redone = viewReducer(focused, { type: 'redo' });
    expect(redone.focusRequest).toEqual({ pane: 'rows', seq: focused.focusSeq + 1 });
    expect(redone.visible[redone.current]!.a).toContain(id('a3'));
  });

  it('undo and redo take the link away and put it back; a new change empties what could be redone', () => {
    let s = run(link, { type: 'undo' });
    expect(rowOf(s, 'b2').kind).toBe('only-b');
    expect(s.work.corrections).toEqual([]);
    expect(s.status).toBe('Undone: a1 and b2 linked by you');
    s = viewReducer(s, { type: 'redo' });
    expect(rowOf(s, 'b2').kind).toBe('matched');
    expect(s.status).toBe('Redone: a1 and b2 linked by you');
    expect(viewReducer(s, { type: 'redo' }).status).toBe('Nothing to redo');
    s = viewReducer(viewReducer(s, { type: 'undo' }), { type: 'correct', op: 'confirm', a: id('a2'), b: null, id: 'c2', now: T0 });
    expect(s.work.redo).toEqual([]);
  });

  it('redo works for annotations too', () => {
    const row = { kind: 'row' as const, sentences: [{ source: 'a' as const, sentence: id('a2'), quote: { exact: 'x', prefix: '', suffix: '' }, position: { start: 0, end: 1 } }] };
    let s = run({ type: 'annotate', target: row }, { type: 'save-draft', id: 'ann-1', now: T0 }, { type: 'undo' });
    expect(s.work.annotations).toEqual([]);
    s = viewReducer(s, { type: 'redo' });
    expect(s.work.annotations.map((a) => a.id)).toEqual(['ann-1']);
    expect(s.status).toBe('Redone: Annotation 1 (note) added');
  });

  it('unlink and confirm: the row says who decided, and removing the correction gives the machine’s row back', () => {
    let s = run({ type: 'correct', op: 'unlink', a: id('a3'), b: id('b3'), id: 'c1', now: T0 }, { type: 'correct', op: 'confirm', a: id('a2'), b: null, id: 'c2', now: T0 });
    expect(s.loaded!.comparison.omissions.find((o) => o.id === 'b3')).toMatchObject({ by: 'analyst' });
    expect(s.loaded!.comparison.omissions.find((o) => o.id === 'a2')).toMatchObject({ checked: true });
    expect(s.work.annotations).toEqual([]);
    s = viewReducer(s, { type: 'remove-correction', id: 'c1' });
    expect(rowOf(s, 'b3').kind).toBe('matched');
    expect(s.status).toBe('Correction removed: a3 and b3: not the same point');
  });

  it('a statement unlinked and then checked one-sided: the row, the PDF and the findings all say both, and a second check adds nothing (tester 8, U11)', () => {
    let s = run({ type: 'correct', op: 'unlink', a: id('a3'), b: id('b5'), id: 'c1', now: T0 }, { type: 'correct', op: 'confirm', a: null, b: id('b5'), id: 'c2', now: T0 });
    const row = rowOf(s, 'b5');
    expect(rowCorrection(row, s.loaded!.comparison)).toBe('unlinked-checked');
    expect(CORRECTION_WORDS['unlinked-checked']).toBe('unlinked and checked by you');
    expect(buildFindings({ comparison: s.loaded!.comparison, article: null, annotations: [] }).find((f) => f.ids.includes('b5'))!.text).toContain('(b5, checked by the analyst)');
    const report = renderReport({ event: null, date: null, a: LOADED.a, b: LOADED.b, comparison: s.loaded!.comparison, annotations: [], article: null, generated: new Date(0), app: 'test' }, DEFAULT_REPORT_OPTIONS);
    expect(report).toContain(`id="row-${row.label}"><th scope="row" class="num">${row.label}<span class="corrected">unlinked and checked by analyst</span>`);
    // Checking it again: no second correction, no undo step, and the status says it is done.
    const undo = s.work.undo.length;
    s = viewReducer(s, { type: 'correct', op: 'confirm', a: null, b: id('b5'), id: 'c3', now: T0 });
    expect(s.work.corrections.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(s.work.undo).toHaveLength(undo);
    expect(s.status).toBe('b5: checked by you already');
  });

  it('unlinking the analyst’s own link removes it; the picker opens for a sentence and closes when a link is made', () => {
    let s = run({ type: 'link-picker', from: { side: 'b', sentence: id('b2') } });
    expect(s.linking).toEqual({ side: 'b', sentence: 'b2' });
    s = viewReducer(s, link);
    expect(s.linking).toBeNull();
    s = viewReducer(s, { type: 'correct', op: 'unlink', a: id('a1'), b: id('b2'), id: 'c3', now: T0 });
    expect(s.work.corrections).toEqual([]);
    expect(rowOf(s, 'b2').kind).toBe('only-b');
  });

  it('a comparison arriving with corrections (opened, restored) shows them applied', () => {
    const withLink = run(link);
    const s = viewReducer(INITIAL_VIEW, { type: 'loaded', loaded: { ...LOADED, document: 8, corrections: withLink.work.corrections } });
    expect(rowOf(s, 'b2').kind).toBe('matched');
    expect(s.work.unsaved).toBe(false);
  });
});
