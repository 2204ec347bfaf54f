/** The comparison's rows (with the first-run introduction over them) and the overview map beside them, or what stands in their place. */
import { useCallback, useMemo, useState, type Dispatch } from 'react';
import type { ViewAction, ViewState } from '../state/view';
import type { ArticleItemId } from '../../shared/view/article';
import type { useHelp } from '../help';
import { Intro } from './Intro';
import { newAnnotationId } from '../ids';
import type { CorrectionRequest } from './CorrectionBar';
import { LinkPicker } from './LinkPicker';
import { LinkEndsBar } from './LinkEndsBar';
import { OverviewPane } from './OverviewPane';
import { RowList } from './RowList';
import { sentencesInView } from '../../shared/view/overview-nav';
import type { SentenceId, Side } from '../../shared/model/types';

export function MainPane({ state, dispatch, help }: { state: ViewState; dispatch: Dispatch<ViewAction>; help: ReturnType<typeof useHelp> }) {
  const focusRow = useCallback((index: number, reveal?: boolean) => dispatch({ type: 'focus-row', index, reveal }), [dispatch]);
  const showItem = useCallback((id: ArticleItemId) => dispatch({ type: 'select-item', id, focus: true }), [dispatch]);
  const showAnnotation = useCallback((id: string) => dispatch({ type: 'select-annotation', id, focus: true }), [dispatch]);
  const correct = useCallback((r: CorrectionRequest) => dispatch('pick' in r
    ? { type: 'link-picker', from: r.pick }
    : { type: 'correct', ...r, id: newAnnotationId(), now: new Date().toISOString(), focusRow: true }), [dispatch]);
  const showSentence = useCallback((sentence: SentenceId) => dispatch({ type: 'show-sentence', sentence }), [dispatch]);
  const markEnd = useCallback((side: Side, sentence: SentenceId) => dispatch({ type: 'mark-link-end', side, sentence }), [dispatch]);
  // The rows in view (first and last index into state.visible), which the overview map marks.
  const [range, setRange] = useState<[number, number]>([0, -1]);
  const onRange = useCallback((first: number, last: number) => setRange((r) => (r[0] === first && r[1] === last ? r : [first, last])), []);
  const inView = useMemo(() => sentencesInView(state.visible, range[0], range[1]), [state.visible, range]);
  const linking = state.linking;
  const loaded = state.loaded;
  return (
    <main className="app-main" aria-label="Comparison">
      {loaded && help.intro && (
        <Intro
          platform={help.platform} target={help.target}
          // pointing at the claims shows the article panel they are in
          onTarget={(t) => {
            help.setTarget(t);
            // The panel a topic explains is shown, if hidden.
            if (t === 'claims' && loaded.article) dispatch({ type: 'toggle-article', open: true });
            if (t === 'findings') dispatch({ type: 'toggle-findings', open: true });
          }}
          onDismiss={() => { help.dismissIntro(); dispatch({ type: 'focus-pane', pane: 'rows' }); }}
          onAbout={() => help.openDialog('about')} onShortcuts={() => help.openDialog('shortcuts')}
        />
      )}
      {loaded && <LinkEndsBar comparison={loaded.comparison} ends={state.linkEnds} dispatch={dispatch} />}
      {loaded ? (
        <div className="rows-area">
          <RowList key={state.loadSeq} state={state} loaded={loaded} onFocusRow={focusRow} onMarker={showItem} onAnnotation={showAnnotation} onCorrection={correct} onMarkEnd={markEnd} onRange={onRange} onShowSentence={showSentence} />
          <OverviewPane state={state} dispatch={dispatch} inView={inView} />
        </div>
      ) : (
        <p className="placeholder">{state.busy !== null ? 'Comparing…' : 'No comparison loaded.'}</p>
      )}
      {loaded && linking && (
        <LinkPicker
          comparison={loaded.comparison} from={linking} onClose={() => dispatch({ type: 'link-picker', from: null })}
          onLink={(id) => correct({ op: 'link', a: linking.side === 'a' ? linking.sentence : id, b: linking.side === 'b' ? linking.sentence : id })}
        />
      )}
    </main>
  );
}
