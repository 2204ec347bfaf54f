import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, inSpacedAlphabets, lexicalWords, segmentInChunks, segmenterWords, SPACED_WORD, spacedWords, words } from '../../../shared/text/words';

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

describe('segmentInChunks', () => {
  it('gives the same word segments as one Intl.Segmenter pass, with indexes into the whole text', () => {
    const text = 'Путин и Трамп обсудили прекращение огня. '.repeat(300) + '普京和特朗普通话'.repeat(200);
    const whole = [...new Intl.Segmenter('ru', { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).map((s) => [s.segment, s.index]);
    const chunked = [...segmentInChunks(new Intl.Segmenter('ru', { granularity: 'word' }), text)].filter((s) => s.isWordLike).map((s) => [s.segment, s.index]);
    // CJK runs may be cut at a chunk edge; the spaced part must match exactly.
    const spaced = (xs: (string | number)[][]) => xs.filter(([, i]) => (i as number) < 300 * 41);
    expect(spaced(chunked)).toEqual(spaced(whole));
    for (const [seg, i] of chunked) expect(text.slice(i as number, (i as number) + (seg as string).length)).toBe(seg);
  });

  it('segments a megabyte of Cyrillic without running out of memory', () => {
    const text = 'прекращение огня '.repeat(60_000);
    expect(countWords(text, 'ru')).toBe(120_000);
  });
});

describe('lexicalWords', () => {
  it('joins a hyphenated prefix to its word', () => {
    expect(lexicalWords('the de-occupied territories').map((w) => w.text)).toEqual(['the', 'de-occupied', 'territories']);
    expect(lexicalWords('co-operation', 'en', 5)).toEqual([{ text: 'co-operation', start: 5, end: 17 }]);
  });

  it('leaves other hyphenated words apart', () => {
    expect(lexicalWords('a 30-day cease-fire').map((w) => w.text)).toEqual(['a', '30', 'day', 'cease', 'fire']);
  });
});

describe('words without the expression (the scanner standing for SPACED_WORD)', () => {
  const byExpression = (text: string) => [...text.matchAll(SPACED_WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  // Joiners, digits (ASCII, Arabic-Indic, an astral one), letters of several scripts and planes, "_", a combining mark, lone surrogates.
  const unit = fc.constantFrom('a', 'Z', '7', '0', '_', ' ', '.', ',', "'", '’', '·', '-', ':', '\u0663', '\ud835\udfce', '\ud801\udc00',
    'é', 'ж', 'Ω', '\u0301', '\ud83d\ude00', '\ud800', '\udc00', '\u00b2', '\u2167', '\u00a0');

  it('finds what the expression finds, whatever the characters', () => {
    fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
      expect(spacedWords(text)).toEqual(byExpression(text));
      if (inSpacedAlphabets(text)) expect(countWords(text)).toBe(byExpression(text).length);
    }), { numRuns: 5000 });
  });

  it('joins digits by a comma only between digits, and words by an apostrophe or a full stop', () => {
    const found = (text: string) => spacedWords(text).map((w) => w.text);
    expect(found('1,000 and a,b but 3.5 and U.S and x’s and 7,')).toEqual(['1,000', 'and', 'a', 'b', 'but', '3.5', 'and', 'U.S', 'and', 'x’s', 'and', '7']);
    expect(found('a\ud835\udfce,\ud835\udfce z')).toEqual(['a\ud835\udfce,\ud835\udfce', 'z']);
  });

  it('finds what the expression finds in every fixture text', () => {
    for (const file of texts) {
      const text = readFileSync(file, 'utf8');
      expect(spacedWords(text), file).toEqual(byExpression(text));
    }
  });

  it('shifts offsets by the given offset', () => {
    expect(spacedWords('a 1,5', 3)).toEqual([{ text: 'a', start: 3, end: 4 }, { text: '1,5', start: 5, end: 8 }]);
  });
});

describe('inSpacedAlphabets (the fast check before the word expression)', () => {
  // The set as shared/text/words.ts defines it (SPACED_ALPHABETS).
  const spaced = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Georgian}\p{N}\p{P}\p{S}\p{Z}\s]*$/u;
  it('answers as the expression does, whatever the characters', () => {
    const unit = fc.constantFrom('a', 'Z', '7', ' ', '\t', '\n', '\u0000', '\u001f', '\u007f', '’', '“', '—', '…', '\u00a0', 'é', 'ж', 'Ω', '中', '\u0301', '\ud83d\ude00', '\u2028', '€', '~');
    fc.assert(fc.property(fc.string({ unit }), (text) => {
      expect(inSpacedAlphabets(text)).toBe(spaced.test(text));
    }), { numRuns: 2000 });
  });
});
