/**
 * The badge that leads a typed difference's words in a row ("number", "actor"): the
 * explanation on hover (title). For screen readers the mark's own text says only the
 * type ("(number difference)"), so that a sentence read aloud is not interrupted by
 * the explanation; the explanation is the mark's description (aria-describedby, an
 * element hidden from reading: TypedExplanation), read on request (tester 7, T13).
 * None of it is source text: all carry `data-not-text`, which the selection's mapping
 * to offsets skips (renderer/selection.ts).
 */
import type { TypedMark } from '../../shared/view/typed-marks';

export function TypedBadge({ mark }: { mark: TypedMark }) {
  return (
    <>
      <span className={`typed-badge typed-badge-${mark.type}`} aria-hidden="true" data-not-text="" title={mark.explanation}>{mark.type}</span>
      <span className="visually-hidden" data-not-text="">({mark.type} difference) </span>
    </>
  );
}

/**
 * The explanation a typed mark's aria-describedby names: hidden, so it is read only as the mark's
 * description, and not part of its name. It leads the mark, so that the mark's words stay one run
 * of text with the words after it (a search of the row's text finds "energy and infrastructure ceasefire").
 */
export function TypedExplanation({ id, mark }: { id: string; mark: TypedMark }) {
  return <span id={id} hidden data-not-text="">{mark.type} difference: {mark.explanation}</span>;
}
