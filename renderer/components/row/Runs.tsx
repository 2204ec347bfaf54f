/**
 * A side's text in a row, run by run: words both readouts use plain, words one alone uses
 * quiet (or struck and underlined with "Show all word differences"), a typed difference
 * boxed as one phrase (its words and the spaces between, whatever their kinds: groupMarkedRuns)
 * and led by its badge once, each sentence led by its markers.
 */
import { Fragment, useId } from 'react';
import type { Comparison } from '../../../shared/compare/compare';
import type { SentenceId, Side } from '../../../shared/model/types';
import { groupMarkedRuns, type MarkedRun } from '../../../shared/view/typed-marks';
import { sentenceOf } from '../../../shared/view/sentence-of';
import { SourceText } from '../SourceText';
import { TypedBadge, TypedExplanation } from '../TypedBadge';
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
  return common
    ? <SourceText {...text} className={run.kind === 'equivalent' ? 'equivalent' : undefined} title={run.equivalent && `The same concept: “${run.equivalent.a}” ~ “${run.equivalent.b}”`} />
    : allWords
      ? <SourceText {...text} as={run.kind === 'only-a' ? 'del' : 'ins'} className={run.kind} title={run.kind === 'only-a' ? `Only in ${labels.a}'s wording` : `Only in ${labels.b}'s wording`} />
      : <SourceText {...text} className="quiet-diff" />;
}

/**
 * A side's runs, each sentence led by its markers. Each run's text is marked with its place in
 * the readout (SourceText), so a selection maps to the text; the space joining two sentences is not.
 */
export function Runs({ side, comparison, runs, query, labels, plain, allWords, marking, linkEnd }: RunsProps) {
  let last: SentenceId | null = null;
  // Ids for the marks' descriptions (TypedExplanation): unique in the page, as React makes them.
  const idBase = useId().replace(/:/gu, '');
  const spans = marking.marks.spans[side];
  const body = (run: MarkedRun, key: number) => {
    const offset = (sentenceOf(comparison[side], run.sentence!)?.start ?? 0) + run.start;
    const text = { source: side, offset, text: run.text, spans, selected: marking.selectedAnnotation, numbers: marking.marks.numbers, query };
    return <RunText key={key} run={run} text={text} labels={labels} plain={plain} allWords={allWords} />;
  };
  // A typed difference's runs (its words, of whatever kind, and the spaces between) are one box with one badge.
  return (
    <>
      {groupMarkedRuns(runs).map((group, i) => {
        const first = group.runs[0]!;
        if (first.sentence === null) return <Fragment key={i}>{first.text}</Fragment>;
        const lead = first.sentence !== last ? <Markers sentence={first.sentence} {...marking} /> : null;
        last = first.sentence;
        const described = group.mark ? `${idBase}-typed-${i}` : '';
        const marked = group.mark
          ? <mark className={`typed typed-${group.mark.type}`} title={group.mark.explanation} data-typed={group.mark.number} aria-describedby={described}><TypedExplanation id={described} mark={group.mark} /><TypedBadge mark={group.mark} />{group.runs.map(body)}</mark>
          : body(first, 0);
        return <Fragment key={i}>{lead}{first.sentence === linkEnd ? <span className="link-end-text">{marked}</span> : marked}</Fragment>;
      })}
    </>
  );
}
