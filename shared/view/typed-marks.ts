/**
 * Where a matched row's typed differences (shared/differences/) lie in its runs:
 * each difference's words on each side, numbered within the row, and the runs cut
 * at their edges, so the view marks them with a type badge on both sides while the
 * remaining word differences stay quiet.
 */
import type { DifferenceType } from '../differences/types';
import type { SentenceId, Side } from '../model/types';
import type { Run } from './row-diff';
import type { Row } from './rows';

/** One typed difference as the row shows it on one side. */
export interface TypedMark {
  /** 1 up within the row; the same number on both sides of one difference. */
  number: number;
  type: DifferenceType;
  explanation: string;
  sentence: SentenceId;
  /** UTF-16 offsets into the sentence's text (end exclusive). */
  start: number;
  end: number;
}

/** A run, with the typed difference it lies in (the views draw a difference's runs as one group: `groupMarkedRuns`). */
export type MarkedRun = Run & { mark?: TypedMark };

/** The typed differences of a row, per side; a difference two pairs share (the same words, the same type) is listed once. */
export function rowTypedMarks(row: Row): Record<Side, TypedMark[]> {
  const out: Record<Side, TypedMark[]> = { a: [], b: [] };
  const seen = new Map<string, number>();
  let next = 1;
  for (const d of row.pairs.flatMap((p) => p.differences ?? [])) {
    const key = `${d.type}|${d.a?.id}:${d.a?.start}-${d.a?.end}|${d.b?.id}:${d.b?.start}-${d.b?.end}`;
    if (seen.has(key)) continue;
    const number = next++;
    seen.set(key, number);
    for (const side of ['a', 'b'] as const) {
      const span = d[side];
      // Words already marked on this side (the same subject against two statements) keep their first mark.
      if (span && !out[side].some((m) => m.sentence === span.id && m.start < span.end && span.start < m.end)) {
        out[side].push({ number, type: d.type, explanation: d.explanation, sentence: span.id, start: span.start, end: span.end });
      }
    }
  }
  return out;
}

/** The runs of one side cut at the edges of its marks; runs outside every mark are unchanged. */
export function markRuns(runs: readonly Run[], marks: readonly TypedMark[]): MarkedRun[] {
  if (marks.length === 0) return [...runs];
  const out: MarkedRun[] = [];
  for (const run of runs) {
    if (run.sentence === null) {
      out.push(run);
      continue;
    }
    const end = run.start + run.text.length;
    const cuts = new Set([run.start, end]);
    for (const m of marks) {
      if (m.sentence !== run.sentence) continue;
      if (m.start > run.start && m.start < end) cuts.add(m.start);
      if (m.end > run.start && m.end < end) cuts.add(m.end);
    }
    const points = [...cuts].sort((x, y) => x - y);
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i]!, points[i + 1]!];
      const piece: MarkedRun = { ...run, text: run.text.slice(from - run.start, to - run.start), start: from };
      const mark = marks.find((m) => m.sentence === run.sentence && m.start <= from && to <= m.end);
      if (mark) piece.mark = mark;
      out.push(piece);
    }
  }
  return out;
}

/**
 * A stretch of one side's runs as the view draws it: the runs of one typed difference
 * together (one box, one badge, the spaces between its words included), or a single
 * run outside every difference. Joining the groups' texts gives the runs' text exactly.
 */
export interface RunGroup {
  /** The typed difference the runs lie in; absent for a run outside every difference. */
  mark?: TypedMark;
  /** The runs, in order: one when `mark` is absent; each keeps its kind, sentence and offset. */
  runs: MarkedRun[];
  /** The runs' texts joined. */
  text: string;
}

/** Whether two marks are the same difference's words on one side. */
const sameMark = (x: TypedMark, y: TypedMark): boolean =>
  x.number === y.number && x.sentence === y.sentence && x.start === y.start && x.end === y.end;

/**
 * The runs of one side (from `markRuns`) gathered so that the adjacent runs of one typed
 * difference form one group: its words may be cut into runs of different kinds (a word only
 * one side has, a word both have, the space between), but the difference reads as one phrase.
 */
export function groupMarkedRuns(runs: readonly MarkedRun[]): RunGroup[] {
  const out: RunGroup[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (run.mark && last?.mark && sameMark(last.mark, run.mark)) {
      last.runs.push(run);
      last.text += run.text;
    } else {
      out.push({ ...(run.mark && { mark: run.mark }), runs: [run], text: run.text });
    }
  }
  return out;
}
