// @vitest-environment happy-dom
/** The findings panel and the side panel's tabs, over the real reducer and the sample with the hand-made analysis of its article. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useReducer } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FindingsPanel, NO_FINDINGS } from '../../../renderer/components/FindingsPanel';
import { SidePanel } from '../../../renderer/components/SidePanel';
import { loadFindingsEngine } from '../../../renderer/hooks/useFindingsEngine';
import { findingsOf } from '../../../renderer/state/findings-of';
import { INITIAL_VIEW, viewReducer, type ViewAction, type ViewState } from '../../../renderer/state/view';
import type { LoadedComparison } from '../../../shared/ipc/contract';
import { kindWords } from '../../../shared/findings/format';
import { withSampleAnalysis } from '../article-fixture';
import { loadSample } from '../sample';

let loaded: LoadedComparison;
// The engine loads after the first paint (useFindingsEngine.ts); loaded once here, every panel gets it at once.
beforeAll(async () => { loaded = withSampleAnalysis(await loadSample()); await loadFindingsEngine(); });
afterEach(cleanup);

/** The panel (or the whole side panel) over the real reducer; `state()` reads the latest state. */
function renderPanel(options: { comparison?: LoadedComparison; side?: boolean; actions?: ViewAction[] } = {}) {
  const start = [{ type: 'loaded', loaded: options.comparison ?? loaded } as ViewAction, ...(options.actions ?? [])].reduce(viewReducer, INITIAL_VIEW);
  let latest: ViewState = start;
  const onCopy = vi.fn();
  function Harness() {
    const [state, dispatch] = useReducer(viewReducer, start);
    latest = state;
    return options.side
      ? <SidePanel state={state} loaded={state.loaded!} dispatch={dispatch} selectedPassage={() => null} onSave={() => {}} onExport={() => {}} onOpenLink={() => {}} onPaste={() => {}} onCopyFindings={onCopy} />
      : <FindingsPanel state={state} dispatch={dispatch} onCopy={onCopy} />;
  }
  const view = render(<Harness />);
  const item = (rank: number) => view.container.querySelector<HTMLElement>(`#finding-${rank}`)!;
  return { ...view, onCopy, state: () => latest, item };
}

