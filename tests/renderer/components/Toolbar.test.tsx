// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Toolbar } from '../../../renderer/components/Toolbar';
import type { FileActions } from '../../../renderer/components/toolbar/FileMenu';
import { INITIAL_VIEW, viewReducer, type ViewState } from '../../../renderer/state/view';
import type { LoadedComparison, SampleInfo } from '../../../shared/ipc/contract';
import { loadSample } from '../sample';

let sample: LoadedComparison;
beforeAll(async () => { sample = await loadSample(); });
afterEach(cleanup);

const SAMPLES: SampleInfo[] = [
  { id: 'first', event: 'The first call', date: '2025-03-18' },
  { id: 'second', event: 'The second call', date: '2021-07-09' },
];
const noop = () => {};
const actions = (): FileActions => ({ onOpenSample: vi.fn(), onCompareFiles: vi.fn(), onOpenArticle: vi.fn(), onOpenComparison: vi.fn(), onExportPdf: vi.fn() });

function toolbar(state: ViewState, a: FileActions = actions()) {
  return <Toolbar samples={SAMPLES} state={state} dispatch={noop} searchRef={createRef()} actions={a} onSave={noop} onAnnotate={noop} />;
}
const fileButton = () => screen.getByRole('button', { name: /^File/ });
const checked = () => screen.getAllByRole('menuitemradio').filter((i) => i.getAttribute('aria-checked') === 'true').map((i) => i.textContent);

describe('the File menu', () => {
  it('checks the sample on screen, and none once a comparison that is not a sample is on screen', () => {
    const onSample = viewReducer(INITIAL_VIEW, { type: 'loaded', loaded: { ...sample, sample: 'first' } });
    const { rerender } = render(toolbar(onSample));
    fireEvent.click(fileButton());
    expect(checked()).toEqual(['●2025-03-18 · The first call']);
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });
    // Compare files…: the files' comparison is no sample.
    rerender(toolbar(viewReducer(onSample, { type: 'loaded', loaded: { ...sample, sample: undefined } })));
    fireEvent.click(fileButton());
    expect(checked()).toEqual([]);
  });

  it('opens on Down with the first item focused, moves with the arrows, runs an item and closes', () => {
    const a = actions();
    render(toolbar(viewReducer(INITIAL_VIEW, { type: 'loaded', loaded: sample }), a));
    fireEvent.keyDown(fileButton(), { key: 'ArrowDown' });
    expect(fileButton().getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement?.textContent).toBe('Compare files…');
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toMatch(/^Open comparison…/);
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'End' });
    expect(document.activeElement?.textContent).toBe('2021-07-09 · The second call');
    fireEvent.click(document.activeElement!);
    expect(a.onOpenSample).toHaveBeenCalledWith('second');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(fileButton());
  });

  // Issue 15 item 10: a newer export supersedes one still running; nothing else starts meanwhile.
  it('keeps Export PDF… (and Save) while an export runs, and neither while a comparison runs', () => {
    const on = viewReducer(INITIAL_VIEW, { type: 'loaded', loaded: sample });
    const disabled = (name: string) => (screen.getByRole('menuitem', { name }) as HTMLButtonElement).disabled;
    const { rerender } = render(toolbar(viewReducer(on, { type: 'report-started', export: 1 })));
    fireEvent.click(fileButton());
    expect(disabled('Export PDF…')).toBe(false);
    expect(disabled('Compare files…')).toBe(true);
    expect((screen.getByRole('button', { name: /^Save/ }) as HTMLButtonElement).disabled).toBe(false);
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });
    rerender(toolbar(viewReducer(on, { type: 'loading' })));
    fireEvent.click(fileButton());
    expect(disabled('Export PDF…')).toBe(true);
    expect((screen.getByRole('button', { name: /^Save/ }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('closes on Escape and gives the focus back to the button', () => {
    render(toolbar(viewReducer(INITIAL_VIEW, { type: 'loaded', loaded: sample })));
    fireEvent.click(fileButton());
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(fileButton());
  });
});

describe('the panel switch', () => {
  const findingsButton = () => screen.getByRole('button', { name: /^Findings/ });

  it('has Findings first, pressed when its panel is shown, counted once the findings are worked out, and toggles it', async () => {
    const dispatch = vi.fn();
    const loaded = viewReducer(INITIAL_VIEW, { type: 'loaded', loaded: sample });
    render(<Toolbar samples={SAMPLES} state={loaded} dispatch={dispatch} searchRef={createRef()} actions={actions()} onSave={noop} onAnnotate={noop} />);
    const group = screen.getByRole('group', { name: 'Panel beside the rows' });
    expect([...group.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual([
      expect.stringMatching(/^Findings/), 'Article panel', 'Annotations (0)',
    ]);
    // The findings panel is the one shown at start.
    expect(findingsButton().getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Annotations (0)' }).getAttribute('aria-pressed')).toBe('false');
    // The count comes with the findings' engine (loaded after the first paint), as the panel's heading gives it.
    const { findingsOf } = await import('../../../renderer/state/findings-of');
    const n = findingsOf(loaded.loaded, []).length;
    expect(n).toBeGreaterThan(0);
    await screen.findByRole('button', { name: `Findings (${n})` });
    fireEvent.click(findingsButton());
    expect(dispatch).toHaveBeenCalledWith({ type: 'toggle-findings' });
  });

  it('is not pressed when the annotations panel is shown instead', () => {
    const s = viewReducer(viewReducer(INITIAL_VIEW, { type: 'loaded', loaded: sample }), { type: 'toggle-annotations', open: true });
    render(toolbar(s));
    expect(findingsButton().getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('button', { name: 'Annotations (0)' }).getAttribute('aria-pressed')).toBe('true');
  });
});
