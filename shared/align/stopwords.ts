/**
 * Stop words (the `stopword` package's lists) that carry no content for alignment.
 */
import { eng, rus } from 'stopword';

/** Function words the package's short English list lacks. */
const EXTRA_EN = ['us', 'will', 'shall', 'not', 'no', 'nor', 'one', 'its', 'our', 'ours', 'theirs', 'whose', 'whom', 'upon', 'within', 'without', 'during', 'against', 'across', 'toward', 'towards', 'per', 'via', 'amid', 'among', 'amongst', 'onto', 'off', 'yet', 'so', 'else', 'ever', 'even', 'just', 'may', 'being', 'does', 'done', 'doing', 'has', 'having', 'been', 'be', 'is', 'are', 'was', 'were', 'of', 'course'];

const lists = new Map<string, Set<string>>([
  ['en', new Set([...eng, ...EXTRA_EN])],
  ['ru', new Set(rus)],
]);

/** True when the normalised word is a stop word of the language (none for unknown languages). */
export function isStopword(normalizedWord: string, language: string): boolean {
  const primary = language.toLowerCase().split('-')[0] ?? 'en';
  return lists.get(primary)?.has(normalizedWord) ?? false;
}
