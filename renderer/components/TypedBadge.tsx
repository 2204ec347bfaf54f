/**
 * The badge that leads a typed difference's words in a row ("number", "actor"): the
 * explanation on hover (title) and, for screen readers, as visually hidden text read
 * before the words. Neither is source text: selections map only [data-offset] text.
 */
import type { TypedMark } from '../../shared/view/typed-marks';

export function TypedBadge({ mark }: { mark: TypedMark }) {
  return (
    <>
      <span className={`typed-badge typed-badge-${mark.type}`} aria-hidden="true" title={mark.explanation}>{mark.type}</span>
      <span className="visually-hidden">({mark.type} difference: {mark.explanation}) </span>
    </>
  );
}
