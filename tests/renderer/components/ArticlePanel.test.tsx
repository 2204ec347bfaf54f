// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useReducer } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ArticlePanel } from '../../../renderer/components/ArticlePanel';
import { isWebAddress } from '../../../shared/text/url';
import { RowView } from '../../../renderer/components/RowView';
import { INITIAL_VIEW, viewReducer, type ViewAction, type ViewState } from '../../../renderer/state/view';
import type { LoadedComparison } from '../../../shared/ipc/contract';
import type { ArticleItemId } from '../../../shared/view/article';
import { itemSpans } from '../../../shared/view/article-text';
import { withSampleAnalysis } from '../article-fixture';
import { loadSample } from '../sample';

let loaded: LoadedComparison;
beforeAll(async () => { loaded = withSampleAnalysis(await loadSample()); });
afterEach(cleanup);

/** The panel over the real reducer, starting from `actions`; `state()` reads the latest state. */
async function renderPanel(actions: ViewAction[] = [], options: { onOpenLink?: (url: string) => void; comparison?: LoadedComparison } = {}) {
  const start = [{ type: 'loaded', loaded: options.comparison ?? loaded } as ViewAction, ...actions].reduce(viewReducer, INITIAL_VIEW);
  let latest: ViewState = start;
  function Harness() {
    const [state, dispatch] = useReducer(viewReducer, start);
    latest = state;
    return <ArticlePanel state={state} loaded={state.loaded!} article={state.loaded!.article!} dispatch={dispatch} onOpenLink={options.onOpenLink ?? (() => {})} />;
  }
  const view = render(<Harness />);
  // The items come after the panel's first frame.
  await waitFor(() => expect(view.container.querySelector('.article-section')).not.toBeNull());
  return { ...view, state: () => latest, item: (id: string) => view.container.querySelector<HTMLElement>(`#article-item-${id}`)! };
}

