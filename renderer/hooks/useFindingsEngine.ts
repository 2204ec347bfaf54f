/**
 * The findings' engine, loaded after the first paint of a comparison: working out the findings
 * (shared/findings) tokenizes one-sided statements with the typed differences'
 * tokenizer, which brings the Snowball stemmers (about 360 KB of script). The page's
 * first script stays within its budget (tests/meta/renderer-bundle.test.ts); the
 * engine arrives in its own chunk a moment later, once, and every panel after the
 * first gets it at once.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Annotation } from '../../shared/annotations/model';
import type { Finding } from '../../shared/findings/types';
import type { LoadedComparison } from '../../shared/ipc/contract';
import { afterNextPaint } from '../after-paint';
import { setLinkDifferences } from '../state/link-differences';

/** What the engine offers: the findings of the comparison on screen. */
export type FindingsEngine = typeof import('../state/findings-of');

let pending: Promise<FindingsEngine> | null = null;
let ready: FindingsEngine | null = null;

/** The engine, loading it the first time (a failed load is tried again on the next call). */
export function loadFindingsEngine(): Promise<FindingsEngine> {
  pending ??= import('../state/findings-of').then(
    (m) => {
      setLinkDifferences(m.linkDifferences);
      return (ready = m);
    },
    (e: unknown) => {
      pending = null;
      throw e;
    },
  );
  return pending;
}

/**
 * The engine once loaded (at once when an earlier panel loaded it), or the reason it
 * could not be. It is loaded once `wanted` (a comparison is on screen) and its first
 * frame is painted: fetching and running the chunk before would hold up the first
 * rows (bench: first_paint_ms).
 */
export function useFindingsEngine(wanted = true): { engine: FindingsEngine | null; error: string | null } {
  const [state, setState] = useState<{ engine: FindingsEngine | null; error: string | null }>(() => ({ engine: ready, error: null }));
  useEffect(() => {
    if (state.engine || !wanted) return;
    let live = true;
    const cancel = afterNextPaint(() => loadFindingsEngine().then(
      (engine) => { if (live) setState({ engine, error: null }); },
      (e: unknown) => { if (live) setState({ engine: null, error: e instanceof Error ? e.message : String(e) }); },
    ));
    return () => { live = false; cancel(); };
  }, [state.engine, wanted]);
  return state;
}

/** The last findings worked out, and of what: the toolbar's count and the panel share them. */
let last: { engine: FindingsEngine; loaded: LoadedComparison | null; annotations: readonly Annotation[]; findings: Finding[] } | null = null;

/**
 * The findings of the comparison on screen (null until the engine is loaded), worked out
 * once for every component that shows them (the panel switch's count, the findings panel):
 * again only when the comparison or the annotations change.
 */
export function useFindings(loaded: LoadedComparison | null, annotations: readonly Annotation[]): { findings: Finding[] | null; error: string | null } {
  const { engine, error } = useFindingsEngine(loaded !== null);
  const findings = useMemo(() => {
    if (!engine) return null;
    if (last?.engine !== engine || last.loaded !== loaded || last.annotations !== annotations) last = { engine, loaded, annotations, findings: engine.findingsOf(loaded, annotations) };
    return last.findings;
  }, [engine, loaded, annotations]);
  return { findings, error };
}
