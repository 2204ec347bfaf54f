import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedComparison, Notice } from '../../../shared/ipc/contract';
import type { ClaimId } from '../../../shared/model/article';
import type { SentenceId } from '../../../shared/model/types';
import type { ArticleItemId } from '../../../shared/view/article';
import { INITIAL_VIEW, viewReducer, type ViewAction, type ViewState } from '../../../renderer/state/view';
import { withSampleAnalysis } from '../article-fixture';
import { loadSample } from '../sample';

let sample: LoadedComparison;
beforeAll(async () => { sample = await loadSample(); });
const run = (...actions: ViewAction[]): ViewState => actions.reduce(viewReducer, INITIAL_VIEW);

describe('the view reducer', () => {
  it('says a message in the status line made printable, and dismisses the toast', () => {
    const s = run({ type: 'loaded', loaded: sample }, { type: 'announce', message: 'Copied\u0007 3 findings' });
    // A control character is shown as its escape, never sent to the screen reader raw.
    expect(s.status).toBe('Copied\\x07 3 findings');
    const toasted = { ...s, toast: { message: 'Label added', undo: true } };
    expect(viewReducer(toasted, { type: 'dismiss-toast' }).toast).toBeNull();
    // Nothing else changes.
    expect({ ...viewReducer(toasted, { type: 'dismiss-toast' }), toast: toasted.toast }).toEqual(toasted);
  });

  it('builds the rows of a loaded comparison and shows them all', () => {
    const s = run({ type: 'loading' }, { type: 'loaded', loaded: sample });
    expect(s.busy).toBeNull();
    expect(s.rows.length).toBeGreaterThan(10);
    expect(s.visible).toEqual(s.rows);
    expect(s.current).toBe(-1);
  });

  it('moves to the first one-sided statement, then the next, and says when there is none left', () => {
    let s = run({ type: 'loaded', loaded: sample }, { type: 'jump', direction: 1, to: 'one-sided' });
    expect(s.visible[s.current]!.kind).not.toBe('matched');
    expect(s.visible.slice(0, s.current).every((r) => r.kind === 'matched')).toBe(true);
    const first = s.current;
    s = viewReducer(s, { type: 'jump', direction: 1, to: 'one-sided' });
    expect(s.current).toBeGreaterThan(first);
    expect(s.visible[s.current]!.kind).not.toBe('matched');
    s = run({ type: 'loaded', loaded: sample }, { type: 'jump', direction: -1, to: 'one-sided' });
    expect(s.current).toBe(-1);
    expect(s.status).toBe('No more one-sided statements above');
  });

  it('keeps the analyst\'s choice to show or hide the overview map for the session, through another comparison', () => {
    expect(run({ type: 'loaded', loaded: sample }).mapOpen).toBeNull();
    let s = run({ type: 'loaded', loaded: sample }, { type: 'toggle-map', open: false });
    expect([s.mapOpen, s.status]).toEqual([false, 'Overview map hidden']);
    s = viewReducer(viewReducer(s, { type: 'loading' }), { type: 'loaded', loaded: sample });
    expect(s.mapOpen).toBe(false);
    expect(viewReducer(s, { type: 'toggle-map', open: true }).status).toBe('Overview map shown');
  });

  it('moves row by row through the rows the filter keeps (Alt+Down)', () => {
    let s = run({ type: 'loaded', loaded: sample }, { type: 'filter', filter: 'one-sided' }, { type: 'jump', direction: 1, to: 'row' }, { type: 'jump', direction: 1, to: 'row' });
    expect(s.current).toBe(1);
    expect(s.visible.every((r) => r.kind !== 'matched')).toBe(true);
    s = viewReducer(s, { type: 'focus-row', index: s.visible.length - 1 });
    expect(viewReducer(s, { type: 'jump', direction: 1, to: 'row' }).status).toBe('No more rows below');
  });

  it('keeps the row in focus when the filter lets it through', () => {
    let s = run({ type: 'loaded', loaded: sample }, { type: 'filter', filter: 'one-sided' }, { type: 'jump', direction: 1, to: 'row' });
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
    expect(s.busy).toBeNull();
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
    s = viewReducer(s, { type: 'filter', filter: 'one-sided' });
    if (s.current >= 0) expect(s.visible[s.current]!.key).toBe(key);
    expect(s.matches.length).toBeGreaterThan(0);
    expect(s.matches[s.matchIndex]!.rowIndex).toBeGreaterThanOrEqual(s.current);
  });

  it('announces the row a move lands on', () => {
    const s = run({ type: 'loaded', loaded: sample }, { type: 'jump', direction: 1, to: 'one-sided' });
    expect(s.status).toMatch(/^Row \d+ of \d+: /);
    expect(s.reveal).toEqual({ index: s.current, seq: 1 });
  });

  it('does not ask to scroll when a row is clicked', () => {
    const s = run({ type: 'loaded', loaded: sample }, { type: 'focus-row', index: 3 });
    expect(s.current).toBe(3);
    expect(s.reveal).toBeNull();
  });
});

