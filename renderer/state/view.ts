/**
 * The comparison view's state and every change to it, as a pure reducer: the
 * React components only render it and dispatch actions (tested without a DOM in
 * tests/renderer/state/view.test.ts). This includes the article panel: the item
 * selected, the markers on readout sentences, and the analyst's manual links,
 * kept in `loaded.article.manualLinks`; and the annotations: the analyst's work
 * (state/annotations.ts), the panel that lists them and the editor's draft.
 */
import { printable } from '../../shared/text/printable';
import { addLabel, normalizeLabel, targetPassages, type Target } from '../../shared/annotations/model';
import { setManualLink } from '../../shared/article/links';
import type { Comparison } from '../../shared/compare/compare';
import type { ComparisonEdits, LoadedComparison, Notice } from '../../shared/ipc/contract';
import type { ArticleAnalysis, ClaimId } from '../../shared/model/article';
import type { SentenceId, SourceMeta } from '../../shared/model/types';
import { plainMetas, type DetailsSource } from '../../shared/view/source-details';
import { findingsReducer, focusing, type FindingsAction } from './findings';
import { afterCompare, busyReducer, type Busy, type BusyAction } from './busy';
import { noticesAfterLoad } from './notices';
import { correctedLoaded, correctedRowIndex, correctionReducer, rebuiltRows, type CorrectionAction, type CorrectionState } from './corrections';
import { linkEndsAfterLink, linkEndsReducer, NO_LINK_ENDS, type LinkEndAction, type LinkEnds } from './link-ends';
import { annotationSentence, articleItemAt } from '../../shared/view/annotations';
import { articleItemIds, articleMarkers, isClaimId, itemName, rowOfSentence, type ArticleItemId, type SentenceMarkers } from '../../shared/view/article';
import { filterRows, type Filter, type FilterContext } from '../../shared/view/filter';
import { isTarget, JUMP_NAMES, nextWhere, type JumpTarget } from '../../shared/view/navigate';
import { buildRows, rowKindWording, type Row } from '../../shared/view/rows';
import type { ArticleMatch, SearchMatch } from '../../shared/view/search';
import { searchedAgain, stepMatch, withSearch as searchView } from './search';
import {
  changed, deleteFromWork, editDetails, editDraft, newDraft, NO_WORK, redoLast, saveDraft, undoLast, undoWording, workOf,
  type AnnotationDraft, type Work,
} from './annotations';

/** Everything the comparison view shows. */
export interface ViewState {
  /** The comparison on screen, or null before the first one arrives. */
  loaded: LoadedComparison | null;
  /** Counts the comparisons loaded: the row list starts afresh (scroll, open panels) with each. */
  loadSeq: number;
  /** All rows of the comparison, in reading order. */
  rows: Row[];
  /** Which rows are shown. */
  filter: Filter;
  /** The rows the filter lets through. */
  visible: Row[];
  /** Index into `visible` of the row in focus, or -1. */
  current: number;
  /** A request to bring `current` into view: set by keyboard, difference and search moves (not by a click). */
  reveal: { index: number; seq: number } | null;
  /** The search text. */
  query: string;
  /** Matches of `query` in `visible`. */
  matches: SearchMatch[];
  /** Matches of `query` in the article panel's claims and quotations (state/search.ts). */
  articleMatches: ArticleMatch[];
  /** Index of the current match in `matches` followed by `articleMatches`, or -1. */
  matchIndex: number;
  /** The last failure, naming the file and the problem; the previous comparison stays on screen. */
  error: string | null;
  /** What the error banner offers: replace the file a save refused, or open the backup of a damaged file. */
  errorOffer: ErrorOffer | null;
  /** What the analyst should know about the comparison shown (work restored or kept aside, orphans, a file read as Windows-1252): the notice banner (state/notices.ts). */
  notices: Notice[];
  /** A short status for screen readers and the status bar ("No more differences below"). */
  status: string;
  /** What main is doing while the window waits (a comparison, the PDF export), or null (state/busy.ts). */
  busy: Busy | null;
  /** Whether the article panel is shown (when there is an article). */
  articleOpen: boolean;
  /** What the article panel shows: the claims and quotations found, or the article's text with them marked (kept across tabs and comparisons). */
  articleView: 'items' | 'text';
  /**
   * Whether the findings panel is shown (in the article panel's place, like the annotations'):
   * the first tab at start; the analyst's choice of tab is then kept across comparisons.
   */
  findingsOpen: boolean;
  /** The rank of the finding selected in the findings panel, or null. */
  selectedFinding: number | null;
  /** The claim or commentary item selected in the article panel, or null. */
  selected: ArticleItemId | null;
  /** For each readout sentence, the article items linked to it (from `loaded.article`). */
  markers: SentenceMarkers;
  /**
   * A request to move keyboard focus to the current row or to the article panel (its
   * selected item), numbered so each is carried out once; dropped when the panel is
   * shown or hidden or a comparison loads, so a panel or list that mounts later does not
   * take focus for an old request.
   */
  focusRequest: { pane: Pane; seq: number } | null;
  /** The number of the last focus request. */
  focusSeq: number;
  /** The analyst's annotations and labels, where they are marked, their file, the undo history. */
  work: Work;
  /** Whether the annotations panel is shown (in the article panel's place: one of the three panels at a time). */
  annotationsOpen: boolean;
  /** The labels the panel lists (empty: all). */
  annotationFilter: string[];
  /** The annotation selected in the panel (its passage highlighted more strongly), or null. */
  selectedAnnotation: string | null;
  /** The annotation being written or edited, or null. */
  draft: AnnotationDraft | null;
  /** The label of the last annotation saved: a new one starts with it. */
  lastLabel: string | null;
  /** The last change to the annotations, with Undo. */
  toast: { message: string; undo: boolean } | null;
  /** The comparison as main sent it, the aligner's: `loaded.comparison` is it with the analyst's corrections applied. */
  machine: Comparison | null;
  /** The statement the "Link with…" picker is open for, or null. */
  linking: CorrectionState['linking'];
  /** The statement marked on each side as an end of the next link ("Link Statements" links them: state/link-ends.ts). */
  linkEnds: LinkEnds;
  /** Whether the overview map beside the rows is shown: the analyst's choice for the session, or null until one is made (the window's width decides). */
  mapOpen: boolean | null;
}

