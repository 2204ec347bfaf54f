/**
 * Stop words (the `stopword` package's lists) that carry no content for alignment.
 */
import { eng, rus } from 'stopword';
import { isAllCaps } from '../text/normalize';
import { primaryLanguage } from '../text/language';

/** Function words the package's short English list lacks. */
const EXTRA_EN = ['us', 'will', 'shall', 'not', 'no', 'nor', 'one', 'its', 'our', 'ours', 'theirs', 'whose', 'whom', 'upon', 'within', 'without', 'during', 'against', 'across', 'toward', 'towards', 'per', 'via', 'amid', 'among', 'amongst', 'onto', 'off', 'yet', 'so', 'else', 'ever', 'even', 'just', 'may', 'being', 'does', 'done', 'doing', 'has', 'having', 'been', 'be', 'is', 'are', 'was', 'were', 'of', 'course'];

const lists = new Map<string, Set<string>>([
  ['en', new Set([...eng, ...EXTRA_EN])],
  ['ru', new Set(rus)],
]);

/** True when the normalised word is a stop word of the language (none for unknown languages). */
export function isStopword(normalizedWord: string, language: string): boolean {
  const primary = primaryLanguage(language);
  return lists.get(primary)?.has(normalizedWord) ?? false;
}

/** True when a word carries content: not a stop word, unless written as an acronym ("US", "U.S." are not "us"). */
export function isContentWord(raw: string, normalizedWord: string, language: string): boolean {
  if (normalizedWord.length === 0) return false;
  if (!isStopword(normalizedWord, language)) return true;
  return raw.includes('.') || isAllCaps(raw);
}
