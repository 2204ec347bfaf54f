/**
 * The window's link with the main process: the comparison shown at start, the
 * comparisons main sends, the commands (menu, accelerators, toolbar), imports,
 * saving and exporting, and every change to the analyst's work reported to main,
 * which autosaves it a moment later. Also keeps the window's title.
 */
import { useCallback, useEffect, useRef, type Dispatch, type RefObject } from 'react';
import type { ReadoutsApi } from '../../shared/ipc/contract';
import type { useHelp } from '../help';
import { takeInitial } from '../early-initial';
import { cancelTarget, refusal } from '../state/busy';
import { editsOf, fileName, type ViewAction, type ViewState } from '../state/view';
import { useAnnotate } from './useAnnotate';
import { useCommand } from './useCommand';
import { useCopyFindings } from './useCopyFindings';
import { useDocumentActions } from './useDocumentActions';
import { useImport } from './useImport';
import { useRequests } from './useRequests';
import { useAccelerators, useDragging, useEscapeCancels, usePaste } from './useWindowInput';

/** The window's title: the comparison file (• when it holds unsaved changes), or the event. */
export function windowTitle(state: ViewState): string {
  const loaded = state.loaded;
  if (!loaded) return 'Readout Compare';
  const name = state.work.path ? fileName(state.work.path) : loaded.event ?? `${loaded.comparison.a.label} and ${loaded.comparison.b.label}`;
  return `${name}${state.work.unsaved ? ' •' : ''} — Readout Compare`;
}

export function useMainSession(api: ReadoutsApi, state: ViewState, dispatch: Dispatch<ViewAction>, searchRef: RefObject<HTMLInputElement | null>, help: ReturnType<typeof useHelp>) {
  // The latest state, for handlers that outlive a render (keys, menu commands, answers from main).
  const stateRef = useRef(state);
  stateRef.current = state;
  const requests = useRequests(api, dispatch);
  const { pushed } = requests;
  // A comparison does not start while a PDF export runs (state/busy.ts), whatever asks for it: menu, keys, drop, paste.
  const run = useCallback<typeof requests.run>(async (request) => {
    const refused = refusal(stateRef.current.busy, 'compare');
    if (refused !== null) dispatch({ type: 'announce', message: refused });
    else await requests.run(request);
  }, [requests.run, dispatch]);
  const actions = useDocumentActions(api, dispatch, stateRef);
  const { annotate, selectedPassage } = useAnnotate(dispatch, stateRef);
  const { openDialog, showIntro } = help;
  const { setExportOpen } = actions;
  const openExport = useCallback(() => setExportOpen(true), [setExportOpen]);
  const copyFindings = useCopyFindings(api, dispatch, stateRef);
  const command = useCommand({
    api, dispatch, stateRef, searchRef, run, annotate, save: actions.save, exportAs: actions.exportAs,
    openExport, openDialog, showIntro, copyFindings,
  });
  const { importFiles, pasteInto } = useImport(api, dispatch, run);
  const [dragging, setDragging] = useDragging();
  useAccelerators(command, stateRef);
  usePaste(pasteInto, dispatch, stateRef);
  // Stops what the busy bar names: the comparison running answers `cancelled`, which `run` shows as such; the export, likewise (state/busy.ts).
  const cancel = useCallback(() => {
    const busy = stateRef.current.busy;
    if (busy === null) return;
    dispatch({ type: 'cancel-busy' });
    void api.cancel(cancelTarget(busy));
  }, [api, dispatch]);
  useEscapeCancels(cancel, stateRef);

  useEffect(() => {
    // The first asks no one: its answer was asked for when the page's script started (early-initial.ts).
    void run(() => takeInitial(api));
    // Subscribed after the first render: the preload holds what main sent before (shared/ipc/held-relay.ts).
    const offLoaded = api.onComparisonLoaded(pushed);
    const offCommand = api.onCommand(command);
    return () => {
      offLoaded();
      offCommand();
    };
  }, [api, run, pushed, command]);

  // Every change to the analyst's work goes to main, which autosaves it a moment later.
  useEffect(() => {
    const s = stateRef.current;
    if (s.work.seq === 0 || !s.loaded) return;
    void api.autosave({ document: s.work.document, edits: editsOf(s) }).then((r) => {
      if (!r.ok && r.error.code !== 'stale' && stateRef.current.error !== r.error.message) dispatch({ type: 'failed', message: r.error.message });
    });
  }, [api, dispatch, state.work.seq, state.work.document]);

  const title = windowTitle(state);
  useEffect(() => {
    document.title = title;
  }, [title]);

  return { ...actions, command, run, annotate, selectedPassage, importFiles, pasteInto, dragging, setDragging, cancel, copyFindings };
}
