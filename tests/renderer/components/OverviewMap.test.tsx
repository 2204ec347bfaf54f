// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useReducer } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAP_INSET, OverviewMap } from '../../../renderer/components/OverviewMap';
import { OverviewPane } from '../../../renderer/components/OverviewPane';
import { INITIAL_VIEW, viewReducer, type ViewState } from '../../../renderer/state/view';
import type { LoadedComparison } from '../../../shared/ipc/contract';
import { layoutOverview } from '../../../shared/view/overview';
import { makeComparison } from '../../shared/view/make';
import { loadSample } from '../sample';

afterEach(() => { cleanup(); vi.unstubAllGlobals(); });

/** A: a1–a3, B: b1–b2; a1–b2 and a3–b1 linked, a2 only in White House. */
const c = makeComparison(['x'.repeat(10), 'y'.repeat(20), 'z'.repeat(30)], ['p'.repeat(40), 'q'.repeat(40)], [[0, 1, 0.8], [2, 0, 0.3]]);
const SIZE = { width: 100, height: 300 };

function renderMap(inView = new Set<string>(['a1', 'b2'])) {
  const onGo = vi.fn();
  render(<OverviewMap comparison={c} cited={new Set(['b1'])} inView={inView} {...SIZE} onGo={onGo} />);
  const map = screen.getByRole('group', { name: 'Overview map: White House left, Kremlin right' });
  const said = () => map.querySelector('[aria-live]')!.textContent;
  return { map, onGo, said };
}

/** How many rectangles or lines (M commands) the paths of `selector` draw. */
const count = (selector: string) => [...document.querySelectorAll(selector)].reduce((n, p) => n + (p.getAttribute('d')!.match(/M/g) ?? []).length, 0);

describe('OverviewMap', () => {
  it('draws a bar per sentence, a line per link and the band of the rows in view, and describes itself in words', () => {
    const { map } = renderMap();
    expect(count('.overview-matched')).toBe(4);
    expect(count('.overview-one-sided')).toBe(1);
    expect(count('.overview-line')).toBe(2);
    expect(count('.overview-band')).toBe(2);
    expect(count('.overview-cited')).toBe(1);
    const described = map.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)!.textContent).join(' ');
    expect(described).toBe('Arrow keys move between statements, Enter goes to the row. a1 and b2 linked; a3 and b1 linked; a2 only in White House.');
  });

  it('starts the keyboard on the first statement in view, moves it with the arrows, says where it is, and Enter goes there', () => {
    const { map, onGo, said } = renderMap(new Set(['a2']));
    expect(said()).toBe('');
    act(() => map.focus());
    expect(said()).toBe('a2, White House, 2 of 3: only in White House');
    fireEvent.keyDown(map, { key: 'ArrowDown' });
    expect(said()).toBe('a3, White House, 3 of 3: linked with b1');
    fireEvent.keyDown(map, { key: 'ArrowRight' });
    expect(said()).toBe('b1, Kremlin, 1 of 2: linked with a3; cited by the article');
    expect(count('.overview-cursor')).toBe(1);
    fireEvent.keyDown(map, { key: 'Enter' });
    expect(onGo).toHaveBeenCalledWith('b1');
    act(() => map.blur());
    expect(said()).toBe('');
    expect(document.querySelector('.overview-cursor')).toBeNull();
  });

  it('goes to the row of the bar or the line clicked, nowhere for a click on nothing, and names what the pointer is over', () => {
    const { onGo } = renderMap();
    // The picture has a margin of MAP_INSET around the columns.
    const layout = layoutOverview(c, { width: SIZE.width - 2 * MAP_INSET, height: SIZE.height - 2 * MAP_INSET });
    const at = (x: number, y: number) => ({ clientX: x + MAP_INSET, clientY: y + MAP_INSET });
    const picture = document.querySelector('.overview-picture')!;
    const a2 = layout.bars.find((b) => b.id === 'a2')!;
    // (happy-dom lays nothing out: the picture's box is at 0, 0.)
    fireEvent.click(picture, at(layout.columns.a + 2, a2.y + a2.h / 2));
    expect(onGo).toHaveBeenLastCalledWith('a2');
    const line = layout.lines.find((l) => l.a === 'a3')!;
    fireEvent.click(picture, at(layout.width / 2, (line.ya + line.yb) / 2));
    expect(onGo).toHaveBeenLastCalledWith('a3');
    fireEvent.click(picture, at(layout.width / 2, 2));
    expect(onGo).toHaveBeenCalledTimes(2);
    // Pointed at, a bar or a line is named in a tooltip.
    fireEvent.mouseMove(picture, at(layout.columns.a + 2, a2.y + a2.h / 2));
    expect(picture.getAttribute('title')).toBe('a2, White House, 2 of 3: only in White House');
    fireEvent.mouseMove(picture, at(layout.width / 2, (line.ya + line.yb) / 2));
    expect(picture.getAttribute('title')).toBe('a3 and b1 linked, strength 0.90');
    fireEvent.mouseLeave(picture);
    expect(picture.getAttribute('title')).toBeNull();
  });
});