describe('ArticlePanel', () => {
  it('shows the article’s label, its note, where the analysis came from and how much it found', async () => {
    await renderPanel();
    const panel = screen.getByRole('region', { name: 'Article' });
    expect(panel.textContent).toMatch(/Note: News analysis of the call; its publisher, title and address were not recorded\./);
    // The header counts the misquotations (the seed's “would begin” for “will begin”: a tense changed, issue 17 section 4).
    expect(panel.textContent).toMatch(/Extracted from the article’s text · 5 claims · 1 misquotation · 6 quotations of people/);
    expect(screen.getByRole('heading', { name: 'Claims about the readouts (5)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Commentary (6)' })).toBeTruthy();
  });

  it('gives every claim the readouts it is about and a verdict for each', async () => {
    const { item } = await renderPanel();
    for (const claim of loaded.article!.claims) {
      const verdicts = within(item(claim.id)).getByRole('list', { name: 'Verdicts' });
      expect(verdicts.querySelectorAll(':scope > li')).toHaveLength(Object.keys(claim.verdicts).length);
    }
    expect(item('c1').textContent).toMatch(/About: White House and Kremlin/);
    expect(item('c1').textContent).toMatch(/White House: partly supported/);
    expect(item('c3').textContent).toMatch(/Kremlin: supported/);
  });

  it('says a claim is not found in the incomplete copy as loaded, and offers the closest passage', async () => {
    const { item } = await renderPanel();
    expect(item('c4').textContent).toMatch(/Not found in Kremlin's \(incomplete\) copy as loaded/);
    expect(within(item('c4')).getByText('Closest passage')).toBeTruthy();
    expect(within(item('c4')).getByRole('button', { name: /^Go to Kremlin b3: Reaffirming/ })).toBeTruthy();
  });

  it('shows a quotation that differs from the readout word by word, struck and inserted', async () => {
    const { item } = await renderPanel();
    const check = item('c2').querySelector('.quote-check')!;
    // "would" for "will": a tense changed, which changes the meaning (issue 17 section 4); the reported-speech reading is named beside it.
    expect(check.textContent).toMatch(/≠ Misquoted \(changes meaning\): “would” for “will”: the tense of reported speech, or a change of certainty against White House's readout/);
    // A claim so quoted never reads as a plain green "supported".
    expect(item('c2').querySelector('.verdict')!.className).toBe('verdict verdict-misquoted');
    expect(item('c2').querySelector('.verdict-badge')!.textContent).toMatch(/White House: misquoted \(changes meaning\)$/);
    // Copied, the check reads "[-would-]" and "{+will+}", never "would will" (the marks are hidden on screen).
    expect([...check.querySelectorAll('del.only-a')].map((e) => e.textContent)).toEqual(['[-would-]']);
    expect([...check.querySelectorAll('ins.only-b')].map((e) => e.textContent)).toEqual(['{+will+}']);
    expect([...check.querySelectorAll('.copy-mark')].every((e) => e.getAttribute('aria-hidden') === 'true')).toBe(true);
    const checks = [...item('c5').querySelectorAll('.quote-check')].map((e) => e.querySelector('.quote-status')!.textContent);
    expect(checks).toEqual([
      expect.stringMatching(/^✓ Verbatim in White House's readout/),
      expect.stringMatching(/^≈ Quoted with minor differences \(articles or other small words\) against White House's readout/),
      expect.stringMatching(/^✓ Verbatim/),
    ]);
    expect([...item('c5').querySelectorAll('del.only-a')].map((e) => e.textContent)).toEqual(['[-the -]']);
    expect(item('c5').querySelector('.verdict-badge')!.textContent).toMatch(/White House: quoted with minor differences$/);
  });

  it('shows each quotation of a person with the speaker, role, party marker and timing', async () => {
    const { item } = await renderPanel();
    expect(item('q2').textContent).toMatch(/Ruth Deyermond/);
    expect(item('q2').textContent).toMatch(/a senior lecturer at King’s College London’s Department of War Studies/);
    expect(item('q2').textContent).toMatch(/before the call/);
    expect(item('q2').textContent).not.toMatch(/party to the call/);
    expect(item('q3').textContent).toMatch(/after the call/);
    expect(item('q5').textContent).toMatch(/Vladimir Putin.*party to the call.*before the call/);
    expect(item('q4').textContent).not.toMatch(/(before|after) the call/);
    expect(item('q4').textContent).toMatch(/No linked passages/);
  });

  it('shows a speaker the article does not name as an unnamed source, its description once', async () => {
    const article = loaded.article!;
    const [first, second] = article.commentary;
    const commentary = [
      { ...first!, speaker: 'a senior official', named: false, role: 'A senior official' },
      { ...second!, speaker: 'two diplomats', named: false, role: 'two diplomats in the capital' },
      ...article.commentary.slice(2),
    ];
    const { item } = await renderPanel([], { comparison: { ...loaded, article: { ...article, commentary } } });
    const [one, two] = [item(first!.id), item(second!.id)];
    expect(one.querySelector('.tag-unnamed')?.textContent).toBe('unnamed source');
    expect(one.querySelector('.speaker')?.textContent).toBe('a senior official');
    expect(one.querySelector('.role')).toBeNull();
    expect(two.querySelector('.role')?.textContent).toBe('two diplomats in the capital');
    expect(item('q5').querySelector('.tag-unnamed')).toBeNull();
  });

  it('keeps one Tab stop across the items, and the buttons of the selected item only in the Tab order', async () => {
    const { item } = await renderPanel([{ type: 'select-item', id: 'c2' as ArticleItemId }]);
    const stops = [...document.querySelectorAll<HTMLElement>('.item')].filter((e) => e.tabIndex === 0);
    expect(stops.map((e) => e.id)).toEqual(['article-item-c2']);
    expect(within(item('c2')).getByRole('button', { name: /^Remove the link to White House a6/ }).tabIndex).toBe(0);
    expect(within(item('c1')).getByRole('button', { name: /^Remove the link to White House a6/ }).tabIndex).toBe(-1);
  });

  it('moves the selection with the arrow keys, Home and End', async () => {
    const { item, state } = await renderPanel([{ type: 'select-item', id: 'c1' as ArticleItemId }]);
    fireEvent.keyDown(item('c1'), { key: 'ArrowDown' });
    expect(state().selected).toBe('c2');
    fireEvent.keyDown(item('c2'), { key: 'End' });
    expect(state().selected).toBe('q6');
    fireEvent.keyDown(item('q6'), { key: 'ArrowUp' });
    expect(state().selected).toBe('q5');
    fireEvent.keyDown(item('q5'), { key: 'Home' });
    expect(state().selected).toBe('c1');
    expect(state().focusRequest?.pane).toBe('article');
    // Shift with them is the browser's (extending a text selection), not a move.
    fireEvent.keyDown(item('c1'), { key: 'ArrowDown', shiftKey: true });
    fireEvent.keyDown(item('c1'), { key: 'End', shiftKey: true });
    expect(state().selected).toBe('c1');
  });

  it('in the Text view, keeps one Tab stop across the badges and goes passage to passage in text order with the same keys, focusing the badge', async () => {
    const { state } = await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: /^Text$/ }));
    await waitFor(() => expect(document.querySelector('[data-testid="article-text"]')).not.toBeNull());
    const badges = () => [...document.querySelectorAll<HTMLButtonElement>('.text-badge')];
    const order = badges().map((b) => b.textContent);
    expect(order.length).toBeGreaterThan(2);
    // In text order, not the list's (claims, then commentary).
    expect(order).not.toEqual([...order].sort());
    const startOf = new Map(itemSpans(state().loaded!.article!).map((span) => [span.id as string, span.start]));
    const starts = order.map((id) => startOf.get(id!)!);
    expect(starts.every((start) => start !== undefined)).toBe(true);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    expect(badges().filter((b) => b.tabIndex === 0).map((b) => b.textContent)).toEqual([order[0]]);
    const badge = (id: string) => document.querySelector<HTMLElement>(`#text-badge-${id}`)!;
    // From no selection, Down selects the first passage (as in the list); then the next.
    fireEvent.keyDown(badge(order[0]!), { key: 'ArrowDown' });
    expect(state().selected).toBe(order[0]);
    fireEvent.keyDown(badge(order[0]!), { key: 'ArrowDown' });
    expect(state().selected).toBe(order[1]);
    // Announced as a selection is, and the badge focused (the one Tab stop moves with it).
    expect(state().status).toMatch(new RegExp(`^(Claim|Commentary) ${order[1]}\\b.*, \\d+ links?$`));
    await waitFor(() => expect(document.activeElement?.id).toBe(`text-badge-${order[1]}`));
    expect(badges().filter((b) => b.tabIndex === 0).map((b) => b.textContent)).toEqual([order[1]]);
    fireEvent.keyDown(badge(order[1]!), { key: 'End' });
    expect(state().selected).toBe(order.at(-1));
    fireEvent.keyDown(badge(order.at(-1)!), { key: 'ArrowDown' });
    expect(state().selected).toBe(order.at(-1));
    fireEvent.keyDown(badge(order.at(-1)!), { key: 'ArrowUp' });
    expect(state().selected).toBe(order.at(-2));
    fireEvent.keyDown(badge(order.at(-2)!), { key: 'Home' });
    expect(state().selected).toBe(order[0]);
    // The badge still shows its item in the list (Enter or a click).
    fireEvent.click(badge(order[0]!));
    expect(state().articleView).toBe('items');
  });

  it('follows a link to its row, and a commentary item’s link to a claim to the claim', async () => {
    const { item, state } = await renderPanel();
    fireEvent.click(within(item('c2')).getAllByRole('button', { name: /^Go to White House a6/ })[0]!);
    expect(state().visible[state().current]!.a).toContain('a6');
    expect(state().focusRequest?.pane).toBe('rows');
    fireEvent.click(within(item('q2')).getByRole('button', { name: /^Go to claim c1/ }));
    expect(state().selected).toBe('c1');
    expect(state().focusRequest?.pane).toBe('article');
  });

  it('removes a link with ×, shows it as removed by you, and restores it', async () => {
    const { item, state } = await renderPanel([{ type: 'select-item', id: 'c3' as ArticleItemId }]);
    fireEvent.click(within(item('c3')).getByRole('button', { name: /^Remove the link to Kremlin b8/ }));
    expect(state().loaded!.article!.claims[2]!.links).toEqual(['b10']);
    expect(item('c3').textContent).toMatch(/Removed by you: b8/);
    fireEvent.click(within(item('c3')).getByRole('button', { name: 'Restore the link to Kremlin b8' }));
    expect(state().loaded!.article!.claims[2]!.links).toEqual(['b8', 'b10']);
    expect(state().loaded!.article!.manualLinks).toEqual([]);
  });

  it('adds a link to the focused row’s sentence by default, marked as added by you', async () => {
    const rowOfB3 = viewReducer(viewReducer(INITIAL_VIEW, { type: 'loaded', loaded }), { type: 'show-sentence', sentence: 'b3' as never }).current;
    const { item, state } = await renderPanel([{ type: 'focus-row', index: rowOfB3 }, { type: 'select-item', id: 'c4' as ArticleItemId }]);
    // The row holding b3 starts with a2: its first sentence is proposed.
    expect(state().visible[state().current]!.b).toContain('b3');
    fireEvent.click(within(item('c4')).getByRole('button', { name: 'Add link to a2' }));
    expect(state().loaded!.article!.manualLinks).toEqual([{ from: 'c4', to: 'a2', op: 'add' }]);
    const chip = item('c4').querySelector('.link-manual')!;
    expect(chip.textContent).toMatch(/a2.*added by you/);
    // The next free sentence of the row is proposed next; another one can be picked in the list.
    const row = state().visible[state().current]!;
    const linked = new Set<string>(state().loaded!.article!.claims[3]!.links);
    const next = [...row.a, ...row.b].find((id) => !linked.has(id));
    if (next) expect(within(item('c4')).getByRole('button', { name: `Add link to ${next}` })).toBeTruthy();
    fireEvent.change(within(item('c4')).getByRole('combobox'), { target: { value: 'b12' } });
    fireEvent.click(within(item('c4')).getByRole('button', { name: 'Add link to b12' }));
    expect(state().loaded!.article!.claims[3]!.links).toEqual(['a2', 'b12']);
    // Commentary can be linked to claims too.
    act(() => { fireEvent.click(item('q4')); });
    const options = [...within(item('q4')).getByRole('combobox').querySelectorAll('optgroup')].map((g) => g.getAttribute('label'));
    expect(options).toEqual(['White House', 'Kremlin', 'Claims']);
  });

  it('opens an http(s) address in the browser, and shows any other as text', async () => {
    const onOpenLink = vi.fn();
    const meta = (url: string): LoadedComparison => ({ ...loaded, article: { ...loaded.article!, doc: { ...loaded.article!.doc, meta: { ...loaded.article!.doc.meta, url } } } });
    await renderPanel([], { onOpenLink, comparison: meta('https://news.example/call') });
    fireEvent.click(screen.getByRole('link', { name: 'https://news.example/call' }));
    expect(onOpenLink).toHaveBeenCalledWith('https://news.example/call');
    cleanup();
    await renderPanel([], { onOpenLink, comparison: meta('javascript:alert(1)') });
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText(/not a web address: not opened/)).toBeTruthy();
    expect(['https://a.example/', 'http://a.example/x', 'file:///etc/passwd', 'javascript:alert(1)', 'https://a b'].map(isWebAddress))
      .toEqual([true, true, false, false, false]);
  });

  it('hides itself and sends focus to the rows', async () => {
    const { state } = await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Hide the article panel' }));
    expect(state().articleOpen).toBe(false);
    expect(state().focusRequest?.pane).toBe('rows');
  });

  it('renders its items just after its first frame, so the rows paint first', () => {
    const start = viewReducer(INITIAL_VIEW, { type: 'loaded', loaded });
    render(<ArticlePanel state={start} loaded={loaded} article={loaded.article!} dispatch={() => {}} onOpenLink={() => {}} />);
    expect(screen.getByText('Reading the article…')).toBeTruthy();
    expect(document.querySelector('.item')).toBeNull();
  });

  it('says so when the article has no claims or commentary', async () => {
    await renderPanel([], { comparison: { ...loaded, article: { ...loaded.article!, claims: [], commentary: [], automaticLinks: {} } } });
    expect(screen.getByText('No statement of the article about what a readout says was found.')).toBeTruthy();
    expect(screen.getByText('No quotation of a person was found.')).toBeTruthy();
  });
});

