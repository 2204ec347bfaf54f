/** The findings of a comparison: the story in a few ranked lines (docs/differences.md). */

/** What a finding is about. */
/** `uncertain-match`: a row matched with every link under the confidence threshold, "weak match" as every view marks it (findings.ts). */
/** `contradiction`: a claim of the article that says with opposite polarity what a readout says (shared/article/polarity.ts). */
/** `misquote`: a quotation of a readout that changes its meaning; `quotation`: one quoted with minor differences or in other words (shared/article/severity.ts `SEVERITIES`). */
export type FindingKind = 'omission' | 'difference' | 'misquote' | 'quotation' | 'contradiction' | 'annotation' | 'uncertain-match';

/** One line of the findings. */
export interface Finding {
  kind: FindingKind;
  /** 1 for the most salient, then 2, 3 … */
  rank: number;
  /** The rows' labels ("9", "5b": `Row.label`, as the app and the PDF number the rows); empty for a finding on no row. */
  rows: string[];
  /** Readout sentence ids ("a6", "b10"), claim ids ("c2") and annotation numbers ("✎3") it rests on. */
  ids: string[];
  /** One line for people, naming the readouts; without the row number (see `findingLine`). */
  text: string;
  /** Points of salience behind the rank (shared/findings/data/salience.json). */
  salience: number;
  /**
   * For a line naming several typed differences: each one's phrase, in the order `text` names them (it
   * ends with them joined by "; "), so that a card cut short can say how many are out of sight (tester 9, V15).
   */
  phrases?: string[];
}
