/** Small hand-made comparisons for the view-model tests (independent of the aligner's tuning). */
import { omissionWording, type Comparison, type Pair } from '../../../shared/compare/compare';
import { wordDiff } from '../../../shared/diff/words';
import { sentenceId, type Sentence, type Side } from '../../../shared/model/types';

/** A link in `makeComparison`: 0-based sentence indices of A and of B, and optionally its score and confidence (0.9 without). */
export type Link = [a: number, b: number, score?: number, confidence?: number | null];

function sentences(side: Side, texts: readonly string[]): Sentence[] {
  let at = 0;
  return texts.map((text, i) => {
    const s = { id: sentenceId(side, i), start: at, end: at + text.length, text, paragraph: 0 };
    at += text.length + 1;
    return s;
  });
}

/**
 * A comparison of readout A (`a`, one text per sentence) with B, with one pair per
 * link (sorted as the core sorts them), word diffs from `wordDiff`, and the
 * unlinked sentences as omissions. A is "White House", B "Kremlin"; B's copy is
 * complete unless `completeB` is false.
 */
export function makeComparison(a: readonly string[], b: readonly string[], links: readonly Link[], completeB = true): Comparison {
  const sa = sentences('a', a);
  const sb = sentences('b', b);
  const sorted = [...links].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const pairs: Pair[] = sorted.map(([i, j, score = 0.5, confidence = 0.9]) => ({
    a: [sa[i]!.id], b: [sb[j]!.id], score, confidence, reasons: [], diff: wordDiff(sa[i]!.text, sb[j]!.text),
  }));
  const side = (label: string, complete: boolean, ss: Sentence[]) =>
    ({ file: `${label}.txt`, label, complete, language: 'en', sentences: ss, coverage: 0, words: 0 });
  const A = side('White House', true, sa);
  const B = side('Kremlin', completeB, sb);
  const onlyA = sa.filter((_, i) => !sorted.some((l) => l[0] === i)).map((s) => s.id);
  const onlyB = sb.filter((_, j) => !sorted.some((l) => l[1] === j)).map((s) => s.id);
  return {
    a: A, b: B, pairs, onlyA, onlyB,
    omissions: [...onlyA.map((id) => ({ id, wording: omissionWording(A, B), confidence: 0.9 })), ...onlyB.map((id) => ({ id, wording: omissionWording(B, A), confidence: 0.9 }))],
  };
}
