/**
 * jsdiff's `diffWords`, with its edit-graph search done on integer token ids in
 * typed arrays. jsdiff compares two word tokens by trimming both (a string made
 * per comparison) and keeps each search path as a linked list of objects (two
 * made per step): on the hundreds of sentence pairs of a long comparison, that
 * was most of the word diff's time and much of its garbage. The search below is
 * jsdiff 9's (`Diff.diffWithOptionsObj` in diff/base.js) step for step, with the
 * same choices between equal paths, so the changes are the same; tokenizing and
 * the tidying of white space (`postProcess`) are jsdiff's own. Checked against
 * `diffWords` on every fixture sentence pair (tests/shared/diff/myers.test.ts).
 */
import { wordDiff as jsdiffWords, type ChangeObject } from 'diff';
import { isWhitespace } from '../text/segment';

/** Bound once: a module's export read on every call costs a getter where modules are compiled to CommonJS (tsx, vitest). */
const isSpace = isWhitespace;

/** The options of `diffWords` this module supports. */
export interface WordChangeOptions {
  /** Split words with this (word granularity) instead of jsdiff's Latin tokenizer. */
  intlSegmenter?: Intl.Segmenter;
  /** Most edits looked for (no limit when absent). */
  maxEditLength?: number;
}

/** A run of the edit path: `count` tokens kept (kind 0), added (1) or removed (2). */
const SAME = 0;
const ADDED = 1;
const REMOVED = 2;

/**
 * The components of a search, in a pool: component `k` is `count[k]` tokens of
 * `kind[k]`, after component `prev[k]` (-1: none). A component is never changed
 * once made (paths share their earlier components), as in jsdiff. One pool serves
 * every search (`reset` empties it): typed arrays grown by doubling and kept, so a
 * search of two long, different sentences (thousands of components) allocates
 * nothing once the pool has grown, and a short one no arrays of its own.
 */
class Components {
  count = new Int32Array(256);
  kind = new Uint8Array(256);
  prev = new Int32Array(256);
  size = 0;

  reset(): this {
    this.size = 0;
    return this;
  }

  add(count: number, kind: number, prev: number): number {
    if (this.size === this.count.length) this.grow();
    const k = this.size++;
    this.count[k] = count;
    this.kind[k] = kind;
    this.prev[k] = prev;
    return k;
  }

  private grow(): void {
    const count = new Int32Array(this.count.length * 2);
    const kind = new Uint8Array(this.count.length * 2);
    const prev = new Int32Array(this.count.length * 2);
    count.set(this.count);
    kind.set(this.kind);
    prev.set(this.prev);
    this.count = count;
    this.kind = kind;
    this.prev = prev;
  }

  /** jsdiff's `addToPath`: one more added or removed token after `last`, merged into it when it is of the same kind. */
  extend(last: number, kind: number): number {
    if (last >= 0 && this.kind[last] === kind) return this.add(this.count[last]! + 1, kind, this.prev[last]!);
    return this.add(1, kind, last);
  }

  /** The path ending with component `last`, from its start. */
  path(last: number): number[] {
    const out: number[] = [];
    for (let k = last; k >= 0; k = this.prev[k]!) out.push(k);
    return out.reverse();
  }
}

/** The one pool of components (searches run one at a time: none calls another). */
const POOL = new Components();

/**
 * jsdiff's word characters (`extendedWordChars` in its diff/word.js) and its token
 * pattern: a run of word characters, a run of white space, or one other character.
 */
const WORD_CHARS = 'a-zA-Z0-9_\\u{AD}\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2C6}\\u{2C8}-\\u{2D7}\\u{2DE}-\\u{2FF}\\u{1E00}-\\u{1EFF}';
const PARTS = new RegExp(`[${WORD_CHARS}]+|\\s+|[^${WORD_CHARS}]`, 'gu');

/**
 * jsdiff's word tokens without a segmenter (`WordDiff.tokenize`): each word or
 * punctuation mark with the white space around it (white space between two
 * tokens is on both). A part is white space when its first unit is (PARTS never
 * mixes white space with anything else).
 */
