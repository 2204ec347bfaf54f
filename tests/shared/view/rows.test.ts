import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, type Comparison } from '../../../shared/compare/compare';
import type { SourceMeta } from '../../../shared/model/types';
import { buildRows, type Row } from '../../../shared/view/rows';
import { loadResources } from '../../../node/resources';
import { comparisonArb, sentenceArb } from './arbitrary';
import { makeComparison } from './make';
import { sample2025 } from './sample';
import { isWeakMatch, PROBABLE } from '../../../shared/align/strength';

const keys = (rows: Row[]) => rows.map((r) => r.key);
const textOf = (c: Comparison, pattern: string) => [...c.a.sentences, ...c.b.sentences].find((s) => s.text.includes(pattern))!.id;
const rowOf = (rows: Row[], id: string) => rows.find((r) => (r.a as string[]).includes(id) || (r.b as string[]).includes(id))!;

/** a1~b2, a2~b3 (same words), a3 only in A, b1 and b4 only in B. */
const small = (completeB = true) => makeComparison(
  ['The leaders spoke about peace.', 'They agreed on an energy ceasefire.', 'Only White House said this.'],
  ['Kremlin opened with this.', 'The presidents spoke about peace.', 'They agreed on an energy ceasefire.', 'Only Kremlin said this.'],
  [[0, 1, 0.71], [1, 2, 1]], completeB);

describe('buildRows', () => {
  it("follows A's text order and puts each B-only statement after the row of the B sentence before it", () => {
    expect(keys(buildRows(small()))).toEqual(['b:b1', 'r:a1|b2', 'r:a2|b3', 'b:b4', 'a:a3']);
  });

  it('describes a matched row by its sentences, pairs, best score and whether its words differ', () => {
    const c = small();
    const [, first, second] = buildRows(c);
    expect(first).toEqual({ key: 'r:a1|b2', label: '2', kind: 'matched', a: ['a1'], b: ['b2'], pairs: [c.pairs[0]], weak: [], score: 0.71, wording: null, changed: true });
    expect(second!.changed).toBe(false);
  });

  it("describes a one-sided row by its sentence and the core's omission wording, as a difference of score 0", () => {
    const rows = buildRows(small(false));
    expect(rows[0]).toEqual({ key: 'b:b1', label: '1', kind: 'only-b', a: [], b: ['b1'], pairs: [], weak: [], score: 0, wording: 'only in Kremlin', changed: true });
    expect(rows[4]).toEqual({ key: 'a:a3', label: '5', kind: 'only-a', a: ['a3'], b: [], pairs: [], weak: [], score: 0, wording: "not in Kremlin's (incomplete) copy", changed: true });
  });

  it('words a one-sided statement with the core’s rule when the comparison lists no wording for it', () => {
    const c = { ...small(), omissions: [] };
    expect(buildRows(c).map((r) => r.wording)).toEqual(['only in Kremlin', null, null, 'only in Kremlin', 'only in White House']);
  });

  it('joins pairs that share a sentence into one row, so the shared sentence appears once', () => {
    const c = makeComparison(['A one.', 'A two.', 'A three.'], ['B one.', 'B two.'], [[0, 0, 0.4], [1, 0, 0.9], [1, 1, 0.3]]);
    const rows = buildRows(c);
    expect(keys(rows)).toEqual(['r:a1+a2|b1+b2', 'a:a3']);
    expect(rows[0]!.pairs).toEqual(c.pairs);
    expect(rows[0]!.score).toBe(0.9);
  });

  it('joins transitively through crossing links and keeps each side’s ids in text order', () => {
    // a3~b1, a1~b1, a1~b3: one group; a2 and b2 are one-sided.
    const c = makeComparison(['A one.', 'A two.', 'A three.'], ['B one.', 'B two.', 'B three.'], [[2, 0], [0, 0], [0, 2]]);
    expect(keys(buildRows(c))).toEqual(['r:a1+a3|b1+b3', 'b:b2', 'a:a2']);
  });

  it('places a B-only statement after the row of its nearest earlier paired B sentence, when links cross', () => {
    // a1~b3 and a2~b2 cross; b4 follows b3, whose row comes first in A order.
    const c = makeComparison(['A one.', 'A two.', 'A three.'], ['B one.', 'B two.', 'B three.', 'B four.'], [[0, 2], [1, 1]]);
    expect(keys(buildRows(c))).toEqual(['b:b1', 'r:a1|b3', 'b:b4', 'r:a2|b2', 'a:a3']);
  });

  it('marks a matched row unchanged only when every one of its pairs has the same words', () => {
    const same = makeComparison(['Peace now.', 'Peace now.'], ['Peace now.'], [[0, 0], [1, 0]]);
    expect(buildRows(same)[0]!.changed).toBe(false);
    const one = makeComparison(['Peace now.', 'Peace soon.'], ['Peace now.'], [[0, 0], [1, 0]]);
    expect(buildRows(one)[0]!.changed).toBe(true);
  });

  it('gives an empty comparison no rows, and a comparison without links one row per sentence', () => {
    expect(buildRows(makeComparison([], [], []))).toEqual([]);
    expect(keys(buildRows(makeComparison(['A one.', 'A two.'], ['B one.'], [])))).toEqual(['b:b1', 'a:a1', 'a:a2']);
  });

  it('throws, naming the pair and the sentence, when a pair names a sentence the comparison does not have', () => {
    const c = small();
    c.pairs[1] = { ...c.pairs[1]!, b: ['b9' as never] };
    expect(() => buildRows(c)).toThrow('rows: pair 1 names sentence b9, which its readout does not have');
  });
});

