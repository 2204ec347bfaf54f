/**
 * Quotations that run over several sentences of one readout (tester 9, V9): “The world
 * should not tolerate it. We should end this. The aggressor should understand,” the
 * President emphasized. The sentence splitter cuts it into three sentences (their ids are
 * what gold files and saved comparisons name, so the splitting stays); when all three are
 * one-sided, the findings would quote three fragments, the first with no closing mark, the
 * second with no speaker. `quotationRuns` finds such runs so that the findings quote the
 * quotation whole, with its speaker, as one finding.
 *
 * Double quotation marks only (curly, low-high, guillemets and straight; single marks are
 * apostrophes as often as not), within a paragraph: a readout quotes a leader in one. The
 * article's finder (shared/article/quotes.ts) handles more of journalists' habits, but it
 * would bring its reporting vocabulary (23 KB) into the findings' chunk of the renderer, over
 * its budget (tests/meta/renderer-bundle.test.ts). Linear in the readout's length.
 */
import type { Sentence } from '../model/types';

/** Marks that open a quotation, and those that close one; a straight mark does either. */
const OPENERS = new Set(['\u201C', '\u201E', '\u00AB']);
const CLOSERS = new Set(['\u201D', '\u00BB']);
/** The low opening mark, which a high opening mark closes („…“: German, Czech; Russian inside «…»), as a high closing one does („…”: Polish). */
const LOW_OPENER = '\u201E';
const HIGH_OPENER = '\u201C';
/** Characters after which a straight mark opens (the text's start too). */
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/:]/u;

/** Whether the mark at `i` may open a quotation: a curly or low opening mark, or a straight one after a space, a bracket or a dash. */
const opensAt = (text: string, i: number): boolean => OPENERS.has(text[i]!) || (text[i] === '"' && (i === 0 || OPEN_CONTEXT.test(text[i - 1]!)));

/**
 * Whether the mark at `i` opens a quotation again while the one at `open` is still open: the same opening mark
 * before any closing one (a straight one where it opens a word: ‘said "agreed."’). The first was never closed
 * (unbalanced text), so the quotation starts here; nothing is joined across it.
 */
const reopensAt = (text: string, open: number, i: number): boolean =>
  text[i] === text[open] && (text[i] !== '"' || (opensAt(text, i) && /\S/u.test(text[i + 1] ?? ' ')));

/** The quotations of `text` closed in the paragraph they open in, as [offset of the opening mark, offset of the closing mark]. */
function closedQuotations(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') open = -1;
    else if (open < 0) open = opensAt(text, i) ? i : -1;
    else if (reopensAt(text, open, i)) open = i;
    else if (CLOSERS.has(ch) || ch === '"' || (ch === HIGH_OPENER && text[open] === LOW_OPENER)) {
      out.push([open, i]);
      open = -1;
    }
  }
  return out;
}

/**
 * The readout's sentences as one text (a space between two sentences of a paragraph, a line
 * break between paragraphs), and where each starts in it.
 */
function joined(sentences: readonly Sentence[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  sentences.forEach((s, i) => {
    if (i > 0) text += s.paragraph === sentences[i - 1]!.paragraph ? ' ' : '\n';
    starts.push(text.length);
    text += s.text;
  });
  return { text, starts };
}

/** The index of the sentence holding offset `at` of the joined text (`starts` ascending). */
function sentenceAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/**
 * The runs of two or more consecutive sentences (indexes into `sentences`, in text order) that
 * one quotation spans, its opening mark in the first and its closing mark in the last, every
 * sentence of which `eligible` accepts (the caller: one-sided statements that make a finding).
 * Runs never overlap.
 */
export function quotationRuns(sentences: readonly Sentence[], eligible: (index: number) => boolean): number[][] {
  if (sentences.length < 2) return [];
  const { text, starts } = joined(sentences);
  const runs: number[][] = [];
  let taken = -1;
  // An opening mark nothing closes is unbalanced text, not a quotation to join sentences by: it is never a run.
  for (const [open, close] of closedQuotations(text)) {
    const first = sentenceAt(starts, open);
    const last = sentenceAt(starts, close);
    if (last <= first || first <= taken) continue;
    const run = Array.from({ length: last - first + 1 }, (_, i) => first + i);
    if (!run.every(eligible)) continue;
    runs.push(run);
    taken = last;
  }
  return runs;
}
