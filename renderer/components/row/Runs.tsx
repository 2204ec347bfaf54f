/**
 * A side's text in a row, run by run: words both readouts use plain, words one alone uses
 * quiet (or struck and underlined with "Show all word differences"), a typed difference
 * boxed and led by its badge, each sentence led by its markers.
 */
import { Fragment } from 'react';
import type { Comparison } from '../../../shared/compare/compare';
import type { SentenceId, Side } from '../../../shared/model/types';
import type { MarkedRun } from '../../../shared/view/typed-marks';
import { sentenceOf } from '../../../shared/view/sentence-of';
import { SourceText } from '../SourceText';
import { TypedBadge } from '../TypedBadge';
import { Markers, type MarkerProps } from './Markers';

/** What a side's runs need from the row. */
export interface RunsProps {
  side: Side; comparison: Comparison; runs: MarkedRun[]; query: string; labels: { a: string; b: string };
  /** A one-sided row: the whole text is the statement, so no word is marked. */
  plain: boolean;
  /** The statement of this side marked as an end of the next link: its text is outlined. */
  linkEnd: SentenceId | null;
  /** Show every word difference (del/ins); otherwise words only one side has are shown quietly, and the typed differences lead. */
  allWords: boolean; marking: MarkerProps;
}

/** One run's text, as its kind shows it (see the module's comment). */
function RunText({ run, text, labels, plain, allWords }: Pick<RunsProps, 'labels' | 'plain' | 'allWords'> & { run: MarkedRun; text: Parameters<typeof SourceText>[0] }) {
  const common = plain || run.kind === 'same' || run.kind === 'equivalent';
  const body = common
    ? <SourceText {...text} className={run.kind === 'equivalent' ? 'equivalent' : undefined} title={run.equivalent && `The same concept: “${run.equivalent.a}” ~ “${run.equivalent.b}”`} />
    : allWords
      ? <SourceText {...text} as={run.kind === 'only-a' ? 'del' : 'ins'} className={run.kind} title={run.kind === 'only-a' ? `Only in ${labels.a}'s wording` : `Only in ${labels.b}'s wording`} />
      : <SourceText {...text} className="quiet-diff" />;
  return run.mark
    ? <mark className={`typed typed-${run.mark.type}`} title={run.mark.explanation} data-typed={run.mark.number}>{run.lead && <TypedBadge mark={run.mark} />}{body}</mark>
    : body;
}

/**
 * A side's runs, each sentence led by its markers. Each run's text is marked with its place in
 * the readout (SourceText), so a selection maps to the text; the space joining two sentences is not.
 */
export function Runs({ side, comparison, runs, query, labels, plain, allWords, marking, linkEnd }: RunsProps) {
  let last: SentenceId | null = null;
  const spans = marking.marks.spans[side];
  return (
    <>
      {runs.map((run, i) => {
        const lead = run.sentence !== null && run.sentence !== last ? <Markers sentence={run.sentence} {...marking} /> : null;
        if (run.sentence === null) return <Fragment key={i}>{run.text}</Fragment>;
        last = run.sentence;
        const offset = (sentenceOf(comparison[side], run.sentence)?.start ?? 0) + run.start;
        const text = { source: side, offset, text: run.text, spans, selected: marking.selectedAnnotation, numbers: marking.marks.numbers, query };
        const marked = <RunText run={run} text={text} labels={labels} plain={plain} allWords={allWords} />;
        return <Fragment key={i}>{lead}{run.sentence === linkEnd ? <span className="link-end-text">{marked}</span> : marked}</Fragment>;
      })}
    </>
  );
}
