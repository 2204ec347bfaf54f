/**
 * Copy findings: the comparison's findings put on the clipboard (written by main:
 * the page's own clipboard access is denied) as plain text or as Markdown, each
 * line with its rank, row, kind and the two readouts' labels; said in the status line.
 */
import { useCallback, type Dispatch, type RefObject } from 'react';
import { findingsMarkdown, findingsPlainText } from '../../shared/findings/format';
import type { ReadoutsApi } from '../../shared/ipc/contract';
import type { FindingsEngine } from './useFindingsEngine';
import { loadFindingsEngine } from './useFindingsEngine';
import type { ViewAction, ViewState } from '../state/view';

/** How the findings are copied. */
export type CopyFormat = 'text' | 'markdown';

/** The text copied for the view's findings, and how many they are (null before a comparison is loaded). */
export function findingsClip(state: Pick<ViewState, 'loaded' | 'work'>, format: CopyFormat, { findingsOf }: FindingsEngine): { text: string; count: number } | null {
  const loaded = state.loaded;
  if (!loaded) return null;
  const c = loaded.comparison;
  const findings = findingsOf(state.loaded, state.work.annotations);
  const call = { a: c.a.label, b: c.b.label, event: loaded.event, date: loaded.date };
  return { text: format === 'text' ? findingsPlainText(findings, call) : findingsMarkdown(findings, call), count: findings.length };
}

/** "Copied 7 findings as plain text". */
export function copiedWording(count: number, format: CopyFormat): string {
  return `Copied ${count} ${count === 1 ? 'finding' : 'findings'} as ${format === 'text' ? 'plain text' : 'Markdown'}`;
}

export function useCopyFindings(api: ReadoutsApi, dispatch: Dispatch<ViewAction>, stateRef: RefObject<ViewState>): (format: CopyFormat) => void {
  return useCallback((format: CopyFormat) => {
    const copy = async (): Promise<ViewAction> => {
      const clip = findingsClip(stateRef.current, format, await loadFindingsEngine());
      if (!clip) return { type: 'announce', message: 'No comparison is loaded: nothing to copy' };
      const r = await api.copyText(clip.text);
      return r.ok ? { type: 'announce', message: copiedWording(clip.count, format) } : { type: 'failed', message: `The findings could not be copied: ${r.error.message}` };
    };
    void copy().then(dispatch, (e: unknown) => dispatch({ type: 'failed', message: `The findings could not be copied: ${e instanceof Error ? e.message : String(e)}` }));
  }, [api, dispatch, stateRef]);
}