describe('FindingsPanel', () => {
  it('lists every finding with its rank, kind, row and text, most salient first', () => {
    const findings = findingsOf(viewReducer(INITIAL_VIEW, { type: 'loaded', loaded }).loaded, []);
    const { item } = renderPanel();
    expect(screen.getByRole('heading', { name: `Findings (${findings.length})` })).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Findings, most salient first' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(findings.length);
    for (const f of findings) {
      const li = item(f.rank);
      expect(li.querySelector('.finding-rank')!.textContent).toBe(`${f.rank}.`);
      // The kind in words ("uncertain match" for `uncertain-match`, which a sample may have when its key link falls under 0.8).
      expect(li.querySelector('.finding-kind')!.textContent).toBe(kindWords(f.kind));
      expect(li.querySelector('.finding-row')!.textContent).toBe(f.rows.length === 1 ? `Row ${f.rows[0]}` : `Rows ${f.rows.join(', ')}`);
      expect(li.querySelector('.finding-text')!.textContent).toBe(f.text);
    }
    // The hand-made analysis's misquotation of a6 ("would" for "will") is among them.
    expect(findings.some((f) => f.kind === 'misquote' && / would .*” \/ White House: “.* will /u.test(f.text))).toBe(true);
    // One Tab stop across the list: the first item until one is selected.
    expect([...list.querySelectorAll('[tabindex="0"]')].map((e) => e.id)).toEqual(['finding-1']);
  });

  it('goes to a finding’s row on a click or Enter, showing all rows when the filter hides it', () => {
    const { item, state } = renderPanel({ actions: [{ type: 'filter', filter: 'typed' }] });
    const findings = findingsOf(state().loaded, []);
    // an omission in a row of its own, which the filter hides (a weakly matched statement's row has typed differences)
    const shown = (id: string) => state().visible.some((r) => r.b.includes(id as never) || r.a.includes(id as never));
    const omission = findings.find((f) => f.kind === 'omission' && !shown(f.ids[0]!))!;
    expect(omission).toBeDefined();
    fireEvent.click(item(omission.rank));
    expect([state().filter, state().visible[state().current]!.label, state().selectedFinding, state().focusRequest?.pane]).toEqual(['all', omission.rows[0], omission.rank, 'rows']);
    const difference = findings.find((f) => f.kind === 'difference')!;
    fireEvent.focus(item(difference.rank));
    expect(state().selectedFinding).toBe(difference.rank);
    fireEvent.keyDown(item(difference.rank), { key: 'Enter' });
    expect(state().visible[state().current]!.a).toContain(difference.ids.find((id) => id.startsWith('a')));
  });

  it('moves between findings with the arrow keys, Home and End', () => {
    const { item, state } = renderPanel();
    const n = findingsOf(state().loaded, []).length;
    fireEvent.focus(item(1));
    fireEvent.keyDown(item(1), { key: 'ArrowDown' });
    expect([state().selectedFinding, state().focusRequest?.pane]).toEqual([2, 'findings']);
    fireEvent.keyDown(item(2), { key: 'End' });
    expect(state().selectedFinding).toBe(n);
    fireEvent.keyDown(item(n), { key: 'ArrowDown' });
    expect(state().selectedFinding).toBe(n);
    fireEvent.keyDown(item(n), { key: 'Home' });
    expect(state().selectedFinding).toBe(1);
    fireEvent.keyDown(item(1), { key: 'ArrowUp' });
    expect(state().selectedFinding).toBe(1);
  });

  it('leaves Shift with the arrow keys, Home and End to the browser (extending a text selection), as every list does', () => {
    const { item, state } = renderPanel();
    fireEvent.focus(item(2));
    for (const key of ['ArrowDown', 'ArrowUp', 'Home', 'End']) {
      // fireEvent answers false when the page took the key (preventDefault).
      const left = fireEvent.keyDown(item(2), { key, shiftKey: true });
      expect([key, state().selectedFinding, left]).toEqual([key, 2, true]);
    }
  });

  it('copies the findings as plain text or Markdown', () => {
    const { onCopy } = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Copy the findings as plain text' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy the findings as Markdown' }));
    expect(onCopy.mock.calls).toEqual([['text'], ['markdown']]);
  });

  it('hides itself (the article’s panel takes its place) and sends focus to the rows', () => {
    const { state } = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Hide the findings panel' }));
    expect([state().findingsOpen, state().articleOpen, state().focusRequest?.pane]).toEqual([false, true, 'rows']);
  });

  it('says that the article’s misquotations are still to come while it is read', () => {
    renderPanel({ comparison: { ...loaded, article: null, articlePending: true } });
    expect(screen.getByText('Reading the article: its misquotations join the list once it is read.')).toBeTruthy();
    cleanup();
    renderPanel();
    expect(screen.queryByText(/Reading the article/)).toBeNull();
  });

  it('says why the list is empty, and offers nothing to copy', () => {
    // Two readouts that say the same, in the same words: nothing one-sided, no typed difference, no article.
    const c = loaded.comparison;
    const same: LoadedComparison = { ...loaded, article: null, comparison: { ...c, pairs: [], onlyA: [], onlyB: [], omissions: [], a: { ...c.a, sentences: [] }, b: { ...c.b, sentences: [] } } };
    renderPanel({ comparison: same });
    expect(screen.getByText(NO_FINDINGS)).toBeTruthy();
    expect(NO_FINDINGS).toBe('No one-sided statements, typed differences, misquotations or annotated disagreements.');
    expect(screen.queryByRole('list')).toBeNull();
    expect((screen.getByRole('button', { name: 'Copy the findings as plain text' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('the side panel’s tabs', () => {
  it('show the Findings tab first, then switch to the article and the annotations, and back', async () => {
    const { state } = renderPanel({ side: true });
    const tabs = screen.getByRole('group', { name: 'Show in the side panel' });
    const pressed = () => within(tabs).getAllByRole('button').filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => b.textContent);
    expect(within(tabs).getAllByRole('button').map((b) => b.textContent)).toEqual(['Findings', 'Article', 'Annotations 0']);
    expect(pressed()).toEqual(['Findings']);
    expect(screen.getByTestId('findings-panel')).toBeTruthy();
    fireEvent.click(within(tabs).getByRole('button', { name: 'Article' }));
    expect(pressed()).toEqual(['Article']);
    await waitFor(() => expect(screen.getByTestId('article-panel')).toBeTruthy());
    expect(screen.queryByTestId('findings-panel')).toBeNull();
    fireEvent.click(within(tabs).getByRole('button', { name: /^Annotations/ }));
    expect(pressed()).toEqual(['Annotations 0']);
    fireEvent.click(within(tabs).getByRole('button', { name: 'Findings' }));
    expect(pressed()).toEqual(['Findings']);
    expect([state().findingsOpen, state().articleOpen, state().annotationsOpen]).toEqual([true, false, false]);
  });
});
