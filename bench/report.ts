/**
 * How the benchmark prints its figures: a table for people (figure, value,
 * target, pass or MISS, what it is), then one `key=value` line for scripts.
 */
import type { Measurement } from './measurements';

/** A measured figure with its measurement. */
export interface Result {
  measurement: Measurement;
  value: number;
}

/** The value with the measurement's decimals ("NaN" when it could not be computed). */
export function formatValue(result: Result): string {
  return Number.isFinite(result.value) ? result.value.toFixed(result.measurement.decimals) : String(result.value);
}

/** "pass", "MISS" or "-" (no target) for a result, judged against all results of the run. */
export function verdict(result: Result, all: ReadonlyMap<string, number>): string {
  const target = result.measurement.target;
  if (!target) return '-';
  return target.met(result.value, all) ? 'pass' : 'MISS';
}

/** The human-readable table, one row per result, columns padded to line up. */
export function formatTable(results: Result[]): string {
  const all = new Map(results.map((r) => [r.measurement.key, r.value]));
  const header = ['figure', 'value', 'target', 'status', 'what'];
  const rows = results.map((r) => [r.measurement.key, formatValue(r), r.measurement.target?.text ?? '-', verdict(r, all), r.measurement.what]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c]!.length)));
  const line = (cells: string[]): string => cells.map((cell, c) => (c === cells.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ').trimEnd();
  const misses = rows.filter((row) => row[3] === 'MISS').map((row) => row[0]);
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    misses.length === 0 ? 'All targets met.' : `Targets MISSED: ${misses.join(', ')}`,
  ].join('\n');
}

/** The machine-readable summary: `key=value` pairs separated by single spaces, in measurement order. */
export function summaryLine(results: Result[]): string {
  return results.map((r) => `${r.measurement.key}=${formatValue(r)}`).join(' ');
}
