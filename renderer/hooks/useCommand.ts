/**
 * The window's commands (from the native menu, the accelerators and the toolbar),
 * run against the latest state.
 */
import { useCallback, type Dispatch, type RefObject } from 'react';
import type { ExportFormat } from '../../shared/annotations/export';
import type { LoadedComparison, ReadoutsApi, RendererCommand, Result, SaveMode } from '../../shared/ipc/contract';
import type { Filter } from '../../shared/view/filter';
import type { HelpDialog } from '../help';
import type { Pane, ViewAction, ViewState } from '../state/view';
import type { CopyFormat } from './useCopyFindings';
import { isWideWindow } from './useOverviewSize';
import { newAnnotationId } from '../ids';

const focusInPanel = (): boolean => document.activeElement?.closest('.side-panel') != null;

/** The panel F6 moves focus to: the one shown beside the rows (the article's when none is). */
const panelShown = (s: ViewState): Pane => (s.findingsOpen ? 'findings' : s.annotationsOpen ? 'annotations' : 'article');

/** What the commands act with. */
export interface CommandDeps {
  api: ReadoutsApi;
  dispatch: Dispatch<ViewAction>;
  stateRef: RefObject<ViewState>;
  searchRef: RefObject<HTMLInputElement | null>;
  run: (request: () => Promise<Result<LoadedComparison>>) => Promise<void>;
  annotate: () => void;
  save: (mode: SaveMode) => Promise<void>;
  exportAs: (format: ExportFormat) => Promise<void>;
  openExport: () => void;
  openDialog: (dialog: HelpDialog) => void;
  showIntro: () => void;
  copyFindings: (format: CopyFormat) => void;
}

export function useCommand(d: CommandDeps): (c: RendererCommand) => void {
  const { api, dispatch, stateRef, searchRef, run, annotate, save, exportAs, openExport, openDialog, showIntro, copyFindings } = d;
  return useCallback((c: RendererCommand) => {
    switch (c) {
      case 'next-row': return dispatch({ type: 'jump', direction: 1, to: 'row' });
      case 'previous-row': return dispatch({ type: 'jump', direction: -1, to: 'row' });
      case 'next-one-sided': return dispatch({ type: 'jump', direction: 1, to: 'one-sided' });
      case 'previous-one-sided': return dispatch({ type: 'jump', direction: -1, to: 'one-sided' });
      case 'next-cited': return dispatch({ type: 'jump', direction: 1, to: 'cited' });
      case 'previous-cited': return dispatch({ type: 'jump', direction: -1, to: 'cited' });
      case 'find': searchRef.current?.focus(); searchRef.current?.select(); return;
      case 'find-next': return dispatch({ type: 'match', direction: 1 });
      case 'find-previous': return dispatch({ type: 'match', direction: -1 });
      case 'filter-all': case 'filter-one-sided': case 'filter-uncertain': case 'filter-typed': case 'filter-cited': case 'filter-annotated':
        return dispatch({ type: 'filter', filter: c.slice('filter-'.length) as Filter });
      case 'toggle-article-panel':
      case 'toggle-annotations-panel':
      case 'toggle-findings-panel': {
        // Hiding the panel that has focus hands focus to the rows.
        const inPanel = focusInPanel();
        dispatch({ type: c === 'toggle-article-panel' ? 'toggle-article' : c === 'toggle-annotations-panel' ? 'toggle-annotations' : 'toggle-findings' });
        if (inPanel) dispatch({ type: 'focus-pane', pane: 'rows' });
        return;
      }
      case 'toggle-overview-map': {
        // The map is shown by the analyst's choice, or until one is made when the window is wide enough.
        const open = stateRef.current.mapOpen ?? isWideWindow();
        if (open && document.activeElement?.closest('.overview')) dispatch({ type: 'focus-pane', pane: 'rows' });
        return dispatch({ type: 'toggle-map', open: !open });
      }
      case 'switch-pane':
        // From the panel beside the rows to the rows, from anywhere else to the panel shown (the article's when none is).
        return dispatch({ type: 'focus-pane', pane: focusInPanel() ? 'rows' : panelShown(stateRef.current) });
      case 'copy-findings-text': return copyFindings('text');
      case 'copy-findings-markdown': return copyFindings('markdown');
      case 'annotate': return annotate();
      case 'undo': return dispatch({ type: 'undo' });
      case 'redo': return dispatch({ type: 'redo' });
      case 'link-statements': return dispatch({ type: 'link-statements', id: newAnnotationId(), now: new Date().toISOString() });
      case 'mark-left-statement': return dispatch({ type: 'mark-row-end', side: 'a' });
      case 'mark-right-statement': return dispatch({ type: 'mark-row-end', side: 'b' });
      case 'clear-link-marks': return dispatch({ type: 'clear-link-ends' });
      case 'open-comparison': return void run(() => api.openComparisonDialog());
      case 'save': return void save('save');
      case 'save-as': return void save('save-as');
      case 'export-jsonld': return void exportAs('jsonld');
      case 'export-csv': return void exportAs('csv');
      case 'export-md': return void exportAs('md');
      case 'export-pdf': return void (stateRef.current.loaded && openExport());
      case 'about': return openDialog('about');
      case 'shortcuts': return openDialog('shortcuts');
      case 'introduction': return showIntro();
    }
  }, [api, dispatch, stateRef, searchRef, run, annotate, save, exportAs, openExport, openDialog, showIntro, copyFindings]);
}