describe('OverviewPane', () => {
  let loaded: LoadedComparison;
  beforeAll(async () => { loaded = await loadSample(); });

  /** The pane over the real reducer; happy-dom lays nothing out, so its box is given a size as a browser would. */
  function renderPane(wide: boolean, filter: ViewState['filter'] = 'all') {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: wide, media: query, addEventListener: () => {}, removeEventListener: () => {} }));
    vi.stubGlobal('ResizeObserver', class {
      constructor(private readonly report: (entries: Array<{ contentRect: { width: number; height: number } }>) => void) {}
      observe() { this.report([{ contentRect: { width: 100, height: 500 } }]); }
      disconnect() {}
    });
    const start = viewReducer(viewReducer(INITIAL_VIEW, { type: 'loaded', loaded }), { type: 'filter', filter });
    let latest: ViewState = start;
    function Harness() {
      const [state, dispatch] = useReducer(viewReducer, start);
      latest = state;
      return <OverviewPane state={state} dispatch={dispatch} inView={new Set()} />;
    }
    render(<Harness />);
    return { state: () => latest, toggle: screen.getByRole('button', { name: 'Overview Map' }) };
  }

  it('is shown in a wide window until hidden, and the choice is kept in the view state', () => {
    const { state, toggle } = renderPane(true);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('group', { name: /^Overview map: / })).toBeTruthy();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('group', { name: /^Overview map: / })).toBeNull();
    expect(state().mapOpen).toBe(false);
    expect(state().status).toBe('Overview map hidden');
  });

  it('starts hidden in a narrow window; shown, a key or a click goes to a row, showing all rows when the filter hides it', () => {
    const { state, toggle } = renderPane(false, 'one-sided');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(state().mapOpen).toBe(true);
    const map = screen.getByRole('group', { name: /^Overview map: / });
    act(() => map.focus());
    fireEvent.keyDown(map, { key: 'End' });
    fireEvent.keyDown(map, { key: 'Enter' });
    const lastA = loaded.comparison.a.sentences[loaded.comparison.a.sentences.length - 1]!.id;
    expect(state().visible[state().current]!.a).toContain(lastA);
    expect(state().focusRequest?.pane).toBe('rows');
    // A matched statement, which the one-sided filter hides: all rows are shown.
    expect(state().filter).toBe('one-sided');
    const matched = loaded.comparison.pairs[0]!.a[0]!;
    const bar = layoutOverview(loaded.comparison, { width: 100 - 2 * MAP_INSET, height: 500 - 2 * MAP_INSET }).bars.find((b) => b.id === matched)!;
    fireEvent.click(document.querySelector('.overview-picture')!, { clientX: MAP_INSET + 2, clientY: MAP_INSET + bar.y + bar.h / 2 });
    expect(state().filter).toBe('all');
    expect(state().visible[state().current]!.a).toContain(matched);
  });
});
