/**
 * The article panel, beside the rows (below them in a narrow window): the
 * article's label, title, publisher, address, language and note ("Edit details"
 * edits them; a file dropped on the panel replaces the article), then its claims about the
 * readouts and the commentary it quotes. One Tab stop across the items; arrow
 * keys, Home and End move between them (in the Text view, between the passages'
 * badges, in text order); F6 moves between the rows and the panel.
 */
import { useEffect, useMemo, useRef, useState, type Dispatch, type KeyboardEvent } from 'react';
import type { LoadedComparison } from '../../shared/ipc/contract';
import type { ArticleAnalysis } from '../../shared/model/article';
import type { SourceMeta } from '../../shared/model/types';
import { isWebAddress } from '../../shared/text/url';
import { languageName } from '../../shared/view/source-details';
import { articleItemIds, isSentenceTarget, misquotationWording, type ArticleItemId } from '../../shared/view/article';
import { useFocusRequest } from '../hooks/useFocusRequest';
import { useInView } from '../hooks/useInView';
import { currentMatch } from '../state/search';
import type { ViewAction, ViewState } from '../state/view';
import { articleParagraphs, itemSpans, textItemOrder } from '../../shared/view/article-text';
import { listKeyTarget } from '../../shared/view/navigate';
import { ArticleFullText } from './ArticleFullText';
import { ClaimItem, CommentaryItem, type ItemContext } from './ArticleItem';
import { DetailsEditor } from './DetailsEditor';

function ArticleMeta({ article, onOpenLink, onEditDetails, onPaste }: {
  article: ArticleAnalysis; onOpenLink: (url: string) => void; onEditDetails: (meta: SourceMeta) => void; onPaste: () => void;
}) {
  const m = article.doc.meta;
  const fileName = article.doc.file.split(/[\\/]/).pop() ?? article.doc.file;
  const where = [m.publisher, m.date].filter(Boolean).join(' · ');
  const [editing, setEditing] = useState(false);
  return (
    <div className="article-meta">
      {editing
        ? <DetailsEditor name={m.label} meta={m} onSave={(meta) => { setEditing(false); onEditDetails(meta); }} onCancel={() => setEditing(false)} />
        : (
          <span className="source-actions">
            <button type="button" aria-label="Paste: replace the article with the text copied to the clipboard" onClick={onPaste}>Paste</button>
            <button type="button" aria-label={`Edit details of ${m.label}`} onClick={() => setEditing(true)}>Edit details</button>
          </span>
        )}
      <p className="source-meta">
        <cite className="article-title">{m.title ?? fileName}</cite>
        {where && ` · ${where}`}
        {m.url && (
          <>
            {' · '}
            {isWebAddress(m.url) ? (
              <a href={m.url} onClick={(e) => { e.preventDefault(); onOpenLink(m.url!); }}>{m.url}</a>
            ) : (
              <span className="url-refused">{m.url} <em>(not a web address: not opened)</em></span>
            )}
          </>
        )}
      </p>
      <p className="source-language">{languageName(m.language)}</p>
      {m.note && <p className="source-note"><strong>Note:</strong> {m.note}</p>}
      {(article.warnings ?? []).map((w, i) => <p key={i} className="source-note source-note-incomplete"><strong>Warning:</strong> {w}</p>)}
      <p className="article-origin">
        {article.origin === 'curated' ? 'From a curated claims file' : 'Extracted from the article’s text'} · {article.claims.length} claim{article.claims.length === 1 ? '' : 's'}{misquotationWording(article)} ·{' '}
        {article.commentary.length} quotation{article.commentary.length === 1 ? '' : 's'} of people
      </p>
    </div>
  );
}

/** What the panel lists: the claims and quotations found, or the article's text with them marked in it. */
type PanelView = ViewState['articleView'];

/** The panel's title bar: its label, the choice of view, and Hide. */
function ArticleBar({ label, view, onView, onHide }: { label: string; view: PanelView; onView: (v: PanelView) => void; onHide: () => void }) {
  return (
    <div className="article-bar">
      <h2 id="article-panel-title" tabIndex={-1}>{label}</h2>
      <span className="article-views" role="group" aria-label="Show in the panel">
        <button type="button" aria-pressed={view === 'items'} title="The claims and quotations found in the article" onClick={() => onView('items')}>Found</button>
        <button type="button" aria-pressed={view === 'text'} title="The article’s text, with its claims and quotations marked" onClick={() => onView('text')}>Text</button>
      </span>
      <button type="button" className="panel-hide" aria-label="Hide the article panel" onClick={onHide}>
        Hide
      </button>
    </div>
  );
}

