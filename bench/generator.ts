/**
 * Seeded generator of synthetic readout pairs for the benchmark: two documents
 * of about `targetWords` words each, built from real readout sentences, that
 * share most of their content in a different order, with some sentences
 * reworded and some told by one side only.
 *
 * Recipe. Every random draw comes from ONE mulberry32 stream (prng.ts) seeded
 * with `seed`, consumed in exactly this order, so a pair is reproduced from
 * (sentences, targetWords, seed) alone:
 *
 * 0. Pool (no randomness). Each input sentence has its whitespace runs collapsed
 *    to one space and is trimmed. It is kept when it starts with an upper-case
 *    letter, a digit or an opening quote, ends with `.`, `?`, `!` or `…`
 *    (optionally followed by closing quotes or brackets, so "[…]" counts), and
 *    has at least 2 editable words. Duplicates are dropped, keeping the first
 *    occurrence in input order. A word is a run between single spaces; it is
 *    *editable* when it is neither the first nor the last word of its sentence
 *    and consists of letters only (so an edit never touches the capital that
 *    starts a sentence or the punctuation that ends it, and the documents split
 *    back into the same sentences). The vocabulary is the pool's distinct words
 *    made of a-z only, sorted by code unit. The pool needs at least 10 sentences.
 * 1. Reserves. The pool is shuffled (Fisher–Yates, last index down). With
 *    r = max(1, round(10% of the pool)), the first r sentences are reserved for
 *    A only, the next r for B only, the rest for the common core.
 * 2. Core. Sentences are dealt from the core reserve as from a deck (shuffled
 *    when first dealt from and again each time it runs out) until the core holds
 *    at least 90% of `targetWords` words. n = number of core sentences. The same
 *    pool sentence may occur several times when the pool is small.
 * 3. Side A, then side B, each in these steps:
 *    a. Unique sentences: u = round(n / 9), dealt from that side's reserve deck
 *       (a deck as in 2), so u is 10% of the side's n + u sentences. A reserve
 *       sentence never appears on the other side.
 *    b. Perturbation: p = min(n, round(20% of (n + u))) core sentences get
 *       edited on this side. The core indices 0..n-1 are shuffled and the first
 *       p are taken, in that order. For each: k = 1 + int(3·r) edits (1 to 3).
 *       Each edit picks a kind uniformly among those applicable, in the order
 *       drop (≥ 1 editable word), swap (≥ 1 pair of adjacent editable words),
 *       replace (≥ 1 editable word); then its place: drop removes a uniformly
 *       chosen editable word; swap exchanges a uniformly chosen adjacent
 *       editable pair; replace sets a uniformly chosen editable word to
 *       vocabulary[int(V·r)], or to the next vocabulary entry (wrapping) when
 *       that equals the word. If after the k edits the sentence equals its
 *       source, replace edits follow until it differs. The other side's copy of
 *       the sentence is unaffected (it may get its own edits).
 *    c. Order: the side's sentences, core copies in core order then the unique
 *       ones, are shuffled (independently of the other side).
 *    d. Paragraphs: while more than 6 sentences remain, the next paragraph takes
 *       3 + int(4·r) of them (3 to 6), reduced so that at least 3 remain; the
 *       last paragraph takes the rest. Sentences of a paragraph are joined by one
 *       space, paragraphs by a blank line ("\n\n"); the text ends with "\n".
 *
 * `int(m·r)` means floor(m × the next draw). Word counts of the documents are
 * therefore about `targetWords` (the unique sentences add about 10%, drops
 * remove a few words).
 */
import { mulberry32, randomInt, shuffleInPlace, type Random } from './prng';

