/** Which rows the view shows (shared/view/filter.ts), and the moves between them: Alt+Up / Alt+Down. */
import type { Dispatch } from 'react';
import { FILTER_LABELS, FILTERS, type Filter } from '../../../shared/view/filter';
import type { ViewAction, ViewState } from '../../state/view';

export function RowFilter({ state, dispatch }: { state: ViewState; dispatch: Dispatch<ViewAction> }) {
  return (
    <div className="tool-group row-filter">
      <label>
        <span className="tool-label">Show</span>
        <select value={state.filter} onChange={(e) => dispatch({ type: 'filter', filter: e.target.value as Filter })} aria-label="Show rows" disabled={!state.loaded}>
          {FILTERS.map((f) => <option key={f} value={f}>{FILTER_LABELS[f]}</option>)}
        </select>
      </label>
      <button type="button" className="icon" onClick={() => dispatch({ type: 'jump', direction: -1, to: 'row' })} title="Previous row (Alt+Up)" aria-label="Previous row" aria-keyshortcuts="Alt+ArrowUp" disabled={!state.loaded}>↑</button>
      <button type="button" className="icon" onClick={() => dispatch({ type: 'jump', direction: 1, to: 'row' })} title="Next row (Alt+Down)" aria-label="Next row" aria-keyshortcuts="Alt+ArrowDown" disabled={!state.loaded}>↓</button>
    </div>
  );
}
