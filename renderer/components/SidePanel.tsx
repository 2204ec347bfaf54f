/** The panel beside the rows: the article panel or the annotations panel, and the tabs between them. */
import type { ImportTarget } from '../../shared/ipc/contract';
import type { ViewState } from '../state/view';
import { AnnotationsPanel, type AnnotationsPanelProps } from './AnnotationsPanel';
import { ArticlePanel } from './ArticlePanel';

export function SidePanel({ state, loaded, dispatch, selectedPassage, onSave, onExport, onOpenLink, onPaste }: AnnotationsPanelProps & {
  onOpenLink: (url: string) => void;
  onPaste: (target: ImportTarget) => void;
}) {
  const article = loaded.article;
  return (
    <aside className="side-panel" aria-label="Side panel">
      <div className="side-tabs" role="group" aria-label="Show in the side panel">
        <button type="button" aria-pressed={!state.annotationsOpen} disabled={article === null} onClick={() => dispatch({ type: 'toggle-article', open: true })}>Article</button>
        <button type="button" aria-pressed={state.annotationsOpen} onClick={() => dispatch({ type: 'toggle-annotations', open: true })}>
          Annotations <span className="tab-count">{state.work.annotations.length}</span>
        </button>
      </div>
      {state.annotationsOpen
        ? <AnnotationsPanel state={state} loaded={loaded} dispatch={dispatch} selectedPassage={selectedPassage} onSave={onSave} onExport={onExport} />
        : article && <ArticlePanel state={state} loaded={loaded} article={article} dispatch={dispatch} onOpenLink={onOpenLink} onPaste={() => onPaste('article')} />}
    </aside>
  );
}

/** Whether the side panel shows: a comparison with its annotations panel open, or an article with its panel open. */
export function sideOpen(state: ViewState): boolean {
  return state.loaded !== null && (state.annotationsOpen || (state.loaded.article !== null && state.articleOpen));
}
