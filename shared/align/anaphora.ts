/**
 * Sentences that refer back ("Putin responded positively to this initiative",
 * "These negotiations will begin…", "This must be conducted through…") report
 * the point of the sentence before them. The aligner lets such a sentence follow
 * the links of the sentence it refers to.
 *
 * Only references to a previous *statement* count: a demonstrative before a shell
 * noun ("this initiative", "in this context") or a sentence-opening pronoun that
 * stands alone ("This includes…"). "This conflict" or "this tragedy" name the topic
 * of the whole call and refer to no sentence in particular. Word lists: data/anaphora.json.
 */
import type { Sentence } from '../model/types';
import { words } from '../text/words';
import data from './data/anaphora.json';
import { primaryLanguage } from '../text/language';

const DEMONSTRATIVES = new Set(data.demonstratives);
const SHELL_NOUNS = new Set(data.shellNouns);
const PRONOUN_FOLLOWERS = new Set(data.pronounFollowers);
const OPENING_PRONOUNS = new Set(['this', 'that', 'these', 'it']);
/** "It was decided that…", "It is important to…": an anticipatory "it" that stands for the clause after it. */
const EXPLETIVE = new RegExp(
  `^it\\s+(?:${data.expletive.verbs.join('|')})\\s+(?:[\\p{L}-]+\\s+){0,${data.expletive.gap}}?(?:${data.expletive.complements.join('|')})\\b`,
  'iu',
);
/** Every sentence that refers back contains one of these words. */
const MAY_REFER = new RegExp(`\\b(?:${[...DEMONSTRATIVES, ...OPENING_PRONOUNS].join('|')})\\b`, 'i');

/** True when the sentence (English) refers back to the statement before it. */
export function refersBack(sentence: Sentence, language: string): boolean {
  if (primaryLanguage(language) !== 'en') return false;
  // Most sentences have none of the words that could refer back: answer those quickly.
  if (!MAY_REFER.test(sentence.text)) return false;
  const tokens = words(sentence.text, 'en').map((w) => w.text.toLowerCase());
  const [first, second] = tokens;
  if (first !== undefined && second !== undefined && OPENING_PRONOUNS.has(first) && PRONOUN_FOLLOWERS.has(second)) {
    return !(first === 'it' && EXPLETIVE.test(sentence.text.trimStart()));
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!DEMONSTRATIVES.has(tokens[i]!)) continue;
    // One adjective may stand between: "this important initiative".
    if (SHELL_NOUNS.has(tokens[i + 1]!) || (i + 2 < tokens.length && SHELL_NOUNS.has(tokens[i + 2]!))) return true;
  }
  return false;
}