/** The parts of the window keyboard focus moves between (F6): the rows and the panel beside them. */
export type Pane = 'rows' | 'article' | 'annotations' | 'findings';

/** What the error banner can offer to do about the error. */
export type ErrorOffer =
  | 'replace' // a save refused over a damaged, newer or foreign file: "Replace it" or "Save As…"
  | 'open-backup' // a damaged file with a good backup
  | 'save-as' // a save refused over a read-only file: "Save As…"
  | 'export-annotations-as' // an annotation export refused over a read-only file: export again, to another name
  | 'export-report-as'; // likewise a PDF report

/** What the banner of a failed save or export offers for its error `code` (none when there is nothing to offer). */
export function writeFailureOffer(what: 'save' | 'export-annotations' | 'export-report', code: string): ErrorOffer | undefined {
  if (what === 'save' && (code === 'damaged' || code === 'newer' || code === 'not-readouts')) return 'replace';
  if (code !== 'read-only') return undefined;
  return what === 'save' ? 'save-as' : what === 'export-annotations' ? 'export-annotations-as' : 'export-report-as';
}

/** What can happen to the view. */
export type ViewAction =
  | { type: 'loading' }
  | { type: 'loaded'; loaded: LoadedComparison }
  | { type: 'failed'; message: string; offer?: ErrorOffer }
  | { type: 'cancelled' }
  | { type: 'dismiss-error' }
  | { type: 'filter'; filter: Filter }
  | { type: 'focus-row'; index: number; reveal?: boolean }
  /** Moves to the next or previous row of a kind among the rows shown: any row (Alt+Down/Up), a one-sided statement (F7), a cited row (F8). */
  | { type: 'jump'; direction: 1 | -1; to: JumpTarget }
  | { type: 'search'; query: string }
  | { type: 'match'; direction: 1 | -1 }
  /** Shows or hides the article panel (toggles without `open`). */
  | { type: 'toggle-article'; open?: boolean }
  | { type: 'article-view'; view: ViewState['articleView']; focus?: ArticleItemId }
  /** Shows or hides the overview map beside the rows (the caller knows whether it is shown: it may follow the window's width). */
  | { type: 'toggle-map'; open: boolean }
  /** Selects an article item; `focus` moves keyboard focus to it (and opens the panel). */
  | { type: 'select-item'; id: ArticleItemId | null; focus?: boolean }
  /** Moves to the row holding a readout sentence, showing all rows if the filter hides it, and focuses it. */
  | { type: 'show-sentence'; sentence: SentenceId }
  /** Moves keyboard focus to the rows or to the article panel. */
  | { type: 'focus-pane'; pane: Pane }
  /** Adds (`linked`) or removes a link by hand; manual links win over automatic ones. */
  | { type: 'set-link'; from: ArticleItemId; to: SentenceId | ClaimId; linked: boolean }
  | { type: 'dismiss-notice' }
  /** Says something in the status line. */
  | { type: 'announce'; message: string }
  /** An export written: said in the status bar; the banner of an earlier failed attempt goes. */
  | { type: 'exported'; message: string }
  /** Starts a new annotation on a passage or a row: the editor opens in the annotations panel. */
  | { type: 'annotate'; target: Target }
  /** Opens the editor on an annotation. */
  | { type: 'edit-annotation'; id: string }
  | { type: 'update-draft'; changes: Partial<Pick<AnnotationDraft, 'label' | 'note' | 'links'>> }
  | { type: 'cancel-draft' }
  /** Saves the draft; a new annotation takes `id` and `now` (from the caller: the reducer has no clock). */
  | { type: 'save-draft'; id: string; now: string }
  | { type: 'delete-annotation'; id: string }
  /** Undoes the last change to the annotations, the details or the corrections. */
  | { type: 'undo' }
  /** Does again the last change undone. */
  | { type: 'redo' }
  /** Marking statements as the ends of a link, and "Link Statements" (which opens the picker without both ends). */
  | LinkEndAction
  | CorrectionAction
  | { type: 'dismiss-toast' }
  /** Adds a label of the analyst's own (and gives it to the draft). */
  | { type: 'add-label'; label: string }
  /** Lists only annotations with these labels (none: all). */
  | { type: 'filter-annotations'; labels: string[] }
  /** Selects an annotation in the panel; `focus` moves keyboard focus to it (and opens the panel). */
  | { type: 'select-annotation'; id: string | null; focus?: boolean }
  /** Goes to an annotation: its row in focus (or its article item), its passage highlighted. */
  | { type: 'show-annotation'; id: string }
  /** Shows or hides the annotations panel (toggles without `open`). */
  | { type: 'toggle-annotations'; open?: boolean }
  | FindingsAction
  | BusyAction
  /** The comparison was saved in `path`. */
  | { type: 'saved'; path: string }
  /** The analyst edited a source's details (label, publisher, title, date, address): undoable, saved with the work. */
  | { type: 'edit-details'; source: DetailsSource; meta: SourceMeta };

