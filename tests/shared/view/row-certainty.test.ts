import { describe, expect, it } from 'vitest';
import { buildRows } from '../../../shared/view/rows';
import { rowCertainty, rowKindLabel } from '../../../shared/view/row-certainty';
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

  it('gives a one-sided row its one-sided confidence in the row itself, none for the analyst’s', () => {
    const one = rows.find((r) => r.kind !== 'matched')!;
    expect(rowKindLabel(one, c)).toBe('only in White House, one-sided confidence 0.61');
    const analysts = { ...c, omissions: c.omissions.map((o) => ({ ...o, by: 'analyst' as const, confidence: null })) };
    expect(rowKindLabel(one, analysts)).toBe('only in White House');
  });
});
