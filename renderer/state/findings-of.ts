/**
 * The findings of the comparison on screen, drawn from it as shown (the analyst's
 * corrections applied, the article when loaded, the annotations) by
 * shared/findings/findings.ts. Its own module so that it loads after the first paint
 * (hooks/useFindingsEngine.ts says why).
 */
import type { Annotation } from '../../shared/annotations/model';
import { buildFindings } from '../../shared/findings/findings';
import type { Finding } from '../../shared/findings/types';
import type { LoadedComparison } from '../../shared/ipc/contract';

/** The typed differences of an analyst's link (renderer/state/link-differences.ts): the same rules, in this chunk. */
export { linkDifferences } from '../../shared/differences/detect';

/** The findings of `loaded` with the work's annotations, most salient first; none before one is loaded. */
export function findingsOf(loaded: LoadedComparison | null, annotations: readonly Annotation[]): Finding[] {
  if (!loaded) return [];
  return buildFindings({ comparison: loaded.comparison, article: loaded.article, annotations });
}
