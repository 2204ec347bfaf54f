/**
 * RegExp pieces shared by the article's readers (attribution, claims, analysis), built once from
 * the vocabularies in data/reporting.json (docs/article.md).
 */
import reporting from './data/reporting.json';

/** A word or phrase escaped for a RegExp; a space matches any white space. */
export const escapePhrase = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** An alternation of words or phrases, the longest first ("phone call" before "call"). */
export const alternation = (xs: readonly string[]): string => [...new Set(xs)].sort((x, y) => y.length - x.length).map(escapePhrase).join('|');

/** One optional adverb between a pronoun subject and its speech verb ("It also said", "He briefly noted"). */
export const ADVERB_BEFORE_SPEECH_VERB = `(?:(?:${alternation(reporting.adverbsBeforeSpeechVerb)}|\\p{Ll}+ly)\\s+)?`;

/** The parts of the day after a day's name ("Friday morning"). */
export const PART_OF_DAY = `(?:${alternation(reporting.partsOfDay)})`;

/** "late"/"early" before a day ("late on Wednesday"). */
export const TIME_OF_DAY_MODIFIER = `(?:${alternation(reporting.timeOfDayModifiers)})`;

/** What opens a day phrase before a day's name ("on", "last", "this", "late", "early"). */
export const DAY_OPENER = `(?:${alternation([...reporting.dayDeterminers, ...reporting.timeOfDayModifiers])})`;

/** The words that open a relative clause ("who", "whose", "which", "where"). */
export const RELATIVE_WORD = new RegExp(`^(?:${alternation(reporting.relativeWords)})$`, 'u');
