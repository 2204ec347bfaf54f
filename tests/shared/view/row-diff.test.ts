import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../../shared/compare/compare';
import { rowDiff, type Run } from '../../../shared/view/row-diff';
import { buildRows } from '../../../shared/view/rows';
import { comparisonArb } from './arbitrary';
import { makeComparison } from './make';
import { sample2025 } from './sample';

const text = (runs: Run[]) => runs.map((r) => r.text).join('');

describe('rowDiff', () => {
  it("shows a pair as each side's words, marked same or only on that side, with where each run lies in its sentence", () => {
    const c = makeComparison(['The leaders spoke about peace.'], ['The presidents spoke about peace.'], [[0, 0]]);
    expect(rowDiff(buildRows(c)[0]!, c)).toEqual({
      a: [
        { text: 'The ', kind: 'same', sentence: 'a1', start: 0 },
        { text: 'leaders', kind: 'only-a', sentence: 'a1', start: 4 },
        { text: ' spoke about peace.', kind: 'same', sentence: 'a1', start: 11 },
      ],
      b: [
        { text: 'The ', kind: 'same', sentence: 'b1', start: 0 },
        { text: 'presidents', kind: 'only-b', sentence: 'b1', start: 4 },
        { text: ' spoke about peace.', kind: 'same', sentence: 'b1', start: 14 },
      ],
    });
  });

  it('diffs a row of several pairs as one passage, cut at sentence boundaries, the joining space in no sentence', () => {
    const c = makeComparison(['They agreed on a truce.', 'They will talk again.'], ['They agreed on a truce and will talk again.'], [[0, 0], [1, 0]]);
    expect(rowDiff(buildRows(c)[0]!, c)).toEqual({
      a: [
        { text: 'They agreed on a truce', kind: 'same', sentence: 'a1', start: 0 },
        { text: '.', kind: 'only-a', sentence: 'a1', start: 22 },
        { text: ' ', kind: 'only-a', sentence: null, start: 0 },
        { text: 'They', kind: 'only-a', sentence: 'a2', start: 0 },
        { text: ' will talk again.', kind: 'same', sentence: 'a2', start: 4 },
      ],
      b: [
        { text: 'They agreed on a truce', kind: 'same', sentence: 'b1', start: 0 },
        { text: ' and', kind: 'only-b', sentence: 'b1', start: 22 },
        { text: ' will talk again.', kind: 'same', sentence: 'b1', start: 26 },
      ],
    });
  });

  it('shows a word both sentences have in another order, or in another case, as common', () => {
    const c = makeComparison(['Peace begins with an energy and infrastructure ceasefire.'], ['A ceasefire on energy infrastructure, then Peace.'], [[0, 0]]);
    const r = rowDiff(buildRows(c)[0]!, c);
    const only = (runs: Run[]) => runs.filter((x) => x.kind !== 'same').map((x) => x.text).join('|');
    // The longest common subsequence keeps one order; every word both have is common wherever it stands.
    for (const w of ['energy', 'infrastructure', 'ceasefire', 'Peace']) {
      expect(only(r.a)).not.toContain(w);
      expect(only(r.b)).not.toContain(w);
    }
    expect(only(r.a)).toContain('begins');
    expect(only(r.b)).toContain('then');
    expect(text(r.a)).toBe('Peace begins with an energy and infrastructure ceasefire.');
    expect(text(r.b)).toBe('A ceasefire on energy infrastructure, then Peace.');
  });

  it('shows a short word or number both have in another order as common: never marked on both sides (tester 10, T7: "20")', () => {
    const c = makeComparison(['The envoys met on May 14 in Quito.'], ['In Quito, on 14 May, the envoys met.'], [[0, 0]]);
    const r = rowDiff(buildRows(c)[0]!, c);
    const only = (runs: Run[]) => runs.filter((x) => x.kind !== 'same').map((x) => x.text).join('|');
    for (const w of ['14', 'May', 'on', 'in']) {
      expect(only(r.a)).not.toMatch(new RegExp(`\\b${w}\\b`, 'iu'));
      expect(only(r.b)).not.toMatch(new RegExp(`\\b${w}\\b`, 'iu'));
    }
  });

  it('never marks one word (any length, any case) as only in A and only in B in the same row', () => {
    const vocabulary = ['20', 'June', 'a', 'to', 'of', 'met', 'in', 'Oslo', 'talks', 'on', 'we', 'IT', '7'];
    const sentence = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 9 }).map((ws) => `${ws.join(' ')}.`);
    const wordsOf = (runs: Run[], kind: string) => new Set(runs.filter((x) => x.kind === kind).flatMap((x) => x.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));
    fc.assert(fc.property(sentence, sentence, (x, y) => {
      const c = makeComparison([x], [y], [[0, 0]]);
      const r = rowDiff(buildRows(c)[0]!, c);
      const onlyB = wordsOf(r.b, 'only-b');
      expect([...wordsOf(r.a, 'only-a')].filter((w) => onlyB.has(w))).toEqual([]);
    }), { numRuns: 300 });
  });

  it('shows a repeated word as common only as many times as the other side has it', () => {
    // B's one "talks" comes after the ceasefire both have, so the diff cannot pair it with any of A's three.
    const c = makeComparison(['Talks, talks, talks on a ceasefire.'], ['A ceasefire after talks.'], [[0, 0]]);
    const r = rowDiff(buildRows(c)[0]!, c);
    const count = (runs: Run[], kind: string) => runs.filter((x) => x.kind === kind).map((x) => x.text).join('').match(/talks/giu)?.length ?? 0;
    expect(count(r.a, 'same')).toBe(1);
    expect(count(r.a, 'only-a')).toBe(2);
    expect(count(r.b, 'same')).toBe(1);
  });

  it('shows a one-sided row as one run of its own kind, and nothing on the other side', () => {
    const c = makeComparison(['Only here.'], ['Only there.'], []);
    const [onlyB, onlyA] = buildRows(c);
    expect(rowDiff(onlyA!, c)).toEqual({ a: [{ text: 'Only here.', kind: 'only-a', sentence: 'a1', start: 0 }], b: [] });
    expect(rowDiff(onlyB!, c)).toEqual({ a: [], b: [{ text: 'Only there.', kind: 'only-b', sentence: 'b1', start: 0 }] });
  });

  it("keeps each side's own whitespace, which jsdiff's word diff gives for one side only", () => {
    // diffWords('the', 'the the') gives "the " as common: A's text has no space.
    const c = makeComparison(['the'], ['the the'], [[0, 0]]);
    expect(rowDiff(buildRows(c)[0]!, c)).toEqual({
      a: [{ text: 'the', kind: 'same', sentence: 'a1', start: 0 }],
      b: [{ text: 'the ', kind: 'same', sentence: 'b1', start: 0 }, { text: 'the', kind: 'only-b', sentence: 'b1', start: 4 }],
    });
    const spaced = makeComparison(['Peace  and\nquiet.'], ['Peace and quiet now.'], [[0, 0]]);
    expect(text(rowDiff(buildRows(spaced)[0]!, spaced).a)).toBe('Peace  and\nquiet.');
  });

  it('rediffs a one-pair row whose stored diff does not fit its sentences', () => {
    const c = makeComparison(['Peace now.'], ['Peace soon.'], [[0, 0]]);
    c.pairs[0]!.diff = [{ kind: 'same', text: 'Something else.' }];
    expect(text(rowDiff(buildRows(c)[0]!, c).b)).toBe('Peace soon.');
  });

  it('throws, naming the row, when the row names a sentence the comparison does not have', () => {
    const c = makeComparison(['Peace now.'], [], []);
    expect(() => rowDiff({ ...buildRows(c)[0]!, a: ['a4' as never] }, c)).toThrow('rowDiff: row a:a1 names sentence a4, which readout A does not have');
  });

  it('marks the differing words of the ceasefire row of the 2025 sample on both sides', () => {
    const c = sample2025();
    const row = buildRows(c).find((r) => r.pairs.length > 1 && c.a.sentences.some((s) => r.a.includes(s.id) && s.text.includes('energy and infrastructure ceasefire')))!;
    const { a, b } = rowDiff(row, c);
    expect(a.filter((r) => r.kind === 'only-a').map((r) => r.text).join('|')).toContain('Black Sea');
    expect(b.filter((r) => r.kind === 'only-b').map((r) => r.text).join('|')).toContain('30-day');
  });

  it('shows the words the aligner matched as one concept as equivalent, with how each side words it (issue 17)', () => {
    const c = sample2025();
    const runs = buildRows(c).filter((r) => r.kind === 'matched').map((r) => rowDiff(r, c));
    const equivalents = runs.flatMap(({ a, b }) => [...a.filter((r) => r.kind === 'equivalent').map((r) => ['a', r] as const), ...b.filter((r) => r.kind === 'equivalent').map((r) => ['b', r] as const)]);
    expect(equivalents.length).toBeGreaterThan(0);
    // Each carries both sides' wording, its own side's being its text; the two wordings differ.
    for (const [side, r] of equivalents) {
      expect(r.equivalent![side]).toBe(r.text);
      expect(r.equivalent!.a.toLowerCase()).not.toBe(r.equivalent!.b.toLowerCase());
    }
  });
});

