/**
 * British spellings mapped to American ones ("defence" → "defense", "organisation"
 * → "organization", "labour" → "labor"), for English words after normalisation
 * and before stemming: readouts from London, Ottawa, Canberra or New Delhi and
 * from Washington spell the same word differently, and the background frequency
 * list (SUBTLEX-US) counts the American form. Rules and word lists:
 * data/spelling.json (docs/lexicon.md).
 */
import data from './data/spelling.json';

const ISE_KEEP = new Set(data.iseKeep);
const WORDS = new Map(Object.entries(data.words));
const OUR_ROOTS = data.ourRoots;
/** -ise and its inflections and derivations; the stem before it needs three letters ("rise", "wise" never change). */
const ISE = /^(.{3,})is(e|es|ed|ing|ation|ations|er|ers)$/;
const YSE = /^(.{3,})ys(e|es|ed|ing)$/;

/** The American spelling of a normalised (lower-case) English word; the word itself when it has none. */
export function americanSpelling(word: string): string {
  const listed = WORDS.get(word);
  if (listed !== undefined) return listed;
  const ise = ISE.exec(word);
  if (ise) return ISE_KEEP.has(`${ise[1]}ise`) ? word : `${ise[1]}iz${ise[2]}`;
  const yse = YSE.exec(word);
  if (yse) return `${yse[1]}yz${yse[2]}`;
  if (word.includes('our')) {
    for (const root of OUR_ROOTS) if (word.startsWith(root)) return `${root.slice(0, -3)}or${word.slice(root.length)}`;
  }
  return word;
}