describe('buildRows on the 2025 Trump–Putin sample', () => {
  const c = sample2025();
  const rows = buildRows(c);

  it('puts every sentence of both readouts in exactly one row', () => {
    expect(rows.flatMap((r) => r.a)).toHaveLength(c.a.sentences.length);
    expect(rows.flatMap((r) => r.b)).toHaveLength(c.b.sentences.length);
    expect(new Set(rows.flatMap((r) => [...r.a, ...r.b])).size).toBe(c.a.sentences.length + c.b.sentences.length);
  });

  it('shows the energy ceasefire and the suspension of strikes in one row with the sentences that refer back to them', () => {
    const row = rowOf(rows, textOf(c, 'energy and infrastructure ceasefire'));
    expect(row.kind).toBe('matched');
    expect(row.b).toContain(textOf(c, 'suspension of strikes on energy infrastructure'));
    expect(row.pairs.length).toBeGreaterThan(1);
    expect(row.changed).toBe(true);
  });

  it("does not show the Kremlin's key condition as surely shared: a row only the Kremlin has, or a weak match", () => {
    const condition = rowOf(rows, textOf(c, 'complete cessation of foreign military assistance'));
    // The gold has it one-sided; the learned selection links it, with a confidence under the threshold (docs/alignment.md).
    // Or its links are all too weak to join rows: then it is a row of its own, "matched only weakly".
    if (condition.kind === 'only-b') expect(condition.wording).toMatch(/^(probably )?only in Kremlin$|^matched only weakly with White House$/);
    else expect(isWeakMatch(condition.pairs.map((p) => p.confidence))).toBe(true);
  });

  it("words every White House-only row as not in the Kremlin's incomplete copy", () => {
    const onlyA = rows.filter((r) => r.kind === 'only-a');
    expect(onlyA.length).toBeGreaterThan(0);
    // A statement linked only weakly (its links under 0.5 join no rows) says so instead.
    for (const r of onlyA) expect(r.wording).toMatch(r.weak.length > 0 ? /^matched only weakly with Kremlin's \(incomplete\) copy$/ : /^(probably )?not in Kremlin's \(incomplete\) copy$/);
  });

  it('starts with the opening statements of both readouts, paired', () => {
    expect(rows[0]!.kind).toBe('matched');
    expect(rows[0]!.a[0]).toBe('a1');
    expect(rows[0]!.b[0]).toBe('b1');
  });
});

/** Index of a sentence in its readout, from its id. */
const n = (id: string) => Number(id.slice(1)) - 1;

