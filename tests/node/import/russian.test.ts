import { describe, expect, it } from 'vitest';
import { readsAsRussian, russianProfile } from '../../../node/import/russian';
import { fixtureBytes, KREMLIN, RUSSIAN } from './fixtures';

describe('readsAsRussian', () => {
  it('accepts Russian text', () => {
    expect(readsAsRussian(RUSSIAN)).toBe(true);
    expect(russianProfile(RUSSIAN)).toMatchObject({ cyrillic: 1911 });
  });

  it('refuses Russian bytes decoded with the other table (KOI8-R read as Windows-1251 and the reverse)', () => {
    const koiAs1251 = new TextDecoder('windows-1251').decode(fixtureBytes('kremlin-ru.koi8-r.txt'));
    const cp1251AsKoi = new TextDecoder('koi8-r').decode(fixtureBytes('kremlin-ru.windows-1251.txt'));
    for (const wrong of [koiAs1251, cp1251AsKoi]) {
      expect(wrong).toMatch(/[А-Я]{3}/); // Cyrillic all the same
      expect(readsAsRussian(wrong)).toBe(false);
      expect(russianProfile(wrong).commonLetters).toBeLessThan(0.4);
      expect(russianProfile(wrong).commonBigrams).toBeLessThan(0.1);
    }
  });

  it('refuses English, and Russian too short to judge', () => {
    expect(readsAsRussian(KREMLIN)).toBe(false);
    expect(readsAsRussian('Путин и Трамп')).toBe(false);
  });

  it('takes an all-capitals Russian text for Russian (the test is on lower-cased letters)', () => {
    expect(readsAsRussian(RUSSIAN.slice(0, 400).toUpperCase())).toBe(true);
  });
});