describe('RowView markers', () => {
  it('lead each linked sentence, select their item, and mark the rows of the selected item', async () => {
    const state = viewReducer(viewReducer(INITIAL_VIEW, { type: 'loaded', loaded }), { type: 'show-sentence', sentence: 'a6' as never });
    const row = state.visible[state.current]!;
    const onMarker = vi.fn();
    const props = { row, comparison: loaded.comparison, language: 'en', index: 0, current: true, anyCurrent: true, query: '', onFocusRow: () => {}, markers: state.markers, onMarker };
    const { container, rerender } = render(<RowView {...props} selected={null} />);
    const a = container.querySelector('.cell-a')!;
    expect([...a.querySelectorAll('.marker')].map((m) => m.textContent)).toEqual(['c1', 'c2', 'q3']);
    expect(a.querySelector('.marker-commentary')!.textContent).toBe('q3');
    fireEvent.click(screen.getByRole('button', { name: 'Claim c2, linked to a6: show it in the article panel' }));
    expect(onMarker).toHaveBeenCalledWith('c2');
    expect(container.querySelector('.row-linked')).toBeNull();
    rerender(<RowView {...props} selected={'c2' as ArticleItemId} />);
    expect(container.querySelector('.row-linked')).not.toBeNull();
    expect(container.querySelector('.marker-selected')!.textContent).toBe('c2');
  });
});

