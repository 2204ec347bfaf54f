/**
 * The text each side shows in a row, as runs marked same / only in A / only in B.
 * A matched row is diffed as a whole (its A sentences joined by a space against
 * its B sentences joined by a space), so a row of several pairs reads as one
 * passage; the runs are then cut at sentence boundaries so each knows where it
 * lies in its sentence (for search highlights and, later, annotations).
 */
import type { Comparison } from '../compare/compare';
import { wordDiff, type DiffPart } from '../diff/words';
import type { Sentence, SentenceId, Side } from '../model/types';
import type { Row } from './rows';
import { sentenceOf } from './sentence-of';

/**
 * Whether a run's words are in both sides' text (`same`), stand for words of the other
 * side that the aligner matched as one concept (`equivalent`: "ending" ~ "end",
 * "truce" ~ "ceasefire"), or are only in A's or only in B's.
 */
export type RunKind = 'same' | 'equivalent' | 'only-a' | 'only-b';

/** A stretch of one side's text in a row. */
export interface Run {
  text: string;
  kind: RunKind;
  /** The sentence the run lies in; null for the space that joins two sentences of a row. */
  sentence: SentenceId | null;
  /** UTF-16 code unit offset of the run into its sentence's text (0 for a joining space). */
  start: number;
  /** For an `equivalent` run: how each side words the shared concept. */
  equivalent?: { a: string; b: string };
}

/** What each side of a row shows. Joining a side's run texts gives its sentences joined by single spaces. */
export interface RowText {
  /** A's runs (kinds `same` and `only-a`); empty for an `only-b` row. */
  a: Run[];
  /** B's runs (kinds `same` and `only-b`); empty for an `only-a` row. */
  b: Run[];
}

/** What joins the sentences of one side of a row. */
const JOIN = ' ';

/**
 * The runs of a row. A matched row of one pair reuses the pair's diff (when it
 * fits the sentences); a larger one is diffed with `wordDiff` in `language` (by
 * default A's). Runs always rebuild the sentences exactly, whitespace included. A one-sided row
 * is one run of its own kind. Throws when the row names a sentence the comparison
 * does not have. Not memoised: the caller keeps results it wants to reuse.
 */
export function rowDiff(row: Row, c: Comparison, language: string = c.a.language): RowText {
  const sentences = (side: Side): Sentence[] => row[side].map((id) => {
    const s = sentenceOf(c[side], id);
    if (!s) throw new Error(`rowDiff: row ${row.key} names sentence ${id}, which readout ${side.toUpperCase()} does not have`);
    return s;
  });
  const sa = sentences('a');
  const sb = sentences('b');
  const textA = sa.map((s) => s.text).join(JOIN);
  const textB = sb.map((s) => s.text).join(JOIN);

  if (row.kind !== 'matched') {
    return {
      a: row.kind === 'only-a' ? cut([{ text: textA, kind: 'only-a' }], sa) : [],
      b: row.kind === 'only-b' ? cut([{ text: textB, kind: 'only-b' }], sb) : [],
    };
  }
  const stored = row.pairs.length === 1 ? row.pairs[0]!.diff : null;
  const sides = (diff: readonly DiffPart[]): { a: Part[]; b: Part[] } | null => {
    const a = diff.flatMap((p) => (p.kind === 'onlyB' ? [] : [{ text: p.text, kind: p.kind === 'same' ? 'same' as const : 'only-a' as const }]));
    const b = diff.flatMap((p) => (p.kind === 'onlyA' ? [] : [{ text: p.kind === 'same' ? p.b ?? p.text : p.text, kind: p.kind === 'same' ? 'same' as const : 'only-b' as const }]));
    // A stored diff is used only when it is the diff of exactly these sentences.
    return a.map((x) => x.text).join('') === textA && b.map((x) => x.text).join('') === textB ? { a, b } : null;
  };
  const parts = (stored && sides(stored)) ?? sides(wordDiff(textA, textB, language))
    ?? { a: [{ text: textA, kind: 'only-a' as const }], b: [{ text: textB, kind: 'only-b' as const }] };
  const concepts = row.pairs.flatMap((p) => p.reasons).filter((r) => !r.via && r.a && r.b && r.a.toLowerCase() !== r.b.toLowerCase());
  return {
    a: cut(equivalents(moved(parts.a, parts.b), concepts, 'a'), sa),
    b: cut(equivalents(moved(parts.b, parts.a), concepts, 'b'), sb),
  };
}

/**
 * The words of one side that the aligner matched to other words of the other side as
 * one concept ("end" ~ "ending"): shown as common, as the reasons say they are.
 * Each concept's surface on this side is marked wherever it stands among the side's
 * unmatched words (whole words, any case).
 */
