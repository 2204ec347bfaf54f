import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wholeWords, wholeWordTest } from '../../../shared/differences/rows';

// The row-echo check of shared/differences/rows.ts reads ASCII words by char codes instead
// of an expression per span: it must answer as the expression does, on any text.
describe('whole words in any case, by char codes', () => {
  const test = wholeWordTest();
  const agrees = (text: string, words: string) => expect([text, words, test(text, words)]).toEqual([text, words, wholeWords(words).test(text)]);

  it('answers as the expression on invented texts', () => {
    agrees('Lisbon called the talks steady.', 'steady');
    agrees('Lisbon called the talks STEADY.', 'Steady');
    agrees('The steadying of the talks.', 'steady');
    agrees('The talks, steady2 and calm.', 'steady');
    agrees('The talks were éssteady.', 'steady');
    agrees('The talks were steady\u0301.', 'steady');
    agrees('The talks were \ud835\udc00steady.', 'steady');
    agrees('The talks were \u0663steady.', 'steady');
    agrees('A ſtable peace.', 'stable');
    agrees('A 5 \u212am road.', 'km');
    agrees('Both sides (of the river) agreed.', 'sides (of');
    agrees('in 2026 and 2027', '2026');
    agrees('', 'x');
    agrees('anything', '');
  });

  it('answers as the expression on generated texts and words', () => {
    const unit = fc.constantFrom('a', 'A', 's', 'S', 'k', 'K', 'e', '7', ' ', '-', '.', "'", '’', 'é', 'É', 'ſ', '\u212a', '\u0130', '\u0131', '\u0301', '\u0663', '\ud835\udc00', '\ud83d\ude00', '[', '^', '`', '@', '{');
    const wordUnit = fc.constantFrom('a', 'A', 's', 'k', 'e', '7', ' ', '-', '.', "'", '[', '^', '`', '@', '{', 'é');
    // Few distinct words, each expression made once: an expression of Unicode classes is slow to compile.
    const expressions = new Map<string, RegExp>();
    const expected = (text: string, words: string) => (expressions.get(words) ?? expressions.set(words, wholeWords(words)).get(words)!).test(text);
    const words = fc.string({ unit: wordUnit, minLength: 1, maxLength: 3 });
    fc.assert(fc.property(fc.array(fc.string({ unit, maxLength: 30 }), { minLength: 20, maxLength: 20 }), words, (texts, w) => {
      for (const text of texts) expect([text, w, test(text, w)]).toEqual([text, w, expected(text, w)]);
    }), { numRuns: 150 });
  });
});
