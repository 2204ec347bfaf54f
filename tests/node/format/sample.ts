/** A small hand-made comparison for the formatter tests (independent of the aligner's tuning). */
import { omissionWording, type Comparison, type Pair } from '../../../shared/compare/compare';
import { wordDiff } from '../../../shared/diff/words';
import { sentenceId, type Sentence, type SentenceId, type Side, type SourceMeta } from '../../../shared/model/types';
import type { FormatInput } from '../../../node/format/input';

function sentences(side: Side, texts: string[]): Sentence[] {
  let at = 0;
  return texts.map((text, i) => {
    const s = { id: sentenceId(side, i), start: at, end: at + text.length, text, paragraph: 0 };
    at += text.length + 1;
    return s;
  });
}

const id = (s: string) => s as SentenceId;

/** White House (complete) against Kremlin (incomplete): a1~b2, a2~b3 (same words), a3 only in A, b1 and b4 only in B. */
export function sampleInput(): FormatInput {
  const a = sentences('a', ['The leaders spoke about peace.', 'They agreed on an energy ceasefire.', 'Only White House said this.']);
  const b = sentences('b', ['Kremlin opened with this.', 'The presidents spoke about peace.', 'They agreed on an energy ceasefire.', 'Only Kremlin said this.']);
  const pair = (ia: number, ib: number, score: number, reasons: Pair['reasons']): Pair =>
    ({ a: [a[ia]!.id], b: [b[ib]!.id], score, confidence: 0.95, reasons, diff: wordDiff(a[ia]!.text, b[ib]!.text) });
  const sideA = { file: 'whitehouse.txt', label: 'White House', complete: true, language: 'en', sentences: a, coverage: 11 / 16, words: 16 };
  const sideB = { file: 'kremlin.txt', label: 'Kremlin', complete: false, language: 'en', sentences: b, coverage: 11 / 19, words: 19 };
  const comparison: Comparison = {
    a: sideA,
    b: sideB,
    pairs: [
      pair(0, 1, 0.71, [{ label: 'peace', a: 'peace', b: 'peace', contribution: 0.4 }, { label: 'leader', a: 'leaders', b: 'presidents', contribution: 0.2 }]),
      pair(1, 2, 1, [{ label: 'ceasefire', a: 'ceasefire', b: 'ceasefire', contribution: 0.6 }]),
    ],
    onlyA: [id('a3')],
    onlyB: [id('b1'), id('b4')],
    omissions: [
      { id: id('a3'), wording: omissionWording(sideA, sideB, 0.9), confidence: 0.9 },
      { id: id('b1'), wording: omissionWording(sideB, sideA, 0.9), confidence: 0.9 },
      { id: id('b4'), wording: omissionWording(sideB, sideA, 0.9), confidence: 0.9 },
    ],
  };
  const meta = (label: string, complete: boolean, more: Partial<SourceMeta>): SourceMeta =>
    ({ label, complete, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null, ...more });
  return {
    comparison,
    meta: {
      a: meta('White House', true, { publisher: 'The White House', title: 'Readout of the Call', date: '2025-03-18' }),
      b: meta('Kremlin', false, { publisher: 'President of Russia', date: '2025-03-18', note: 'Paragraph 5 is cut short.' }),
    },
  };
}