export function wordTokens(text: string): string[] {
  const tokens: string[] = [];
  let previousSpace: string | null = null;
  let first = true;
  for (const part of text.match(PARTS) ?? []) {
    if (isSpace(part.charCodeAt(0))) {
      if (first) tokens.push(part);
      else tokens.push(tokens.pop()! + part);
      previousSpace = part;
    } else {
      if (previousSpace !== null) {
        if (tokens[tokens.length - 1] === previousSpace) tokens.push(tokens.pop()! + part);
        else tokens.push(previousSpace + part);
      } else tokens.push(part);
      previousSpace = null;
    }
    first = false;
  }
  return tokens;
}

/** A text's tokens as jsdiff's `diffWords` makes them, empty ones dropped. */
function tokensOf(text: string, options: WordChangeOptions): string[] {
  if (options.intlSegmenter) return jsdiffWords.tokenize(text, options).filter((t) => t);
  return wordTokens(text).filter((t) => t);
}

/** Each token's id in `ids`: equal ids for tokens equal up to surrounding white space (jsdiff's word equality). */
function idsOf(tokens: readonly string[], ids: Map<string, number>): Int32Array {
  const out = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const key = tokens[i]!.trim();
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    out[i] = id;
  }
  return out;
}

/**
 * The tokens and token ids of the texts of one comparison, shared by its word diffs: a text in
 * several pairs is tokenized once, and its ids hold across pairs (one map of ids, so two tokens
 * have the same id exactly when they are equal once trimmed, as within one pair). Only for
 * texts tokenized without a segmenter.
 */
export interface TokenMemo {
  readonly ids: Map<string, number>;
  readonly texts: Map<string, { tokens: string[]; ids: Int32Array }>;
}

/** An empty TokenMemo, for one comparison. */
export const tokenMemo = (): TokenMemo => ({ ids: new Map(), texts: new Map() });

function memoTokens(text: string, memo: TokenMemo): { tokens: string[]; ids: Int32Array } {
  let found = memo.texts.get(text);
  if (!found) {
    const tokens = wordTokens(text).filter((t) => t);
    memo.texts.set(text, (found = { tokens, ids: idsOf(tokens, memo.ids) }));
  }
  return found;
}

/**
 * The search's diagonals, kept between searches (a search of two sentences needs a few
 * hundred entries; three typed arrays made per pair cost more than the search): grown when a
 * search needs more, and `live` cleared over the part a search uses (the only part it reads
 * before writing: `bestOld` and `bestLast` are read on a diagonal only while it is live).
 */
let diagonals = { bestOld: new Int32Array(0), bestLast: new Int32Array(0), live: new Uint8Array(0) };

function diagonalsFor(size: number): typeof diagonals {
  if (diagonals.live.length < size) diagonals = { bestOld: new Int32Array(size), bestLast: new Int32Array(size), live: new Uint8Array(size) };
  else diagonals.live.fill(0, 0, size);
  return diagonals;
}

/**
 * jsdiff's search for the shortest edit path from `oldIds` to `newIds` (Myers's
 * O(ND), with jsdiff's pruning of diagonals past the graph's edges): the last
 * component of the path found, or undefined when it takes more than `maxEditLength` edits.
 * `bestOld[d + off]` is the furthest old position reached on diagonal d (`live` when a path is there).
 */
