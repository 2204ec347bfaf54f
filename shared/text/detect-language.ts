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
 *   percent in French, German or Spanish); else French, German, Spanish,
 *   Italian, Portuguese or Dutch when under 5 % of the words are English
 *   function words and at least 15 % are that language's (data/languages.json).
 * - A text whose letters are mostly of one other script: the language it names
 *   (Japanese: kana with Han; Chinese: Han alone; Korean, Arabic, Greek, …;
 *   data/languages.json). A Japanese original against an English readout was
 *   compared as English and gave seven confident omissions (tester 9, V7).
 * - Anything else, or too little text (fewer than 20 letters or 5 words): undecided.
 */
import languages from './data/languages.json';
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
const LANGUAGE_NAMES: Record<string, string> = languages.names;

/** Share of a Latin text's words that are English function words under which it is not English. */
const NOT_ENGLISH = 0.05;
/** Share of a Latin text's words that are one other language's function words from which it is that language. */
const OTHER_LATIN = 0.15;
/**
 * Fewest words a Latin text must have to be told another language than English: a short list
 * of English names with particles ("Le Drian", "La Paz", "Van Hollen", "El Salvador") passes
 * the shares above, and would then be refused against an English readout (a cold review's
 * example, session 13).
 */
const MIN_OTHER_LATIN_WORDS = 30;

/** Each other Latin-script language's function words. */
const LATIN_WORDS = Object.entries(languages.latin).map(([language, words]) => ({ language, words: new Set(words) }));

/** The language of a Latin-script text by its function words, or null. */
function latinLanguage(words: readonly string[]): string | null {
  const share = (set: ReadonlySet<string>): number => words.filter((w) => set.has(w)).length / words.length;
  if (share(ENGLISH_FUNCTION_WORDS) >= 0.2) return 'en';
  if (share(ENGLISH_FUNCTION_WORDS) >= NOT_ENGLISH || words.length < MIN_OTHER_LATIN_WORDS) return null;
  let best: { language: string; share: number } | null = null;
  for (const { language, words: set } of LATIN_WORDS) {
    const s = share(set);
    if (s >= OTHER_LATIN && (best === null || s > best.share)) best = { language, share: s };
  }
  return best?.language ?? null;
}

/** The script's letters as a test, made once. */
const SCRIPT_TESTS = new Map<string, RegExp>();
const scriptTest = (script: string): RegExp => {
  let re = SCRIPT_TESTS.get(script);
  if (!re) SCRIPT_TESTS.set(script, (re = new RegExp(`\\p{Script=${script}}`, 'u')));
  return re;
};

/** The language a text's other script names (its letters with their companion scripts at least 60 % of the letters), or null. */
function scriptLanguage(letters: readonly string[]): string | null {
  for (const { language, script, with: companions } of languages.scripts) {
    const own = letters.filter((ch) => scriptTest(script).test(ch)).length;
    if (own === 0 || own < 0.05 * letters.length) continue;
    const withCompanions = own + letters.filter((ch) => companions.some((c) => scriptTest(c).test(ch))).length;
    if (withCompanions >= 0.6 * letters.length) return language;
  }
  return null;
}

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
    return words.length < 5 ? null : latinLanguage(words);
  }
  return scriptLanguage([...sample.slice(0, 5_000)].filter((ch) => /\p{L}/u.test(ch)));
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