/** The state before anything is loaded. */
export const INITIAL_VIEW: ViewState = {
  loaded: null, loadSeq: 0, rows: [], filter: 'all', visible: [], current: -1, reveal: null, query: '', matches: [], articleMatches: [], matchIndex: -1,
  error: null, errorOffer: null, notices: [], status: '', busy: null, articleOpen: false, articleView: 'items', findingsOpen: true, selectedFinding: null, selected: null, markers: articleMarkers(null), focusRequest: null, focusSeq: 0,
  work: NO_WORK, annotationsOpen: false, annotationFilter: [], selectedAnnotation: null, draft: null, lastLabel: null, toast: null,
  machine: null, linking: null, linkEnds: NO_LINK_ENDS,
  mapOpen: null,
};

/** What main saves of the view: the analyst's annotations, labels, manual links and the sources' details. */
export function editsOf(state: ViewState): ComparisonEdits {
  const edits: ComparisonEdits = {
    annotations: state.work.annotations, labels: state.work.labels, manualLinks: state.loaded?.article?.manualLinks ?? [], corrections: state.work.corrections,
  };
  return state.work.sources ? { ...edits, sources: plainMetas(state.work.sources) } : edits;
}

/**
 * The view with its work applied to the comparison on screen: the analyst's corrections
 * and the sources' details; the rows are built again (groups, wording "only in …"),
 * the row in focus stays. The findings are ranked again: none stays selected (a rank
 * would now name another).
 */
function withDetails(state: ViewState): ViewState {
  if (!state.loaded || !state.machine) return state;
  const loaded = correctedLoaded(state.loaded, state.machine, state.work);
  // The rows are new: the matches' row numbers are found again.
  const rebuilt = rebuiltRows(state, loaded, filterContext({ ...state, loaded }));
  // Row numbers cited before stay true: the rows keep the aligner's numbers (`Row.label`, tester 7, T14).
  return searchedAgain({ ...rebuilt, loaded, selectedFinding: null }, revealing);
}

/** No comparison: what the filters read before one is loaded (there are no rows then). */
const EMPTY_SIDE = { file: '', label: '', complete: true, language: 'en', sentences: [], coverage: 0, words: 0 };
const EMPTY_COMPARISON: Comparison = { a: EMPTY_SIDE, b: EMPTY_SIDE, pairs: [], onlyA: [], onlyB: [], omissions: [] };

/** What the filters need of the view: the comparison on screen, the sentences the article cites and those the analyst annotated. */
export function filterContext(state: Pick<ViewState, 'loaded' | 'markers' | 'work'>): FilterContext {
  const marks = state.work.marks;
  return {
    comparison: state.loaded?.comparison ?? EMPTY_COMPARISON,
    cited: new Set(Object.keys(state.markers)),
    annotated: new Set([...Object.keys(marks.bySentence), ...Object.keys(marks.rows)]),
  };
}

/** The rows shown computed again (the filter's inputs changed); the row in focus stays when the filter keeps it. */
function refiltered(state: ViewState): ViewState {
  const visible = filterRows(state.rows, state.filter, filterContext(state));
  const key = state.visible[state.current]?.key;
  const current = key === undefined ? -1 : visible.findIndex((r) => r.key === key);
  return { ...state, visible, current };
}

/** Whether an action changed what the current filter reads (the article's links, the annotations). */
function filterInputsChanged(prev: ViewState, next: ViewState): boolean {
  return (next.filter === 'cited' && prev.markers !== next.markers) || (next.filter === 'annotated' && prev.work.marks !== next.work.marks);
}

/** The file name of a path, whichever the separator. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * How a row is announced: "Row 5 of 21: only in Kremlin"; when its number is not its place
 * among the rows shown (a filter, a correction), both: "Row 5b, 6 of 21: only in Kremlin".
 */