describe('the view reducer, with an article', () => {
  // The sample without its article (whatever the extraction finds), and with the hand-made analysis.
  let bare: LoadedComparison;
  let withArticle: LoadedComparison;
  beforeAll(() => {
    bare = { ...sample, article: null };
    withArticle = withSampleAnalysis(sample);
  });
  const loadedArticle = (...actions: ViewAction[]) => run({ type: 'loaded', loaded: withArticle }, ...actions);
  const rowOf = (s: ViewState, id: string) => s.visible.findIndex((r) => [...r.a, ...r.b].includes(id as never));

  it('marks each readout sentence with the claims, then the commentary, linked to it; the Findings tab comes first', () => {
    const s = loadedArticle();
    expect([s.findingsOpen, s.articleOpen, s.annotationsOpen]).toEqual([true, false, false]);
    // Once the analyst has chosen the article's tab, a new comparison with an article keeps it.
    const chosen = viewReducer(viewReducer(s, { type: 'toggle-article', open: true }), { type: 'loaded', loaded: { ...withArticle, document: withArticle.document + 1 } });
    expect([chosen.findingsOpen, chosen.articleOpen]).toEqual([false, true]);
    expect(s.selected).toBeNull();
    expect(s.markers['a6']).toEqual(['c1', 'c2', 'q3']);
    expect(s.markers['b3']).toEqual(['q6']);
    // a claim that commentary links to is no sentence marker
    expect(Object.keys(s.markers).every((k) => /^[ab]\d+$/.test(k))).toBe(true);
    expect(run({ type: 'loaded', loaded: bare }).markers).toEqual({});
  });

  it('switches the article panel between the items found and the article’s text, keeps the choice across comparisons, and goes from a badge to the item', () => {
    let s = loadedArticle({ type: 'toggle-article', open: true });
    expect(s.articleView).toBe('items');
    s = viewReducer(s, { type: 'article-view', view: 'text' });
    expect([s.articleView, s.status, s.focusRequest]).toEqual(['text', 'The article’s text, its claims and quotations marked', null]);
    s = viewReducer(viewReducer(s, { type: 'loading' }), { type: 'loaded', loaded: { ...withArticle, document: withArticle.document + 1 } });
    expect(s.articleView).toBe('text');
    // A badge in the text: the list, with its item selected and the focus asked for in the panel.
    s = viewReducer(s, { type: 'article-view', view: 'items', focus: 'q2' as ArticleItemId });
    expect([s.articleView, s.selected, s.focusRequest?.pane]).toEqual(['items', 'q2', 'article']);
    expect(s.status).toMatch(/^Commentary q2 by .+, \d+ links?$/);
  });

  it('selects an item and announces it; an unknown id changes nothing', () => {
    let s = loadedArticle({ type: 'select-item', id: 'q2' as ArticleItemId });
    expect(s.selected).toBe('q2');
    expect(s.status).toBe('Commentary q2 by Ruth Deyermond, 2 links');
    expect(s.focusRequest).toBeNull();
    expect(viewReducer(s, { type: 'select-item', id: 'c99' as ArticleItemId })).toBe(s);
    s = viewReducer(s, { type: 'select-item', id: 'c2' as ArticleItemId, focus: true });
    expect(s.status).toBe('Claim c2, 1 link');
    expect(s.focusRequest).toEqual({ pane: 'article', seq: 1 });
  });

  it('follows a link to the row holding the sentence, reveals it and asks for focus there', () => {
    const s = loadedArticle({ type: 'show-sentence', sentence: 'b10' as SentenceId });
    expect(s.current).toBe(rowOf(s, 'b10'));
    expect(s.reveal?.index).toBe(s.current);
    expect(s.focusRequest).toEqual({ pane: 'rows', seq: 1 });
    expect(s.status).toMatch(/^Row \d+ of \d+: matched/);
  });

  it('shows all rows when the filter hides the row a link leads to', () => {
    let s = loadedArticle({ type: 'filter', filter: 'one-sided' });
    expect(rowOf(s, 'a6')).toBe(-1);
    s = viewReducer(s, { type: 'show-sentence', sentence: 'a6' as SentenceId });
    expect(s.filter).toBe('all');
    expect(s.visible[s.current]!.a).toContain('a6');
    expect(s.status).toMatch(/\(all rows shown\)$/);
    expect(viewReducer(s, { type: 'show-sentence', sentence: 'a999' as SentenceId }).status).toBe('There is no sentence a999 in this comparison');
  });

  it('moves focus between the panes: the panel’s first item, the current row (or the first)', () => {
    let s = loadedArticle({ type: 'toggle-article', open: false }, { type: 'focus-pane', pane: 'article' });
    expect(s.articleOpen).toBe(true);
    expect(s.selected).toBe('c1');
    expect(s.focusRequest?.pane).toBe('article');
    s = viewReducer(s, { type: 'focus-pane', pane: 'rows' });
    expect(s.current).toBe(0);
    expect(s.focusRequest).toEqual({ pane: 'rows', seq: 2 });
    const none = run({ type: 'loaded', loaded: bare }, { type: 'focus-pane', pane: 'article' });
    expect(none.focusRequest).toBeNull();
    expect(none.status).toMatch(/^No article is loaded/);
  });

  it('shows and hides the panel, dropping an old focus request', () => {
    let s = loadedArticle({ type: 'focus-pane', pane: 'article' }, { type: 'toggle-article' });
    expect(s.articleOpen).toBe(false);
    expect(s.focusRequest).toBeNull();
    expect(s.status).toBe('Article panel hidden');
    s = viewReducer(s, { type: 'toggle-article' });
    expect(s.articleOpen).toBe(true);
    expect(s.focusSeq).toBe(1);
    expect(run({ type: 'loaded', loaded: bare }, { type: 'toggle-article' }).status).toMatch(/^No article is loaded/);
  });

  it('adds and removes links by hand, keeps them in the article’s manual links, and updates the markers', () => {
    let s = loadedArticle({ type: 'set-link', from: 'c4' as ArticleItemId, to: 'b3' as SentenceId, linked: true });
    expect(s.loaded!.article!.manualLinks).toEqual([{ from: 'c4', to: 'b3', op: 'add' }]);
    expect(s.loaded!.article!.claims[3]!.links).toEqual(['b3']);
    expect(s.markers['b3']).toEqual(['c4', 'q6']);
    expect(s.status).toBe('Linked c4 to b3');
    // An automatic link removed by hand, then restored: nothing is left to override.
    s = viewReducer(s, { type: 'set-link', from: 'c2' as ArticleItemId, to: 'a6' as SentenceId, linked: false });
    expect(s.loaded!.article!.claims[1]!.links).toEqual([]);
    expect(s.markers['a6']).toEqual(['c1', 'q3']);
    expect(s.loaded!.article!.manualLinks).toContainEqual({ from: 'c2', to: 'a6', op: 'remove' });
    s = viewReducer(s, { type: 'set-link', from: 'c2' as ArticleItemId, to: 'a6' as SentenceId, linked: true });
    expect(s.loaded!.article!.manualLinks).toEqual([{ from: 'c4', to: 'b3', op: 'add' }]);
    expect(s.markers['a6']).toEqual(['c1', 'c2', 'q3']);
    // Commentary may link to a claim too; that is no sentence marker.
    s = viewReducer(s, { type: 'set-link', from: 'q4' as ArticleItemId, to: 'c3' as ClaimId, linked: true });
    expect(s.loaded!.article!.commentary[3]!.links).toEqual(['c3']);
    expect(Object.values(s.markers).flat()).not.toContain('q4');
  });

  it('keeps the Findings tab when the article follows the rows at start (the comparison came with `articlePending`)', () => {
    const s = run({ type: 'loaded', loaded: { ...bare, articlePending: true } }, { type: 'loaded', loaded: withArticle });
    expect([s.findingsOpen, s.articleOpen]).toEqual([true, false]);
    expect(s.status).toBe('Article loaded: 5 claims, 6 quotations of people');
  });

  it('says in the status why an article added has nothing to check when it is in another language than the readouts', () => {
    const languageNote = 'статья.txt is in Russian and the readouts in English: its claims and quotations cannot be checked against them.';
    const foreign = { ...withArticle, article: { ...withArticle.article!, claims: [], commentary: [], languageNote } };
    const s = run({ type: 'loaded', loaded: { ...bare, articlePending: undefined } }, { type: 'loaded', loaded: foreign });
    expect(s.status).toBe(languageNote);
  });

  it('keeps the rows, the filter and the current row when an article is added to the comparison on screen, and shows it', () => {
    // A comparison the analyst opened without an article (none pending), then File > Open Article…
    let s = run({ type: 'loaded', loaded: { ...bare, articlePending: undefined } }, { type: 'filter', filter: 'one-sided' }, { type: 'focus-row', index: 2 }, { type: 'toggle-article' });
    expect(s.findingsOpen).toBe(true);
    const key = s.visible[2]!.key;
    s = viewReducer(s, { type: 'loaded', loaded: withArticle });
    expect(s.loadSeq).toBe(1);
    expect(s.filter).toBe('one-sided');
    expect(s.visible[s.current]!.key).toBe(key);
    expect([s.articleOpen, s.findingsOpen]).toEqual([true, false]);
    expect(s.status).toBe('Article loaded: 5 claims, 6 quotations of people');
    // The same comparison and article again start afresh.
    s = viewReducer(s, { type: 'loaded', loaded: withArticle });
    expect(s.loadSeq).toBe(2);
    expect(s.current).toBe(-1);
  });
});

