/**
 * The language of a readout's text, told cheaply from its letters and words,
 * for the languages the analysis knows (English and Russian) and the two
 * Cyrillic languages most easily mistaken for Russian:
 *
 * - Cyrillic text (at least 60 % of the letters): Ukrainian when і ї є ґ make
 *   up at least 1 % of its Cyrillic letters and ы э ё almost none (Ukrainian
 *   has no ы э ё); Bulgarian when ъ is at least 1 % (it is a common vowel
 *   there, rare in Russian) and ы э ё almost none; undecided when letters of
 *   other Cyrillic alphabets (ј љ њ ћ ђ ѓ ќ ѕ џ ў) make up 0.5 % (Serbian,
 *   Macedonian, Belarusian are left to the source's metadata); else Russian.
 * - Latin text: English when at least 20 % of the words are English function
 *   words ("the", "of", "and", "to", …, about 40 % of running English; a few
 *   percent in French, German or Spanish).
 * - Anything else, or too little text (fewer than 20 letters or 5 words): undecided.
 */
import { primaryLanguage } from './language';

/** Shortest text judged, in letters. */
const MIN_LETTERS = 20;

/** English function words that are not also common words of French, German, Spanish or Italian. */
const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'of', 'and', 'to', 'is', 'that', 'for', 'with', 'was', 'by', 'it', 'this', 'be', 'are', 'have', 'has', 'had', 'not',
  'from', 'which', 'on', 'at', 'he', 'his', 'their', 'they', 'will', 'would', 'an', 'as', 'were', 'been', 'its', 'or', 'but',
  'we', 'our', 'also', 'should', 'can', 'could', 'both', 'who', 'what', 'about', 'into', 'between', 'other', 'these', 'those',
]);

/** Names of the languages this module tells apart, for messages. */
const LANGUAGE_NAMES: Record<string, string> = { en: 'English', ru: 'Russian', uk: 'Ukrainian', bg: 'Bulgarian' };

/** The text's language as a BCP 47 primary tag ("en", "ru", "uk", "bg"), or null when it cannot be told. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 50_000);
  let letters = 0;
  let cyrillic = 0;
  let latin = 0;
  let ukrainian = 0;
  let russianOnly = 0;
  let hardSign = 0;
  let otherCyrillic = 0;
  for (const ch of sample.toLowerCase()) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (/\p{Script=Cyrillic}/u.test(ch)) {
      cyrillic++;
      if ('іїєґ'.includes(ch)) ukrainian++;
      else if ('ыэё'.includes(ch)) russianOnly++;
      else if (ch === 'ъ') hardSign++;
      else if ('јљњћђѓќѕџў'.includes(ch)) otherCyrillic++;
    } else if (/\p{Script=Latin}/u.test(ch)) latin++;
  }
  if (letters < MIN_LETTERS) return null;
  if (cyrillic >= 0.6 * letters) {
    const share = (n: number) => n / cyrillic;
    const noRussianLetters = share(russianOnly) < 0.001;
    if (share(ukrainian) >= 0.01 && noRussianLetters) return 'uk';
    if (share(hardSign) >= 0.01 && noRussianLetters && ukrainian === 0) return 'bg';
    return share(otherCyrillic) >= 0.005 ? null : 'ru';
  }
  if (latin >= 0.6 * letters) {
    const words = sample.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
    if (words.length < 5) return null;
    const functionWords = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
    return functionWords >= 0.2 * words.length ? 'en' : null;
  }
  return null;
}

/** "Russian" for exactly "ru": the name of a bare tag this module names, else undefined. */
export function namedLanguage(tag: string): string | undefined {
  return Object.hasOwn(LANGUAGE_NAMES, tag) ? LANGUAGE_NAMES[tag] : undefined;
}

/** "Russian" for "ru" or "ru-RU", the tag itself for a language this module does not name. */
export function languageName(tag: string): string {
  return LANGUAGE_NAMES[primaryLanguage(tag)] ?? tag;
}

/** A side as the language check needs it: its file (as the user named it) and its language tag. */
export interface LanguageOf {
  file: string;
  language: string;
}

/**
 * The message when two readouts are in different languages (their primary
 * subtags differ: "en-GB" and "en" are the same language), or null when they
 * are in one: "a.txt is Russian and b.txt is English: comparing texts in two
 * languages is not supported".
 */
export function languageMismatch(a: LanguageOf, b: LanguageOf): string | null {
  if (primaryLanguage(a.language) === primaryLanguage(b.language)) return null;
  return `${a.file} is ${languageName(a.language)} and ${b.file} is ${languageName(b.language)}: comparing texts in two languages is not supported`;
}