export function rowAnnouncement(state: ViewState, index: number): string {
  const row = state.visible[index];
  if (!row) return '';
  const place = row.label === String(index + 1) ? `Row ${row.label} of` : `Row ${row.label}, ${index + 1} of`;
  return `${place} ${state.visible.length}: ${rowKindWording(row)}`;
}


/**
 * Whether `next` is the comparison on screen with another article (File > Open
 * Article…): the same readouts, sentence for sentence, and a different article.
 * The same comparison loaded again starts afresh.
 */
function articleAdded(prev: LoadedComparison | null, next: LoadedComparison): boolean {
  if (!prev || !next.article) return false;
  const same = (p: LoadedComparison['comparison']['a'], q: LoadedComparison['comparison']['a']) =>
    p.file === q.file && p.sentences.length === q.sentences.length && p.sentences.every((s, i) => s.text === q.sentences[i]!.text);
  const sameArticle = prev.article?.doc.file === next.article.doc.file && prev.article.doc.text === next.article.doc.text;
  return !sameArticle && same(prev.comparison.a, next.comparison.a) && same(prev.comparison.b, next.comparison.b) && prev.comparison.pairs.length === next.comparison.pairs.length;
}

/** How an item is announced when selected: "Claim c2, 1 linked passage". */
function itemAnnouncement(article: ArticleAnalysis, id: ArticleItemId): string {
  const links = (isClaimId(id) ? article.claims : article.commentary).find((x) => x.id === id)?.links ?? [];
  return `${itemName(article, id)}, ${plural(links.length, 'link', 'links')}`;
}

function revealing(state: ViewState, index: number): ViewState {
  return { ...state, current: index, reveal: { index, seq: (state.reveal?.seq ?? 0) + 1 } };
}

/** Recomputes the matches (state/search.ts); `jump` moves to the first match (a new query), otherwise the view stays. */
function withSearch(state: ViewState, query: string, jump: boolean): ViewState {
  return searchView(state, query, jump, revealing);
}

/** The row holding a readout sentence focused, all rows shown if the filter hides it ("show-sentence"). */
function showSentence(state: ViewState, sentence: SentenceId): ViewState {
  return viewReducer(state, { type: 'show-sentence', sentence });
}

/** The handler of one kind of action. */
type Handler<T extends ViewAction['type']> = (state: ViewState, action: Extract<ViewAction, { type: T }>) => ViewState;
/** One handler for each action type of `T`. */
type Handlers<T extends ViewAction['type']> = { readonly [K in T]: Handler<K> };

/** A comparison on screen: rows built, filtered, searched again; an article for the same readouts keeps the view. */
function loadedView(state: ViewState, incoming: LoadedComparison): ViewState {
  const machine = incoming.comparison;
  const article = incoming.article;
  // A new article opens the panel (unless the annotations or findings panel is shown); the same one (or none) keeps the analyst's choice.
  const articleOpen = !state.annotationsOpen && !state.findingsOpen && article !== null && article.doc.file !== state.loaded?.article?.doc.file ? true : state.articleOpen;
  const sameDocument = state.loaded !== null && incoming.document === state.work.document;
  const work = { ...workOf(incoming), ...(sameDocument ? { undo: state.work.undo, redo: state.work.redo, seq: state.work.seq } : {}) };
  const loaded = correctedLoaded(incoming, machine, work, false);
  const articleState = {
    articleOpen, selected: null, selectedFinding: null, markers: articleMarkers(article), focusRequest: null, work, notices: noticesAfterLoad(state.notices, state.loaded, loaded),
    draft: sameDocument ? state.draft : null, selectedAnnotation: sameDocument ? state.selectedAnnotation : null, toast: sameDocument ? state.toast : null,
    annotationFilter: sameDocument ? state.annotationFilter : [], machine, linking: null,
  };
  const rows = buildRows(loaded.comparison);
  const visible = filterRows(rows, state.filter, filterContext({ loaded, markers: articleState.markers, work }));
  if (article && articleAdded(state.loaded && state.machine && { ...state.loaded, comparison: state.machine }, incoming)) {
    // An article for the comparison on screen: the filter, the search and the row in focus stay.
    const key = state.visible[state.current]?.key;
    const current = key === undefined ? -1 : visible.findIndex((r) => r.key === key);
    // An article in another language finds nothing: the status says why rather than "0 claims".
    const status = article.languageNote ?? `Article loaded: ${plural(article.claims.length, 'claim', 'claims')}, ${plural(article.commentary.length, 'quotation', 'quotations')} of people`;
    // One the analyst opened is shown (the one that follows the rows at start leaves the tab as it is).
    const shown = state.loaded?.articlePending || state.annotationsOpen ? {} : { articleOpen: true, findingsOpen: false };
    // The search goes on, in the new article too.
    return searchedAgain({ ...state, ...articleState, ...shown, loaded, rows, visible, current, error: null, errorOffer: null, busy: afterCompare(state.busy), status }, revealing);
  }
  const fresh: ViewState = { ...state, ...articleState, linkEnds: NO_LINK_ENDS, loaded, loadSeq: state.loadSeq + 1, rows, visible, current: -1, reveal: null, error: null, errorOffer: null, busy: afterCompare(state.busy), status: '' };
  return withSearch(fresh, state.query, true);
}