describe('the notice banner (R1: where moved-aside work went stays until dismissed)', () => {
  const MOVED = 'The comparison you were working on could not be restored: bad JSON. It was moved to /w/autosave damaged 1.readouts.';
  const moved: Notice = { kind: 'work', text: MOVED };
  const pending = () => ({ ...sample, document: 4, notices: [moved], articlePending: true });
  const texts = (s: ViewState) => s.notices.map((n) => n.text);

  it('keeps the notice when the same document arrives with a notice of its own, and adds the new one', () => {
    const read: Notice = { kind: 'input', text: 'article.txt: read as windows-1251', files: [sample.b.file] };
    const s = run({ type: 'loaded', loaded: pending() }, { type: 'loaded', loaded: { ...sample, document: 4, notices: [read] } });
    expect(texts(s)).toEqual([MOVED, 'article.txt: read as windows-1251']);
  });

  it('keeps the notice when another document is opened before it was read', () => {
    const s = run({ type: 'loaded', loaded: pending() }, { type: 'loaded', loaded: { ...sample, document: 5, notices: [] } });
    expect(texts(s)).toEqual([MOVED]);
  });

  it('does not repeat a notice that arrives again', () => {
    const s = run({ type: 'loaded', loaded: pending() }, { type: 'loaded', loaded: { ...sample, document: 4, notices: [moved] } });
    expect(texts(s)).toEqual([MOVED]);
  });

  it('is cleared by dismiss-notice only, and a later load starts from its own notices', () => {
    const dismissed = run({ type: 'loaded', loaded: pending() }, { type: 'dismiss-notice' });
    expect(dismissed.notices).toEqual([]);
    const utf16: Notice = { kind: 'input', text: 'b.txt: read as UTF-16', files: [sample.b.file] };
    expect(texts(viewReducer(dismissed, { type: 'loaded', loaded: { ...sample, document: 5, notices: [utf16] } }))).toEqual(['b.txt: read as UTF-16']);
    expect(viewReducer(dismissed, { type: 'loaded', loaded: { ...sample, document: 5, notices: [] } }).notices).toEqual([]);
  });
});