/** One sentence of a generated document and where it came from. */
export interface GeneratedSentence {
  /** The sentence as written in the document. */
  text: string;
  /** The pool sentence it was made from (equal to `text` unless perturbed). */
  source: string;
  /** "core" sentences are on both sides (perhaps reworded); "unique" ones on this side only. */
  origin: 'core' | 'unique';
  /** Index into the common core, the same for both sides' copies; -1 for a unique sentence. */
  core: number;
  /** Number of word edits applied to this copy; 0 when it is the pool sentence unchanged. */
  edits: number;
}

/** One generated document. */
export interface GeneratedSide {
  /** The sentences in document order. */
  sentences: GeneratedSentence[];
  /** Number of sentences in each paragraph, in order (they sum to `sentences.length`). */
  paragraphs: number[];
  /** The document text. */
  text: string;
}

/** A generated pair with everything needed to check it against the recipe. */
export interface GeneratedPlan {
  a: GeneratedSide;
  b: GeneratedSide;
}

/** Share of each side's sentences that the other side lacks. */
export const UNIQUE_SHARE = 0.1;
/** Share of each side's sentences that are reworded on that side. */
export const PERTURBED_SHARE = 0.2;

/**
 * Two documents of about `targetWords` whitespace-separated words each, made
 * from `sentences` by the recipe at the top of this file. Deterministic: the
 * same arguments give the same pair.
 */
export function generatePair(sentences: string[], targetWords: number, seed: number): { a: string; b: string } {
  const plan = generatePlan(sentences, targetWords, seed);
  return { a: plan.a.text, b: plan.b.text };
}

/** {@link generatePair} with the provenance of every sentence (for tests and diagnostics). */
export function generatePlan(sentences: string[], targetWords: number, seed: number): GeneratedPlan {
  if (!(targetWords >= 1)) throw new RangeError(`generatePlan: targetWords must be at least 1, got ${targetWords}`);
  const pool = preparePool(sentences);
  if (pool.length < 10) throw new RangeError(`generatePlan: the pool needs at least 10 usable sentences, got ${pool.length} of ${sentences.length}`);
  const vocabulary = [...new Set(pool.flatMap((s) => s.split(' ')).filter((w) => /^[a-z]+$/.test(w)))].sort();
  const random = mulberry32(seed);

  // 1. Reserves.
  const order = shuffleInPlace([...pool], random);
  const r = Math.max(1, Math.round(UNIQUE_SHARE * pool.length));
  const onlyA = deck(order.slice(0, r), random);
  const onlyB = deck(order.slice(r, 2 * r), random);
  const coreDeck = deck(order.slice(2 * r), random);

  // 2. Core.
  const core: string[] = [];
  let coreWords = 0;
  while (coreWords < (1 - UNIQUE_SHARE) * targetWords) {
    const s = coreDeck();
    core.push(s);
    coreWords += wordCount(s);
  }

  // 3. Sides.
  const a = buildSide(core, onlyA, vocabulary, random);
  const b = buildSide(core, onlyB, vocabulary, random);
  return { a, b };
}

/** Step 0 of the recipe: the usable, normalised, de-duplicated sentences in input order. */
export function preparePool(sentences: string[]): string[] {
  const seen = new Set<string>();
  const pool: string[] = [];
  for (const raw of sentences) {
    const s = raw.replace(/\s+/g, ' ').trim();
    if (seen.has(s) || !START.test(s) || !END.test(s) || editablePositions(s.split(' ')).length < 2) continue;
    seen.add(s);
    pool.push(s);
  }
  return pool;
}

/** Number of whitespace-separated words in `text` (the unit of `targetWords`). */
export function wordCount(text: string): number {
  const t = text.trim();
  return t === '' ? 0 : t.split(/\s+/).length;
}

