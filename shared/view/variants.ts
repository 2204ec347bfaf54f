/**
 * The other spellings a search word also matches: a listed name's variants
 * ("kyiv" ↔ "kiev", data/search-variants.json) and a word's British and American
 * spellings ("defence" ↔ "defense", "organisation" ↔ "organization", "labour" ↔
 * "labor"), the latter from the aligner's spelling rules (shared/align/spelling.ts),
 * so the two never disagree about what is one word.
 */
import { americanSpelling } from '../align/spelling';
import spelling from '../align/data/spelling.json';
import data from './data/search-variants.json';

const GROUPS = new Map<string, readonly string[]>();
for (const group of data.groups) for (const name of group) GROUPS.set(name, group);

/** American → the British forms the spelling list maps to it. */
const BRITISH = new Map<string, string[]>();
for (const [british, american] of Object.entries(spelling.words)) {
  BRITISH.set(american, [...(BRITISH.get(american) ?? []), british]);
}

/** British spellings that the rules would map to `american` (-ize → -ise, -yze → -yse, -or → -our), checked by mapping them back. */
function britishCandidates(american: string): string[] {
  const out = [...(BRITISH.get(american) ?? [])];
  const candidates = [
    american.replace(/iz(e|es|ed|ing|ation|ations|er|ers)$/, 'is$1'),
    american.replace(/yz(e|es|ed|ing)$/, 'ys$1'),
    ...spelling.ourRoots.map((root) => {
      const us = `${root.slice(0, -3)}or`;
      return american.startsWith(us) ? root + american.slice(us.length) : american;
    }),
  ];
  for (const c of candidates) if (c !== american && americanSpelling(c) === american) out.push(c);
  return out;
}

/**
 * Every spelling that `word` (lower case, folded) also matches, itself first, each
 * once. A word with no variant gives just itself.
 */
export function spellingVariants(word: string): string[] {
  const american = americanSpelling(word);
  const all = [word, american, ...britishCandidates(american), ...(GROUPS.get(word) ?? [])];
  return [...new Set(all)];
}
