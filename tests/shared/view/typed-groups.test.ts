import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SentenceId, Side } from '../../../shared/model/types';
import type { Run } from '../../../shared/view/row-diff';
import { rowDiff } from '../../../shared/view/row-diff';
import { buildRows } from '../../../shared/view/rows';
import { sentenceOf } from '../../../shared/view/sentence-of';
import { groupMarkedRuns, markRuns, type TypedMark } from '../../../shared/view/typed-marks';
import { comparisonArb } from './arbitrary';

const id = (s: string) => s as SentenceId;
const mark = (number: number, sentence: string, start: number, end: number): TypedMark => ({ number, type: 'evaluation', explanation: 'e', sentence: id(sentence), start, end });

/** Marks over whole words of `sentences`, chosen by `picks`, never overlapping (as rowTypedMarks keeps them). */
function wordMarks(sentences: ReadonlyArray<{ id: SentenceId; text: string }>, picks: readonly number[]): TypedMark[] {
  const marks: TypedMark[] = [];
  for (let i = 0; i + 2 < picks.length && sentences.length > 0; i += 3) {
    const s = sentences[picks[i]! % sentences.length]!;
    const words = [...s.text.matchAll(/\S+/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    if (words.length === 0) continue;
    const from = picks[i + 1]! % words.length;
    const to = from + (picks[i + 2]! % (words.length - from));
    const [start, end] = [words[from]!.start, words[to]!.end];
    if (marks.some((m) => m.sentence === s.id && m.start < end && start < m.end)) continue;
    marks.push(mark(marks.length + 1, s.id, start, end));
  }
  return marks;
}

describe('groupMarkedRuns', () => {
  it('gathers a difference cut into runs of different kinds ("detailed | and | frank") into one group, the spaces included', () => {
    const runs: Run[] = [
      { text: 'The envoys held a ', kind: 'same', sentence: id('b1'), start: 0 },
      { text: 'candid', kind: 'only-b', sentence: id('b1'), start: 18 },
      { text: ' and ', kind: 'same', sentence: id('b1'), start: 24 },
      { text: 'lively', kind: 'only-b', sentence: id('b1'), start: 29 },
      { text: ' talk.', kind: 'same', sentence: id('b1'), start: 35 },
    ];
    const groups = groupMarkedRuns(markRuns(runs, [mark(1, 'b1', 18, 35)]));
    expect(groups.map((g) => [g.text, g.mark?.number ?? null, g.runs.length])).toEqual([['The envoys held a ', null, 1], ['candid and lively', 1, 3], [' talk.', null, 1]]);
    expect(groups[1]!.runs.map((r) => r.kind)).toEqual(['only-b', 'same', 'only-b']);
  });

  it('keeps a name whose first word only one side has ("Ivar | Berg") as one group, and two differences side by side apart', () => {
    const runs: Run[] = [{ text: 'Ivar ', kind: 'only-b', sentence: id('b2'), start: 0 }, { text: 'Berg spoke.', kind: 'same', sentence: id('b2'), start: 5 }];
    const groups = groupMarkedRuns(markRuns(runs, [mark(1, 'b2', 0, 9), mark(2, 'b2', 10, 15)]));
    expect(groups.map((g) => [g.text, g.mark?.number ?? null])).toEqual([['Ivar Berg', 1], [' ', null], ['spoke', 2], ['.', null]]);
  });

  it('on random rows and marks: the groups rebuild the text exactly, each mark is one group of exactly its words, no two neighbours share one', () => {
    fc.assert(fc.property(comparisonArb, fc.nat(40), fc.array(fc.nat(50), { maxLength: 12 }), (c, which, picks) => {
      const rows = buildRows(c);
      if (rows.length === 0) return;
      const row = rows[which % rows.length]!;
      const runs = rowDiff(row, c);
      for (const side of ['a', 'b'] as Side[]) {
        const sentences = row[side].map((s) => sentenceOf(c[side], s)!);
        const marks = wordMarks(sentences, picks);
        const groups = groupMarkedRuns(markRuns(runs[side], marks));
        expect(groups.map((g) => g.text).join('')).toBe(sentences.map((s) => s.text).join(' '));
        for (let i = 1; i < groups.length; i++) expect(groups[i]!.mark !== undefined && groups[i]!.mark?.number === groups[i - 1]!.mark?.number).toBe(false);
        for (const m of marks) {
          const mine = groups.filter((g) => g.mark?.number === m.number);
          expect(mine).toHaveLength(1);
          const text = sentences.find((s) => s.id === m.sentence)!.text;
          expect([mine[0]!.runs[0]!.start, mine[0]!.text]).toEqual([m.start, text.slice(m.start, m.end)]);
        }
        for (const g of groups) expect(g.mark ? g.runs.length >= 1 : g.runs.length === 1).toBe(true);
      }
    }), { numRuns: 300 });
  });
});
