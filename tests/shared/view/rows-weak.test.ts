/**
 * Weak links do not fold rows together (issue 14; shared/view/rows.ts): only a link of
 * confidence ≥ PROBABLE (0.5), or the analyst's, joins two rows; a weaker one is a
 * cross-reference on both rows, and the counts say which statements are matched only weakly.
 * Invented readouts of an invented call, three topics.
 */
import { describe, expect, it } from 'vitest';
import { summaryWording, matchedRowCount, typedRowCount } from '../../../shared/compare/wording';
import { weakCoverageShort, weakCoverageWording, weaklyMatched, wordShare } from '../../../shared/compare/weak-links';
import { countWords } from '../../../shared/text/words';
import type { Comparison } from '../../../shared/compare/compare';
import type { SentenceId } from '../../../shared/model/types';
import { buildRows, weakLinkWording } from '../../../shared/view/rows';
import { isUncertainRow } from '../../../shared/view/uncertain';
import { makeComparison } from './make';

const A = [
  'The Chancellor raised the renewal of the Dorvian fisheries accord.',
  'She welcomed progress on the Kessel–Marrow railway link.',
  'The leaders looked forward to the Lantern Festival in Oskar Bay.',
  'The Chancellor also confirmed her support for the river clean-up fund.',
];
const B = [
  'The sides discussed extending the fisheries accord with Dorvia.',
  'Construction of the Kessel–Marrow railway was reviewed.',
  'The President invited the Chancellor to the Lantern Festival.',
];

// Each topic strongly linked; a chain of weak links (0.3, 0.45) runs fisheries → railway → festival,
// and a4 (the clean-up fund) is linked to nothing but the festival, weakly (0.2).
const chain = makeComparison(A, B, [[0, 0, 0.6, 0.9], [1, 1, 0.6, 0.85], [2, 2, 0.6, 0.7], [0, 1, 0.2, 0.3], [1, 2, 0.2, 0.45], [3, 2, 0.1, 0.2]]);

describe('rows and weak links', () => {
  it('keeps three topics in three rows when only weak links chain them', () => {
    const rows = buildRows(chain);
    expect(rows.map((r) => r.key)).toEqual(['r:a1|b1', 'r:a2|b2', 'r:a3|b3', 'a:a4']);
    expect(rows.slice(0, 3).map((r) => r.pairs.length)).toEqual([1, 1, 1]);
    expect(matchedRowCount(chain.pairs)).toBe(3);
  });

  it('shows each weak link on both rows it links, naming the other row and sentence and the confidence', () => {
    const rows = buildRows(chain);
    const refs = rows.map((r) => r.weak.map((w) => `${w.own} ${weakLinkWording(w)}`));
    expect(refs).toEqual([
      ['a1 possibly matches row 2 / b2 (link confidence 0.30)'],
      ['b2 possibly matches row 1 / a1 (link confidence 0.30)', 'a2 possibly matches row 3 / b3 (link confidence 0.45)'],
      ['b3 possibly matches row 2 / a2 (link confidence 0.45)', 'b3 possibly matches row 4 / a4 (link confidence 0.20)'],
      ['a4 possibly matches row 3 / b3 (link confidence 0.20)'],
    ]);
  });

  it('makes a statement whose links are all weak a row of its own, "matched only weakly", and unsure', () => {
    const row = buildRows(chain)[3]!;
    expect(row).toMatchObject({ kind: 'only-a', a: ['a4'], b: [], pairs: [], wording: 'matched only weakly with Kremlin' });
    expect(isUncertainRow(row, chain)).toBe(true);
  });

  it('counts the statements no confident link holds, in the count line, instead of calling them matched', () => {
    // a3–b3 (0.7) is "probably" right: it makes a row, but no confident one; a4's only link is weak.
    expect(weaklyMatched(chain.pairs)).toEqual({ a: ['a3', 'a4'], b: ['b3'] });
    expect(summaryWording(chain)).toBe('3 matched rows · 0 statements only in White House · 0 statements only in Kremlin · '
      + '2 statements of White House matched only weakly · 1 statement of Kremlin matched only weakly');
    const words = A.map((t) => countWords(t));
    expect(wordShare(chain.a, weaklyMatched(chain.pairs).a)).toBeCloseTo((words[2]! + words[3]!) / words.reduce((x, y) => x + y), 5);
    expect(weakCoverageWording(wordShare(chain.b, weaklyMatched(chain.pairs).b))).toMatch(/^ \(\d+% only weakly\)$/);
    expect(weakCoverageWording(0)).toBe('');
    // The app's card, one line at 1000 px, says it short (its tooltip and screen readers have the words above).
    expect(weakCoverageShort(0.004)).toBe(' (1% weak)');
    expect(weakCoverageShort(0)).toBe('');
  });

  it('joins rows with a link at 0.5, and with the analyst\'s link whatever the machine thought', () => {
    const probable = makeComparison(A, B, [[0, 0, 0.6, 0.9], [1, 1, 0.6, 0.9], [0, 1, 0.2, 0.5]]);
    expect(buildRows(probable).filter((r) => r.kind === 'matched').map((r) => r.key)).toEqual(['r:a1+a2|b1+b2']);
    const analyst = makeComparison(A, B, [[0, 0, 0.6, 0.9], [1, 1, 0.6, 0.9], [0, 1, 0.2, null]]);
    analyst.pairs[1] = { ...analyst.pairs[1]!, by: 'analyst' };
    expect(buildRows(analyst)[0]!.key).toBe('r:a1+a2|b1+b2');
    expect(weaklyMatched(analyst.pairs)).toEqual({ a: [], b: [] });
  });

  it('keeps a weak link inside a row that stronger links already make', () => {
    const inside = makeComparison(A, B, [[0, 0, 0.6, 0.9], [0, 1, 0.6, 0.9], [1, 1, 0.6, 0.9], [1, 0, 0.1, 0.2]]);
    const rows = buildRows(inside);
    expect(rows[0]!.pairs).toHaveLength(4);
    expect(rows[0]!.weak).toEqual([]);
    expect(typedRowCount(inside.pairs)).toBeNull();
  });

  it('an analyst\'s link does not chain through a link the aligner is not confident of (tester 8, U14)', () => {
    // a1–b1 (0.6, not confident) and a2–b2 (0.9): the analyst links a2 with b1.
    const c = makeComparison(A.slice(0, 2), B.slice(0, 2), [[0, 0, 0.4, 0.6], [1, 1, 0.6, 0.9]]);
    const analyst = { a: [c.a.sentences[1]!.id], b: [c.b.sentences[0]!.id], score: 0, confidence: null, reasons: [], diff: [], by: 'analyst' as const, checked: false };
    const linked = { ...c, pairs: [c.pairs[0]!, analyst, c.pairs[1]!] };
    const rows = buildRows(linked);
    // Without the rule a1 would join through b1: one row a1+a2 | b1+b2 (the fisheries and the railway).
    expect(rows.map((r) => r.key)).toEqual(['a:a1', 'r:a2|b1+b2']);
    expect(rows[0]!.weak.map((w) => [w.own, w.other])).toEqual([['a1', 'b1']]);
    // Checked by the analyst, the aligner's link joins again.
    const checked: Comparison = { ...linked, pairs: [{ ...c.pairs[0]!, checked: true }, analyst, c.pairs[1]!] };
    expect(buildRows(checked).map((r) => r.key)).toEqual(['r:a1+a2|b1+b2']);
    // A confident link of the aligner's still joins (a2–b2, 0.9, here beside the analyst's).
    expect(rows[1]!.pairs).toHaveLength(2);
  });
});

