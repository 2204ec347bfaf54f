// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Toolbar } from '../../../renderer/components/Toolbar';
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

function toolbar(state: ViewState) {
  return <Toolbar samples={SAMPLES} state={state} dispatch={noop} searchRef={createRef()} onOpenSample={noop} onCompareFiles={noop}
    onOpenArticle={noop} onOpenComparison={noop} onSave={noop} onAnnotate={noop} onExportPdf={noop} />;
}

describe('Toolbar', () => {
  it('shows no sample once a comparison that is not a sample is on screen, even after a sample was chosen in the list', () => {
    const onSample = viewReducer(INITIAL_VIEW, { type: 'loaded', loaded: { ...sample, sample: 'first' } });
    const { rerender } = render(toolbar(onSample));
    const list = () => screen.getByRole('combobox', { name: 'Embedded sample' }) as HTMLSelectElement;
    expect(list().value).toBe('first');
    fireEvent.change(list(), { target: { value: 'second' } });
    expect(list().value).toBe('second');
    // Compare files…: the files' comparison is no sample.
    const onFiles = viewReducer(onSample, { type: 'loaded', loaded: { ...sample, sample: undefined } });
    rerender(toolbar(onFiles));
    expect(list().value).toBe('');
    expect(list().selectedOptions[0]?.textContent).toBe('Choose a sample…');
  });

  it('keeps a choice made in the list while the same comparison is on screen', () => {
    const onSample = viewReducer(INITIAL_VIEW, { type: 'loaded', loaded: { ...sample, sample: 'first' } });
    const { rerender } = render(toolbar(onSample));
    const list = screen.getByRole('combobox', { name: 'Embedded sample' }) as HTMLSelectElement;
    fireEvent.change(list, { target: { value: 'second' } });
    rerender(toolbar(viewReducer(onSample, { type: 'search', query: 'peace' })));
    expect(list.value).toBe('second');
  });
});
