/**
 * The statements of the other readout a statement can be linked with, for the
 * "Link with…" picker: the one the aligner found closest first, then by how many
 * content words they share (shared/corrections/terms.ts), then in text order; and a
 * search over their ids and words.
 */
import type { Comparison } from '../compare/compare';
import { sharedTerms } from '../corrections/terms';
import { otherSide, type SentenceId, type Side } from '../model/types';

/** One statement offered. */
export interface LinkCandidate {
  id: SentenceId;
  text: string;
  /** The content words it shares with the statement being linked. */
  shared: string[];
  /** Whether the aligner found it the closest (the omission's `nearest`). */
  closest: boolean;
  /** Whether it is already linked with the statement. */
  linked: boolean;
  /** Whether the analyst marked it as the other end of the link (it comes first). */
  marked?: boolean;
}

/** The other side's statements for `from`, closest first. */
export function linkCandidates(c: Comparison, from: { side: Side; sentence: SentenceId }): LinkCandidate[] {
  const other: Side = otherSide(from.side);
  const source = c[from.side].sentences.find((s) => s.id === from.sentence);
  if (!source) return [];
  const nearest = c.omissions.find((o) => o.id === from.sentence)?.nearest?.id;
  const linked = new Set(c.pairs.filter((p) => p[from.side].includes(from.sentence)).flatMap((p) => p[other]));
  const out = c[other].sentences.map((s, i) => {
    const terms = from.side === 'a' ? sharedTerms(source.text, s.text, c.a.language) : sharedTerms(s.text, source.text, c.a.language);
    return { i, candidate: { id: s.id, text: s.text, shared: terms.map((t) => t.label), closest: s.id === nearest, linked: linked.has(s.id) } };
  });
  out.sort((x, y) => Number(y.candidate.closest) - Number(x.candidate.closest) || y.candidate.shared.length - x.candidate.shared.length || x.i - y.i);
  return out.map((x) => x.candidate);
}

/** The candidates whose id or text holds every word of `query` (case and accents ignored). */
export function searchCandidates(list: readonly LinkCandidate[], query: string): LinkCandidate[] {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  return words.length === 0 ? [...list] : list.filter((c) => words.every((w) => fold(`${c.id} ${c.text}`).includes(w)));
}

/** The candidates with the one the analyst marked (`id`) first and said to be marked; the list as it was without it. */
export function markedFirst(list: readonly LinkCandidate[], id: SentenceId | undefined): LinkCandidate[] {
  const at = id === undefined ? -1 : list.findIndex((c) => c.id === id);
  if (at < 0) return [...list];
  return [{ ...list[at]!, marked: true }, ...list.slice(0, at), ...list.slice(at + 1)];
}
