/** The findings panel's state (renderer/state/findings.ts and its actions in state/view.ts), and what Copy findings copies. */
import { beforeAll, describe, expect, it } from 'vitest';
import { copiedWording, findingsClip } from '../../../renderer/hooks/useCopyFindings';
import { rowTargetOf } from '../../../renderer/state/annotations';
import { findingsOf } from '../../../renderer/state/findings-of';
import * as engine from '../../../renderer/state/findings-of';
import { INITIAL_VIEW, viewReducer, type ViewAction, type ViewState } from '../../../renderer/state/view';
import type { LoadedComparison } from '../../../shared/ipc/contract';
import { withSampleAnalysis } from '../article-fixture';
import { loadSample } from '../sample';

let loaded: LoadedComparison;
beforeAll(async () => { loaded = withSampleAnalysis(await loadSample()); });
const run = (...actions: ViewAction[]): ViewState => [{ type: 'loaded', loaded } as ViewAction, ...actions].reduce(viewReducer, INITIAL_VIEW);
const rowOf = (s: ViewState, id: string) => s.visible.findIndex((r) => [...r.a, ...r.b].includes(id as never));

describe('the findings panel’s state', () => {
  it('is the tab shown first, without taking focus, and gives way to the article and annotations tabs', () => {
    let s = run();
    expect([s.findingsOpen, s.articleOpen, s.annotationsOpen, s.focusRequest]).toEqual([true, false, false, null]);
    s = viewReducer(s, { type: 'toggle-article', open: true });
    expect([s.findingsOpen, s.articleOpen]).toEqual([false, true]);
    s = viewReducer(s, { type: 'toggle-findings', open: true });
    expect([s.findingsOpen, s.articleOpen, s.status]).toEqual([true, false, 'Findings panel shown']);
    s = viewReducer(s, { type: 'toggle-annotations', open: true });
    expect([s.findingsOpen, s.annotationsOpen]).toEqual([false, true]);
    // Hidden, the article's panel comes back (there is an article).
    s = viewReducer(viewReducer(s, { type: 'toggle-findings' }), { type: 'toggle-findings' });
    expect([s.findingsOpen, s.articleOpen, s.annotationsOpen, s.status]).toEqual([false, true, false, 'Findings panel hidden']);
    expect(viewReducer(INITIAL_VIEW, { type: 'toggle-findings' })).toBe(INITIAL_VIEW);
  });

  it('moves focus to the selected finding, or the first (F6), and selects one by its rank', () => {
    let s = viewReducer(run({ type: 'toggle-annotations', open: true }), { type: 'focus-pane', pane: 'findings' });
    expect([s.findingsOpen, s.annotationsOpen, s.selectedFinding, s.focusRequest?.pane]).toEqual([true, false, 1, 'findings']);
    s = viewReducer(s, { type: 'select-finding', rank: 3 });
    expect([s.selectedFinding, s.focusRequest?.seq]).toEqual([3, 1]);
    s = viewReducer(viewReducer(s, { type: 'focus-pane', pane: 'rows' }), { type: 'focus-pane', pane: 'findings' });
    expect([s.selectedFinding, s.focusRequest]).toEqual([3, { pane: 'findings', seq: 3 }]);
    s = viewReducer(viewReducer(s, { type: 'toggle-article', open: true }), { type: 'select-finding', rank: 2, focus: true });
    expect([s.findingsOpen, s.articleOpen, s.selectedFinding, s.focusRequest?.pane]).toEqual([true, false, 2, 'findings']);
  });

  it('goes to a finding’s row, numbered as all rows are, showing all rows when the filter hides it', () => {
    const all = run();
    // b9: a statement only the Kremlin's readout makes (the sample's Kursk passage), in a row of its own
    const b9 = rowOf(all, 'b9');
    let s = run({ type: 'filter', filter: 'typed' });
    expect(rowOf(s, 'b9')).toBe(-1);
    s = viewReducer(s, { type: 'show-finding', rank: 6, row: String(b9 + 1) });
    expect([s.filter, s.current, s.selectedFinding, s.focusRequest?.pane]).toEqual(['all', b9, 6, 'rows']);
    expect(s.status).toMatch(new RegExp(`^Finding 6: row ${b9 + 1} of ${all.rows.length}, .*only in Kremlin \\(all rows shown\\)$`));
    // A row the filter shows: it stays, and the status numbers the row as the finding does, among all rows.
    const oneSided = viewReducer(run({ type: 'filter', filter: 'one-sided' }), { type: 'show-finding', rank: 6, row: String(b9 + 1) });
    expect(oneSided.filter).toBe('one-sided');
    expect(oneSided.visible[oneSided.current]!.b).toContain('b9');
    expect(oneSided.current).not.toBe(b9);
    expect(oneSided.status).toMatch(new RegExp(`^Finding 6: row ${b9 + 1} of ${all.rows.length}, .*only in Kremlin$`));
    s = viewReducer(s, { type: 'show-finding', rank: 9, row: null });
    expect([s.current, s.selectedFinding, s.status]).toEqual([b9, 9, 'Finding 9 is on no row']);
  });

  it('draws the findings from the comparison as shown: the analyst’s corrections, the article, the disagreements', () => {
    expect(findingsOf(null, [])).toEqual([]);
    const s = run();
    const before = findingsOf(s.loaded, s.work.annotations);
    expect(before.some((f) => f.kind === 'quotation')).toBe(true);
    expect(findingsOf({ ...s.loaded!, article: null }, []).some((f) => f.kind === 'quotation')).toBe(false);
    // A pair taken apart: its difference goes, its two statements become one-sided.
    // (a pair alone in its row: no other pair holds its sentences)
    const alone = (id: string) => loaded.comparison.pairs.filter((p) => [...p.a, ...p.b].includes(id as never)).length === 1;
    const pair = loaded.comparison.pairs.find((p) => p.a.length === 1 && p.b.length === 1 && alone(p.a[0]!) && alone(p.b[0]!) && (p.differences?.length ?? 0) > 0)!;
    const [a, b] = [pair.a[0]!, pair.b[0]!];
    const corrected = viewReducer(viewReducer(s, { type: 'select-finding', rank: 2 }), { type: 'correct', op: 'unlink', a, b, id: 'n-test', now: '2026-01-01T00:00:00.000Z' });
    // Ranked again: the rank selected would name another finding, so none stays selected.
    expect(corrected.selectedFinding).toBeNull();
    const after = findingsOf(corrected.loaded, corrected.work.annotations);
    const names = (fs: typeof before, kind: string, id: string) => fs.filter((f) => f.kind === kind && f.ids.includes(id)).length;
    // (a difference names the sentences its words are in: one side's alone when the other lacks them)
    const differencesOn = (fs: typeof before) => fs.filter((f) => f.kind === 'difference' && (f.ids.includes(a) || f.ids.includes(b))).length;
    expect([differencesOn(before), differencesOn(after)]).toEqual([1, 0]);
    expect([names(before, 'omission', a), names(after, 'omission', a), names(after, 'omission', b)]).toEqual([0, 1, 1]);
    // A row annotated as a disagreement is a finding, as is any label but a note (tester 8, U16).
    const annotate = (label: string): ViewState => {
      const row = s.rows.find((r) => r.a.includes(a as never))!;
      const target = rowTargetOf(row, loaded.comparison, { a: loaded.a.text, b: loaded.b.text, article: loaded.article!.doc.text });
      return [{ type: 'annotate', target }, { type: 'update-draft', changes: { label } }, { type: 'save-draft', id: 'n1', now: '2026-01-01T00:00:00.000Z' }]
        .reduce((x, action) => viewReducer(x, action as ViewAction), s);
    };
    const disagreement = annotate('disagreement');
    expect(viewReducer(viewReducer(disagreement, { type: 'select-finding', rank: 1 }), { type: 'undo' }).selectedFinding).toBeNull();
    expect(findingsOf(disagreement.loaded, disagreement.work.annotations).filter((f) => f.kind === 'annotation').map((f) => f.ids)).toEqual([[a, b, '✎1']]);
    const framing = annotate('framing');
    expect(findingsOf(framing.loaded, framing.work.annotations).filter((f) => f.kind === 'annotation').map((f) => f.ids)).toEqual([[a, b, '✎1']]);
    const note = annotate('note');
    expect(findingsOf(note.loaded, note.work.annotations).filter((f) => f.kind === 'annotation')).toEqual([]);
  });

  it('copies them as plain text or Markdown, under a heading naming both readouts, and says how many', () => {
    const s = run();
    const n = findingsOf(s.loaded, []).length;
    const text = findingsClip(s, 'text', engine)!;
    expect(text.count).toBe(n);
    expect(text.text.split('\n')[0]).toBe('Findings: White House and Kremlin readouts compared');
    // The call, from the loaded comparison's event and date (tester 10, T8: the pasted list named no call).
    expect(text.text.split('\n')[1]).toBe(`Call: ${[loaded.event, loaded.date].filter(Boolean).join(' · ')}`);
    expect(loaded.date).toMatch(/^\d{4}-\d\d-\d\d$/u);
    expect(text.text).toMatch(/\n1\. Rows? \d+.* · (omission|difference|misquote|annotation) — /);
    expect(text.text).not.toMatch(/\[-|\{\+/u);
    expect(findingsClip(s, 'markdown', engine)!.text).toMatch(/^## Findings: White House and Kremlin readouts compared\nCall: .+\n\n1\. \*\*Rows? \d+/);
    expect(findingsClip(INITIAL_VIEW, 'text', engine)).toBeNull();
    expect([copiedWording(1, 'text'), copiedWording(7, 'markdown')]).toEqual(['Copied 1 finding as plain text', 'Copied 7 findings as Markdown']);
  });
});
