import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../../shared/compare/compare';
import { matchedRowCount, relabel, summaryParts, summaryWording, typedRowCount } from '../../../shared/compare/wording';
import type { SentenceId } from '../../../shared/model/types';

const side = (label: string, complete: boolean) => ({ file: `${label}.txt`, label, complete, language: 'en', sentences: [], coverage: 0.5, words: 10 });
const COMPARISON: Comparison = {
  a: side('White House', true), b: side('Kremlin', false), pairs: [],
  onlyA: ['a2' as SentenceId], onlyB: ['b3' as SentenceId],
  omissions: [{ id: 'a2' as SentenceId, wording: "not in Kremlin's (incomplete) copy", confidence: 0.9 }, { id: 'b3' as SentenceId, wording: 'probably only in Kremlin', confidence: 0.5 }],
};

describe('relabelling a comparison', () => {
  it('renames the readouts and words their one-sided statements again', () => {
    const r = relabel(COMPARISON, { a: 'Washington', b: 'Moscow' });
    expect([r.a.label, r.b.label]).toEqual(['Washington', 'Moscow']);
    expect(r.omissions).toEqual([
      { id: 'a2', wording: "not in Moscow's (incomplete) copy", confidence: 0.9 },
      { id: 'b3', wording: 'probably only in Moscow', confidence: 0.5 },
    ]);
  });

  it('renames the readouts in the typed differences\' explanations too', () => {
    const withDifference = { ...COMPARISON, pairs: [{ a: ['a1' as SentenceId], b: ['b1' as SentenceId], score: 0.5, confidence: 0.9, reasons: [], diff: [],
      differences: [{ type: 'number' as const, a: null, b: { id: 'b1' as SentenceId, start: 0, end: 6, text: '30-day' }, explanation: 'Only Kremlin gives a number: “30-day”.' }] }] };
    expect(relabel(withDifference, { a: 'White House', b: 'Moscow' }).pairs[0]!.differences![0]!.explanation).toBe('Only Moscow gives a number: “30-day”.');
  });

  it('keeps everything else, and is the same comparison when the labels are', () => {
    const r = relabel(COMPARISON, { a: 'Washington', b: 'Kremlin' });
    expect(r.pairs).toBe(COMPARISON.pairs);
    expect(r.a.coverage).toBe(0.5);
    expect(COMPARISON.a.label).toBe('White House');
    expect(relabel(COMPARISON, { a: 'White House', b: 'Kremlin' })).toBe(COMPARISON);
  });
});

describe('the count line', () => {
  const side = (label: string, complete = true) => ({ label, complete });
  const pair = (a: string[], b: string[]) => ({ a, b }) as unknown as Comparison['pairs'][number];

  it('counts matched rows, one per connected group of links, not links', () => {
    // a1–b1 and a1–b2 are one row (a1 is in both); a3–b4 is another.
    const pairs = [pair(['a1'], ['b1']), pair(['a1'], ['b2']), pair(['a3'], ['b4'])];
    expect(matchedRowCount(pairs)).toBe(2);
    expect(summaryWording({ a: side('White House'), b: side('Kremlin', false), pairs, onlyA: ['a2'], onlyB: [] } as never))
      .toBe("2 matched rows · 1 statement not in Kremlin's (incomplete) copy · 0 statements only in Kremlin");
  });

  it('joins rows through either side and counts none without links', () => {
    expect(matchedRowCount([pair(['a1'], ['b1']), pair(['a2'], ['b1']), pair(['a2'], ['b3'])])).toBe(1);
    expect(matchedRowCount([pair(['a1', 'a2'], ['b1']), pair(['a3'], ['b2', 'b3'])])).toBe(2);
    expect(matchedRowCount([])).toBe(0);
  });

  // A journalist read "18 with differences" in the PDF as 18 rows that differed, one-sided ones among them.
  it('counts the matched rows with typed differences among the matched rows only, one per row however many links have them', () => {
    const typed = (a: string[], b: string[]) => ({ a, b, differences: [{ type: 'number' }] }) as unknown as Comparison['pairs'][number];
    const plain = (a: string[], b: string[]) => ({ a, b, differences: [] }) as unknown as Comparison['pairs'][number];
    const pairs = [typed(['a1'], ['b1']), typed(['a1'], ['b2']), plain(['a3'], ['b4']), typed(['a5'], ['b6'])];
    expect(typedRowCount(pairs)).toBe(2);
    expect(summaryWording({ a: side('White House'), b: side('Kremlin'), pairs, onlyA: ['a2'], onlyB: ['b3'] } as never))
      .toBe('3 matched rows (2 with typed differences) · 1 statement only in White House · 1 statement only in Kremlin');
  });

  it('says nothing of typed differences for a comparison made before they existed', () => {
    const pairs = [pair(['a1'], ['b1'])];
    expect(typedRowCount(pairs)).toBeNull();
    expect(summaryWording({ a: side('White House'), b: side('Kremlin'), pairs, onlyA: [], onlyB: [] } as never))
      .toBe('1 matched row · 0 statements only in White House · 0 statements only in Kremlin');
  });

  // At 1000 and 1440 px the full sentence was cut after "7 statements only in Kremlin" (tester, session 11): the app shows the short parts.
  it('gives each part the same numbers with a short label, the full sentence being the parts\' full wordings', () => {
    const link = (a: string[], b: string[], confidence: number) => ({ a, b, confidence, differences: [{ type: 'number' }] }) as unknown as Comparison['pairs'][number];
    const c = { a: side('White House'), b: side('Kremlin', false), pairs: [link(['a1'], ['b1'], 0.9), link(['a2'], ['b2'], 0.3), link(['a3'], ['b2'], 0.3)], onlyA: ['a4', 'a5'], onlyB: ['b3'] } as never;
    const parts = summaryParts(c);
    expect(parts.map((p) => p.short)).toEqual([
      '1 matched (1 with typed differences)', "2 not in Kremlin's (incomplete) copy", '1 only in Kremlin', 'weakly matched: 2 White House, 1 Kremlin',
    ]);
    expect(parts.map((p) => p.full).join(' · ')).toBe(summaryWording(c));
    expect(summaryWording(c)).toBe("1 matched row (1 with typed differences) · 2 statements not in Kremlin's (incomplete) copy · 1 statement only in Kremlin · "
      + '2 statements of White House matched only weakly · 1 statement of Kremlin matched only weakly');
  });

  it('has no weak part when every link is sure', () => {
    expect(summaryParts({ a: side('White House'), b: side('Kremlin'), pairs: [pair(['a1'], ['b1'])], onlyA: [], onlyB: [] } as never).map((p) => p.short))
      .toEqual(['1 matched', '0 only in White House', '0 only in Kremlin']);
  });
});
