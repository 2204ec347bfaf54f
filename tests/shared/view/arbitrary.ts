/** fast-check arbitraries for the view-model property tests: random hand-made comparisons. */
import fc from 'fast-check';
import type { Comparison } from '../../../shared/compare/compare';
import { makeComparison, type Link } from './make';

/** Words with upper case, Cyrillic and regular-expression specials, none whose lower case changes length. */
export const vocabulary = ['the', 'The', 'leaders', 'agreed', 'ceasefire', 'Ceasefire', 'truce', 'U.S.', 'energy', '(talks)',
  '$5', 'a+b', 'мир', 'Мир', 'Kyiv', '[…]', 'peace.', 'and', 'on', 'x*'];

/** A sentence of 1 to 8 words, mostly single spaces between, sometimes two or a line break. */
export const sentenceArb = fc.array(fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(' ', ' ', ' ', ' ', '  ', '\n')), { minLength: 1, maxLength: 8 })
  .map((ws) => ws.map(([w, sep], i) => (i ? sep : '') + w).join(''));

/** A random comparison: up to 9 sentences a side and any links between them (many-to-many, possibly crossing). */
export const comparisonArb: fc.Arbitrary<Comparison> = fc
  .tuple(fc.array(sentenceArb, { maxLength: 9 }), fc.array(sentenceArb, { maxLength: 9 }), fc.boolean())
  .chain(([a, b, complete]) => {
    const links = a.length && b.length
      ? fc.uniqueArray(fc.tuple(fc.nat(a.length - 1), fc.nat(b.length - 1), fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000)),
        { selector: ([i, j]) => `${i}:${j}`, maxLength: 12 })
      : fc.constant([] as Link[]);
    return links.map((ls) => makeComparison(a, b, ls as Link[], complete));
  });
