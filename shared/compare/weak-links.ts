/**
 * Which links make rows, and which statements are matched only weakly (issue 14;
 * docs/alignment.md, "Rows and weak links"). A link joins the sentences it links into
 * one row only when it is at least "probably" right (confidence ≥ `PROBABLE`) or the
 * analyst made or confirmed it; a weaker link is shown as a cross-reference between
 * rows and merges nothing, so that a chain of weak links cannot fold several points
 * into one row. A statement is "matched only weakly" when it is linked but by no
 * confident link (every link under `CONFIDENT`, none the analyst's): the counts, the
 * coverage and the PDF say so instead of "matched". Its own module, free of the
 * aligner, so the renderer can use it.
 */
import { CONFIDENT, PROBABLE } from '../align/strength';
import type { SentenceId, Side } from '../model/types';
import { countWords } from '../text/words';
import type { ComparedSide, Pair } from './compare';

type Link = Pick<Pair, 'confidence' | 'by' | 'checked'>;

/**
 * Whether the link is not in doubt: the analyst made it (confidence null) or confirmed it,
 * or it has no confidence at all (a comparison saved before links had one).
 */
const analysts = (p: Link): boolean => typeof p.confidence !== 'number' || p.by === 'analyst' || p.checked === true;

/** Whether a link joins its sentences into one row: the analyst's, or at least "probably" right. */
export function joinsRows(p: Link): boolean {
  return analysts(p) || (p.confidence as number) >= PROBABLE;
}

/** Whether a link is confident: the analyst's, or at `CONFIDENT` or above. */
export function isSureLink(p: Link): boolean {
  return analysts(p) || (p.confidence as number) >= CONFIDENT;
}

/** The statements of each side that are linked, but by no confident link, in the order of their first link. */
export function weaklyMatched(pairs: readonly Pair[]): Record<Side, SentenceId[]> {
  const sure = new Set<string>();
  const linked: Record<Side, Set<SentenceId>> = { a: new Set(), b: new Set() };
  for (const p of pairs) {
    for (const id of p.a) linked.a.add(id);
    for (const id of p.b) linked.b.add(id);
    if (isSureLink(p)) {
      for (const id of p.a) sure.add(id);
      for (const id of p.b) sure.add(id);
    }
  }
  const weak = (side: Side) => {
    const out: SentenceId[] = [];
    for (const id of linked[side]) if (!sure.has(id)) out.push(id);
    return out.sort(byNumber);
  };
  return { a: weak('a'), b: weak('b') };
}

/** Ids in text order ("a2" before "a10"). */
const byNumber = (x: string, y: string): number => Number(x.slice(1)) - Number(y.slice(1)) || x.localeCompare(y);

/** The share of a side's words that lie in the statements `ids`, in [0, 1] (words counted as the comparison's coverage counts them). */
export function wordShare(side: Pick<ComparedSide, 'sentences' | 'language'>, ids: readonly SentenceId[]): number {
  const chosen = new Set<string>(ids);
  let total = 0;
  let inside = 0;
  for (const s of side.sentences) {
    const n = countWords(s.text, side.language);
    total += n;
    if (chosen.has(s.id)) inside += n;
  }
  return total === 0 ? 0 : inside / total;
}

/** "2 statements of Kremlin matched only weakly": the same words in the app's count line, the terminal and the PDF. */
export function weakOnlyWording(n: number, label: string): string {
  return `${n} statement${n === 1 ? '' : 's'} of ${label} matched only weakly`;
}

/** A share as a whole percent, never 0% for a share above none. */
const weakPercent = (share: number): string => `${Math.max(1, Math.round(share * 100))}%`;

/** The coverage line's addition: " (31% only weakly)" when some covered words are matched only weakly, else ''. */
export function weakCoverageWording(share: number): string {
  return share > 0 ? ` (${weakPercent(share)} only weakly)` : '';
}

/** The same, short, for the app's one-line source card (its full wording is the card's tooltip): " (31% weak)". */
export function weakCoverageShort(share: number): string {
  return share > 0 ? ` (${weakPercent(share)} weak)` : '';
}
