/**
 * The typed differences of the analyst's links in the view (tester 10, T6: a link made with "Link with…" had
 * none, so the row lost the flags the machine's link had shown). The rules (shared/differences/detect.ts)
 * bring the tokenizer's stemmers, so they come with the findings' engine, loaded after the first paint
 * (hooks/useFindingsEngine.ts); until it is loaded an analyst's link carries no typed differences.
 * One `LinkDifferences` per machine comparison: the subjects of its sentences are found once.
 */
import type { Comparison } from '../../shared/compare/compare';
import type { DifferenceSides, LinkDifferences } from '../../shared/differences/detect';

let engine: ((sides: DifferenceSides) => LinkDifferences) | null = null;
const made = new WeakMap<Comparison, LinkDifferences>();

/** Called once the findings' engine is loaded, with its `linkDifferences`. */
export function setLinkDifferences(make: (sides: DifferenceSides) => LinkDifferences): void {
  engine = make;
}

/** The typed differences of a link between the two readouts of `machine`, or undefined before the engine is loaded. */
export function linkDifferencesOf(machine: Comparison): LinkDifferences | undefined {
  if (!engine) return undefined;
  let of = made.get(machine);
  if (!of) made.set(machine, (of = engine(machine)));
  return of;
}
