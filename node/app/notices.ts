/**
 * The notices the handlers add to a comparison they answer: what the importers noticed
 * without stopping (a PDF read only in part), identical texts, a readout that repeats a
 * passage, why a file could not be opened at start.
 */
import type { LoadedComparison, Result } from '../../shared/ipc/contract';
import type { Comparison } from '../../shared/compare/compare';
import { comparisonRepeats, identicalTextNote } from '../../shared/text/input-notes';
import type { Loaded } from './session-shell';

/** The warnings of loaded sources, as one notice (null without any). */
export function warningsNotice(...loaded: Array<Loaded | null>): string | null {
  const warnings = loaded.flatMap((l) => l?.warnings ?? []);
  return warnings.length === 0 ? null : warnings.map((w) => (/[.!?]$/.test(w) ? w : `${w}.`)).join(' ');
}

/** What is worth saying about two readouts compared: the same text on both sides (identical copies), a readout that repeats a passage. */
export function comparisonNotice(a: Loaded['doc'], b: Loaded['doc'], comparison: Comparison): string | null {
  const identical = a.text === b.text ? `${identicalTextNote(a.file, b.file)}.` : null;
  return joinNotices(identical, ...comparisonRepeats(comparison));
}

/** Notices joined into one, null without any. */
export function joinNotices(...notices: Array<string | null>): string | null {
  const said = notices.filter((n): n is string => n !== null);
  return said.length === 0 ? null : said.join(' ');
}

/** `result` (a new value) with `extra` added after its notice. */
export function noticed(result: Result<LoadedComparison>, extra: string | null): Result<LoadedComparison> {
  if (!result.ok || extra === null) return result;
  return { ok: true, value: { ...result.value, notice: result.value.notice ? `${result.value.notice} ${extra}` : extra } };
}

/** `result` with `notice` put before its own (the value changed in place, as the answer it is). */
export function withNotice(result: Result<LoadedComparison>, notice: string | null): Result<LoadedComparison> {
  if (result.ok && notice) result.value.notice = result.value.notice ? `${notice} ${result.value.notice}` : notice;
  return result;
}
