/**
 * What a row shows, worked out from the row and the view (renderer/components/RowView.tsx):
 * each side's runs with the typed differences marked, whether words differ, whether an
 * article item selected in the panel is linked to it, and the annotations on the row as a whole.
 */
import { useMemo } from 'react';
import type { Comparison } from '../../shared/compare/compare';
import type { AnnotationMarks } from '../../shared/view/annotations';
import type { ArticleItemId, SentenceMarkers } from '../../shared/view/article';
import { rowDiff } from '../../shared/view/row-diff';
import type { Row } from '../../shared/view/rows';
import { markRuns, rowTypedMarks, type MarkedRun } from '../../shared/view/typed-marks';

/** A row's parts (see the module's comment). */
export interface RowParts {
  diff: { a: MarkedRun[]; b: MarkedRun[] };
  /** A matched row with words only one side uses. */
  wordDiffs: boolean;
  /** The article item selected in the panel is linked to a sentence of the row. */
  linked: boolean;
  /** The annotations on the row as a whole (every sentence of it carries them). */
  rowAnnotations: string[];
  /** The annotation selected in the panel is one of those. */
  rowSelected: boolean;
}

export function useRowParts(row: Row, comparison: Comparison, language: string, view: {
  markers: SentenceMarkers; selected: ArticleItemId | null; marks: AnnotationMarks; selectedAnnotation: string | null;
}): RowParts {
  const diff = useMemo(() => {
    const runs = rowDiff(row, comparison, language);
    const marks = rowTypedMarks(row);
    return { a: markRuns(runs.a, marks.a), b: markRuns(runs.b, marks.b) };
  }, [row, comparison, language]);
  const wordDiffs = row.kind === 'matched' && [...diff.a, ...diff.b].some((r) => r.kind === 'only-a' || r.kind === 'only-b');
  const sentences = [...row.a, ...row.b];
  const { selected, markers, marks, selectedAnnotation } = view;
  const linked = selected !== null && sentences.some((id) => markers[id]?.includes(selected));
  const rowAnnotations = [...new Set(sentences.flatMap((id) => marks.rows[id] ?? []))];
  const rowSelected = selectedAnnotation !== null && rowAnnotations.includes(selectedAnnotation);
  return { diff, wordDiffs, linked, rowAnnotations, rowSelected };
}