function equivalents(parts: readonly Part[], concepts: ReadonlyArray<{ a: string; b: string }>, side: Side): Part[] {
  if (concepts.length === 0) return [...parts];
  const out: Part[] = [];
  for (const p of parts) {
    if (p.kind === 'same' || p.kind === 'equivalent') {
      out.push(p);
      continue;
    }
    const hits: Array<{ from: number; to: number; concept: { a: string; b: string } }> = [];
    const lower = p.text.toLowerCase();
    for (const c of concepts) {
      const needle = c[side].toLowerCase();
      for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
        const whole = !/[\p{L}\p{N}]/u.test(lower[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(lower[at + needle.length] ?? ' ');
        if (whole && !hits.some((h) => h.from < at + needle.length && at < h.to)) hits.push({ from: at, to: at + needle.length, concept: c });
      }
    }
    hits.sort((x, y) => x.from - y.from);
    let at = 0;
    for (const h of hits) {
      if (h.from > at) out.push({ text: p.text.slice(at, h.from), kind: p.kind });
      out.push({ text: p.text.slice(h.from, h.to), kind: 'equivalent', equivalent: { a: h.concept.a, b: h.concept.b } });
      at = h.to;
    }
    if (at < p.text.length) out.push({ text: p.text.slice(at), kind: p.kind });
  }
  return out;
}

/**
 * A word: letters or digits, with inner apostrophes and hyphens, of any length ("20", "on" too: a word of
 * three characters or more only left "June [20] meeting" / "June [20]" marked on both sides, tester 10, T7).
 */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’-]*[\p{L}\p{N}\p{M}])?/gu;

/**
 * The diff is a longest common subsequence: a word both sentences have, but in
 * another order ("energy and infrastructure ceasefire", "strikes on energy
 * infrastructure"), comes out as only in A and only in B. Such a word is in both
 * texts: it is shown as common. Words are matched regardless of case, as many times
 * as the other side has them among its own unmatched words.
 */
function moved(own: readonly Part[], other: readonly Part[]): Part[] {
  const available = new Map<string, number>();
  for (const p of other) if (p.kind !== 'same') for (const m of p.text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    available.set(w, (available.get(w) ?? 0) + 1);
  }
  if (available.size === 0) return [...own];
  const out: Part[] = [];
  const push = (text: string, kind: RunKind): void => {
    if (text === '') return;
    const last = out[out.length - 1];
    // The space after a word shown as common is not a difference of its own.
    if (kind !== 'same' && last?.kind === 'same' && !/\S/u.test(text)) kind = 'same';
    if (last && last.kind === kind) last.text += text;
    else out.push({ text, kind });
  };
  for (const p of own) {
    if (p.kind === 'same') {
      push(p.text, p.kind);
      continue;
    }
    let at = 0;
    for (const m of p.text.matchAll(WORD)) {
      const w = m[0].toLowerCase();
      const left = available.get(w) ?? 0;
      if (left === 0) continue;
      available.set(w, left - 1);
      push(p.text.slice(at, m.index!), p.kind);
      push(m[0], 'same');
      at = m.index! + m[0].length;
    }
    push(p.text.slice(at), p.kind);
  }
  return out;
}

/** A stretch of one side's joined text, before it is cut at sentence boundaries. */
interface Part {
  text: string;
  kind: RunKind;
  equivalent?: { a: string; b: string };
}

/** Cuts one side's runs over the joined text of `sentences` at the sentence boundaries. */
function cut(parts: readonly Part[], sentences: readonly Sentence[]): Run[] {
  // The joined text as segments: each sentence, and the joining space between two.
  const segments: { sentence: SentenceId | null; from: number; to: number }[] = [];
  let at = 0;
  sentences.forEach((s, i) => {
    if (i > 0) segments.push({ sentence: null, from: at, to: (at += JOIN.length) });
    segments.push({ sentence: s.id, from: at, to: (at += s.text.length) });
  });

  const runs: Run[] = [];
  let k = 0;
  let pos = 0;
  for (const part of parts) {
    let done = 0;
    while (done < part.text.length) {
      while (k < segments.length && segments[k]!.to <= pos) k++;
      const seg = segments[k];
      if (!seg) throw new Error('rowDiff: the diff is longer than the row\'s text');
      const take = Math.min(part.text.length - done, seg.to - pos);
      runs.push({ text: part.text.slice(done, done + take), kind: part.kind, sentence: seg.sentence, start: pos - seg.from, ...(part.equivalent && { equivalent: part.equivalent }) });
      done += take;
      pos += take;
    }
  }
  if (pos !== at) throw new Error('rowDiff: the diff is shorter than the row\'s text');
  return runs;
}
