import { describe, expect, it } from 'vitest';
import type { Pair } from '../../../shared/compare/compare';
import type { SentenceId } from '../../../shared/model/types';
import type { Run } from '../../../shared/view/row-diff';
import type { Row } from '../../../shared/view/rows';
import { markRuns, rowTypedMarks } from '../../../shared/view/typed-marks';

const id = (s: string) => s as SentenceId;
const span = (sentence: string, start: number, text: string) => ({ id: id(sentence), start, end: start + text.length, text });
const pair = (b: string, differences: Pair['differences']): Pair => ({ a: [id('a1')], b: [id(b)], score: 0.5, confidence: 0.9, reasons: [], diff: [], differences });
const row = (pairs: Pair[]): Row => ({ key: 'r', label: '1', kind: 'matched', a: [id('a1')], b: pairs.map((p) => p.b[0]!), pairs, weak: [], score: 0.5, wording: null, changed: true });

describe('typed marks of a row', () => {
  it('numbers each difference once, on both sides, and keeps the first mark where two pairs share the words', () => {
    const marks = rowTypedMarks(row([
      pair('b1', [{ type: 'actor', a: span('a1', 0, 'The ministers'), b: span('b1', 0, 'Berg'), explanation: 'x' }, { type: 'number', a: null, b: span('b1', 10, '90-day'), explanation: 'y' }]),
      pair('b2', [{ type: 'actor', a: span('a1', 0, 'The ministers'), b: span('b2', 0, 'Silva'), explanation: 'z' }]),
    ]));
    expect(marks.a.map((m) => [m.number, m.type, m.start, m.end])).toEqual([[1, 'actor', 0, 13]]);
    expect(marks.b.map((m) => [m.number, m.type, m.sentence])).toEqual([[1, 'actor', 'b1'], [2, 'number', 'b1'], [3, 'actor', 'b2']]);
  });

  it('cuts runs at the marks\' edges, the badge on the piece where a mark starts', () => {
    const runs: Run[] = [{ text: 'Berg proposed a ', kind: 'only-b', sentence: id('b1'), start: 0 }, { text: '90-day trial.', kind: 'same', sentence: id('b1'), start: 16 }];
    const marks = [{ number: 1, type: 'number' as const, explanation: 'e', sentence: id('b1'), start: 14, end: 22 }];
    const out = markRuns(runs, marks);
    expect(out.map((r) => [r.text, r.mark?.number ?? null])).toEqual([['Berg proposed ', null], ['a ', 1], ['90-day', 1], [' trial.', null]]);
    expect(out.map((r) => r.text).join('')).toBe(runs.map((r) => r.text).join(''));
  });
});
