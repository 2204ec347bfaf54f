/**
 * The concept lexicon: phrases of general diplomatic language and place names,
 * compiled into a trie over stemmed content words so that one pass over a
 * sentence finds the longest phrase at each position.
 *
 * The vocabularies are data (`./data/*.json`, documented in docs/lexicon.md),
 * bundled with the code; nothing here reads files.
 */
import conceptsData from './data/concepts.json';
import placesData from './data/places.json';
import boilerplateData from './data/boilerplate.json';
import registerData from './data/register.json';
import wordnetData from './data/wordnet.json';
import { isAllCaps, normalizeWord } from '../text/normalize';
import { lexicalWords } from '../text/words';
import { americanSpelling } from './spelling';
import { stemmerFor } from './stem';
import { isStopword } from './stopwords';
import { primaryLanguage } from '../text/language';

/** What a phrase of the lexicon stands for. */
export interface LexiconEntry {
  /** Feature key shared by every phrase of the group: `c:ceasefire`, `e:russia`. */
  key: string;
  /** Human-readable name of the group for reasons ("ceasefire", "Russia"). */
  label: string;
  /** Short (≤ 3 letters) place names such as "US" or "UN" match only when written in capitals. */
  capsOnly: boolean;
  /** The normalised words of every phrase of the group (shared by all its entries), for its background frequency. */
  phrases: string[][];
  /** Multiplier of the group's weight: below 1 for a family derived from WordNet rather than written by hand. */
  scale: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /**
   * The word forms that may stand at this node's position: the listed words, their
   * inflections and their derivations listed from WordNet (data/wordnet.json). The stem
   * only finds the node quickly; a word whose stem is the same but whose form is neither
   * ("relative" for "relations") does not match.
   */
  forms: Set<string>;
  entry?: LexiconEntry;
}

/** A compiled lexicon for one language. */
export interface Lexicon {
  language: string;
  root: TrieNode;
  /** Words whose weight is damped because every readout uses them. */
  boilerplate: WordList;
  /** Multiplier for boilerplate words. */
  boilerplateFactor: number;
  /** Concept keys (`c:call`) damped like boilerplate words: every readout reports the call. */
  boilerplateConcepts: Set<string>;
  /** Words of the diplomatic register: rare in everyday speech but common in any readout. */
  register: WordList;
  /** Multiplier for register words and concepts. */
  registerFactor: number;
  /** Concept keys of the diplomatic register (`c:cooperation`). */
  registerConcepts: Set<string>;
}

/** A content token of a sentence, ready for lexicon lookup. */
export interface ContentToken {
  /** Stem of the normalised word. */
  stem: string;
  /** The normalised word (lower case). */
  norm: string;
  /** The word as written. */
  raw: string;
  start: number;
  end: number;
  /** The word's weight, when already known. */
  weight?: number;
  /** Boilerplate or register, when already known. */
  generic?: boolean;
}

/**
 * A list of words (boilerplate, register) with their inflections: "achieve" covers
 * "achieves", "achieved" and "achieving", not "achievement", which Snowball also
 * stems to "achiev"; a listed inflected form ("steps", "committed") covers its base
 * and the base's other forms. A word is listed when its form is in `forms`; `stems`
 * only answers quickly that most words are not.
 */
export interface WordList {
  stems: Set<string>;
  forms: Set<string>;
}

/** English verbs whose past forms are irregular, among those readouts use for any point. */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  take: ['took', 'taken'], give: ['gave', 'given'], make: ['made'], hold: ['held'], meet: ['met'], speak: ['spoke', 'spoken'],
  say: ['said'], tell: ['told'], see: ['saw', 'seen'], write: ['wrote', 'written'], lead: ['led'], seek: ['sought'],
  bring: ['brought'], keep: ['kept'], set: ['set'], put: ['put'], find: ['found'], begin: ['began', 'begun'],
};

/** The forms one base takes: -s/-es, -d/-ed, -ing, -ies/-ied, a doubled final consonant, irregular pasts. */
function formsOf(base: string, doubled: boolean): string[] {
  const out = [base, `${base}s`, `${base}es`, `${base}ed`, `${base}ing`, ...(IRREGULAR[base] ?? [])];
  if (base.endsWith('e')) out.push(`${base}d`, `${base.slice(0, -1)}ing`);
  if (base.endsWith('ie')) out.push(`${base.slice(0, -2)}ying`);
  if (/[^aeiou]y$/.test(base)) out.push(`${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`);
  if (base.endsWith('c')) out.push(`${base}ked`, `${base}king`);
  // A final consonant is doubled after one short vowel: "stop", "plan"; "commit" only as its listed forms show.
  const oneSyllable = (base.match(/[aeiouy]+/g) ?? []).length === 1;
  if ((doubled || oneSyllable) && /[^aeiou][aeiou][bdgklmnprt]$/.test(base)) out.push(`${base}${base.slice(-1)}ed`, `${base}${base.slice(-1)}ing`);
  return out;
}

