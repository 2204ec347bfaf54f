/** Samples, Compare Files…, Open comparison…, Save, Export PDF…, Open Article… and the article panel, Annotate… and the annotations panel, the filter, next/previous difference and search. */
import { useState, type Dispatch, type KeyboardEvent, type RefObject } from 'react';
import type { SampleInfo } from '../../shared/ipc/contract';
import type { Filter } from '../../shared/view/filter';
import { variantsUsed } from '../../shared/view/search';
import type { ViewAction, ViewState } from '../state/view';

const FILTERS: Array<{ value: Filter; label: string }> = [
  { value: 'all', label: 'All' },
  { value: 'differences', label: 'Differences only' },
  { value: 'omissions', label: 'Omissions only' },
];

/** Left and Right arrows move between the toolbar's buttons (fields, lists and the filter keep their own arrow keys). */
function moveAlongToolbar(e: KeyboardEvent<HTMLDivElement>): void {
  if ((e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  if (!(e.target instanceof HTMLButtonElement)) return;
  const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
  const at = buttons.indexOf(e.target);
  const next = buttons[(at + (e.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length];
  if (at < 0 || !next) return;
  e.preventDefault();
  next.focus();
}

export function Toolbar({ samples, state, dispatch, searchRef, onOpenSample, onCompareFiles, onOpenArticle, onOpenComparison, onSave, onAnnotate, onExportPdf, onHelp }: {
  samples: SampleInfo[];
  state: ViewState;
  dispatch: Dispatch<ViewAction>;
  searchRef: RefObject<HTMLInputElement | null>;
  onOpenSample: (id: string) => void;
  onCompareFiles: () => void;
  onOpenArticle: () => void;
  onOpenComparison: () => void;
  onSave: () => void;
  /** Annotates the selected text, or the row in focus. */
  onAnnotate: () => void;
  /** Opens the PDF report's options. */
  onExportPdf: () => void;
  /** Opens Help's keyboard shortcuts (from there, About and the introduction). */
  onHelp?: () => void;
}) {
  const article = state.loaded?.article ?? null;
  // Choosing in the list only selects; "Open sample" opens (arrow keys in a closed select must not load anything).
  // A choice holds only for the comparison it was made on: once another one is on screen (a sample, files, a saved comparison), the list shows that.
  const [chosen, setChosen] = useState({ id: '', seq: -1 });
  const setSample = (id: string) => setChosen({ id, seq: state.loadSeq });
  // Until the user picks one, the list shows the sample on screen (none for a comparison that is not one).
  const onScreen = state.loaded ? state.loaded.sample ?? '' : samples[0]?.id ?? '';
  const sample = (chosen.seq === state.loadSeq && chosen.id) || onScreen;
  const also = variantsUsed(state.matches);
  const matchLabel = state.query.trim() === '' ? '' : state.matches.length === 0 ? 'no matches'
    : `${state.matchIndex + 1} of ${state.matches.length}${also.length > 0 ? `, also ${also.slice(0, 2).join(', ')}` : ''}`;
  return (
    <div className="toolbar" role="toolbar" aria-label="Comparison tools" onKeyDown={moveAlongToolbar}>
      <div className="tool-group">
        <label className="sample-picker">
          <span>Sample</span>
          <select value={sample} onChange={(e) => setSample(e.target.value)} aria-label="Embedded sample">
            {sample === '' && <option value="">Choose a sample…</option>}
            {samples.map((s) => <option key={s.id} value={s.id}>{s.date} · {s.event}</option>)}
          </select>
        </label>
        <button type="button" onClick={() => sample && onOpenSample(sample)} disabled={!sample || state.busy}>Open sample</button>
        <button type="button" onClick={onCompareFiles} disabled={state.busy}>Compare files…</button>
        <button type="button" onClick={onOpenComparison} disabled={state.busy} title="Open a saved comparison, a .readouts file (Ctrl/Cmd+Alt+O)" aria-keyshortcuts="Control+Alt+O">Open comparison…</button>
        <button type="button" onClick={onSave} disabled={state.busy || !state.loaded} title="Save the comparison with its annotations (Ctrl/Cmd+S)" aria-keyshortcuts="Control+S">
          Save{state.work.unsaved ? ' •' : ''}
        </button>
        <button type="button" onClick={onExportPdf} disabled={state.busy || !state.loaded} title="Export the comparison as a PDF report (Ctrl/Cmd+P)" aria-keyshortcuts="Control+P">Export PDF…</button>
      </div>
      <div className="tool-group">
        <button type="button" onClick={onOpenArticle} disabled={state.busy || !state.loaded}>Open article…</button>
        <button
          type="button"
          aria-expanded={article !== null && state.articleOpen}
          aria-controls={article !== null && state.articleOpen ? 'article-panel' : undefined}
          disabled={article === null}
          title={article === null ? 'No article is loaded' : 'Show or hide the article panel (F6 moves focus to it)'}
          onClick={() => dispatch({ type: 'toggle-article' })}
        >
          Article panel
        </button>
      </div>
      <div className="tool-group">
        <button
          type="button"
          disabled={!state.loaded}
          title="Annotate the selected text, or the row in focus (Ctrl/Cmd+Shift+A)"
          aria-keyshortcuts="Control+Shift+A"
          // keep the page's selection: pressing the button must not take it away before it is read
          onMouseDown={(e) => e.preventDefault()}
          onClick={onAnnotate}
        >
          Annotate…
        </button>
        <button
          type="button" disabled={!state.loaded} aria-keyshortcuts="Control+Shift+L"
          title="Link the statement of the row in focus with one of the other readout (Ctrl/Cmd+Shift+L)"
          onClick={() => dispatch({ type: 'link-statements' })}
        >
          Link statements…
        </button>
        <button
          type="button"
          aria-expanded={state.annotationsOpen}
          aria-controls={state.annotationsOpen ? 'annotations-panel' : undefined}
          disabled={!state.loaded}
          title="Show or hide the annotations panel"
          onClick={() => dispatch({ type: 'toggle-annotations' })}
        >
          Annotations ({state.work.annotations.length})
        </button>
      </div>
      <fieldset className="tool-group filters">
        <legend className="visually-hidden">Show</legend>
        {FILTERS.map((f) => (
          <label key={f.value} className={state.filter === f.value ? 'selected' : ''}>
            <input type="radio" name="filter" value={f.value} checked={state.filter === f.value} onChange={() => dispatch({ type: 'filter', filter: f.value })} />
            {f.label}
          </label>
        ))}
      </fieldset>
      <div className="tool-group">
        <button type="button" onClick={() => dispatch({ type: 'difference', direction: -1 })} title="Previous difference (Alt+Up)" aria-keyshortcuts="Alt+ArrowUp">↑ Previous</button>
        <button type="button" onClick={() => dispatch({ type: 'difference', direction: 1 })} title="Next difference (Alt+Down)" aria-keyshortcuts="Alt+ArrowDown">↓ Next difference</button>
      </div>
      <div className="tool-group search" role="search">
        <input
          ref={searchRef}
          type="search"
          placeholder="Find in both readouts"
          aria-label="Find in both readouts"
          aria-keyshortcuts="Control+F"
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
        <button type="button" onClick={() => dispatch({ type: 'match', direction: -1 })} disabled={state.matches.length === 0} aria-label="Previous match">‹</button>
        <button type="button" onClick={() => dispatch({ type: 'match', direction: 1 })} disabled={state.matches.length === 0} aria-label="Next match">›</button>
      </div>
      {onHelp && (
        <div className="tool-group">
          <button type="button" onClick={onHelp} title="Keyboard shortcuts, the introduction and About (F1)" aria-keyshortcuts="F1">Help</button>
        </div>
      )}
    </div>
  );
}
