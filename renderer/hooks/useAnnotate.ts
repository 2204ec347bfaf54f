/**
 * Annotating from the page: the selected text (in one readout or the article), or
 * else the row in focus; and the selected passage as a link for the editor.
 */
import { useCallback, type Dispatch, type RefObject } from 'react';
import type { AnnotationLink } from '../../shared/annotations/model';
import type { LoadedComparison } from '../../shared/ipc/contract';
import { selectedSpan } from '../selection';
import { passageTarget, rowTargetOf, type SourceTexts } from '../state/annotations';
import type { ViewAction, ViewState } from '../state/view';

const textsOf = (loaded: LoadedComparison): SourceTexts => ({ a: loaded.a.text, b: loaded.b.text, article: loaded.article?.doc.text ?? null });

/** The passage the page's selection covers in `loaded`, as a target; `mixed` across two sources; null without one. */
function selectionTarget(loaded: LoadedComparison | null) {
  const span = selectedSpan(document.getSelection());
  if (!loaded || span === null) return null;
  if (span === 'mixed') return 'mixed';
  return passageTarget(span.source, textsOf(loaded), span.start, span.end);
}

export function useAnnotate(dispatch: Dispatch<ViewAction>, stateRef: RefObject<ViewState>) {
  /** Annotates the selected text, or else the row in focus. */
  const annotate = useCallback(() => {
    const s = stateRef.current;
    if (!s.loaded) return;
    const target = selectionTarget(s.loaded);
    if (target === 'mixed') return dispatch({ type: 'announce', message: 'Select text in one readout (or in the article) to annotate it; the two readouts of a row are annotated together as the row' });
    if (target) return dispatch({ type: 'annotate', target });
    const row = s.visible[s.current];
    if (!row) return dispatch({ type: 'announce', message: 'Select text in a readout or the article, or focus a row, to annotate it' });
    dispatch({ type: 'annotate', target: rowTargetOf(row, s.loaded.comparison, textsOf(s.loaded)) });
  }, [dispatch, stateRef]);

  /** The passage selected now, as a link (for the editor's "Link the selected text"). */
  const selectedPassage = useCallback((): AnnotationLink | null => {
    const target = selectionTarget(stateRef.current.loaded);
    return target && target !== 'mixed' && target.kind === 'passage'
      ? { kind: 'passage', source: target.source, quote: target.quote, position: target.position, status: 'anchored' }
      : null;
  }, [stateRef]);

  return { annotate, selectedPassage };
}
