/**
 * The badge that leads a typed difference's words in a row ("number", "actor"): the
 * explanation on hover (title) and, for screen readers, as visually hidden text read
 * before the words. Neither is source text: both carry `data-not-text`, which the
 * selection's mapping to offsets skips (renderer/selection.ts).
 */
import type { TypedMark } from '../../shared/view/typed-marks';

export function TypedBadge({ mark }: { mark: TypedMark }) {
  return (
    <>
      <span className={`typed-badge typed-badge-${mark.type}`} aria-hidden="true" data-not-text="" title={mark.explanation}>{mark.type}</span>
      <span className="visually-hidden" data-not-text="">({mark.type} difference: {mark.explanation}) </span>
    </>
  );
}
