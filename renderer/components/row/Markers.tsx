/**
 * A sentence's markers in a row: the annotations that start in it ("✎3", which select the
 * annotation in the annotations panel), then the article items linked to it ("c2", "q1",
 * which select the item in the article panel).
 */
import type { SentenceId } from '../../../shared/model/types';
import type { AnnotationMarks } from '../../../shared/view/annotations';
import { itemKind, type ArticleItemId, type SentenceMarkers } from '../../../shared/view/article';

/** What the markers of a row need. */
export interface MarkerProps {
  markers: SentenceMarkers;
  selected: ArticleItemId | null;
  /** Whether the markers are in the Tab order (the row is current). */
  tabbable: boolean;
  onMarker: (id: ArticleItemId) => void;
  /** The annotations, their marks and the one selected; a marker selects its annotation in the panel. */
  marks: AnnotationMarks;
  selectedAnnotation: string | null;
  onAnnotation: (id: string) => void;
}

/** One annotation's marker: its number, or ⚠ when the passage it marks has changed. */
function AnnotationMarker({ id, sentence, marking }: { id: string; sentence: SentenceId; marking: MarkerProps }) {
  const { marks, selectedAnnotation, tabbable, onAnnotation } = marking;
  const changed = marks.changed[id];
  return (
    <button
      type="button"
      className={`marker marker-annotation${id === selectedAnnotation ? ' marker-selected' : ''}${changed ? ' marker-changed' : ''}`}
      tabIndex={tabbable ? 0 : -1}
      aria-label={`Annotation ${marks.numbers[id]}, on ${sentence}${changed ? ', the passage has changed' : ''}: show it in the annotations panel`}
      title={changed ? `Annotation ${marks.numbers[id]}: the passage has changed: check it in the annotations panel` : `Annotation ${marks.numbers[id]} in the annotations panel`}
      onClick={(e) => { e.stopPropagation(); onAnnotation(id); }}
    >
      <span aria-hidden="true">{changed ? '⚠' : '✎'}</span>{marks.numbers[id]}
    </button>
  );
}

/** One article item's marker: a claim ("c2") or a commentary item ("q1"). */
function ArticleMarker({ id, sentence, marking }: { id: ArticleItemId; sentence: SentenceId; marking: MarkerProps }) {
  const kind = itemKind(id);
  const name = `${kind === 'claim' ? 'Claim' : 'Commentary'} ${id}`;
  return (
    <button
      type="button"
      className={`marker marker-${kind}${id === marking.selected ? ' marker-selected' : ''}`}
      tabIndex={marking.tabbable ? 0 : -1}
      aria-label={`${name}, linked to ${sentence}: show it in the article panel`}
      title={`${name} in the article panel`}
      onClick={(e) => { e.stopPropagation(); marking.onMarker(id); }}
    >
      {id}
    </button>
  );
}

/** The markers of the article items linked to a sentence, then of the annotations that start in it. */
export function Markers({ sentence, ...marking }: MarkerProps & { sentence: SentenceId }) {
  const ids = marking.markers[sentence] ?? [];
  const annotations = marking.marks.bySentence[sentence] ?? [];
  if (ids.length === 0 && annotations.length === 0) return null;
  return (
    <span className="markers">
      {annotations.map((id) => <AnnotationMarker key={id} id={id} sentence={sentence} marking={marking} />)}
      {ids.map((id) => <ArticleMarker key={id} id={id} sentence={sentence} marking={marking} />)}
    </span>
  );
}