/** The bases a listed form may come from ("steps" → "step", "committed" → "commit", "including" → "include"). */
function basesOf(word: string): Array<{ base: string; doubled: boolean }> {
  const out = [{ base: word, doubled: false }];
  const strip = (suffix: string, add = ''): void => {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) return;
    const stem = word.slice(0, -suffix.length);
    out.push({ base: stem + add, doubled: false });
    if (/([bdgklmnprt])\1$/.test(stem)) out.push({ base: stem.slice(0, -1), doubled: true });
  };
  if (word.endsWith('ies') || word.endsWith('ied')) strip(word.slice(-3), 'y');
  else if (word.endsWith('s') && !word.endsWith('ss')) { strip('s'); strip('es'); }
  if (word.endsWith('ed')) {
    strip('ed');
    // "continued" is "continue" + d; "committed" is not "committe" + d.
    if (!/([bdgklmnprt])\1ed$/.test(word)) strip('d');
  }
  if (word.endsWith('ing')) { strip('ing'); strip('ing', 'e'); }
  return out;
}

/** Every form a listed word covers: its own inflections, and those of the base it is a form of. */
export function inflections(word: string): string[] {
  const out = new Set<string>();
  for (const { base, doubled } of basesOf(word)) for (const f of formsOf(base, doubled)) out.add(f);
  return [...out];
}

function wordList(words: readonly string[], language: string): WordList {
  const stem = stemmerFor(language);
  const list: WordList = { stems: new Set(), forms: new Set() };
  for (const w of words) {
    const norm = americanSpelling(normalizeWord(w));
    // Pronouns and other function words ("his", "her") are listed as they are: "her" does not cover "herring".
    const forms = isStopword(norm, language) ? [norm] : inflections(norm);
    for (const f of forms) {
      list.forms.add(f);
      list.stems.add(stem(f));
    }
  }
  return list;
}

/** The normalised content words of a phrase. */
export function phraseWords(phrase: string, language: string): string[] {
  const all = lexicalWords(phrase, language).map((w) => normalizeWord(w.text)).filter((w) => w.length > 0);
  // Stop words are judged on the word as written, then British spellings become American (as in sentences).
  const spelled = (ws: string[]): string[] => (primaryLanguage(language) === 'en' ? ws.map(americanSpelling) : ws);
  // A one-word phrase is kept whole: "us" here is the acronym (matched in capitals only).
  return spelled(all.length === 1 ? all : all.filter((w) => !isStopword(w, language)));
}

/** Stems the content words of a phrase the same way sentences are processed. */
export function phraseStems(phrase: string, language: string): string[] {
  return phraseWords(phrase, language).map(stemmerFor(language));
}

/**
 * How often a group's phrases occur in a background corpus, estimated from word
 * counts: a one-word phrase counts its word, a longer phrase a small share of its
 * rarest word. A group of everyday words ("thank", "help") is common, so sharing it
 * says little; a group of rare ones ("ceasefire", "truce", "armistice") says much.
 */
export function groupCount(entry: LexiconEntry, counts: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const p of entry.phrases) {
    if (p.length === 1) sum += counts.get(p[0]!) ?? 0;
    else if (p.length > 1) sum += Math.min(...p.map((w) => counts.get(w) ?? 0)) / 20;
  }
  return sum;
}

function insert(root: TrieNode, phrase: string, language: string, entry: LexiconEntry): void {
  const words = phraseWords(phrase, language);
  if (words.length === 0) return;
  const stem = stemmerFor(language);
  let node = root;
  for (const word of words) {
    const s = stem(word);
    let child = node.next.get(s);
    if (!child) {
      child = { next: new Map(), forms: new Set() };
      node.next.set(s, child);
    }
    for (const form of [word, ...(DERIVATIONS[word] ?? [])]) for (const f of inflections(form)) child.forms.add(f);
    node = child;
  }
  // The first group to claim a phrase keeps it: places are inserted before concepts.
  node.entry ??= entry;
}

/** The derived forms a listed word covers besides its inflections, from WordNet ("invest" for "investment"; scripts/derive-wordnet.ts). */
const DERIVATIONS: Readonly<Record<string, readonly string[]>> = wordnetData.derivations;

