/**
 * The view's filters: all rows, only the differences, or only the statements one
 * side made and the other did not.
 */
import type { Row } from './rows';

/** The filters, in the order the UI offers them. */
export const FILTERS = ['all', 'differences', 'omissions'] as const;

/**
 * Which rows the view shows: `all`; `differences`, the rows marked `changed`
 * (matched rows whose words differ, and one-sided rows); `omissions`, the
 * one-sided rows only.
 */
export type Filter = (typeof FILTERS)[number];

/** The rows the filter keeps, in their given order (a new array; the rows themselves are not copied). */
export function filterRows(rows: readonly Row[], filter: Filter): Row[] {
  switch (filter) {
    case 'all':
      return [...rows];
    case 'differences':
      return rows.filter((r) => r.changed);
    case 'omissions':
      return rows.filter((r) => r.kind !== 'matched');
    default:
      return missingCase(filter);
  }
}

function missingCase(x: never): never {
  throw new Error(`filterRows: unknown filter ${JSON.stringify(x)}`);
}
