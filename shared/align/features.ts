/**
 * A sentence as a weighted bag of features: stems of its content words, the
 * concepts and places of the lexicon it mentions, and numbers. The weight of a
 * feature says how much sharing it tells about two sentences reporting the same
 * point: rare words in general English weigh more than words every readout uses.
 */
import type { Sentence } from '../model/types';
import { normalizeWord } from '../text/normalize';
import { lexicalWords } from '../text/words';
import { groupCount, lexiconFor, lexiconLookup, matchLexicon, type ContentToken, type Lexicon, type LexiconEntry, type WordList } from './lexicon';
import type { AlignResources, WordFrequencies } from './resources';
import { americanSpelling } from './spelling';
import { stemmerFor } from './stem';
import { idiomWords } from './idioms';
import { isContentWord } from './stopwords';
import { primaryLanguage } from '../text/language';

/** One feature of a sentence. */
export interface Feature {
  /** `w:<stem>` for a word, `c:<concept>` for a lexicon concept, `e:<place>` for a place, `n:<number>`. */
  key: string;
  /** How the feature reads in this sentence (the words as written), for reasons shown to the user. */
  surface: string;
  /** Weight in (0, 1]. */
  weight: number;
  /** Written with a capital letter though not the sentence's first word: a name. */
  capitalized: boolean;
  /** UTF-16 offset into the readout of the feature's first word (its first occurrence). */
  at: number;
  /** A boilerplate or register word or concept (docs/lexicon.md): says little about which point is reported. */
  generic: boolean;
}

/** The features of one sentence, keyed by feature key. */
export type FeatureBag = Map<string, Feature>;

/** Background weight in (0, 1]: 1 for a word the corpus never saw, near 0 for "the". */
export function backgroundWeight(norm: string, frequencies: WordFrequencies | undefined): number {
  if (!frequencies) return 1;
  return weightOfCount(frequencies.counts.get(norm) ?? 0, frequencies);
}

/** Background weight of something seen `count` times in the corpus. */
function weightOfCount(count: number, frequencies: WordFrequencies): number {
  const idf = Math.log((frequencies.total + 1) / (count + 1)) / Math.log(frequencies.total + 1);
  return Math.max(0.02, idf);
}

const groupWeights = new WeakMap<WordFrequencies, Map<string, number>>();

/** Background weight of a lexicon group (cached: the same few groups recur in every sentence). */
function groupWeight(entry: LexiconEntry, frequencies: WordFrequencies): number {
  let cache = groupWeights.get(frequencies);
  if (!cache) groupWeights.set(frequencies, (cache = new Map()));
  let w = cache.get(entry.key);
  if (w === undefined) {
    w = weightOfCount(groupCount(entry, frequencies.counts), frequencies);
    cache.set(entry.key, w);
  }
  return w;
}

/**
 * The feature key of a word: its stem, except that an adverb in -ly whose stem lost
 * more than the -ly is kept apart ("positively" and "position" both stem to "posit").
 */
function wordKey(t: { stem: string; norm: string }): string {
  const adverb = t.norm.length > 5 && t.norm.endsWith('ly') && t.stem.length < t.norm.length - 2;
  return adverb ? `w:${t.stem}~ly` : `w:${t.stem}`;
}

/** What is known about a word as written, in one language with one frequency list. */
interface WordInfo {
  norm: string;
  content: boolean;
  stem: string;
  weight: number;
  generic: boolean;
  /** Its feature key as a word (`w:<stem>`, wordKey) or number (`n:<norm>`); empty for a word of one letter. */
  key: string;
  /** A number: weighs 1, never generic nor a name. */
  number: boolean;
  /** Written with an upper-case first letter. */
  upper: boolean;
}

/** Words seen, per frequency list and language: readouts repeat their vocabulary, so each word is normalised, stemmed and weighed once. */
const wordInfos = new WeakMap<object, Map<string, Map<string, WordInfo>>>();
const NO_FREQUENCIES = {};
/** Bound on each cache (a long-running app compares many texts). */
const MAX_CACHED_WORDS = 200_000;

function wordInfoFor(language: string, frequencies: WordFrequencies | undefined): Map<string, WordInfo> {
  const owner = frequencies ?? NO_FREQUENCIES;
  let byLanguage = wordInfos.get(owner);
  if (!byLanguage) wordInfos.set(owner, (byLanguage = new Map()));
  let info = byLanguage.get(language);
  if (!info) byLanguage.set(language, (info = new Map()));
  return info;
}

/** A content word's weight: background weight, damped for boilerplate and the diplomatic register. */
function wordWeight(norm: string, stem: string, lexicon: Lexicon, frequencies: WordFrequencies | undefined): number {
  return weightOfKind(norm, genericKind(norm, stem, lexicon), lexicon, frequencies);
}

function weightOfKind(norm: string, kind: GenericKind, lexicon: Lexicon, frequencies: WordFrequencies | undefined): number {
  const w = backgroundWeight(norm, frequencies);
  return kind === 'boilerplate' ? w * lexicon.boilerplateFactor : kind === 'register' ? w * lexicon.registerFactor : w;
}

type GenericKind = 'boilerplate' | 'register' | undefined;

/** Whether a word is boilerplate, of the diplomatic register, or neither. */
function genericKind(norm: string, stem: string, lexicon: Lexicon): GenericKind {
  if (isListed(lexicon.boilerplate, norm, stem)) return 'boilerplate';
  return isListed(lexicon.register, norm, stem) ? 'register' : undefined;
}

