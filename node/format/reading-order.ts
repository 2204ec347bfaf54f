/**
 * The order in which a comparison is read top to bottom: A's text order, each A
 * sentence followed by its pairs or marked as said by A alone, and each sentence
 * only B has placed where it falls in B's text: right after the pair that holds
 * the nearest paired B sentence before it (at the top when there is none).
 */
import type { Comparison, Omission, Pair } from '../../shared/compare/compare';
import type { SentenceId } from '../../shared/model/types';

/** One block of the reading order. */
export type ReadingItem =
  | { kind: 'pair'; pair: Pair }
  | { kind: 'only'; side: 'a' | 'b'; id: SentenceId; wording: string };

/** The comparison's pairs and one-sided statements in reading order; every pair and omission appears once. */
export function readingOrder(comparison: Comparison): ReadingItem[] {
  const wording = new Map<SentenceId, Omission>(comparison.omissions.map((o) => [o.id, o]));
  const only = (side: 'a' | 'b', id: SentenceId): ReadingItem => ({ kind: 'only', side, id, wording: wording.get(id)?.wording ?? '' });

  // Pairs by the index of their first A sentence.
  const indexA = new Map(comparison.a.sentences.map((s, i) => [s.id, i]));
  const pairsAt = new Map<number, Pair[]>();
  for (const pair of comparison.pairs) {
    const i = indexA.get(pair.a[0]!) ?? -1;
    const list = pairsAt.get(i);
    if (list) list.push(pair);
    else pairsAt.set(i, [pair]);
  }

  // Each B-only sentence goes after the first pair (in A order) that holds the nearest paired B sentence before it.
  const pairsInOrder = [...comparison.a.sentences.keys()].flatMap((i) => pairsAt.get(i) ?? []);
  const firstPairOf = new Map<SentenceId, Pair>();
  for (const pair of pairsInOrder) for (const id of pair.b) if (!firstPairOf.has(id)) firstPairOf.set(id, pair);
  const onlyB = new Set(comparison.onlyB);
  const after = new Map<Pair | null, SentenceId[]>();
  let anchor: Pair | null = null;
  for (const s of comparison.b.sentences) {
    if (onlyB.has(s.id)) {
      const list = after.get(anchor);
      if (list) list.push(s.id);
      else after.set(anchor, [s.id]);
    } else anchor = firstPairOf.get(s.id) ?? anchor;
  }

  const items: ReadingItem[] = (after.get(null) ?? []).map((id) => only('b', id));
  const onlyA = new Set(comparison.onlyA);
  comparison.a.sentences.forEach((s, i) => {
    for (const pair of pairsAt.get(i) ?? []) {
      items.push({ kind: 'pair', pair });
      for (const id of after.get(pair) ?? []) items.push(only('b', id));
    }
    if (onlyA.has(s.id)) items.push(only('a', s.id));
  });
  return items;
}
