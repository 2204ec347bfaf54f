/**
 * Find in the readouts and the article (Ctrl/Cmd+F): the count (how many in the readouts and how many in the
 * article, "also Kiev" when a variant spelling matched), previous and next.
 */
import type { Dispatch, RefObject } from 'react';
import { matchLabel, matchTotal } from '../../state/search';
import type { ViewAction, ViewState } from '../../state/view';

export function SearchBox({ state, dispatch, searchRef }: { state: ViewState; dispatch: Dispatch<ViewAction>; searchRef: RefObject<HTMLInputElement | null> }) {
  const none = matchTotal(state) === 0;
  const lines = matchLabel(state);
  const name = state.loaded?.article ? 'Find in the readouts and the article' : 'Find in both readouts';
  return (
    <div className="tool-group search" role="search">
      <input
        ref={searchRef} type="search" placeholder={name} aria-label={name} aria-keyshortcuts="Control+F"
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
      <span className="match-count" aria-live="polite" data-testid="match-count" title={lines.join(' · ')}>
        {lines.map((line, i) => <span key={i} className="match-line">{i > 0 && <span className="visually-hidden"> · </span>}{line}</span>)}
      </span>
      <button type="button" className="icon" onClick={() => dispatch({ type: 'match', direction: -1 })} disabled={none} aria-label="Previous match">‹</button>
      <button type="button" className="icon" onClick={() => dispatch({ type: 'match', direction: 1 })} disabled={none} aria-label="Next match">›</button>
    </div>
  );
}
