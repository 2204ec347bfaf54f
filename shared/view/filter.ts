/**
 * The view's filters. Between two governments' texts nearly every matched row
 * differs in wording, so a filter on "differences" keeps everything; these separate
 * something: the statements one side alone made, the rows the alignment is unsure
 * of, the rows with typed differences, the rows the article cites, the rows the
 * analyst annotated. The same filters serve the app, the PDF and the CLI
 * (`export --rows`).
 */
import type { Comparison } from '../compare/compare';
import { isOneSidedStatement } from '../compare/one-sided';
import type { Row } from './rows';
import { isUncertainRow } from './uncertain';

/** The filters, in the order the UI offers them. */
export const FILTERS = ['all', 'one-sided', 'uncertain', 'typed', 'cited', 'annotated'] as const;

/** Which rows the view shows (see `rowKept`). */
export type Filter = (typeof FILTERS)[number];

/** How each filter is named in the UI, the PDF and the CLI's help. */
export const FILTER_LABELS: Readonly<Record<Filter, string>> = {
  all: 'All',
  'one-sided': 'One-sided',
  uncertain: 'Uncertain',
  typed: 'Typed differences',
  cited: 'Cited by the article',
  annotated: 'Annotated',
};

/** What some filters need beyond the rows: the comparison, and the sentences the article cites or the analyst annotated. */
export interface FilterContext {
  comparison: Comparison;
  /** Ids of the readout sentences an article claim or commentary item links to. */
  cited: ReadonlySet<string>;
  /** Ids of the readout sentences an annotation marks (a passage in them, or their row). */
  annotated: ReadonlySet<string>;
}

/** A pair's typed differences, when the comparison has them (the typed-differences analysis adds them). */
const typedCount = (row: Row): number => row.pairs.reduce((n, p) => n + ((p as { differences?: readonly unknown[] }).differences?.length ?? 0), 0);
const anyIn = (row: Row, ids: ReadonlySet<string>): boolean => row.a.some((id) => ids.has(id)) || row.b.some((id) => ids.has(id));

/**
 * Whether `row` holds a statement only one side made: a row no pair joins whose sentence is not a
 * heading or an announcing line (shared/compare/one-sided.ts decides). The "One-sided" filter and
 * F7 both ask it, so neither stops on "Readout" or "The leaders discussed:".
 */
export function isOneSidedRow(row: Row, comparison: Pick<Comparison, 'omissions'>): boolean {
  return row.kind !== 'matched' && [...row.a, ...row.b].some((id) => isOneSidedStatement(comparison, id));
}

/**
 * Whether `filter` keeps `row`: `all`, every row; `one-sided`, the statements only
 * one side made (`isOneSidedRow`: not its headings); `uncertain`, the rows the alignment is unsure of (a weak match, or a
 * one-sided statement whose confidence is under the one threshold: shared/view/uncertain.ts); `typed`,
 * matched rows with at least one typed difference; `cited`, rows with a sentence the
 * article cites; `annotated`, rows with a sentence an annotation marks.
 */
export function rowKept(row: Row, filter: Filter, ctx: FilterContext): boolean {
  switch (filter) {
    case 'all': return true;
    case 'one-sided': return isOneSidedRow(row, ctx.comparison);
    case 'uncertain': return isUncertainRow(row, ctx.comparison);
    case 'typed': return row.kind === 'matched' && typedCount(row) > 0;
    case 'cited': return anyIn(row, ctx.cited);
    case 'annotated': return anyIn(row, ctx.annotated);
    default: return missingCase(filter);
  }
}

/** The rows the filter keeps, in their given order (a new array; the rows themselves are not copied). */
export function filterRows(rows: readonly Row[], filter: Filter, ctx: FilterContext): Row[] {
  return filter === 'all' ? [...rows] : rows.filter((r) => rowKept(r, filter, ctx));
}

/**
 * A filter by name, as the CLI and older settings give it: a filter's own name, or
 * an older name it replaced ("differences", which kept nearly every row, and
 * "omissions" are now `one-sided`); null for anything else.
 */
export function parseFilter(name: string): Filter | null {
  if ((FILTERS as readonly string[]).includes(name)) return name as Filter;
  return name === 'differences' || name === 'omissions' ? 'one-sided' : null;
}

function missingCase(x: never): never {
  throw new Error(`filterRows: unknown filter ${JSON.stringify(x)}`);
}