/** Loading a comparison: waiting (the busy bar), on screen, failed (the banner) or cancelled. */
const LOADS: Handlers<'loading' | 'loaded' | 'failed' | 'cancelled'> = {
  loading: (state) => ({ ...state, busy: { task: 'compare', cancelling: false } }),
  loaded: (state, action) => loadedView(state, action.loaded),
  failed: (state, action) => ({ ...state, error: printable(action.message), errorOffer: action.offer ?? null, busy: afterCompare(state.busy) }),
  cancelled: (state) => ({ ...state, busy: afterCompare(state.busy) }),
};

/** What the status line, the banners and the toast say. */
const MESSAGES: Handlers<'dismiss-error' | 'dismiss-notice' | 'announce' | 'exported' | 'dismiss-toast'> = {
  'dismiss-error': (state) => ({ ...state, error: null, errorOffer: null }),
  'dismiss-notice': (state) => ({ ...state, notices: [] }),
  announce: (state, action) => ({ ...state, status: printable(action.message) }),
  exported: (state, action) => ({ ...state, status: printable(action.message), error: null, errorOffer: null }),
  'dismiss-toast': (state) => ({ ...state, toast: null }),
};

/** The rows shown: the filter, the row in focus, the moves between rows and between find's matches. */
const ROWS: Handlers<'filter' | 'focus-row' | 'jump' | 'search' | 'match' | 'show-sentence'> = {
  filter: (state, action) => {
    const visible = filterRows(state.rows, action.filter, filterContext(state));
    const key = state.visible[state.current]?.key;
    const kept = key === undefined ? -1 : visible.findIndex((r) => r.key === key);
    const next = { ...state, filter: action.filter, visible, current: kept, status: plural(visible.length, 'row', 'rows') };
    const searched = withSearch(kept >= 0 ? revealing(next, kept) : next, state.query, false);
    return state.query.trim() === '' ? searched : { ...searched, status: next.status };
  },
  'focus-row': (state, action) => {
    const index = Math.max(-1, Math.min(action.index, state.visible.length - 1));
    if (index === state.current && !action.reveal) return state;
    const moved = action.reveal ? revealing(state, index) : { ...state, current: index };
    return { ...moved, status: action.reveal ? rowAnnouncement(moved, index) : state.status };
  },
  jump: (state, action) => {
    const ctx = filterContext(state);
    const next = nextWhere(state.visible, state.current, action.direction, (row) => isTarget(row, action.to, ctx));
    if (next === null) return { ...state, status: `No more ${JUMP_NAMES[action.to]} ${action.direction === 1 ? 'below' : 'above'}` };
    const moved = revealing(state, next);
    return { ...moved, status: rowAnnouncement(moved, next) };
  },
  search: (state, action) => withSearch(state, action.query, true),
  match: (state, action) => stepMatch(state, action.direction, revealing),
  'show-sentence': (state, action) => {
    let next = state;
    let index = rowOfSentence(next.visible, action.sentence);
    if (index < 0 && rowOfSentence(next.rows, action.sentence) >= 0) {
      // The filter hides the row: show all rows, so the link can be followed.
      next = viewReducer(next, { type: 'filter', filter: 'all' });
      index = rowOfSentence(next.visible, action.sentence);
    }
    if (index < 0) return { ...state, status: `There is no sentence ${action.sentence} in this comparison` };
    const moved = revealing(next, index);
    const shown = next === state ? '' : ' (all rows shown)';
    return focusing({ ...moved, status: `${rowAnnouncement(moved, index)}${shown}` }, 'rows');
  },
};

/** Keyboard focus to the rows or to one of the panels beside them (F6), which is shown. */
function focusPane(state: ViewState, pane: Pane): ViewState {
  if (pane === 'rows') {
    if (state.visible.length === 0) return { ...state, status: 'No rows to focus' };
    return focusing(state.current >= 0 ? state : revealing(state, 0), 'rows');
  }
  if (pane === 'findings') return findingsReducer(state, { type: 'toggle-findings', open: true, focus: true }, showSentence);
  if (pane === 'annotations') {
    const shown = listedAnnotations(state);
    return focusing({ ...withPanel(state), selectedAnnotation: state.selectedAnnotation ?? shown[0]?.id ?? null }, 'annotations');
  }
  const article = state.loaded?.article;
  if (!article) return { ...state, status: NO_ARTICLE };
  return focusing({ ...state, articleOpen: true, annotationsOpen: false, findingsOpen: false, selected: state.selected ?? articleItemIds(article)[0] ?? null }, 'article');
}

const NO_ARTICLE = 'No article is loaded: File > Open Article… adds one';