describe('ArticlePanel and find', () => {
  it('marks the query’s matches in claims, speakers, roles and quotations, as many as the search counts, and outlines the current match’s item', async () => {
    // "Putin" is in claims, in quotations and in speakers' names.
    const search: ViewAction[] = [{ type: 'toggle-article', open: true }, { type: 'search', query: 'putin' }];
    const { container, state } = await renderPanel(search);
    const marks = [...container.querySelectorAll('mark.hit')];
    expect(marks.length).toBe(state().articleMatches.length);
    expect(marks.every((m) => m.textContent!.toLowerCase() === 'putin')).toBe(true);
    expect(marks.some((m) => m.closest('.speaker'))).toBe(true);
    // Outside the texts searched (the quote checks repeat a claim's words), nothing is marked.
    expect(container.querySelector('.quote-checks mark.hit')).toBeNull();
    // The readouts' matches come first: no item is outlined until a match of the article is current.
    expect(container.querySelector('.item-match')).toBeNull();
    cleanup();
    // Previous from the first match: the last of all, the article's last.
    const { container: back, state: after } = await renderPanel([...search, { type: 'match', direction: -1 }]);
    const last = after().articleMatches.at(-1)!;
    expect(after().selected).toBe(last.item);
    expect(back.querySelector('.item-match')?.getAttribute('data-item')).toBe(last.item);
  });
});
