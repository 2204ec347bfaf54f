import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, segmenterWords, words } from '../../../shared/text/words';

const pairs = join(__dirname, '..', '..', 'fixtures', 'pairs');
const texts = readdirSync(pairs).filter((d) => statSync(join(pairs, d)).isDirectory())
  .flatMap((d) => readdirSync(join(pairs, d)).filter((f) => f.endsWith('.txt')).map((f) => join(pairs, d, f)));

describe('words', () => {
  it('finds the same words as Intl.Segmenter in every fixture text', () => {
    expect(texts.length).toBeGreaterThanOrEqual(18);
    for (const file of texts) {
      const text = readFileSync(file, 'utf8');
      expect(words(text), file).toEqual(segmenterWords(text));
    }
  });

  it('finds the same words as Intl.Segmenter in Russian text', () => {
    const text = 'В.В. Путин и Д. Трамп обсудили 30-дневное прекращение ударов по энергетической инфраструктуре, т.е. «энергетическое перемирие».';
    expect(words(text, 'ru')).toEqual(segmenterWords(text, 'ru'));
  });

  it('keeps abbreviations, possessives and decimals whole', () => {
    expect(words('The U.S. and Russia’s 3.5% at 5:00 p.m.').map((w) => w.text)).toEqual(['The', 'U.S', 'and', 'Russia’s', '3.5', 'at', '5', '00', 'p.m']);
  });

  it('uses Intl.Segmenter for scripts without spaces between words', () => {
    expect(words('普京和特朗普通话', 'zh').length).toBeGreaterThan(1);
  });

  it('shifts offsets by the given offset', () => {
    expect(words('a truce', 'en', 10)).toEqual([{ text: 'a', start: 10, end: 11 }, { text: 'truce', start: 12, end: 17 }]);
  });

  it('counts what it finds', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => {
      expect(countWords(s)).toBe(words(s).length);
    }));
  });
});