/** Checks the invariants of rows over a comparison. */
function checkRows(c: Comparison, rows: Row[]): void {
  // Every sentence in exactly one row, each side's ids in text order.
  expect(rows.flatMap((r) => r.a).map(n).sort((x, y) => x - y)).toEqual(c.a.sentences.map((_, i) => i));
  expect(rows.flatMap((r) => r.b).map(n).sort((x, y) => x - y)).toEqual(c.b.sentences.map((_, i) => i));
  for (const r of rows) {
    expect(r.a.map(n)).toEqual([...r.a.map(n)].sort((x, y) => x - y));
    expect(r.b.map(n)).toEqual([...r.b.map(n)].sort((x, y) => x - y));
  }
  expect(new Set(keys(rows)).size).toBe(rows.length);
  // Every pair in exactly one row, with all its sentences, or a weak link (under PROBABLE) between two rows, on both.
  const between = new Set(rows.flatMap((r) => r.weak.map((w) => w.pair)));
  expect(rows.flatMap((r) => r.pairs).length + between.size).toBe(c.pairs.length);
  for (const r of rows) for (const p of r.pairs) expect([...p.a, ...p.b].every((id) => r.a.includes(id) || r.b.includes(id))).toBe(true);
  rows.forEach((r, i) => {
    for (const w of r.weak) {
      expect(w.pair.confidence).toBeLessThan(PROBABLE);
      expect(w.row).not.toBe(String(i + 1));
      const other = rows.find((x) => x.label === w.row)!;
      expect([...other.a, ...other.b]).toContain(w.other);
      expect(other.weak.some((x) => x.pair === w.pair && x.other === w.own)).toBe(true);
    }
  });
  // Rows with A sentences in the order of their first A sentence.
  const firsts = rows.filter((r) => r.a.length > 0).map((r) => n(r.a[0]!));
  expect(firsts).toEqual([...firsts].sort((x, y) => x - y));
  // A B-only row comes after the row of the nearest earlier paired B sentence, with only B-only rows of B between.
  const paired = new Set(rows.filter((r) => r.kind === 'matched').flatMap((r) => r.b));
  rows.forEach((r, i) => {
    if (r.kind !== 'only-b') return;
    const j = n(r.b[0]!);
    const before = c.b.sentences.slice(0, j).filter((s) => paired.has(s.id)).pop();
    const anchor = before ? rows.findIndex((x) => x.b.includes(before.id)) : -1;
    expect(anchor).toBeLessThan(i);
    for (const between of rows.slice(anchor + 1, i)) {
      expect(between.kind).toBe('only-b');
      expect(n(between.b[0]!)).toBeLessThan(j);
    }
  });
}

describe('buildRows, on random comparisons', () => {
  it('puts every sentence in exactly one row, with unique keys, in reading order', () => {
    fc.assert(fc.property(comparisonArb, (c) => checkRows(c, buildRows(c))), { numRuns: 400 });
  });

  it('gives the same rows for the same comparison', () => {
    fc.assert(fc.property(comparisonArb, (c) => {
      expect(JSON.stringify(buildRows(structuredClone(c)))).toBe(JSON.stringify(buildRows(c)));
    }), { numRuns: 100 });
  });

  it('keeps its invariants on comparisons the core made from random texts', () => {
    const resources = loadResources();
    const meta = (label: string): SourceMeta =>
      ({ label, complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null });
    const textArb = fc.array(sentenceArb.map((s) => s.replace(/\.$/, '') + '.'), { minLength: 1, maxLength: 10 }).map((ss) => ss.join(' '));
    fc.assert(fc.property(textArb, textArb, (ta, tb) => {
      const c = compare({ file: 'a.txt', text: ta, meta: meta('A') }, { file: 'b.txt', text: tb, meta: meta('B') }, resources);
      checkRows(c, buildRows(c));
    }), { numRuns: 60 });
  });
});

describe('buildRows, at scale', () => {
  it('builds the rows of a 1,000-row comparison in well under a second', () => {
    // 800 pairs, 100 sentences only in A, 100 only in B.
    const a = Array.from({ length: 900 }, (_, i) => `Statement ${i} of the White House about peace.`);
    const b = Array.from({ length: 900 }, (_, i) => `Statement ${i} of the Kremlin about peace.`);
    const links: [number, number][] = [];
    for (let i = 0; i < 800; i++) links.push([i, i]);
    const c = makeComparison(a, b, links);
    for (let k = 0; k < 10; k++) buildRows(c);
    const rows = buildRows(c);
    expect(rows).toHaveLength(1000);
    expect(rows.filter((r) => r.kind === 'matched')).toHaveLength(800);
    expect(rows[800]!.key).toBe('b:b801');
    expect(rows[999]!.key).toBe('a:a900');
  }, 10_000);
});
