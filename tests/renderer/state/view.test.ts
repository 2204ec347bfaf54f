import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedComparison } from '../../../shared/ipc/contract';
import { INITIAL_VIEW, viewReducer, type ViewAction, type ViewState } from '../../../renderer/state/view';
import { loadSample } from '../sample';

let sample: LoadedComparison;
beforeAll(async () => { sample = await loadSample(); });
const run = (...actions: ViewAction[]): ViewState => actions.reduce(viewReducer, INITIAL_VIEW);

describe('the view reducer', () => {
  it('builds the rows of a loaded comparison and shows them all', () => {
    const s = run({ type: 'loading' }, { type: 'loaded', loaded: sample });
    expect(s.busy).toBe(false);
    expect(s.rows.length).toBeGreaterThan(10);
    expect(s.visible).toEqual(s.rows);
    expect(s.current).toBe(-1);
  });

  it('moves to the first difference, then the next, and says when there is none left', () => {
    let s = run({ type: 'loaded', loaded: sample }, { type: 'difference', direction: 1 });
    expect(s.visible[s.current]!.changed).toBe(true);
    const first = s.current;
    s = viewReducer(s, { type: 'difference', direction: 1 });
    expect(s.current).toBeGreaterThan(first);
    s = run({ type: 'loaded', loaded: sample }, { type: 'difference', direction: -1 });
    expect(s.current).toBe(-1);
    expect(s.status).toBe('No more differences above');
  });

  it('keeps the row in focus when the filter lets it through', () => {
    let s = run({ type: 'loaded', loaded: sample }, { type: 'filter', filter: 'omissions' }, { type: 'difference', direction: 1 });
    const key = s.visible[s.current]!.key;
    s = viewReducer(s, { type: 'filter', filter: 'all' });
    expect(s.visible[s.current]!.key).toBe(key);
    expect(s.visible.length).toBe(s.rows.length);
  });

  it('finds matches and steps through them, wrapping around', () => {
    let s = run({ type: 'loaded', loaded: sample }, { type: 'search', query: 'Kursk' });
    expect(s.matches.length).toBe(2);
    expect(s.status).toBe('2 matches');
    expect(s.current).toBe(s.matches[0]!.rowIndex);
    s = viewReducer(s, { type: 'match', direction: 1 });
    expect(s.matchIndex).toBe(1);
    s = viewReducer(s, { type: 'match', direction: 1 });
    expect(s.matchIndex).toBe(0);
    expect(viewReducer(s, { type: 'search', query: 'no such words here' }).status).toBe('No matches');
  });

  it('keeps the comparison on screen when a load fails', () => {
    const s = run({ type: 'loaded', loaded: sample }, { type: 'loading' }, { type: 'failed', message: 'x.txt: the file is empty' });
    expect(s.error).toBe('x.txt: the file is empty');
    expect(s.loaded).toBe(sample);
    expect(viewReducer(s, { type: 'dismiss-error' }).error).toBeNull();
  });
});

describe('the view reducer, around requests and filters', () => {
  it('is no longer busy when the user cancels a dialog, and keeps the comparison and any error', () => {
    const s = run({ type: 'loaded', loaded: sample }, { type: 'failed', message: 'x' }, { type: 'loading' }, { type: 'cancelled' });
    expect(s.busy).toBe(false);
    expect(s.error).toBe('x');
    expect(s.loaded).toBe(sample);
  });

  it('counts loads, so the row list starts afresh with each comparison', () => {
    const s = run({ type: 'loaded', loaded: sample }, { type: 'loaded', loaded: sample });
    expect(s.loadSeq).toBe(2);
  });

  it('keeps the current row when the filter changes during a search, and continues the search from it', () => {
    let s = run({ type: 'loaded', loaded: sample }, { type: 'search', query: 'the' });
    s = viewReducer(s, { type: 'match', direction: 1 });
    s = viewReducer(s, { type: 'match', direction: 1 });
    const key = s.visible[s.current]!.key;
    s = viewReducer(s, { type: 'filter', filter: 'differences' });
    if (s.current >= 0) expect(s.visible[s.current]!.key).toBe(key);
    expect(s.matches.length).toBeGreaterThan(0);
    expect(s.matches[s.matchIndex]!.rowIndex).toBeGreaterThanOrEqual(s.current);
  });

  it('announces the row a difference move lands on', () => {
    const s = run({ type: 'loaded', loaded: sample }, { type: 'difference', direction: 1 });
    expect(s.status).toMatch(/^Row \d+ of \d+: /);
    expect(s.reveal).toEqual({ index: s.current, seq: 1 });
  });

  it('does not ask to scroll when a row is clicked', () => {
    const s = run({ type: 'loaded', loaded: sample }, { type: 'focus-row', index: 3 });
    expect(s.current).toBe(3);
    expect(s.reveal).toBeNull();
  });
});
