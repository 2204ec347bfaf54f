/** Find in both readouts (Ctrl/Cmd+F): the count, "also Kiev" when a variant spelling matched, previous and next. */
import type { Dispatch, RefObject } from 'react';
import { variantsUsed } from '../../../shared/view/search';
import type { ViewAction, ViewState } from '../../state/view';

export function SearchBox({ state, dispatch, searchRef }: { state: ViewState; dispatch: Dispatch<ViewAction>; searchRef: RefObject<HTMLInputElement | null> }) {
  const also = variantsUsed(state.matches);
  const matchLabel = state.query.trim() === '' ? '' : state.matches.length === 0 ? 'no matches'
    : `${state.matchIndex + 1} of ${state.matches.length}${also.length > 0 ? `, also ${also.slice(0, 2).join(', ')}` : ''}`;
  return (
    <div className="tool-group search" role="search">
      <input
        ref={searchRef} type="search" placeholder="Find in both readouts" aria-label="Find in both readouts" aria-keyshortcuts="Control+F"
        value={state.query}
        onChange={(e) => dispatch({ type: 'search', query: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            dispatch({ type: 'match', direction: e.shiftKey ? -1 : 1 });
          } else if (e.key === 'Escape') {
            // As in an editor's find bar: Escape clears the search and gives the keys back to the rows.
            e.preventDefault();
            dispatch({ type: 'search', query: '' });
            dispatch({ type: 'focus-pane', pane: 'rows' });
          }
        }}
      />
      <span className="match-count" aria-live="polite">{matchLabel}</span>
      <button type="button" className="icon" onClick={() => dispatch({ type: 'match', direction: -1 })} disabled={state.matches.length === 0} aria-label="Previous match">‹</button>
      <button type="button" className="icon" onClick={() => dispatch({ type: 'match', direction: 1 })} disabled={state.matches.length === 0} aria-label="Next match">›</button>
    </div>
  );
}