/** Checks that the runs of each side rebuild its text and point into their sentences. */
function checkRuns(c: Comparison): void {
  for (const row of buildRows(c)) {
    const runs = rowDiff(row, c);
    for (const side of ['a', 'b'] as const) {
      const own = side === 'a' ? 'only-a' : 'only-b';
      const sentences = row[side].map((id) => c[side].sentences.find((s) => s.id === id)!);
      expect(text(runs[side])).toBe(sentences.map((s) => s.text).join(' '));
      for (const run of runs[side]) {
        expect(run.kind === 'same' || run.kind === 'equivalent' || run.kind === own).toBe(true);
        if (run.kind === 'equivalent') expect(run.text.toLowerCase()).toBe(run.equivalent![side].toLowerCase());
        expect(run.text).not.toBe('');
        if (run.sentence === null) expect(run.text).toBe(' ');
        else expect(sentences.find((s) => s.id === run.sentence)!.text.slice(run.start, run.start + run.text.length)).toBe(run.text);
      }
    }
    if (row.kind !== 'matched') expect(runs[row.kind === 'only-a' ? 'b' : 'a']).toEqual([]);
  }
}

describe('rowDiff, on random comparisons', () => {
  it("rebuilds each side's sentences, joined by a space, from runs that point at their own text", () => {
    fc.assert(fc.property(comparisonArb, checkRuns), { numRuns: 300 });
  });

  it('does so on the 2025 sample', () => {
    checkRuns(sample2025());
  });
});