function search(oldIds: Int32Array, newIds: Int32Array, maxEditLength: number, pool: Components): number | undefined {
  const oldLen = oldIds.length;
  const newLen = newIds.length;
  const off = maxEditLength + 1;
  const { bestOld, bestLast, live } = diagonalsFor(2 * off + 1);
  // jsdiff's extractCommon: follow the diagonal while the tokens are equal; returns the new position.
  const snake = (d: number): number => {
    let oldPos = bestOld[d + off]!;
    let newPos = oldPos - d;
    const from = oldPos;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && oldIds[oldPos + 1] === newIds[newPos + 1]) {
      newPos++;
      oldPos++;
    }
    if (oldPos > from) bestLast[d + off] = pool.add(oldPos - from, SAME, bestLast[d + off]!);
    bestOld[d + off] = oldPos;
    return newPos;
  };
  bestOld[off] = -1;
  bestLast[off] = -1;
  live[off] = 1;
  let newPos = snake(0);
  if (bestOld[off]! + 1 >= oldLen && newPos + 1 >= newLen) return bestLast[off]!;
  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let editLength = 1; editLength <= maxEditLength; editLength++) {
    for (let d = Math.max(minDiagonal, -editLength); d <= Math.min(maxDiagonal, editLength); d += 2) {
      const hasRemove = live[d - 1 + off] === 1;
      const hasAdd = live[d + 1 + off] === 1;
      const removeOld = bestOld[d - 1 + off]!;
      const addOld = bestOld[d + 1 + off]!;
      if (hasRemove) live[d - 1 + off] = 0;
      const canAdd = hasAdd && 0 <= addOld - d && addOld - d < newLen;
      const canRemove = hasRemove && removeOld + 1 < oldLen;
      if (!canAdd && !canRemove) {
        live[d + off] = 0;
        continue;
      }
      if (!canRemove || (canAdd && removeOld < addOld)) {
        bestOld[d + off] = addOld;
        bestLast[d + off] = pool.extend(bestLast[d + 1 + off]!, ADDED);
      } else {
        bestOld[d + off] = removeOld + 1;
        bestLast[d + off] = pool.extend(bestLast[d - 1 + off]!, REMOVED);
      }
      newPos = snake(d);
      if (bestOld[d + off]! + 1 >= oldLen && newPos + 1 >= newLen) return bestLast[d + off]!;
      live[d + off] = 1;
      if (bestOld[d + off]! + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, d - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, d + 1);
    }
  }
  return undefined;
}

/** jsdiff's word `join`: tokens that stood together in one text, the white space each repeats of the one before dropped. */
function joinTokens(tokens: readonly string[], from: number, to: number): string {
  let out = tokens[from] ?? '';
  for (let i = from + 1; i < to; i++) out += tokens[i]!.replace(/^\s+/, '');
  return out;
}

/** jsdiff's `buildValues`: the path's components as change objects with their text. */
function changesOf(path: readonly number[], pool: Components, oldTokens: readonly string[], newTokens: readonly string[]): ChangeObject<string>[] {
  let oldPos = 0;
  let newPos = 0;
  return path.map((k) => {
    const count = pool.count[k]!;
    const kind = pool.kind[k]!;
    let value: string;
    if (kind === REMOVED) {
      value = joinTokens(oldTokens, oldPos, oldPos + count);
      oldPos += count;
    } else {
      value = joinTokens(newTokens, newPos, newPos + count);
      newPos += count;
      if (kind === SAME) oldPos += count;
    }
    return { count, added: kind === ADDED, removed: kind === REMOVED, value };
  });
}

/**
 * The same changes as jsdiff's `diffWords(a, b, options)`: undefined when more than `maxEditLength` edits apart.
 * `memo`: the comparison's tokens and ids (TokenMemo), when the texts are tokenized without a segmenter.
 */
export function wordChanges(a: string, b: string, options: WordChangeOptions = {}, memo?: TokenMemo): ChangeObject<string>[] | undefined {
  let oldTokens: string[], newTokens: string[], oldIds: Int32Array, newIds: Int32Array;
  if (memo && !options.intlSegmenter) {
    ({ tokens: oldTokens, ids: oldIds } = memoTokens(a, memo));
    ({ tokens: newTokens, ids: newIds } = memoTokens(b, memo));
  } else {
    oldTokens = tokensOf(a, options);
    newTokens = tokensOf(b, options);
    const ids = new Map<string, number>();
    oldIds = idsOf(oldTokens, ids);
    newIds = idsOf(newTokens, ids);
  }
  const maxEditLength = Math.min(oldTokens.length + newTokens.length, options.maxEditLength ?? Infinity);
  const pool = POOL.reset();
  const last = search(oldIds, newIds, maxEditLength, pool);
  if (last === undefined) return undefined;
  return jsdiffWords.postProcess(changesOf(pool.path(last), pool, oldTokens, newTokens), options);
}
