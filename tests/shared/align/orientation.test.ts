/**
 * The order the two files come in changes nothing (tester 9, V3: swapping A and B changed
 * the links and one-sided statements of 3 of 6 pairs): the same readouts compared either
 * way give the same links, confidences and one-sided statements, mirrored.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readsFirst } from '../../../shared/align/orientation';
import { compare, type Comparison } from '../../../shared/compare/compare';
import type { SourceDoc, SourceMeta } from '../../../shared/model/types';
import { loadResources } from '../../../node/resources';

const PAIRS = fileURLToPath(new URL('../../fixtures/pairs', import.meta.url));
const resources = loadResources();

function doc(pair: string, file: 'a.txt' | 'b.txt', label: string): SourceDoc {
  const meta: SourceMeta = { label, complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null };
  return { file, text: readFileSync(join(PAIRS, pair, file), 'utf8'), meta };
}

/** A sentence id of the other orientation: "a3" ↔ "b3". */
const flip = (id: string): string => (id.startsWith('a') ? 'b' : 'a') + id.slice(1);

/** What a reader is told, as the first readout's ids: each link with its confidence and reasons, each one-sided statement with its confidence. */
function told(c: Comparison, swapped: boolean): string[] {
  const id = (x: string): string => (swapped ? flip(x) : x);
  const links = c.pairs.map((p) => {
    const [first, second] = swapped ? [p.b, p.a] : [p.a, p.b];
    return `link ${first.map(id).join('+')}|${second.map(id).join('+')} ${p.confidence} ${p.reasons.map((r) => r.label).join(', ')}`;
  });
  const oneSided = c.omissions.map((o) => `only ${id(o.id)} ${o.confidence}`);
  return [...links, ...oneSided].sort();
}

describe('the order of the two readouts', () => {
  // The three pairs the tester found changed, and two more.
  const pairs = ['2020-03-24-abe-trudeau', '2022-09-28-trudeau-zelenskyy', '2016-07-06-obama-putin', '2021-05-28-suga-johnson', '2024-06-14-kishida-sunak'];
  for (const pair of pairs) {
    it(`changes nothing a reader is told: ${pair}`, () => {
      const a = doc(pair, 'a.txt', 'First');
      const b = doc(pair, 'b.txt', 'Second');
      const forward = compare(a, b, resources);
      const backward = compare(b, a, resources);
      expect(told(backward, true)).toEqual(told(forward, false));
      expect(forward.pairs.length).toBeGreaterThan(0);
    }, 60_000);
  }

  it('is chosen from the texts alone, one way for each unordered pair', () => {
    const s = (...texts: string[]) => ({ sentences: texts.map((text) => ({ text })) });
    const cases = [[s('x', 'y'), s('z')], [s('aa'), s('b')], [s('b'), s('a')], [s('same'), s('same')]] as const;
    for (const [x, y] of cases) expect(readsFirst(x, y) || readsFirst(y, x)).toBe(true);
    for (const [x, y] of cases.slice(0, 3)) expect(readsFirst(x, y)).not.toBe(readsFirst(y, x));
  });

  it('compares the readouts as their sentences joined by line breaks, without joining them', () => {
    const s = (texts: readonly string[]) => ({ sentences: texts.map((text) => ({ text })) });
    /** The rule as documented: fewer sentences, then fewer characters, then code-unit order of the joined texts. */
    const joined = (x: readonly string[], y: readonly string[]): boolean => {
      if (x.length !== y.length) return x.length < y.length;
      const [tx, ty] = [x.join('\n'), y.join('\n')];
      return tx.length !== ty.length ? tx.length < ty.length : tx <= ty;
    };
    // A prefix against a longer text, and a unit below the separator ("\t" < "\n") after it.
    const edges: Array<[string[], string[]]> = [[['ab', 'c'], ['a', 'bc']], [['a', 'b\tc'], ['a\tb', 'c']], [['a\tb', 'c'], ['a', 'b\tc']], [['x', ''], ['', 'x']]];
    for (const [x, y] of edges) expect(readsFirst(s(x), s(y))).toBe(joined(x, y));
    const texts = fc.array(fc.string({ unit: fc.constantFrom('a', 'b', '\t', '\n', ' '), maxLength: 4 }), { minLength: 1, maxLength: 3 });
    fc.assert(fc.property(texts, texts, (x, y) => readsFirst(s(x), s(y)) === joined(x, y)), { numRuns: 2000 });
  });
});
