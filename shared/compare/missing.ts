/**
 * Which parts of a readout's copy are known to be missing (a meta.json's `missing`, e.g.
 * the Kremlin release's one-line lead is not in the reprint used), and whether a statement
 * the other side made could lie in them. Only then is its omission hedged ("not in
 * Kremlin's (incomplete) copy"); a statement that could not be in the part missing is
 * worded as any other ("only in White House"). A copy marked incomplete without saying
 * which part is missing (`complete: false` and a free-text note) counts as `unknown`:
 * every omission is hedged, as before.
 *
 * Where a part would be is read from the readout that has the statement: the other
 * copy's missing lead would hold what comes in this readout before the first statement
 * the two share (its opening), a missing ending what comes after the last one they share.
 * A missing middle, or an unknown part, could hold anything.
 */
import { otherSide, type MissingPart, type MissingPartName } from '../model/types';
import type { Comparison } from './compare';

export type { MissingPart, MissingPartName };

/** What is known about a copy's completeness: `missing` absent or empty on an incomplete copy means `unknown`. */
export interface Completeness {
  complete: boolean;
  missing?: readonly MissingPart[];
}

/** The parts missing from an incomplete copy (`unknown` when it does not say); none from a complete one. */
export function missingParts(copy: Completeness): readonly MissingPart[] {
  if (copy.complete) return [];
  return copy.missing && copy.missing.length > 0 ? copy.missing : [{ part: 'unknown' }];
}

/**
 * Whether the statement at `index` (0-based, in reading order) of the maker's readout,
 * which `other` did not report, could lie in a part of `other`'s copy that is missing.
 * `paired` tells, for each of the maker's statements, whether it is linked with one of
 * `other`'s (the shared statements that bound the opening and the ending).
 */
export function mayBeInMissingPart(other: Completeness, index: number, paired: readonly boolean[]): boolean {
  const first = paired.indexOf(true);
  const last = paired.lastIndexOf(true);
  return missingParts(other).some(({ part }) => {
    switch (part) {
      case 'lead': return first < 0 || index < first;
      case 'ending': return last < 0 || index > last;
      case 'middle':
      case 'unknown': return true;
    }
  });
}

/**
 * `mayBeInMissingPart` for statement `id` of side `side` of a comparison, as its pairs
 * stand (corrected by the analyst, when they are); true for an id the side does not have.
 */
export function omissionMayBeMissing(c: Pick<Comparison, 'a' | 'b' | 'pairs'>, side: 'a' | 'b', id: string): boolean {
  return placerOf(c, side)(id);
}

/**
 * `omissionMayBeMissing` for many statements of one comparison: what it reads of the pairs
 * (which of the side's statements are linked) is worked out once per side, not per statement.
 */
export function missingPlacer(c: Pick<Comparison, 'a' | 'b' | 'pairs'>): (side: 'a' | 'b', id: string) => boolean {
  const placers: Partial<Record<'a' | 'b', (id: string) => boolean>> = {};
  return (side, id) => (placers[side] ??= placerOf(c, side))(id);
}

/** Whether each statement of `side` could lie in what the other copy lacks (`omissionMayBeMissing`), by id. */
function placerOf(c: Pick<Comparison, 'a' | 'b' | 'pairs'>, side: 'a' | 'b'): (id: string) => boolean {
  const maker = c[side];
  const other = c[otherSide(side)];
  if (other.complete) return () => false;
  // a part that could hold anything: no need to place the statement
  if (missingParts(other).some(({ part }) => part === 'middle' || part === 'unknown')) return () => true;
  const linked = new Set(c.pairs.flatMap((p) => p[side] as readonly string[]));
  const paired = maker.sentences.map((s) => linked.has(s.id));
  const index = new Map(maker.sentences.map((s, i) => [s.id as string, i]));
  return (id) => {
    const i = index.get(id);
    return i === undefined || mayBeInMissingPart(other, i, paired);
  };
}