export function ArticlePanel({ state, loaded, article, dispatch, onOpenLink, onPaste = () => {} }: {
  state: ViewState;
  loaded: LoadedComparison;
  article: ArticleAnalysis;
  dispatch: Dispatch<ViewAction>;
  onOpenLink: (url: string) => void;
  /** Replaces the article with what the clipboard holds. */
  onPaste?: () => void;
}) {
  const rootRef = useRef<HTMLElement>(null);
  const view = state.articleView;
  // The items are rendered after the frame that shows the panel (and, at start, the rows):
  // the article never delays the comparison's first paint.
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => { timer = window.setTimeout(() => setReady(true)); });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  const ids = useMemo(() => articleItemIds(article), [article]);
  // The Text view's order: the items with a passage, as their badges come in the text.
  // The Text view's paragraphs, worked out once here and passed to ArticleFullText.
  const paragraphs = useMemo(() => articleParagraphs(article.doc.text, itemSpans(article)), [article]);
  const textIds = useMemo(() => textItemOrder(paragraphs), [paragraphs]);
  const tabStop: ArticleItemId | undefined = state.selected ?? ids[0];
  const row = state.visible[state.current];
  const current = currentMatch(state);
  const matchItem = current?.where === 'article' ? current.match.item : null;
  // The current match's item brought into view (not focused: the find field keeps the keys, so Enter goes on).
  useInView(rootRef, matchItem && ready ? `#article-item-${matchItem}` : null, 'nearest', state.matchIndex);
  const ctx: ItemContext = {
    query: state.query,
    matchItem,
    article,
    comparison: loaded.comparison,
    complete: { a: loaded.a.meta.complete, b: loaded.b.meta.complete },
    focusedSentences: row ? [...row.a, ...row.b] : [],
    onFollow: (target) => {
      if (isSentenceTarget(target)) dispatch({ type: 'show-sentence', sentence: target });
      else dispatch({ type: 'select-item', id: target, focus: true });
    },
    onSetLink: (from, to, linked) => dispatch({ type: 'set-link', from, to, linked }),
    annotated: { spans: state.work.marks.spans.article, numbers: state.work.marks.numbers, selected: state.selectedAnnotation },
  };
  const select = (id: ArticleItemId) => dispatch({ type: 'select-item', id });

  // A request to move focus here: to the selected item (or the heading when there is none), once rendered.
  const seq = state.focusRequest?.pane === 'article' ? state.focusRequest.seq : 0;
  // In the Text view, to the selected item's badge there.
  // (An item with no passage in the text, whose badge is missing: the panel's title.)
  const focusTarget = () => {
    const item = !state.selected ? null : view === 'text' ? `#text-badge-${state.selected}` : `#article-item-${state.selected}`;
    return item && rootRef.current?.querySelector(item) ? item : '#article-panel-title';
  };
  useFocusRequest(rootRef, seq, focusTarget, ready);

  // Arrow keys, Home and End move between items (not inside the link picker); in the Text view between passages.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const order = view === 'text' ? textIds : ids;
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || order.length === 0) return;
    if (e.target instanceof HTMLSelectElement || e.target instanceof HTMLInputElement) return;
    const badge = e.target instanceof HTMLElement && e.target.classList.contains('text-badge');
    if (e.target instanceof HTMLButtonElement && !badge && (e.key === 'Home' || e.key === 'End')) return;
    const to = listKeyTarget(e, state.selected ? order.indexOf(state.selected) : -1, order.length);
    if (to === null) return;
    e.preventDefault();
    dispatch({ type: 'select-item', id: order[to]!, focus: true });
  };

  return (
    <section ref={rootRef} id="article-panel" className="article-panel" aria-labelledby="article-panel-title" data-testid="article-panel" data-import-target="article">
      <ArticleBar
        label={article.doc.meta.label} view={view} onView={(v) => dispatch({ type: 'article-view', view: v })}
        onHide={() => {
          dispatch({ type: 'toggle-article', open: false });
          dispatch({ type: 'focus-pane', pane: 'rows' });
        }}
      />
      <div className="article-scroll" onKeyDown={onKeyDown}>
        <ArticleMeta article={article} onOpenLink={onOpenLink} onPaste={onPaste} onEditDetails={(meta) => dispatch({ type: 'edit-details', source: 'article', meta })} />
        {!ready ? <p className="empty">Reading the article…</p> : view === 'text' ? (
          <ArticleFullText
            article={article} paragraphs={paragraphs} selected={state.selected} query={state.query} annotated={ctx.annotated!}
            onSelect={select} onShowInList={(id) => dispatch({ type: 'article-view', view: 'items', focus: id })}
          />
        ) : items()}
      </div>
    </section>
  );

  // a plain function, not a component: the items keep their identity across renders
  function items() {
    return (
      <>
        <section className="article-section" aria-labelledby="claims-heading">
          <h3 id="claims-heading">Claims about the readouts ({article.claims.length})</h3>
          {article.claims.length === 0 ? (
            <p className="empty">No statement of the article about what a readout says was found.</p>
          ) : (
            <ol className="items" aria-labelledby="claims-heading">
              {article.claims.map((c) => <ClaimItem key={c.id} ctx={ctx} claim={c} selected={state.selected === c.id} tabStop={tabStop === c.id} onSelect={select} />)}
            </ol>
          )}
        </section>
        <section className="article-section" aria-labelledby="commentary-heading">
          <h3 id="commentary-heading">Commentary ({article.commentary.length})</h3>
          {article.commentary.length === 0 ? (
            <p className="empty">No quotation of a person was found.</p>
          ) : (
            <ol className="items" aria-labelledby="commentary-heading">
              {article.commentary.map((q) => <CommentaryItem key={q.id} ctx={ctx} item={q} selected={state.selected === q.id} tabStop={tabStop === q.id} onSelect={select} />)}
            </ol>
          )}
        </section>
      </>
    );
  }
}
