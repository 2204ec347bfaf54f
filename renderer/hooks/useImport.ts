/**
 * Sources brought in by the analyst: files dropped on a target replace that source,
 * two are compared (shared/view/drop.ts), and "Paste" replaces a source with what
 * was copied. Bytes go to main, never a path.
 */
import { useCallback, type Dispatch } from 'react';
import type { ImportedFile, ImportTarget, LoadedComparison, ReadoutsApi, Result } from '../../shared/ipc/contract';
import { dropPlan } from '../../shared/view/drop';
import type { ViewAction } from '../state/view';

/** A dropped file's bytes with its name (no folder: the renderer never sees or sends a path). */
async function readDropped(file: File): Promise<ImportedFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export function useImport(api: ReadoutsApi, dispatch: Dispatch<ViewAction>, run: (request: () => Promise<Result<LoadedComparison>>) => Promise<void>) {
  const importFiles = useCallback((target: ImportTarget, files: File[]) => {
    const plan = dropPlan(files.map((f) => ({ name: f.name, size: f.size })), target);
    if (plan.kind === 'refuse') return dispatch({ type: 'failed', message: plan.message });
    void run(async (): Promise<Result<LoadedComparison>> => {
      const reading = plan.kind === 'compare' ? [files[plan.a]!, files[plan.b]!] : [files[plan.file]!];
      let read: ImportedFile[];
      try {
        read = await Promise.all(reading.map(readDropped));
      } catch (e) {
        return { ok: false, error: { code: 'unreadable', message: `${reading.map((f) => f.name).join(', ')}: could not be read (${e instanceof Error ? e.message : String(e)}); drop files, not folders` } };
      }
      return plan.kind === 'compare' ? api.compareImported({ a: read[0]!, b: read[1]! }) : api.importSource({ target: plan.target, file: read[0]! });
    });
  }, [api, dispatch, run]);
  const pasteInto = useCallback((target: ImportTarget) => void run(() => api.pasteSource(target)), [api, run]);
  return { importFiles, pasteInto };
}