/** The article panel (its view, the item selected, the manual links), the overview map and where focus goes. */
const PANELS: Handlers<'article-view' | 'toggle-article' | 'toggle-map' | 'select-item' | 'set-link' | 'focus-pane'> = {
  'article-view': (state, action) => {
    const shown = { ...state, articleView: action.view, status: action.view === 'text' ? 'The article’s text, its claims and quotations marked' : 'The claims and quotations found in the article' };
    // From a badge in the text: the item selected and focused in the list, announced as a selection is.
    return action.focus ? viewReducer(shown, { type: 'select-item', id: action.focus, focus: true }) : shown;
  },
  'toggle-article': (state, action) => {
    if (!state.loaded?.article) return { ...state, status: NO_ARTICLE };
    const articleOpen = action.open ?? !state.articleOpen;
    return { ...state, articleOpen, annotationsOpen: articleOpen ? false : state.annotationsOpen, findingsOpen: articleOpen ? false : state.findingsOpen, focusRequest: null, status: articleOpen ? 'Article panel shown' : 'Article panel hidden' };
  },
  'toggle-map': (state, action) => ({ ...state, mapOpen: action.open, status: action.open ? 'Overview map shown' : 'Overview map hidden' }),
  'select-item': (state, action) => {
    const article = state.loaded?.article;
    if (!article) return state;
    if (action.id !== null && !articleItemIds(article).includes(action.id)) return state;
    if (action.id === state.selected && !action.focus) return state;
    const status = action.id === null ? state.status : itemAnnouncement(article, action.id);
    const selected = { ...state, selected: action.id, status };
    return action.focus ? focusing({ ...selected, articleOpen: true, annotationsOpen: false, findingsOpen: false }, 'article') : selected;
  },
  'set-link': (state, action) => {
    const loaded = state.loaded;
    if (!loaded?.article) return state;
    const article = setManualLink(loaded.article, action.from, action.to, action.linked);
    const status = action.linked ? `Linked ${action.from} to ${action.to}` : `Removed the link from ${action.from} to ${action.to}`;
    const next = { ...state, loaded: { ...loaded, article }, markers: articleMarkers(article), status, work: changed(state.work, loaded.comparison, {}) };
    return filterInputsChanged(state, next) ? refiltered(next) : next;
  },
  'focus-pane': (state, action) => focusPane(state, action.pane),
};

/**
 * A correction of the pairing done (state/corrections.ts): the view rebuilt over it; a statement linked is no longer waiting for its other end.
 * One asked for from a row keeps keyboard focus in the rows: on the current row, the one holding the statement corrected (the
 * button pressed is gone, or its row was split), never the page's body.
 */
function corrected(state: ViewState, action: CorrectionAction): ViewState {
  const next = correctionReducer(state, action);
  if (next.work === state.work) return next;
  const linkEnds = action.type === 'correct' && action.op === 'link' ? linkEndsAfterLink(state.linkEnds, action.a, action.b) : state.linkEnds;
  const rebuilt = withDetails({ ...next, linkEnds });
  return action.type === 'correct' && action.focusRow && rebuilt.current >= 0 ? focusing(rebuilt, 'rows') : rebuilt;
}

/** The sources' details edited (undoable): the view rebuilt over them. */
function detailsEdited(state: ViewState, source: DetailsSource, meta: SourceMeta): ViewState {
  if (!state.loaded) return state;
  const work = editDetails(state.work, state.loaded.comparison, source, meta);
  if (work === state.work) return { ...state, status: 'The details are as they were' };
  const message = undoWording(work.undo[work.undo.length - 1]!, work.marks.numbers);
  return { ...withDetails({ ...state, work }), toast: { message, undo: true }, status: message };
}

/** The parts with reducers of their own: the busy bar, the findings panel, the ends of a link, the corrections; and the sources' details. */
const DELEGATED: Handlers<BusyAction['type'] | FindingsAction['type'] | LinkEndAction['type'] | CorrectionAction['type'] | 'edit-details'> = {
  'report-started': busyReducer,
  'report-ended': busyReducer,
  'cancel-busy': busyReducer,
  // A finding's row is shown and focused as a link of the article panel goes to it.
  'toggle-findings': (state, action) => findingsReducer(state, action, showSentence),
  'select-finding': (state, action) => findingsReducer(state, action, showSentence),
  'show-finding': (state, action) => findingsReducer(state, action, showSentence),
  'mark-link-end': (state, action) => linkEndsReducer(state, action, viewReducer),
  'mark-row-end': (state, action) => linkEndsReducer(state, action, viewReducer),
  'clear-link-ends': (state, action) => linkEndsReducer(state, action, viewReducer),
  'link-statements': (state, action) => linkEndsReducer(state, action, viewReducer),
  correct: corrected,
  'remove-correction': corrected,
  'link-picker': corrected,
  'edit-details': (state, action) => detailsEdited(state, action.source, action.meta),
};

/** The annotations the panel lists: those with the labels filtered for, in reading order (the marks' numbers). */
export function listedAnnotations(state: ViewState) {
  const numbers = state.work.marks.numbers;
  const filter = state.annotationFilter;
  return state.work.annotations.filter((a) => filter.length === 0 || filter.includes(a.label)).sort((x, y) => (numbers[x.id] ?? 0) - (numbers[y.id] ?? 0));
}

