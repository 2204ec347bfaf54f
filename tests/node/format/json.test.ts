import { describe, expect, it } from 'vitest';
import { formatJson } from '../../../node/format/json';
import { sampleInput } from './sample';

describe('formatJson', () => {
  const json = JSON.parse(formatJson(sampleInput()));

  it('prints one JSON document ending with a newline', () => {
    expect(formatJson(sampleInput()).endsWith('}\n')).toBe(true);
  });

  it('has the sides, pairs and one-sided ids the scorer reads', () => {
    expect(Object.keys(json)).toEqual(['a', 'b', 'pairs', 'onlyA', 'onlyB', 'omissions', 'weakOnly', 'rows', 'findings']);
    expect(json.a).toMatchObject({ file: 'whitehouse.txt', label: 'White House', complete: true });
    expect(json.b).toMatchObject({ file: 'kremlin.txt', label: 'Kremlin', complete: false });
    expect(json.a.sentences[0]).toEqual({ id: 'a1', start: 0, end: 30, text: 'The leaders spoke about peace.', paragraph: 0 });
    expect(json.pairs.map((p: { a: string[]; b: string[]; score: number }) => [p.a, p.b, p.score])).toEqual([[['a1'], ['b2'], 0.71], [['a2'], ['b3'], 1]]);
    expect(json.onlyA).toEqual(['a3']);
    expect(json.onlyB).toEqual(['b1', 'b4']);
  });

  it('adds the rows as the app shows them, with weak links on both rows, and the statements matched only weakly', () => {
    const input = sampleInput();
    input.comparison.pairs[0]!.confidence = 0.42;
    const out = JSON.parse(formatJson(input));
    // The pair stays in pairs[]; it joins no rows.
    expect(out.pairs).toHaveLength(2);
    expect(out.weakOnly).toEqual({ a: ['a1'], b: ['b2'] });
    const rowOf = (id: string) => out.rows.find((r: { a: string[]; b: string[] }) => [...r.a, ...r.b].includes(id));
    expect(rowOf('a1')).toMatchObject({ kind: 'only-a', a: ['a1'], b: [], wording: "matched only weakly with Kremlin's (incomplete) copy", weak: [{ own: 'a1', other: 'b2', row: rowOf('b2').row, confidence: 0.42 }] });
    expect(rowOf('b2').weak).toEqual([{ own: 'b2', other: 'a1', row: rowOf('a1').row, confidence: 0.42 }]);
    expect(out.rows.map((r: { row: string }) => r.row)).toEqual(out.rows.map((_: unknown, i: number) => String(i + 1)));
  });

  it('adds each side\'s language, words, coverage and meta', () => {
    expect(json.a).toMatchObject({ language: 'en', words: 16, coverage: 11 / 16, publisher: 'The White House', title: 'Readout of the Call', date: '2025-03-18', url: null });
    expect(json.b).toMatchObject({ note: 'Paragraph 5 is cut short.', provenance: null });
  });

  it('adds each pair\'s reasons, word diff and confidence, and the omission wording and confidence', () => {
    expect(json.pairs[0].reasons[1]).toEqual({ label: 'leader', a: 'leaders', b: 'presidents', contribution: 0.2 });
    expect(json.pairs[1].diff).toEqual([{ kind: 'same', text: 'They agreed on an energy ceasefire.' }]);
    expect(json.pairs.map((p: { confidence: number }) => p.confidence)).toEqual([0.95, 0.95]);
    expect(json.omissions).toEqual([
      { id: 'a3', wording: "not in Kremlin's (incomplete) copy", confidence: 0.9, by: 'machine' },
      { id: 'b1', wording: 'only in Kremlin', confidence: 0.9, by: 'machine' },
      { id: 'b4', wording: 'only in Kremlin', confidence: 0.9, by: 'machine' },
    ]);
  });
});
