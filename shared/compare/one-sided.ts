/**
 * Which one-sided statements count, decided in one place. A sentence no pair holds
 * (`onlyA`, `onlyB`) is one of three kinds:
 * - `structural`: a heading or a line announcing what follows (`omissions[].structure`,
 *   shared/align/structure.ts), not a point of the call: never counted, never given a
 *   one-sided confidence;
 * - `unlinked`: a statement the analyst took a link from without checking it one-sided
 *   (`omissions[].unlinked`): the analyst said only "not the same point", so whether the other
 *   readout reports it elsewhere was not estimated: counted apart (tester 9, V5);
 * - `counted`: every other one, what "only in X" and "not in X's (incomplete) copy" count.
 * The count line, the PDF's summary and its "What each side alone said", the findings, the
 * "Uncertain" and "One-sided" filters, F7 (the next one-sided statement) and the terminal all
 * ask `oneSidedStatements`, `oneSidedKind` or `isOneSidedStatement`.
 */
import type { SentenceId, Side } from '../model/types';
import type { Comparison, Omission } from './compare';

/** What kind of one-sided statement a sentence is (see the module's comment). */
export type OneSidedKind = 'counted' | 'structural' | 'unlinked';

/** One side's one-sided statements by kind, each list in text order. */
export interface OneSidedStatements {
  /** The statements counted as one side's only: "only in X", "not in X's (incomplete) copy". */
  counted: SentenceId[];
  /** Headings and announcing lines: not statements of the call, not counted. */
  structural: SentenceId[];
  /** Statements the analyst unlinked and did not check: whether they are one-sided was not estimated. */
  unlinked: SentenceId[];
}

type WithOmissions = Partial<Pick<Comparison, 'omissions'>>;

/** The omissions by id, made once per omissions array (a comparison spread into a new object keeps its array). */
const INDEX = new WeakMap<readonly Omission[], ReadonlyMap<string, Omission>>();

/** The omission of sentence `id`, if the comparison has one (a weakly matched statement has none). */
export function omissionOf(c: WithOmissions, id: string): Omission | undefined {
  const omissions = c.omissions;
  if (!omissions) return undefined;
  let index = INDEX.get(omissions);
  if (!index) INDEX.set(omissions, (index = new Map(omissions.map((o) => [o.id as string, o]))));
  return index.get(id);
}

/** The kind of an omission (see the module's comment). */
export function omissionKind(o: Pick<Omission, 'structure' | 'unlinked'>): OneSidedKind {
  if (o.structure === true) return 'structural';
  return o.unlinked === true ? 'unlinked' : 'counted';
}

/** The kind of the one-sided statement `id`; null when the comparison has no omission for it. */
export function oneSidedKind(c: WithOmissions, id: string): OneSidedKind | null {
  const o = omissionOf(c, id);
  return o ? omissionKind(o) : null;
}

/** Side `side`'s one-sided statements (`onlyA` or `onlyB`) by kind; with no omissions (an older comparison) all are counted. */
export function oneSidedStatements(c: Pick<Comparison, 'onlyA' | 'onlyB'> & WithOmissions, side: Side): OneSidedStatements {
  const out: OneSidedStatements = { counted: [], structural: [], unlinked: [] };
  for (const id of side === 'a' ? c.onlyA : c.onlyB) out[oneSidedKind(c, id) ?? 'counted'].push(id);
  return out;
}

/**
 * Whether sentence `id`, which no pair holds, is a statement of the call one side alone made:
 * anything but a heading or an announcing line (the analyst's unlinked statements included).
 */
export function isOneSidedStatement(c: WithOmissions, id: string): boolean {
  return oneSidedKind(c, id) !== 'structural';
}
