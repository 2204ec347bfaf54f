import { describe, expect, it } from 'vitest';
import { confidencePercent, confidenceText, isUncertain, oneSidedHedge } from '../../../shared/align/strength';
import { buildRows } from '../../../shared/view/rows';
import { isStructuralRow, rowCertainty, rowKindLabel } from '../../../shared/view/row-certainty';
import { makeComparison } from './make';

describe('a row’s certainty, read first', () => {
  const base = makeComparison(['Peace was discussed.', 'Trade was discussed.', 'Only here.'], ['Peace was talked about.', 'Trade was discussed.'], [[0, 0], [1, 1]]);
  const c = { ...base, pairs: base.pairs.map((p, i) => (i === 0 ? { ...p, confidence: 0.57 } : p)), omissions: base.omissions.map((o) => ({ ...o, confidence: 0.61 })) };
  const rows = buildRows(c);

  it('puts a weak match’s certainty, with its link confidence, before what the row is', () => {
    expect(rowKindLabel(rows[0]!, c)).toBe('Weak match (link confidence 0.57), worded differently');
    expect(rowKindLabel(rows[1]!, c)).toBe('Matched, same words');
    expect(rowCertainty(rows[1]!, c)).toBeNull();
  });

  it('does not call a row weak once the analyst checked its link, as the findings, the filter and the count line do not (tester 9, V11)', () => {
    const checked = { ...c, pairs: c.pairs.map((p, i) => (i === 0 ? { ...p, checked: true } : p)) };
    expect(rowCertainty(buildRows(checked)[0]!, checked)).toBeNull();
    expect(rowKindLabel(buildRows(checked)[0]!, checked)).toBe('Matched, worded differently');
  });

  it('gives a one-sided row its one-sided confidence in the row itself, none for the analyst’s', () => {
    const one = rows.find((r) => r.kind !== 'matched')!;
    expect(rowKindLabel(one, c)).toBe('only in White House, one-sided confidence 0.61');
    const analysts = { ...c, omissions: c.omissions.map((o) => ({ ...o, by: 'analyst' as const, confidence: null })) };
    expect(rowKindLabel(one, analysts)).toBe('only in White House');
  });

  it('gives a heading or announcing line no one-sided figure, and marks its row structural (tester 9, V8)', () => {
    const one = rows.find((r) => r.kind !== 'matched')!;
    const structural = { ...c, omissions: c.omissions.map((o) => ({ ...o, structure: true as const })) };
    expect(rowCertainty(one, structural)).toBeNull();
    expect(isStructuralRow(one, structural)).toBe(true);
    expect(isStructuralRow(one, c)).toBe(false);
    expect(isStructuralRow(rows[0]!, structural)).toBe(false);
  });
});

describe('the hedge word and the figure printed next to it (R5)', () => {
  // The word is decided on the figure people read: never "possibly … 0.50" nor "probably … 0.80".
  it.each([
    [0.494, 'possibly ', 'one-sided confidence 0.49', 'one-sided confidence 49%'],
    [0.496, 'probably ', 'one-sided confidence 0.50', 'one-sided confidence 50%'],
    [0.4996, 'probably ', 'one-sided confidence 0.50', 'one-sided confidence 50%'],
    [0.794, 'probably ', 'one-sided confidence 0.79', 'one-sided confidence 79%'],
    [0.7996, '', 'one-sided confidence 0.80', 'one-sided confidence 80%'],
  ])('%s: %j with %s', (confidence, hedge, text, percent) => {
    expect([oneSidedHedge(confidence), confidenceText(confidence, 'one-sided'), confidencePercent(confidence, 'one-sided')]).toEqual([hedge, text, percent]);
  });

  it('does not call a link printed as 0.80 a weak match', () => {
    expect(isUncertain(0.7996)).toBe(false);
    const base = makeComparison(['Peace was discussed.'], ['Peace was talked about.'], [[0, 0]]);
    const c = { ...base, pairs: base.pairs.map((p) => ({ ...p, confidence: 0.7996 })) };
    expect(rowKindLabel(buildRows(c)[0]!, c)).toBe('Matched, worded differently');
  });
});
