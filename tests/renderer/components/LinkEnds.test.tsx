// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { LinkEndsBar } from '../../../renderer/components/LinkEndsBar';
import { RowView } from '../../../renderer/components/RowView';
import { NO_LINK_ENDS } from '../../../renderer/state/link-ends';
import type { LoadedComparison } from '../../../shared/ipc/contract';
import type { SentenceId } from '../../../shared/model/types';
import { buildRows } from '../../../shared/view/rows';
import { loadSample } from '../sample';

let sample: LoadedComparison;
beforeAll(async () => { sample = await loadSample(); });
afterEach(cleanup);
const id = (s: string) => s as SentenceId;

describe('marking statements for linking, in a row', () => {
  it('each statement number is a toggle: pressed and "· link end" when marked, its text tinted; a click marks it', () => {
    const row = buildRows(sample.comparison).find((r) => r.kind === 'matched')!;
    const onMarkEnd = vi.fn();
    const { container } = render(
      <RowView row={row} comparison={sample.comparison} language="en" index={0} current anyCurrent query="" onFocusRow={() => {}} linkEnds={{ a: row.a[0]!, b: null }} onMarkEnd={onMarkEnd} />,
    );
    const a = screen.getByRole('button', { name: `${row.a[0]} · link end` });
    expect(a.getAttribute('aria-pressed')).toBe('true');
    expect(a.textContent).toBe(`${row.a[0]} · link end`);
    expect(a.tabIndex).toBe(0);
    expect(container.querySelectorAll('.cell-a .link-end-text').length).toBeGreaterThan(0);
    expect(container.querySelectorAll('.cell-b .link-end-text')).toHaveLength(0);
    const b = screen.getByRole('button', { name: row.b[0], description: /^Mark .+’s end of a link|^Mark .+'s end of a link/ });
    expect(b.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(b);
    expect(onMarkEnd).toHaveBeenCalledWith('b', row.b[0]);
  });

  it('keeps the numbers out of the Tab order of a row not in focus', () => {
    const row = buildRows(sample.comparison).find((r) => r.kind === 'matched')!;
    render(<RowView row={row} comparison={sample.comparison} language="en" index={1} current={false} anyCurrent query="" onFocusRow={() => {}} />);
    expect(screen.getByRole('button', { name: row.a[0] }).tabIndex).toBe(-1);
  });
});

describe('the strip of the marks', () => {
  it('is not there without a mark', () => {
    const { container } = render(<LinkEndsBar comparison={sample.comparison} ends={NO_LINK_ENDS} dispatch={vi.fn()} />);
    expect(container.innerHTML).toBe('');
  });

  it('names the marked statement and the side still to mark; its buttons link (or pick) and clear', () => {
    const dispatch = vi.fn();
    render(<LinkEndsBar comparison={sample.comparison} ends={{ a: id('a1'), b: null }} dispatch={dispatch} />);
    const strip = screen.getByRole('region', { name: 'Statements marked for linking' });
    expect(strip.textContent).toContain(`a1 (${sample.comparison.a.label}) “`);
    expect(strip.textContent).toContain(`${sample.comparison.b.label}: click a statement’s number to mark it`);
    fireEvent.click(screen.getByRole('button', { name: 'Link with…' }));
    expect(dispatch).toHaveBeenLastCalledWith({ type: 'link-statements', id: expect.any(String), now: expect.any(String) });
    fireEvent.click(screen.getByRole('button', { name: 'Clear marks' }));
    // The strip goes with the marks: focus goes back to the rows, not to the page.
    expect(dispatch.mock.calls.slice(-2)).toEqual([[{ type: 'clear-link-ends' }], [{ type: 'focus-pane', pane: 'rows' }]]);
    cleanup();
    render(<LinkEndsBar comparison={sample.comparison} ends={{ a: id('a1'), b: id('b1') }} dispatch={dispatch} />);
    expect(screen.getByRole('button', { name: 'Link statements' })).toBeTruthy();
  });
});