const compiled = new Map<string, Lexicon>();

/** The lexicon for a language (English vocabulary; other languages get an empty trie). */
export function lexiconFor(language: string): Lexicon {
  const primary = primaryLanguage(language);
  const cached = compiled.get(primary);
  if (cached) return cached;
  const root: TrieNode = { next: new Map(), forms: new Set() };

  if (primary === 'en') {
    for (const names of placesData.entities) {
      const canonical = names[0] ?? '';
      const phrases = names.map((n) => phraseWords(n, primary));
      for (const name of names) {
        const capsOnly = name.replace(/\./g, '').length <= 3;
        insert(root, name, primary, { key: `e:${canonical}`, label: titleCase(canonical), capsOnly, phrases, scale: 1 });
      }
    }
    for (const concept of conceptsData.concepts) {
      const phrases = concept.terms.map((t) => phraseWords(t, primary));
      for (const term of concept.terms) {
        insert(root, term, primary, { key: `c:${concept.id}`, label: concept.id, capsOnly: false, phrases, scale: 1 });
      }
    }
    // Families derived from WordNet come last: a word the hand-written lexicon places keeps its concept.
    for (const family of wordnetData.families) {
      const phrases = family.map((w) => phraseWords(w, primary));
      const entry: LexiconEntry = { key: familyKey(family), label: familyLabel(family), capsOnly: false, phrases, scale: wordnetData.weight };
      for (const word of family) insert(root, word, primary, entry);
    }
  }
  const boilerplate = wordList(primary === 'en' ? boilerplateData.words : [], primary);
  const boilerplateConcepts = new Set(primary === 'en' ? boilerplateData.concepts.map((c) => `c:${c}`) : []);
  const register = wordList(primary === 'en' ? registerData.words : [], primary);
  const registerConcepts = new Set(primary === 'en' ? registerData.concepts.map((c) => `c:${c}`) : []);
  const lexicon: Lexicon = {
    language: primary, root, boilerplate, boilerplateFactor: boilerplateData.factor, boilerplateConcepts,
    register, registerFactor: registerData.factor, registerConcepts,
  };
  compiled.set(primary, lexicon);
  return lexicon;
}

/** The feature key of a WordNet family: `c:wn:<its first word>`. */
const familyKey = (family: readonly string[]): string => `c:wn:${family[0]}`;
/** How a WordNet family reads in a reason: its first two words ("bias ~ prejudice"). */
const familyLabel = (family: readonly string[]): string => family.slice(0, 2).join(' ~ ');

function titleCase(s: string): string {
  return s.length <= 3 ? s.toUpperCase() : s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

/** A lexicon phrase found in a sentence. */
export interface LexiconMatch {
  entry: LexiconEntry;
  /** Index of the first and one past the last content token of the match. */
  from: number;
  to: number;
}

/** Longest-match lookup of lexicon phrases over a sentence's content tokens, left to right. */
export function matchLexicon(lexicon: Lexicon, tokens: ContentToken[]): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    let node: TrieNode | undefined = lexicon.root;
    let best: LexiconMatch | undefined;
    for (let j = i; j < tokens.length && node; j++) {
      const tok: ContentToken = tokens[j]!;
      node = node.next.get(tok.stem);
      // Listed forms only: "present" is not "presentation", "election" not "elect".
      if (node && !node.forms.has(tok.norm)) node = undefined;
      if (!node?.entry) continue;
      // "us" the pronoun is never "US" the country.
      if (node.entry.capsOnly && j === i && !(isAllCaps(tok.raw.replace(/\./g, '')) || tok.raw.includes('.'))) continue;
      best = { entry: node.entry, from: i, to: j + 1 };
    }
    if (best) {
      out.push(best);
      i = best.to;
    } else {
      i++;
    }
  }
  return out;
}

/** The entry a single token stands for on its own, if any. */
export function lexiconLookup(lexicon: Lexicon, token: ContentToken): LexiconEntry | undefined {
  return matchLexicon(lexicon, [token])[0]?.entry;
}

const labels = new Map<string, string>();

/** The readable name of a lexicon feature key (`c:free-trade` → "free trade", `e:united states` → "United States"), if it has one. */
export function lexiconLabel(key: string): string | undefined {
  if (labels.size === 0) {
    for (const names of placesData.entities) labels.set(`e:${names[0]}`, titleCase(names[0] ?? ''));
    for (const concept of conceptsData.concepts) labels.set(`c:${concept.id}`, concept.id.replace(/-/g, ' '));
    for (const family of wordnetData.families) labels.set(familyKey(family), familyLabel(family));
  }
  return labels.get(key);
}
