import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffWords, wordDiff } from 'diff';
import { fixtureSentences } from '../../../bench/fixtures';
import { tokenMemo, wordChanges, wordTokens } from '../../../shared/diff/myers';
import { wordSegmenter } from '../../../shared/text/words';

/** The change objects as the callers read them. */
const plain = (changes: ReturnType<typeof diffWords> | undefined) => changes?.map((c) => ({ added: c.added, removed: c.removed, value: c.value }));

/** A deterministic pseudo-random sequence (the pairs drawn must not change from run to run). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('wordChanges gives what jsdiff diffWords gives', () => {
  const pool = fixtureSentences();

  it('on neighbouring and random pairs of fixture sentences', () => {
    const next = lcg(7);
    let compared = 0;
    for (let i = 0; i + 1 < pool.length; i++) {
      const random = Array.from({ length: 4 }, (): [string, string] => [pool[i]!, pool[Math.floor(next() * pool.length)]!]);
      const pairs: Array<[string, string]> = [[pool[i]!, pool[i + 1]!], ...random];
      for (const [a, b] of pairs) {
        expect(plain(wordChanges(a, b, { maxEditLength: 2000 })), `${a} | ${b}`).toEqual(plain(diffWords(a, b, { maxEditLength: 2000 })));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('when the edit length runs out (undefined from both)', () => {
    for (let i = 0; i + 1 < 200; i++) {
      const [a, b] = [pool[i]!, pool[i + 1]!];
      for (const maxEditLength of [0, 1, 3, 8]) {
        expect(plain(wordChanges(a, b, { maxEditLength }))).toEqual(plain(diffWords(a, b, { maxEditLength })));
      }
    }
  });

  it('on generated words, spaces and scripts, with and without a segmenter', () => {
    const words = fc.array(fc.constantFrom('the', 'peace', 'truce', '175', 'for', '—', ',', '.', 'Kyiv', 'Путин', 'мир', '"'), { maxLength: 14 });
    const spaces = fc.constantFrom(' ', '  ', '\n', ' \t', '');
    const sentence = fc.tuple(words, fc.array(spaces, { minLength: 14, maxLength: 14 })).map(([ws, sp]) => ws.map((w, i) => w + sp[i]).join(''));
    const intlSegmenter = wordSegmenter('ru');
    fc.assert(fc.property(sentence, sentence, fc.boolean(), (a, b, segmented) => {
      const options = { maxEditLength: 2000, ...(segmented ? { intlSegmenter } : {}) };
      expect(plain(wordChanges(a, b, options))).toEqual(plain(diffWords(a, b, options)));
    }), { numRuns: 500 });
  });
});

describe('wordChanges with a comparison\'s token memo', () => {
  it('gives what it gives without one, over many pairs sharing one memo and its scratch diagonals', () => {
    const words = fc.array(fc.constantFrom('the', 'peace', 'truce', '175', 'for', '—', ',', '.', 'Kyiv', 'Peace', ' the'), { maxLength: 16 });
    const sentence = words.map((ws) => ws.join(' '));
    const memo = tokenMemo();
    fc.assert(fc.property(sentence, sentence, fc.constantFrom(2000, 0, 1, 3), (a, b, maxEditLength) => {
      expect(plain(wordChanges(a, b, { maxEditLength }, memo))).toEqual(plain(diffWords(a, b, { maxEditLength })));
    }), { numRuns: 800 });
    // Long pairs first (larger diagonals), then short ones reusing them.
    const pool = fixtureSentences();
    for (let i = 0; i + 1 < 300; i++) {
      const [a, b] = [pool[i]!, pool[pool.length - 1 - i]!];
      expect(plain(wordChanges(a, b, { maxEditLength: 2000 }, memo)), `${a} | ${b}`).toEqual(plain(diffWords(a, b, { maxEditLength: 2000 })));
    }
  });
});

describe('wordTokens', () => {
  it('are jsdiff\'s word tokens', () => {
    const texts = [...fixtureSentences(), '  lead and trail  ', ' ', '', 'a\u00a0b\u2003c — d,e', 'x\n\ny \t z.', '\ud83d\ude00 emoji \ud83d\ude00x', 'lone \ud800 \udc00 halves'];
    for (const t of texts) expect(wordTokens(t), t).toEqual(wordDiff.tokenize(t));
  });
});
