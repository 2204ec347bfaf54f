/**
 * Typed differences read across a row: a row may hold several links (a sentence linked
 * to two on the other side). A one-sided difference of one link ("strong" only in A's
 * sentence) is no difference when the other side writes the same words, as whole words,
 * in another sentence of the same row: that side says it too, in the next sentence.
 */
import type { SentenceId } from '../model/types';
import { judgingRanges } from './cues';
import type { TypedDifference } from './types';

/** What this reads of a pair: its sentences and its differences. */
interface PairLike {
  a: readonly SentenceId[];
  b: readonly SentenceId[];
  differences?: TypedDifference[];
}

/** The rows of a list of pairs: for each sentence id, the ids of its row (the pairs joined by a shared sentence). */
function rowsOf(pairs: readonly PairLike[]): Map<SentenceId, Set<SentenceId>> {
  const parent = new Map<SentenceId, SentenceId>();
  const find = (x: SentenceId): SentenceId => {
    let r = x;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  for (const p of pairs) {
    const ids = [...p.a, ...p.b];
    for (const id of ids) if (!parent.has(id)) parent.set(id, id);
    for (const id of ids.slice(1)) parent.set(find(id), find(ids[0]!));
  }
  const rows = new Map<SentenceId, Set<SentenceId>>();
  for (const id of parent.keys()) {
    const root = find(id);
    const row = rows.get(root) ?? new Set<SentenceId>();
    row.add(id);
    rows.set(root, row);
  }
  const out = new Map<SentenceId, Set<SentenceId>>();
  for (const row of rows.values()) for (const id of row) out.set(id, row);
  return out;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Where `text` holds `words` as whole words, in any case. */
const places = (text: string, words: string): RegExpMatchArray[] => [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(words)}(?![\\p{L}\\p{N}])`, 'giu'))];

/**
 * The other sentence says the same: it writes the words, and for an evaluation it writes them as a judgement
 * too (cues.ts, judgingRanges: "strong ties" echoes "strong"; "a strong mandate" names no judgement).
 */
function writes(text: string, d: TypedDifference, words: string): boolean {
  const found = places(text, words);
  if (d.type !== 'evaluation') return found.length > 0;
  const ranges = found.length > 0 ? judgingRanges(text) : [];
  return found.some((m) => ranges.some(([from, to]) => from < m.index! + words.length && m.index! < to));
}

/**
 * The pairs, each without the one-sided differences whose words the other side writes in a
 * sentence of the same row (`textOf`: a sentence's text by id). Pairs are not changed: those
 * that lose a difference are copied.
 */
export function withoutRowEchoes<P extends PairLike>(pairs: readonly P[], textOf: (id: SentenceId) => string | undefined): P[] {
  const rows = rowsOf(pairs);
  return pairs.map((p) => {
    if (!p.differences || p.differences.length === 0) return p;
    const row = rows.get(p.a[0]!) ?? new Set<SentenceId>();
    const echoed = (d: TypedDifference): boolean => {
      const span = d.a ?? d.b;
      if (!span || (d.a && d.b)) return false;
      const otherSide = d.a ? 'b' : 'a';
      return [...row].some((id) => id.startsWith(otherSide) && writes(textOf(id) ?? '', d, span.text));
    };
    const kept = p.differences.filter((d) => !echoed(d));
    return kept.length === p.differences.length ? p : { ...p, differences: kept };
  });
}
