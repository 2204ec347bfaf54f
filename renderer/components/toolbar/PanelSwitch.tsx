/**
 * The panel beside the rows, as a segmented control, as the side panel's tabs order them: the findings',
 * the article's or the annotations' (one at a time), each a toggle with what it holds counted.
 */
import type { Dispatch } from 'react';
import { useFindings } from '../../hooks/useFindingsEngine';
import type { ViewAction, ViewState } from '../../state/view';

export function PanelSwitch({ state, dispatch }: { state: ViewState; dispatch: Dispatch<ViewAction> }) {
  const article = state.loaded?.article ?? null;
  const articleShown = article !== null && state.articleOpen && !state.annotationsOpen && !state.findingsOpen;
  const findingsShown = state.loaded !== null && state.findingsOpen;
  const { findings } = useFindings(state.loaded, state.work.annotations);
  return (
    <div className="tool-group segmented" role="group" aria-label="Panel beside the rows">
      <button
        type="button" data-panel="findings" aria-pressed={findingsShown} aria-expanded={findingsShown} aria-controls={findingsShown ? 'findings-panel' : undefined}
        disabled={!state.loaded} title="Show or hide the findings: the comparison’s story, most salient first (F6 moves focus to it)"
        onClick={() => dispatch({ type: 'toggle-findings' })}
      >
        Findings{findings && state.loaded ? ` (${findings.length})` : ''}
      </button>
      <button
        type="button" aria-pressed={articleShown} aria-expanded={articleShown} aria-controls={articleShown ? 'article-panel' : undefined} disabled={article === null}
        title={article === null ? 'No article is loaded' : 'Show or hide the article panel (F6 moves focus to it)'}
        aria-label="Article panel" onClick={() => dispatch({ type: 'toggle-article' })}
      >
        Article
      </button>
      <button
        type="button" aria-pressed={state.annotationsOpen} aria-expanded={state.annotationsOpen} aria-controls={state.annotationsOpen ? 'annotations-panel' : undefined}
        disabled={!state.loaded} title="Show or hide the annotations panel"
        onClick={() => dispatch({ type: 'toggle-annotations' })}
      >
        Annotations ({state.work.annotations.length})
      </button>
    </div>
  );
}