describe('typed differences of a row come from the links that make it (session 16)', () => {
  // a1–b1 and a2–b1 are confident, a1–b2 probable: one row of four sentences. a2–b2 (0.48) is inside the row
  // but too weak to join anything: two sentences that may not be the same point.
  const A2 = ['The ministers agreed to extend the ferry quota.', 'The Chancellor praised the new harbour tolls.'];
  const B2 = ['The sides extended the ferry quota by six months.', 'The President rejected any change to the harbour tolls.'];
  const base = makeComparison(A2, B2, [[0, 0, 0.7, 0.92], [1, 0, 0.6, 0.84], [0, 1, 0.5, 0.62], [1, 1, 0.3, 0.48]]);
  const span = (id: string, start: number, text: string) => ({ id: id as SentenceId, start, end: start + text.length, text });
  const withDifferences: Comparison = {
    ...base,
    pairs: base.pairs.map((p) => (p.a[0] === 'a2' && p.b[0] === 'b2'
      ? { ...p, differences: [{ type: 'actor' as const, a: span('a2', 0, 'The Chancellor'), b: span('b2', 0, 'The President'), explanation: 'who acts' }] }
      : p.a[0] === 'a1' && p.b[0] === 'b1'
        ? { ...p, differences: [{ type: 'number' as const, a: null, b: span('b1', 38, 'six months'), explanation: 'only B' }] }
        : p)),
  };

  it('a weak link inside a row gives the row none of its typed differences; the confident links keep theirs', () => {
    const rows = buildRows(withDifferences);
    expect(rows.map((r) => r.key)).toEqual(['r:a1+a2|b1+b2']);
    const types = rows[0]!.pairs.flatMap((p) => (p.differences ?? []).map((d) => `${p.a[0]}-${p.b[0]} ${d.type}`));
    expect(types).toEqual(['a1-b1 number']);
  });

  it('the comparison keeps the weak pair\'s differences: confirming the link brings them back', () => {
    const checked: Comparison = { ...withDifferences, pairs: withDifferences.pairs.map((p) => (p.a[0] === 'a2' && p.b[0] === 'b2' ? { ...p, checked: true } : p)) };
    const types = buildRows(checked)[0]!.pairs.flatMap((p) => (p.differences ?? []).map((d) => `${p.a[0]}-${p.b[0]} ${d.type}`));
    expect(types).toEqual(['a1-b1 number', 'a2-b2 actor']);
    expect(withDifferences.pairs.find((p) => p.a[0] === 'a2' && p.b[0] === 'b2')!.differences).toHaveLength(1);
  });
});
