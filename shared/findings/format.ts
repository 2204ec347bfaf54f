/**
 * The findings as lines for people: for the terminal, and for the clipboard as
 * Markdown or plain text ("Copy findings"), each with its rank, row and kind; the
 * readouts' labels are in each line's text.
 */
import type { Finding, FindingKind } from './types';

/** How a kind reads in a line (the JSON keeps the identifier). */
const KIND_WORDS: Record<FindingKind, string> = {
  omission: 'omission', difference: 'difference', misquote: 'misquote', quotation: 'quotation', contradiction: 'contradiction?', annotation: 'annotation', 'uncertain-match': 'weak match',
};

/** A finding's kind for people: "weak match" for `uncertain-match` (the row's own mark: shared/view/row-certainty.ts). */
export const kindWords = (kind: FindingKind): string => KIND_WORDS[kind];

/** "Row 9", "Rows 3, 5b", or "No row" for a finding on none (an annotation of the article). */
export const rowsWording = (rows: readonly string[]): string => (rows.length === 0 ? 'No row' : `${rows.length === 1 ? 'Row' : 'Rows'} ${rows.join(', ')}`);

/** The readout sentences a finding is on, A's then B's: "a4/b6", "a2, a6/b5"; '' for none (an annotation of the article). */
export function sentenceIdsWording(ids: readonly string[]): string {
  const of = (side: string) => ids.filter((id) => new RegExp(`^${side}\\d+$`, 'u').test(id)).join(', ');
  return [of('a'), of('b')].filter(Boolean).join('/');
}

/**
 * "Row 9 (a6/b10) · difference", "Rows 3, 4 · annotation", "No row · misquote" for a finding on no row. The row
 * numbers are the app's; the readout sentence ids say which statements they are outside it (tester 10, T8).
 */
export function findingPlace(f: Finding): string {
  const ids = sentenceIdsWording(f.ids);
  return `${rowsWording(f.rows)}${ids && f.rows.length > 0 ? ` (${ids})` : ''} · ${kindWords(f.kind)}`;
}

/** One finding as a line of plain text: "1. Row 9 · difference — White House a6 / …". */
export function findingLine(f: Finding): string {
  return `${f.rank}. ${findingPlace(f)} — ${f.text}`;
}

/** What the copied findings are about: the readouts' labels, and the call (event, date) when known. */
export interface FindingsCall {
  a: string;
  b: string;
  event?: string | null;
  /** YYYY-MM-DD. */
  date?: string | null;
}

/** The heading the copied findings start with. */
export function findingsHeading(call: FindingsCall): string {
  return `Findings: ${call.a} and ${call.b} readouts compared`;
}

/** The line under the heading naming the call, so that pasted findings say which call they are about (tester 10, T8): "Call: … · 2025-03-18"; null when nothing is known. */
export function findingsCallLine(call: FindingsCall): string | null {
  const parts = [call.event, call.date].filter((x): x is string => !!x);
  return parts.length === 0 ? null : `Call: ${parts.join(' · ')}`;
}

/** The heading and, when known, the call's line, then a blank line. */
function headed(heading: string, call: FindingsCall, escape: (s: string) => string = (s) => s): string {
  const line = findingsCallLine(call);
  return `${heading}\n${line ? `${escape(line)}\n` : ''}\n`;
}

/** The findings as plain text, one per line under a heading (for the clipboard and the CLI). */
export function findingsPlainText(findings: readonly Finding[], call: FindingsCall): string {
  const head = headed(findingsHeading(call), call);
  return findings.length === 0 ? `${head}No findings.\n` : `${head}${findings.map(findingLine).join('\n')}\n`;
}

/** Escapes the characters Markdown would read as formatting in a line of text. */
const escapeMarkdown = (s: string): string => s.replace(/([\\`*_[\]<>#|])/gu, '\\$1');

/** The findings as a Markdown numbered list under a heading. */
export function findingsMarkdown(findings: readonly Finding[], call: FindingsCall): string {
  const head = headed(`## ${escapeMarkdown(findingsHeading(call))}`, call, escapeMarkdown);
  if (findings.length === 0) return `${head}No findings.\n`;
  return head + findings.map((f) => `${f.rank}. **${escapeMarkdown(findingPlace(f))}** — ${escapeMarkdown(f.text)}`).join('\n') + '\n';
}