/** A listed word or one of its inflections (not its derivations: "achieve" does not cover "achievement"). */
function isListed(list: WordList, norm: string, stem: string): boolean {
  return list.stems.has(stem) && list.forms.has(norm);
}

const NUMBER = /^\p{N}+([.,]\p{N}+)?$/u;
/** Weight share of a word inside a matched phrase, as a feature of its own. */
const PART_FACTOR = 0.5;

/** The features of a sentence in its language, with their weights from the background corpus. */
export function sentenceFeatures(sentence: Sentence, language: string, resources: AlignResources): FeatureBag {
  const primary = primaryLanguage(language);
  const stem = stemmerFor(primary);
  const lexicon = lexiconFor(primary);
  const frequencies = resources.frequencies[primary];

  const info = wordInfoFor(primary, frequencies);
  const tokens: ContentToken[] = [];
  // Each content token's word info (what the feature of a word needs is worked out once per word).
  const infos: WordInfo[] = [];
  const allWords = lexicalWords(sentence.text, primary, sentence.start);
  const idioms = idiomWords(allWords, sentence.text, sentence.start, primary);
  for (const [index, w] of allWords.entries()) {
    if (idioms.has(index)) continue;
    let i = info.get(w.text);
    if (!i) {
      const written = normalizeWord(w.text);
      const content = isContentWord(w.text, written, primary);
      const norm = primary === 'en' ? americanSpelling(written) : written;
      const st = content ? stem(norm) : '';
      const kind = content ? genericKind(norm, st, lexicon) : undefined;
      const number = NUMBER.test(norm);
      const key = !content ? '' : number ? `n:${norm}` : norm.length > 1 ? wordKey({ stem: st, norm }) : '';
      i = { norm, content, stem: st, weight: content ? weightOfKind(norm, kind, lexicon, frequencies) : 0, generic: kind !== undefined, key, number, upper: /^\p{Lu}/u.test(w.text) };
      if (info.size > MAX_CACHED_WORDS) info.clear();
      info.set(w.text, i);
    }
    if (!i.content) continue;
    tokens.push({ stem: i.stem, norm: i.norm, raw: w.text, start: w.start, end: w.end, weight: i.weight, generic: i.generic });
    infos.push(i);
  }

  const bag: FeatureBag = new Map();
  const add = (key: string, surface: string, weight: number, at: number, generic: boolean, capitalized = false): void => {
    const had = bag.get(key);
    if (!had || had.weight < weight) bag.set(key, { key, surface, weight, capitalized: capitalized || (had?.capitalized ?? false), at: had?.at ?? at, generic });
  };
  const conceptGeneric = (key: string): boolean => lexicon.boilerplateConcepts.has(key) || lexicon.registerConcepts.has(key);
  const tokenWeight = (t: ContentToken): number => t.weight ?? wordWeight(t.norm, t.stem, lexicon, frequencies);

  let next = 0;
  const emitWords = (upTo: number): void => {
    for (; next < upTo; next++) {
      const t = tokens[next]!;
      const i = infos[next]!;
      if (i.number) add(i.key, t.raw, 1, t.start, false);
      // A capital on any word but the first marks a name.
      else if (i.key !== '') add(i.key, t.raw, i.weight, t.start, i.generic, next > 0 && i.upper);
    }
  };
  for (const m of matchLexicon(lexicon, tokens)) {
    emitWords(m.from);
    const span = tokens.slice(m.from, m.to);
    const base = (frequencies ? groupWeight(m.entry, frequencies) : 1) * m.entry.scale;
    const weight = base * (lexicon.boilerplateConcepts.has(m.entry.key) ? lexicon.boilerplateFactor : lexicon.registerConcepts.has(m.entry.key) ? lexicon.registerFactor : 1);
    const surface = sentence.text.slice(span[0]!.start - sentence.start, span[span.length - 1]!.end - sentence.start);
    add(m.entry.key, surface, weight, span[0]!.start, conceptGeneric(m.entry.key), m.entry.key.startsWith('e:'));
    // The words of a phrase that are concepts or places of their own keep a share of
    // that meaning: "defence support" also says "support" and "defence", which another
    // readout may use apart. Its other words do not: "state" in "state visit" is not
    // the "state" of "stated", nor "general" in "general election" that of "in general".
    if (m.to - m.from > 1) {
      for (let k = m.from; k < m.to; k++) {
        const t = tokens[k]!;
        const single = lexiconLookup(lexicon, t);
        if (single) add(single.key, t.raw, tokenWeight(t) * PART_FACTOR, t.start, conceptGeneric(single.key), single.key.startsWith('e:'));
      }
    }
    next = m.to;
  }
  emitWords(tokens.length);
  return bag;
}

/** A sentence's feature bag and the start its offsets were found at (they move with the sentence). */
export interface KnownFeatures {
  bag: FeatureBag;
  start: number;
}

/**
 * Feature bags by language and text, for one piece of work (a comparison, an
 * article's analysis): a bag depends on the text alone but for its offsets, so a
 * formula a readout repeats, a sentence both readouts share, or a readout that
 * every claim of an article is scored against has its features found once. Made
 * per piece of work, with one set of resources; not kept between them.
 */
export type FeatureMemo = Map<string, KnownFeatures>;

/** `sentence`'s features from `memo`, found and kept there when first asked. */
export function memoFeatures(memo: FeatureMemo, sentence: Sentence, language: string, resources: AlignResources): KnownFeatures {
  const key = `${language}\u0000${sentence.text}`;
  let known = memo.get(key);
  if (!known) memo.set(key, (known = { bag: sentenceFeatures(sentence, language, resources), start: sentence.start }));
  return known;
}
