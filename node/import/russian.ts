/**
 * Whether a decoded text reads as Russian: the test that decides between the
 * two single-byte Russian encodings (Windows-1251, KOI8-R) when a file is not
 * UTF-8. Both map every byte to some character, so decoding alone never fails;
 * a wrong choice gives Cyrillic letters in the wrong case and order
 * ("РТЙЧЕФ" for "привет"). Real Russian has a stable letter and letter-pair
 * profile; a text decoded with the wrong table does not.
 *
 * The test (docs/importers.md): at least {@link MIN_CYRILLIC} Cyrillic letters,
 * making up at least half of all letters; among them (lower-cased), the ten
 * commonest Russian letters (о е а и н т с р в л, about two thirds of running
 * Russian text) at least 55 %; and among the letter pairs inside Cyrillic
 * words, the thirty commonest Russian bigrams at least 18 %. Measured on the
 * fixture's Russian text: 70 % and 30 %; the same bytes decoded with the other
 * table: 35–37 % and 4–5 %.
 */

/** Fewest Cyrillic letters the test judges: shorter texts are not told apart reliably. */
export const MIN_CYRILLIC = 20;

const COMMON_LETTERS = new Set('оеаинтсрвл');
const COMMON_BIGRAMS = new Set(
  'ст но то на ен ов ни ра во ко ро ан ер ре ос пр ал ет по го ли ле ол та не ть ом ва ка ри'.split(' '),
);

/** The measurements behind {@link readsAsRussian}, for messages and tests. */
export interface RussianProfile {
  /** Letters of any script in the text. */
  letters: number;
  /** Cyrillic letters of the Russian alphabet (а–я, ё, either case). */
  cyrillic: number;
  /** Share of the Cyrillic letters (lower-cased) that are among the ten commonest Russian letters, 0–1. */
  commonLetters: number;
  /** Share of the letter pairs inside Cyrillic words that are among the thirty commonest Russian bigrams, 0–1. */
  commonBigrams: number;
}

/** Letter and bigram counts of `text`, looking at no more than its first `limit` characters. */
export function russianProfile(text: string, limit = 100_000): RussianProfile {
  const sample = text.slice(0, limit).toLowerCase();
  let letters = 0;
  let cyrillic = 0;
  let common = 0;
  for (const ch of sample) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (!isRussianLetter(ch)) continue;
    cyrillic++;
    if (COMMON_LETTERS.has(ch)) common++;
  }
  let pairs = 0;
  let commonPairs = 0;
  for (const word of sample.match(/[а-яё]{2,}/gu) ?? []) {
    for (let i = 0; i + 1 < word.length; i++) {
      pairs++;
      if (COMMON_BIGRAMS.has(word.slice(i, i + 2))) commonPairs++;
    }
  }
  return {
    letters,
    cyrillic,
    commonLetters: cyrillic === 0 ? 0 : common / cyrillic,
    commonBigrams: pairs === 0 ? 0 : commonPairs / pairs,
  };
}

/** True when `text` reads as Russian by the letter and bigram test above. */
export function readsAsRussian(text: string): boolean {
  const p = russianProfile(text);
  return p.cyrillic >= MIN_CYRILLIC && p.cyrillic >= p.letters / 2 && p.commonLetters >= 0.55 && p.commonBigrams >= 0.18;
}

function isRussianLetter(lowerCh: string): boolean {
  return (lowerCh >= 'а' && lowerCh <= 'я') || lowerCh === 'ё';
}
