/**
 * What the window listens to besides its controls: the accelerators (keys.ts),
 * files dragged over it (the drop targets show while they are), and paste on a
 * source's card or the article panel.
 */
import { useEffect, useState, type Dispatch, type RefObject } from 'react';
import type { ImportTarget, RendererCommand } from '../../shared/ipc/contract';
import { inTextField, keyCommand } from '../keys';
import { hasLinkEnds } from '../state/link-ends';
import type { ViewAction, ViewState } from '../state/view';

/** Runs the command of every accelerator pressed, unless a Help dialog (modal) is open. */
export function useAccelerators(command: (c: RendererCommand) => void, stateRef: RefObject<ViewState>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return;
      const s = stateRef.current;
      // While a comparison runs, Escape cancels it (useEscapeCancels) rather than clearing the link marks;
      // an export runs in the background, so there Escape clears the marks first (and cancels it when none are left).
      const c = keyCommand(e, s.work.undo.length > 0, s.work.redo.length > 0, hasLinkEnds(s.linkEnds) && s.busy?.task !== 'compare');
      if (c === null) return;
      e.preventDefault();
      command(c);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [command, stateRef]);
}

/** Whether files are being dragged over the window; a drop outside the targets opens nothing. */
export function useDragging(): [boolean, (dragging: boolean) => void] {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const withFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const enter = (e: DragEvent) => { if (withFiles(e)) { depth++; setDragging(true); } };
    const leave = (e: DragEvent) => { if (withFiles(e)) { depth = Math.max(0, depth - 1); if (depth === 0) setDragging(false); } };
    const over = (e: DragEvent) => { if (withFiles(e)) e.preventDefault(); };
    const drop = (e: DragEvent) => { depth = 0; setDragging(false); if (withFiles(e)) e.preventDefault(); };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop, true);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop, true);
    };
  }, []);
  return [dragging, setDragging];
}

/**
 * Ctrl/Cmd+V on a readout's card or in the article panel replaces that source with what was
 * copied (`pasteInto`). Main reads the clipboard itself: copied HTML never reaches the page.
 */
export function usePaste(pasteInto: (target: ImportTarget) => void, dispatch: Dispatch<ViewAction>, stateRef: RefObject<ViewState>): void {
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      if (inTextField(e.target) || !stateRef.current.loaded) return;
      const zone = (e.target instanceof Element ? e.target : document.activeElement)?.closest('[data-import-target]');
      if (!zone) {
        dispatch({ type: 'announce', message: 'To paste a readout or an article, click its card (or the article panel), then paste, or use its Paste button' });
        return;
      }
      e.preventDefault();
      pasteInto(zone.getAttribute('data-import-target') as ImportTarget);
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [pasteInto, dispatch, stateRef]);
}

/** Escape cancels a comparison running (unless a dialog or a field takes it first). */
export function useEscapeCancels(cancel: () => void, stateRef: RefObject<ViewState>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || stateRef.current.busy === null || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      cancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [cancel, stateRef]);
}
