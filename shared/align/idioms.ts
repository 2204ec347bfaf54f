/**
 * Words that say nothing on their own where they stand: the adjective of an adverbial
 * idiom ("in general", "at present": not the "general" of "a general election" nor the
 * "present" of "present a plan"), and the suffix of a title ("Prime Minister-elect":
 * not the "elect" of elections). The idioms are derived from WordNet (data/wordnet.json,
 * docs/lexicon.md); the title suffixes are listed in data/agents.json.
 */
import type { WordToken } from '../text/words';
import { normalizeWord } from '../text/normalize';
import agentsData from './data/agents.json';
import wordnetData from './data/wordnet.json';
import { isContentWord } from './stopwords';

const IDIOMS = new Set(wordnetData.idioms);
/** The last words of the idioms: a word that is none of them needs no look-up of the pair. */
const IDIOM_ENDS = new Set(wordnetData.idioms.map((idiom) => idiom.slice(idiom.lastIndexOf(' ') + 1)));
const TITLE_SUFFIXES = new Set(agentsData.titleSuffixes);

/**
 * Indices of the words of `tokens` (all words of a sentence, in order) that are not
 * content words here: an idiom's adjective when no content word follows it ("in
 * general," but not "in general elections"), and a title suffix joined by a hyphen.
 */
export function idiomWords(tokens: readonly WordToken[], text: string, offset: number, language: string): Set<number> {
  const out = new Set<number>();
  if (language !== 'en') return out;
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i]!;
    const prev = tokens[i - 1]!;
    const norm = normalizeWord(w.text);
    if (TITLE_SUFFIXES.has(norm) && prev.end === w.start - 1 && text[prev.end - offset] === '-') {
      out.add(i);
      continue;
    }
    if (!IDIOM_ENDS.has(norm) || !IDIOMS.has(`${normalizeWord(prev.text)} ${norm}`)) continue;
    const next = tokens[i + 1];
    const gap = next ? text.slice(w.end - offset, next.start - offset) : '';
    if (!next || /[^\s]/u.test(gap) || !isContentWord(next.text, normalizeWord(next.text), language)) out.add(i);
  }
  return out;
}
