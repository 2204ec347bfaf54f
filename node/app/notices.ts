/**
 * The notices the handlers add to a comparison they answer, each of its kind
 * (`NoticeKind` in shared/ipc/contract.ts): what the importers noticed without stopping
 * (a PDF read only in part, a file read as Windows-1252), identical texts, a readout that
 * repeats a passage (inputs); why a file could not be opened at start (the app's).
 */
import type { LoadedComparison, Notice, Result } from '../../shared/ipc/contract';
import type { Comparison } from '../../shared/compare/compare';
import { comparisonRepeats, identicalTextNote } from '../../shared/text/input-notes';
import type { Loaded } from './session-shell';

/** A sentence as a notice says it: with its full stop. */
const sentence = (w: string): string => (/[.!?]$/.test(w) ? w : `${w}.`);

/** The warnings of loaded sources, one input notice per source that has any (about its file). */
export function warningsNotices(...loaded: Array<Loaded | null>): Notice[] {
  return loaded.flatMap((l): Notice[] => (l && l.warnings.length > 0 ? [{ kind: 'input', text: l.warnings.map(sentence).join(' '), files: [l.doc.file] }] : []));
}

/** What is worth saying about two readouts compared, as input notices about both: the same text on both sides (identical copies), a readout that repeats a passage. */
export function comparisonNotices(a: Loaded['doc'], b: Loaded['doc'], comparison: Comparison): Notice[] {
  const identical = a.text === b.text ? [`${identicalTextNote(a.file, b.file)}.`] : [];
  return [...identical, ...comparisonRepeats(comparison)].map((text) => ({ kind: 'input', text, files: [a.file, b.file] }));
}

/** `result` (a new value) with `extra` added after its notices. */
export function noticed(result: Result<LoadedComparison>, extra: readonly Notice[]): Result<LoadedComparison> {
  if (!result.ok || extra.length === 0) return result;
  return { ok: true, value: { ...result.value, notices: [...result.value.notices, ...extra] } };
}

/** `result` with `notice` put before its own (the value changed in place, as the answer it is). */
export function withNotice(result: Result<LoadedComparison>, notice: Notice | null): Result<LoadedComparison> {
  if (result.ok && notice) result.value.notices = [notice, ...result.value.notices];
  return result;
}