describe('a notice about how a file was read goes with its comparison (tester 16)', () => {
  const CP1252 = '/tmp/pair/b.txt: not UTF-8, so read as Windows-1252 (as a "Plain text" file saved on Windows often is)';
  const moved: Notice = { kind: 'work', text: 'Your unsaved work on “call” was kept in /w/unsaved/call.readouts: File > Open Comparison… opens it.' };
  const settings: Notice = { kind: 'app', text: 'Your settings (/w/settings.json) could not be read.' };
  /** The sample with readout B read from `file`, holding `text`, and the notices main sent with it. */
  const withB = (document: number, file: string, notices: Notice[], text = sample.b.text): LoadedComparison => ({ ...sample, document, b: { ...sample.b, file, text }, notices });
  const read: Notice = { kind: 'input', text: CP1252, files: ['/tmp/pair/b.txt'] };
  const texts = (s: ViewState) => s.notices.map((n) => n.text);

  it('drops an input notice when another comparison loads without its file; work and app notices stay', () => {
    const first = run({ type: 'loaded', loaded: withB(1, '/tmp/pair/b.txt', [settings, read]) });
    expect(texts(first)).toEqual([settings.text, CP1252]);
    const other = viewReducer(first, { type: 'loaded', loaded: withB(2, '/tmp/other/b.txt', [moved]) });
    expect(texts(other)).toEqual([settings.text, moved.text]);
  });

  it('keeps it while its file stays on screen unchanged: an article opened for the comparison, the other readout replaced', () => {
    const first = run({ type: 'loaded', loaded: withB(1, '/tmp/pair/b.txt', [read]) });
    const sameDocument = viewReducer(first, { type: 'loaded', loaded: withB(1, '/tmp/pair/b.txt', []) });
    expect(texts(sameDocument)).toEqual([CP1252]);
    const otherA = viewReducer(first, { type: 'loaded', loaded: { ...withB(2, '/tmp/pair/b.txt', []), a: { ...sample.a, file: '/tmp/pair/a2.txt' } } });
    expect(texts(otherA)).toEqual([CP1252]);
  });

  it('drops it when its file comes back with another text (saved again as UTF-8, say)', () => {
    const first = run({ type: 'loaded', loaded: withB(1, '/tmp/pair/b.txt', [read]) });
    const resaved = viewReducer(first, { type: 'loaded', loaded: withB(2, '/tmp/pair/b.txt', [], `${sample.b.text}\nAdded.`) });
    expect(resaved.notices).toEqual([]);
  });

  it('keeps a notice about the article that arrives before the article itself (analysed after the rows paint)', () => {
    const articleNote: Notice = { kind: 'input', text: 'article.html: read as UTF-8 against its windows-1252 header.', files: ['/tmp/pair/article.html'] };
    const first = run({ type: 'loaded', loaded: { ...withB(1, '/tmp/pair/b.txt', [articleNote]), articlePending: true } });
    const analysis = withSampleAnalysis(sample).article!;
    const article = { ...analysis, doc: { ...analysis.doc, file: '/tmp/pair/article.html' } };
    const analysed = viewReducer(first, { type: 'loaded', loaded: { ...withB(1, '/tmp/pair/b.txt', []), article } });
    expect(texts(analysed)).toEqual([articleNote.text]);
  });
});
