/**
 * The toolbar, one row: the File menu and Save; which rows to show and the moves
 * between them; Annotate…; the panel beside the rows; find at the right; Help.
 */
import type { Dispatch, KeyboardEvent, RefObject } from 'react';
import type { SampleInfo } from '../../shared/ipc/contract';
import type { ViewAction, ViewState } from '../state/view';
import { FileMenu, type FileActions } from './toolbar/FileMenu';
import { PanelSwitch } from './toolbar/PanelSwitch';
import { RowFilter } from './toolbar/RowFilter';
import { SearchBox } from './toolbar/SearchBox';
import { newAnnotationId } from '../ids';

/** Left and Right arrows move between the toolbar's buttons (fields, lists and menus keep their own arrow keys). */
function moveAlongToolbar(e: KeyboardEvent<HTMLDivElement>): void {
  if ((e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  if (!(e.target instanceof HTMLButtonElement) || e.target.closest('[role="menu"]')) return;
  const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled):not([role^="menuitem"])')];
  const at = buttons.indexOf(e.target);
  const next = buttons[(at + (e.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length];
  if (at < 0 || !next) return;
  e.preventDefault();
  next.focus();
}

/**
 * A button's visible label: its words, or under 1150 px its icon (renderer/styles.css), so the
 * toolbar keeps one row at 1000 px with the side panel closed. The button's aria-label names it
 * either way; the title says what it does.
 */
function ToolLabel({ icon, text }: { icon: string; text: string }) {
  return <><span className="tool-icon" aria-hidden="true">{icon}</span><span className="tool-text">{text}</span></>;
}

export function Toolbar({ samples, state, dispatch, searchRef, actions, onSave, onAnnotate, onHelp }: {
  samples: SampleInfo[];
  state: ViewState;
  dispatch: Dispatch<ViewAction>;
  searchRef: RefObject<HTMLInputElement | null>;
  actions: FileActions;
  onSave: () => void;
  /** Annotates the selected text, or the row in focus. */
  onAnnotate: () => void;
  /** Opens Help's keyboard shortcuts (from there, About and the introduction). */
  onHelp?: () => void;
}) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Comparison tools" onKeyDown={moveAlongToolbar}>
      <div className="tool-group">
        <FileMenu samples={samples} state={state} actions={actions} />
        <button type="button" onClick={onSave} disabled={state.busy?.task === 'compare' || !state.loaded} title="Save the comparison with its annotations (Ctrl/Cmd+S)" aria-keyshortcuts="Control+S">
          Save{state.work.unsaved ? ' •' : ''}
        </button>
      </div>
      <RowFilter state={state} dispatch={dispatch} />
      <div className="tool-group">
        <button
          type="button" disabled={!state.loaded} title="Annotate the selected text, or the row in focus (Ctrl/Cmd+Shift+A)" aria-keyshortcuts="Control+Shift+A" aria-label="Annotate…"
          // keep the page's selection: pressing the button must not take it away before it is read
          onMouseDown={(e) => e.preventDefault()}
          onClick={onAnnotate}
        >
          <ToolLabel icon="✎" text="Annotate…" />
        </button>
        <button
          type="button" disabled={!state.loaded} aria-keyshortcuts="Control+Shift+L" aria-label="Link statements…"
          title="Link the two statements marked (click a statement's number, or M / Shift+M on a row); with one or none marked, choose from a list (Ctrl/Cmd+Shift+L)"
          onClick={() => dispatch({ type: 'link-statements', id: newAnnotationId(), now: new Date().toISOString() })}
        >
          <ToolLabel icon="⇄" text="Link…" />
        </button>
      </div>
      <PanelSwitch state={state} dispatch={dispatch} />
      <SearchBox state={state} dispatch={dispatch} searchRef={searchRef} />
      {onHelp && (
        <div className="tool-group">
          <button type="button" className="icon" onClick={onHelp} title="Keyboard shortcuts, the introduction and About (F1)" aria-label="Help" aria-keyshortcuts="F1">?</button>
        </div>
      )}
    </div>
  );
}
