import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedComparison } from '../../../shared/ipc/contract';
import { editsOf, INITIAL_VIEW, viewReducer, type ViewAction, type ViewState } from '../../../renderer/state/view';
import { loadSample } from '../sample';

let sample: LoadedComparison;
beforeAll(async () => { sample = await loadSample(); });
const run = (...actions: ViewAction[]): ViewState => actions.reduce(viewReducer, INITIAL_VIEW);
// The one-sided rows' wordings, without the "probably" or "possibly" of an uncertain one (the confidences are not what these tests are about).
const oneSided = (s: ViewState) => s.rows.filter((r) => r.kind !== 'matched').map((r) => r.wording?.replace(/^(probably|possibly) /, ''));

describe('editing a source\'s details', () => {
  it('renames the readout everywhere: header, comparison, the one-sided rows\' wording; the rows stay', () => {
    const before = run({ type: 'loaded', loaded: sample }, { type: 'focus-row', index: 3 });
    expect(oneSided(before)).toContain('only in Kremlin');
    const s = viewReducer(before, { type: 'edit-details', source: 'b', meta: { ...sample.b.meta, label: 'Moscow' } });
    expect(s.loaded?.b.meta.label).toBe('Moscow');
    expect(s.loaded?.comparison.b.label).toBe('Moscow');
    expect(oneSided(s)).toContain('only in Moscow');
    expect(oneSided(s)).toContain("not in Moscow's (incomplete) copy");
    expect(oneSided(s).some((w) => w?.includes('Kremlin'))).toBe(false);
    expect(s.rows.map((r) => r.key)).toEqual(before.rows.map((r) => r.key));
    expect(s.current).toBe(3);
    expect(s.work.unsaved).toBe(true);
    expect(s.work.seq).toBe(before.work.seq + 1);
    expect(s.toast).toEqual({ message: 'Details of Kremlin changed', undo: true });
  });

  it('sends the edited details with the work main saves', () => {
    const s = run({ type: 'loaded', loaded: sample }, { type: 'edit-details', source: 'a', meta: { ...sample.a.meta, date: '2025-03-19' } });
    expect(editsOf(s).sources?.a.date).toBe('2025-03-19');
    expect(editsOf(s).sources?.b).toEqual(sample.b.meta);
  });

  it('can be undone like an annotation change', () => {
    const edited = run({ type: 'loaded', loaded: sample }, { type: 'edit-details', source: 'b', meta: { ...sample.b.meta, label: 'Moscow' } });
    const s = viewReducer(edited, { type: 'undo' });
    expect(s.loaded?.b.meta.label).toBe('Kremlin');
    expect(oneSided(s)).toContain('only in Kremlin');
    expect(s.status).toBe('Undone: Details of Kremlin changed');
    expect(s.work.undo).toEqual([]);
  });

  it('changes nothing, and adds nothing to undo, when the details are as they were', () => {
    const loaded = run({ type: 'loaded', loaded: sample });
    const s = viewReducer(loaded, { type: 'edit-details', source: 'a', meta: { ...sample.a.meta } });
    expect(s.work).toBe(loaded.work);
    expect(s.status).toBe('The details are as they were');
  });
});
