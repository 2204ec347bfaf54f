/**
 * The strip beside the rows that holds the overview map, with its Show/Hide button.
 * Shown until the analyst chooses when the window is wide enough (useOverviewSize.ts),
 * the choice kept for the session in the view state (`mapOpen`); the map follows the
 * corrected alignment, the article's citations and the rows in view.
 */
import { useCallback, useMemo, useRef, type Dispatch } from 'react';
import type { SentenceId } from '../../shared/model/types';
import type { ViewAction, ViewState } from '../state/view';
import { useBoxSize, useWideWindow } from '../hooks/useOverviewSize';
import { OverviewMap } from './OverviewMap';

export function OverviewPane({ state, dispatch, inView }: {
  state: ViewState;
  dispatch: Dispatch<ViewAction>;
  /** The sentences of the rows in view. */
  inView: ReadonlySet<string>;
}) {
  const wide = useWideWindow();
  const open = state.mapOpen ?? wide;
  const body = useRef<HTMLDivElement>(null);
  const size = useBoxSize(body);
  const markers = state.markers;
  const cited = useMemo(() => new Set(Object.keys(markers)), [markers]);
  const go = useCallback((sentence: SentenceId) => dispatch({ type: 'show-sentence', sentence }), [dispatch]);
  const comparison = state.loaded?.comparison;
  return (
    <div className={open ? 'overview' : 'overview overview-closed'}>
      <div className="overview-head">
        <button
          type="button" className="overview-toggle" aria-expanded={open} aria-controls={open ? 'overview-map' : undefined}
          title={open ? 'Hide the overview map' : 'Show the overview map'} onClick={() => dispatch({ type: 'toggle-map', open: !open })}
        >
          {/* (Closed, the label runs down the strip, where an arrow would turn and mislead.) */}
          <span className="visually-hidden">Overview </span>Map{open && <span aria-hidden="true"> ▸</span>}
        </button>
      </div>
      <div ref={body} className="overview-body">
        {open && comparison && size.height > 0 && (
          <OverviewMap comparison={comparison} cited={cited} inView={inView} width={size.width} height={size.height} onGo={go} />
        )}
      </div>
    </div>
  );
}
