import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../../shared/compare/compare';
import { buildRows } from '../../../shared/view/rows';
import { searchRows, type SearchMatch } from '../../../shared/view/search';
import { comparisonArb, vocabulary } from './arbitrary';
import { makeComparison } from './make';
import { sample2025 } from './sample';

/** Rows: b:b1, r:a1|b2, a:a2. */
const c = makeComparison(
  ['The U.S. and Russia agreed on a Ceasefire.', 'A ceasefire, a (30-day) ceasefire [\u2026] at $5.'],
  ['Russia wants   a\nceasefire too.', 'Russia and the U.S. agreed on a ceasefire.'],
  [[0, 1]],
);
const rows = buildRows(c);
const at = (m: SearchMatch) => `${m.rowIndex}${m.side}:${m.sentenceId}@${m.start}-${m.end}`;
const find = (query: string, caseSensitive?: boolean) => searchRows(rows, c, query, caseSensitive === undefined ? undefined : { caseSensitive }).map(at);

describe('searchRows', () => {
  it('finds the query in both readouts in row order, side A before B, then position, ignoring case', () => {
    expect(rows.map((r) => r.key)).toEqual(['b:b1', 'r:a1|b2', 'a:a2']);
    expect(find('ceasefire')).toEqual(['0b:b1@17-26', '1a:a1@32-41', '1b:b2@32-41', '2a:a2@2-11', '2a:a2@24-33']);
  });

  it('matches case exactly when asked', () => {
    expect(find('Ceasefire', true)).toEqual(['1a:a1@32-41']);
  });

  it('lets whitespace in the query match any run of whitespace, line breaks included, and ignores it at the ends', () => {
    expect(find('wants a ceasefire')).toEqual(['0b:b1@7-26']);
    expect(find('  agreed   on ')).toEqual(['1a:a1@20-29', '1b:b2@20-29']);
  });

  it('takes regular-expression characters literally', () => {
    expect(find('U.S.')).toEqual(['1a:a1@4-8', '1b:b2@15-19']);
    expect(find('U.S')).toEqual(['1a:a1@4-7', '1b:b2@15-18']);
    expect(find('u*s')).toEqual([]);
    expect(find('(30-day)')).toEqual(['2a:a2@15-23']);
    expect(find('[\u2026] at $5.')).toEqual(['2a:a2@34-44']);
  });

  it('finds nothing for an empty or blank query', () => {
    expect(find('')).toEqual([]);
    expect(find(' \n\t')).toEqual([]);
  });

  it('does not find text that runs across two sentences of a row', () => {
    expect(find('Ceasefire. A')).toEqual([]);
  });

  it('finds the suspension of strikes of the 2025 sample in the Kremlin readout', () => {
    const sample = sample2025();
    const found = searchRows(buildRows(sample), sample, 'SUSPENSION   of strikes');
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) {
      expect(m.side).toBe('b');
      expect(sample.b.sentences.find((s) => s.id === m.sentenceId)!.text.slice(m.start, m.end)).toBe('suspension of strikes');
    }
  });

  it('finds a word in the last of 1,000 rows without any of them rendered', () => {
    const texts = Array.from({ length: 1000 }, (_, i) => `Statement number ${i} about peace.`);
    const big = makeComparison(texts, [], []);
    expect(searchRows(buildRows(big), big, 'number 999').map(at)).toEqual(['999a:a1000@10-20']);
  });
});

/** Lower case with every run of whitespace as one space. */
const fold = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();

/** Where a plain left-to-right scan finds the query in the rows, both folded as `fold` does, without overlaps. */
function naive(c: Comparison, rowsOf: ReturnType<typeof buildRows>, query: string): string[] {
  const q = fold(query.trim());
  const out: string[] = [];
  rowsOf.forEach((row, rowIndex) => {
    for (const side of ['a', 'b'] as const) {
      for (const id of row[side]) {
        // Map each character of the folded text back to its offset in the sentence.
        const text = c[side].sentences.find((s) => s.id === id)!.text;
        let folded = '';
        const offsets: number[] = [];
        for (let i = 0; i < text.length; i++) {
          if (/\s/.test(text[i]!) && i > 0 && /\s/.test(text[i - 1]!)) continue;
          folded += /\s/.test(text[i]!) ? ' ' : text[i]!.toLowerCase();
          offsets.push(i);
        }
        offsets.push(text.length);
        for (let k = folded.indexOf(q); k >= 0; k = folded.indexOf(q, k + q.length)) {
          out.push(`${rowIndex}${side}:${id}@${offsets[k]}-${offsets[k + q.length]}`);
        }
      }
    }
  });
  return out;
}

describe('searchRows, on random comparisons', () => {
  // A query: a word, a few words, or a stretch of a sentence of the comparison.
  const queryArb = (c: Comparison) => {
    const texts = [...c.a.sentences, ...c.b.sentences].map((s) => s.text);
    const slices = texts.length
      ? fc.tuple(fc.constantFrom(...texts), fc.nat(), fc.nat()).map(([t, i, j]) => t.slice(Math.min(i, j) % (t.length + 1), Math.max(i, j) % (t.length + 1)))
      : fc.constant('');
    return fc.oneof(fc.constantFrom(...vocabulary), fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')), slices);
  };

  it('points every match at text equal to the query, ignoring case and runs of whitespace', () => {
    fc.assert(fc.property(comparisonArb.chain((c) => fc.tuple(fc.constant(c), queryArb(c), fc.boolean())), ([c, query, upper]) => {
      const q = upper ? query.toUpperCase() : query;
      const list = buildRows(c);
      const found = searchRows(list, c, q);
      if (q.trim() === '') expect(found).toEqual([]);
      for (const m of found) {
        const text = c[m.side].sentences.find((s) => s.id === m.sentenceId)!.text;
        expect(fold(text.slice(m.start, m.end))).toBe(fold(q.trim()));
        expect(list[m.rowIndex]![m.side]).toContain(m.sentenceId);
      }
      // In order: row, then side, then position.
      const order = found.map((m) => [m.rowIndex, m.side === 'a' ? 0 : 1, list[m.rowIndex]![m.side].indexOf(m.sentenceId), m.start]);
      expect(order).toEqual([...order].sort((x, y) => x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]! || x[3]! - y[3]!));
    }), { numRuns: 300 });
  });

  it('finds every place a naive scan finds, and no other', () => {
    fc.assert(fc.property(comparisonArb.chain((c) => fc.tuple(fc.constant(c), queryArb(c))), ([c, query]) => {
      fc.pre(query.trim() !== '');
      const list = buildRows(c);
      expect(searchRows(list, c, query).map(at)).toEqual(naive(c, list, query));
    }), { numRuns: 300 });
  });
});
