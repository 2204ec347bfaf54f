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

/** "Row 9 · difference", "Rows 3, 4 · annotation", "No row · misquote" for a finding on no row. */
export function findingPlace(f: Finding): string {
  return `${rowsWording(f.rows)} · ${kindWords(f.kind)}`;
}

/** One finding as a line of plain text: "1. Row 9 · difference — White House a6 / …". */
export function findingLine(f: Finding): string {
  return `${f.rank}. ${findingPlace(f)} — ${f.text}`;
}

/** The heading the copied findings start with. */
export function findingsHeading(labels: { a: string; b: string }): string {
  return `Findings: ${labels.a} and ${labels.b} readouts compared`;
}

/** The findings as plain text, one per line under a heading (for the clipboard and the CLI). */
export function findingsPlainText(findings: readonly Finding[], labels: { a: string; b: string }): string {
  if (findings.length === 0) return `${findingsHeading(labels)}\n\nNo findings.\n`;
  return `${findingsHeading(labels)}\n\n${findings.map(findingLine).join('\n')}\n`;
}

/** Escapes the characters Markdown would read as formatting in a line of text. */
const escapeMarkdown = (s: string): string => s.replace(/([\\`*_[\]<>#|])/gu, '\\$1');

/** The findings as a Markdown numbered list under a heading. */
export function findingsMarkdown(findings: readonly Finding[], labels: { a: string; b: string }): string {
  const head = `## ${escapeMarkdown(findingsHeading(labels))}\n\n`;
  if (findings.length === 0) return `${head}No findings.\n`;
  return head + findings.map((f) => `${f.rank}. **${escapeMarkdown(findingPlace(f))}** — ${escapeMarkdown(f.text)}`).join('\n') + '\n';
}