/** The actions about annotations. */
type AnnotationAction = Extract<ViewAction, { type:
  'annotate' | 'edit-annotation' | 'update-draft' | 'cancel-draft' | 'save-draft' | 'delete-annotation' | 'undo' | 'redo'
  | 'add-label' | 'filter-annotations' | 'select-annotation' | 'show-annotation' | 'toggle-annotations' | 'saved' }>;

/** The annotations panel shown in the article panel's place. */
function withPanel(state: ViewState): ViewState {
  return { ...state, annotationsOpen: true, articleOpen: false, findingsOpen: false };
}

/** A new annotation's editor on `target`, unless a draft with something in it is open (it is not thrown away for another). */
function annotate(state: ViewState, target: Target): ViewState {
  if (!state.loaded) return state;
  const d = state.draft;
  if (d && (d.id !== null || d.note.trim() !== '' || d.links.length > 0)) {
    return focusing(withPanel({ ...state, status: 'Save or cancel the annotation being written first' }), 'annotations');
  }
  const where = target.kind === 'row' ? 'the row' : 'the selected passage';
  return focusing(withPanel({ ...state, draft: newDraft(target, state.lastLabel), selectedAnnotation: null, status: `New annotation on ${where}` }), 'annotations');
}

/** The draft saved (a new annotation takes `id` and `now`), the toast offering Undo. */
function draftSaved(state: ViewState, id: string, now: string): ViewState {
  const draft = state.draft;
  if (!state.loaded || !draft || normalizeLabel(draft.label) === '') return state;
  const { work, saved, created } = saveDraft(state.work, draft, state.loaded.comparison, id, now);
  const message = undoWording(work.undo[work.undo.length - 1]!, work.marks.numbers);
  return focusing({
    ...state, work, draft: null, selectedAnnotation: saved, lastLabel: normalizeLabel(draft.label), toast: { message, undo: true },
    status: created ? `${message}: ${work.annotations.length} in all` : message,
  }, 'annotations');
}

/** An annotation deleted (undoable): the next one in the list takes the selection (or the one before the last). */
function annotationDeleted(state: ViewState, id: string): ViewState {
  if (!state.loaded) return state;
  const done = deleteFromWork(state.work, state.loaded.comparison, id);
  if (!done) return state;
  const message = undoWording(done.work.undo[done.work.undo.length - 1]!, state.work.marks.numbers);
  const listed = listedAnnotations(state);
  const at = listed.findIndex((a) => a.id === id);
  const next = listed[at + 1]?.id ?? listed[at - 1]?.id ?? null;
  return {
    ...state, work: done.work, toast: { message, undo: true }, status: message,
    selectedAnnotation: state.selectedAnnotation === id ? next : state.selectedAnnotation,
    draft: state.draft?.id === id ? null : state.draft,
  };
}

/** The last change undone: an annotation's (its annotation selected again), or the details' or corrections' (the view rebuilt). */
function undone(state: ViewState): ViewState {
  if (!state.loaded) return state;
  const done = undoLast(state.work, state.loaded.comparison);
  if (!done) return { ...state, status: 'Nothing to undo' };
  const message = `Undone: ${undoWording(done.undone, { ...state.work.marks.numbers, ...done.work.marks.numbers })}`;
  const toast = { message, undo: done.work.undo.length > 0 };
  const u = done.undone;
  if (u.kind === 'corrections') return onCorrectedRow({ ...withDetails({ ...state, work: done.work }), toast, status: message }, state.work.corrections);
  if (u.kind === 'details') return { ...withDetails({ ...state, work: done.work }), toast, status: message };
  const back = u.kind === 'create' ? null : u.kind === 'edit' ? u.before.id : u.annotation.id;
  return { ...state, work: done.work, toast, status: message, selectedAnnotation: back ?? state.selectedAnnotation };
}

/** The last change undone done again. */
function redone(state: ViewState): ViewState {
  if (!state.loaded) return state;
  const done = redoLast(state.work, state.loaded.comparison);
  if (!done) return { ...state, status: 'Nothing to redo' };
  const message = `Redone: ${done.wording}`;
  const next = { ...state, work: done.work, toast: { message, undo: true }, status: message };
  if (done.redone.kind === 'corrections') return onCorrectedRow(withDetails(next), state.work.corrections);
  return done.redone.kind === 'details' ? withDetails(next) : next;
}

/** After a correction undone or redone: its row current, with keyboard focus in it, never the page's body (tester 9, V14). */
function onCorrectedRow(state: ViewState, before: ViewState['work']['corrections']): ViewState {
  const index = correctedRowIndex(state.visible, before, state.work.corrections);
  return index < 0 ? state : focusing({ ...state, current: index }, 'rows');
}

