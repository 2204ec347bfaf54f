/** The panel beside the rows: the findings, the article or the annotations panel, and the tabs between them. */
import { useEffect } from 'react';
import type { ImportTarget } from '../../shared/ipc/contract';
import type { CopyFormat } from '../hooks/useCopyFindings';
import type { ViewState } from '../state/view';
import { AnnotationsPanel, type AnnotationsPanelProps } from './AnnotationsPanel';
import { FindingsPanel } from './FindingsPanel';
import { LazyArticlePanel, preloadArticlePanel } from './LazyArticlePanel';

export function SidePanel({ state, loaded, dispatch, selectedPassage, onSave, onExport, onOpenLink, onPaste, onCopyFindings }: AnnotationsPanelProps & {
  onOpenLink: (url: string) => void;
  onPaste: (target: ImportTarget) => void;
  onCopyFindings: (format: CopyFormat) => void;
}) {
  const article = loaded.article;
  const articleShown = !state.findingsOpen && !state.annotationsOpen;
  // The article panel's code comes after the first paint, before its tab is opened.
  useEffect(() => {
    if (article !== null) preloadArticlePanel();
  }, [article]);
  return (
    <aside className="side-panel" aria-label="Side panel">
      <div className="side-tabs" role="group" aria-label="Show in the side panel">
        <button type="button" aria-pressed={state.findingsOpen} onClick={() => dispatch({ type: 'toggle-findings', open: true })}>Findings</button>
        <button type="button" aria-pressed={articleShown} disabled={article === null} onClick={() => dispatch({ type: 'toggle-article', open: true })}>Article</button>
        <button type="button" aria-pressed={state.annotationsOpen} onClick={() => dispatch({ type: 'toggle-annotations', open: true })}>
          Annotations <span className="tab-count">{state.work.annotations.length}</span>
        </button>
      </div>
      {state.findingsOpen
        ? <FindingsPanel state={state} dispatch={dispatch} onCopy={onCopyFindings} />
        : state.annotationsOpen
          ? <AnnotationsPanel state={state} loaded={loaded} dispatch={dispatch} selectedPassage={selectedPassage} onSave={onSave} onExport={onExport} />
          : article && <LazyArticlePanel state={state} loaded={loaded} article={article} dispatch={dispatch} onOpenLink={onOpenLink} onPaste={() => onPaste('article')} />}
    </aside>
  );
}

/** Whether the side panel shows: a comparison with its findings or annotations panel open, or an article with its panel open. */
export function sideOpen(state: ViewState): boolean {
  return state.loaded !== null && (state.findingsOpen || state.annotationsOpen || (state.loaded.article !== null && state.articleOpen));
}
