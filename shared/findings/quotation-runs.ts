/**
 * Quotations that run over several sentences of one readout (tester 9, V9): “The world
 * should not tolerate it. We should end this. The aggressor should understand,” the
 * President emphasized. The sentence splitter cuts it into three sentences (their ids are
 * what gold files and saved comparisons name, so the splitting stays); when all three are
 * one-sided, the findings would quote three fragments, the first with no closing mark, the
 * second with no speaker. `quotationRuns` finds such runs so that the findings quote the
 * quotation whole, with its speaker, as one finding.
 *
 * The quotation marks are found as the article's are (shared/article/quotes.ts: curly,
 * straight, low-high and guillemets; a quotation over paragraphs by the newspaper
 * convention). Linear in the readout's length.
 */
import { findQuotations } from '../article/quotes';
import type { Sentence } from '../model/types';

/**
 * The readout's sentences as one text (a space between two sentences of a paragraph, a line
 * break between paragraphs, as the quotation finder reads paragraphs), and where each starts in it.
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
 * A quotation continued into the next paragraph (newspaper convention) runs on to where its
 * continuation closes. Runs never overlap.
 */
export function quotationRuns(sentences: readonly Sentence[], eligible: (index: number) => boolean): number[][] {
  if (sentences.length < 2) return [];
  const { text, starts } = joined(sentences);
  const quotations = findQuotations(text);
  const runs: number[][] = [];
  let taken = -1;
  for (let k = 0; k < quotations.length; k++) {
    const first = sentenceAt(starts, quotations[k]!.outerStart);
    // Follow a quotation continued over paragraphs to the part that closes it.
    let end = k;
    while (quotations[end]!.continued && quotations[end + 1]?.continuation) end++;
    const last = sentenceAt(starts, Math.max(quotations[end]!.outerStart, quotations[end]!.outerEnd - 1));
    k = end;
    // An opening mark nothing closes is unbalanced text, not a quotation to join sentences by.
    if (quotations[end]!.unterminated || last <= first || first <= taken) continue;
    const run = Array.from({ length: last - first + 1 }, (_, i) => first + i);
    if (!run.every(eligible)) continue;
    runs.push(run);
    taken = last;
  }
  return runs;
}