/** Goes to an annotation: its row in focus, its article item selected, or (outside every item) the article's text shown. */
function annotationShown(state: ViewState, id: string): ViewState {
  const loaded = state.loaded;
  const annotation = state.work.annotations.find((a) => a.id === id);
  if (!loaded || !annotation) return state;
  const n = state.work.marks.numbers[annotation.id];
  if (annotation.status === 'orphan') return { ...state, selectedAnnotation: annotation.id, status: `Annotation ${n} could not be found in the current text` };
  const sentence = annotationSentence(annotation, loaded.comparison);
  if (sentence) {
    const shown = viewReducer({ ...state, selectedAnnotation: annotation.id }, { type: 'show-sentence', sentence });
    return { ...shown, status: `Annotation ${n}: ${shown.status}` };
  }
  const item = articleItemAt(loaded.article, targetPassages(annotation.target)[0]!.position.start);
  // Outside every claim and quotation: the article's text, where its passage is highlighted and brought into view.
  if (!item) {
    const shown = { ...state, selectedAnnotation: annotation.id, selected: null, articleOpen: true, annotationsOpen: false, findingsOpen: false, articleView: 'text' as const };
    return focusing({ ...shown, status: `Annotation ${n}: in the article’s text, outside its claims and quotations` }, 'article');
  }
  return viewReducer({ ...state, selectedAnnotation: annotation.id }, { type: 'select-item', id: item, focus: true });
}

/** A label of the analyst's own added (and given to the draft). */
function labelAdded(state: ViewState, raw: string): ViewState {
  const label = normalizeLabel(raw);
  if (!state.loaded || label === '' || label.length > 60) return state;
  const labels = addLabel(state.work.labels, label);
  const draft = state.draft ? { ...state.draft, label } : null;
  if (labels.length === state.work.labels.length) return { ...state, draft };
  return { ...state, work: changed(state.work, state.loaded.comparison, { labels }), draft, status: `Label “${label}” added` };
}

/** The annotations: the editor's draft, saving, deleting, undo and redo, labels, the panel and what it selects. */
const ANNOTATIONS: Handlers<AnnotationAction['type']> = {
  annotate: (state, action) => annotate(state, action.target),
  'edit-annotation': (state, action) => {
    const annotation = state.work.annotations.find((a) => a.id === action.id);
    if (!annotation) return state;
    return focusing(withPanel({ ...state, draft: editDraft(annotation), selectedAnnotation: annotation.id, status: `Editing annotation ${state.work.marks.numbers[annotation.id]}` }), 'annotations');
  },
  'update-draft': (state, action) => (state.draft ? { ...state, draft: { ...state.draft, ...action.changes } } : state),
  'cancel-draft': (state) => {
    if (!state.draft) return state;
    const editing = state.draft.id;
    const closed = { ...state, draft: null, status: 'Annotation not saved' };
    // Back to where the analyst was: the annotation edited, or the rows.
    return editing ? focusing({ ...closed, selectedAnnotation: editing }, 'annotations') : focusing(closed, 'rows');
  },
  'save-draft': (state, action) => draftSaved(state, action.id, action.now),
  'delete-annotation': (state, action) => annotationDeleted(state, action.id),
  undo: undone,
  redo: redone,
  'add-label': (state, action) => labelAdded(state, action.label),
  'filter-annotations': (state, action) => {
    const next = { ...state, annotationFilter: action.labels.filter((l) => state.work.labels.includes(l)) };
    const listed = listedAnnotations(next);
    const selectedAnnotation = listed.some((a) => a.id === state.selectedAnnotation) ? state.selectedAnnotation : null;
    return { ...next, selectedAnnotation, status: `${listed.length} ${listed.length === 1 ? 'annotation' : 'annotations'} shown` };
  },
  'select-annotation': (state, action) => {
    if (action.id !== null && !state.work.annotations.some((a) => a.id === action.id)) return state;
    const selected = { ...state, selectedAnnotation: action.id };
    return action.focus ? focusing(withPanel(selected), 'annotations') : selected;
  },
  'show-annotation': (state, action) => annotationShown(state, action.id),
  'toggle-annotations': (state, action) => {
    const annotationsOpen = action.open ?? !state.annotationsOpen;
    // The article panel comes back when the annotations panel goes, if there is an article.
    const articleOpen = annotationsOpen ? false : state.loaded?.article != null;
    return { ...state, annotationsOpen, articleOpen, findingsOpen: annotationsOpen ? false : state.findingsOpen, focusRequest: null, status: annotationsOpen ? 'Annotations panel shown' : 'Annotations panel hidden' };
  },
  saved: (state, action) => ({ ...state, work: { ...state.work, path: action.path, unsaved: false }, error: null, errorOffer: null, status: `Saved in ${action.path}` }),
};

/** After an annotation action: a disagreement may have come or gone, so the findings are ranked again and none stays selected; a filter reading the annotations runs again. */
function afterAnnotations(prev: ViewState, done: ViewState): ViewState {
  const next = done.work.annotations === prev.work.annotations ? done : { ...done, selectedFinding: null };
  return filterInputsChanged(prev, next) ? refiltered(next) : next;
}

/** Every action's handler: the view as an explicit state machine, one table. */
const HANDLERS: Handlers<ViewAction['type']> = { ...LOADS, ...MESSAGES, ...ROWS, ...PANELS, ...DELEGATED, ...ANNOTATIONS };

/** Applies one action. */
export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  const next = (HANDLERS[action.type] as (state: ViewState, action: ViewAction) => ViewState)(state, action);
  return action.type in ANNOTATIONS ? afterAnnotations(state, next) : next;
}