const START = /^[\p{Lu}\p{Nd}"“‘«]/u;
const END = /[.?!…]["'”’»)\]]*$/u;
const EDITABLE = /^\p{L}+$/u;

/** Step 3 of the recipe for one side. */
function buildSide(core: string[], unique: () => string, vocabulary: string[], random: Random): GeneratedSide {
  const n = core.length;
  const u = Math.round(n / 9);
  const uniques: GeneratedSentence[] = [];
  for (let i = 0; i < u; i++) {
    const s = unique();
    uniques.push({ text: s, source: s, origin: 'unique', core: -1, edits: 0 });
  }

  const copies: GeneratedSentence[] = core.map((s, i) => ({ text: s, source: s, origin: 'core', core: i, edits: 0 }));
  const p = Math.min(n, Math.round(PERTURBED_SHARE * (n + u)));
  const chosen = shuffleInPlace(core.map((_, i) => i), random).slice(0, p);
  for (const i of chosen) {
    const copy = copies[i]!;
    const { text, edits } = perturb(copy.source, 1 + randomInt(random, 3), vocabulary, random);
    copy.text = text;
    copy.edits = edits;
  }

  const sentences = shuffleInPlace([...copies, ...uniques], random);
  const paragraphs: number[] = [];
  let remaining = sentences.length;
  while (remaining > 6) {
    let size = 3 + randomInt(random, 4);
    if (remaining - size < 3) size = remaining - 3;
    paragraphs.push(size);
    remaining -= size;
  }
  if (remaining > 0) paragraphs.push(remaining);

  const blocks: string[] = [];
  let at = 0;
  for (const size of paragraphs) {
    blocks.push(sentences.slice(at, at + size).map((s) => s.text).join(' '));
    at += size;
  }
  return { sentences, paragraphs, text: blocks.join('\n\n') + '\n' };
}

/** Step 3b for one sentence: `k` word edits, then replace edits until it differs from `source`. */
function perturb(source: string, k: number, vocabulary: string[], random: Random): { text: string; edits: number } {
  const words = source.split(' ');
  let edits = 0;
  for (let e = 0; e < k; e++) if (edit(words, ['drop', 'swap', 'replace'], vocabulary, random)) edits++;
  while (words.join(' ') === source && edit(words, ['replace'], vocabulary, random)) edits++;
  return { text: words.join(' '), edits };
}

type EditKind = 'drop' | 'swap' | 'replace';

/** Applies one edit of an applicable kind among `kinds` to `words` in place; false when none applies. */
function edit(words: string[], kinds: EditKind[], vocabulary: string[], random: Random): boolean {
  const positions = editablePositions(words);
  const pairs = positions.filter((i) => positions.includes(i + 1));
  const applicable = kinds.filter((kind) => (kind === 'swap' ? pairs.length > 0 : positions.length > 0 && (kind === 'drop' || vocabulary.length > 1)));
  if (applicable.length === 0) return false;
  const kind = applicable[randomInt(random, applicable.length)]!;
  switch (kind) {
    case 'drop': {
      words.splice(positions[randomInt(random, positions.length)]!, 1);
      return true;
    }
    case 'swap': {
      const i = pairs[randomInt(random, pairs.length)]!;
      [words[i], words[i + 1]] = [words[i + 1]!, words[i]!];
      return true;
    }
    case 'replace': {
      const i = positions[randomInt(random, positions.length)]!;
      const v = randomInt(random, vocabulary.length);
      words[i] = vocabulary[v] === words[i] ? vocabulary[(v + 1) % vocabulary.length]! : vocabulary[v]!;
      return true;
    }
  }
}

/** Indices of the editable words: not first, not last, letters only. */
function editablePositions(words: string[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < words.length - 1; i++) if (EDITABLE.test(words[i]!)) out.push(i);
  return out;
}

/** A dealer over `cards`: shuffles them when first dealt from and each time they run out. */
function deck(cards: string[], random: Random): () => string {
  const pile = [...cards];
  let next = pile.length;
  return () => {
    if (next >= pile.length) {
      shuffleInPlace(pile, random);
      next = 0;
    }
    return pile[next++]!;
  };
}

/** Seed of every generated pair of the benchmark, so that runs compare like with like. */
export const BENCH_SEED = 1;
