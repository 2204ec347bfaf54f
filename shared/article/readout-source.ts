/**
 * Which readout a quotation of a readout is checked against (docs/article.md,
 * "Which readout a quotation is checked against"):
 *
 * - "the statement said", "the readout", "it said": the readout named last before
 *   (statement-antecedent.ts);
 * - a quotation whose readout the article does not name at it (a bare "the
 *   statement", "it", a quotation standing alone after one) is checked against both
 *   readouts and kept where it matches best: the antecedent is the reader's guess;
 * - a quotation the article attributes to one readout, that nothing of that readout
 *   resembles, is also checked against the other: when it stands there, both checks
 *   are reported ("not found in X", "verbatim in Y"), so the reader sees where the
 *   words come from and that the article gave them to the other side.
 */
import type { QuoteCheck } from '../model/article';
import type { Side } from '../model/types';
import type { ReadoutOf } from './analyze';
import { sidesNamed, type Attribution, type SourceNames } from './attribution';
import { locateQuote, quoteDiff, type QuoteLocation } from './quote-check';
import { quotationWordCount, type Quotation } from './quotes';
import { nonVerbatim, quoteSeverity } from './severity';

const SIDES = ['a', 'b'] as const;
/** Below this share of its words in order, a quotation is not found in a readout (the claims' "partly supported"). */
export const FOUND_IN_READOUT = 0.5;
/** From this share of its words in order, a quotation is another readout's words (analyze.ts READOUT_WORDS). */
export const FOUND_ELSEWHERE = 0.8;
/** Fewer words than this are not looked for in the readout the article does not name (analyze.ts MIN_QUOTATION_WORDS). */
const MIN_WORDS_ELSEWHERE = 3;

/**
 * The attribution, marked `inferred` when it is a readout's that the words at the quotation do not name ("the
 * statement said", "it said", or taken from the quotation's words): which readout it is, is the analysis's guess.
 */
export function markInferred(at: Attribution | null, sources: readonly SourceNames[]): Attribution | null {
  if (at?.kind !== 'source' || at.inferred !== undefined) return at;
  return { ...at, inferred: sidesNamed(at.frame, sources, []).length === 0 };
}

/** One quotation checked against one readout. */
export interface SideCheck { side: Side; loc: QuoteLocation; check: QuoteCheck }

/** The check of quotation `q` against the readout of `side`. */
export function checkAgainst(q: Quotation, side: Side, readout: ReadoutOf): SideCheck {
  const r = readout(side);
  const language = r.doc.meta.language;
  const loc = locateQuote(q.text, r.doc.text, r.sentences, language);
  const diff = quoteDiff(q.text, loc.match, language);
  const severity = loc.verbatim ? 'verbatim' as const : nonVerbatim(quoteSeverity(q.text, loc.match?.text ?? null, diff, language));
  return { side, loc, check: { text: q.text, start: q.start, end: q.end, readout: side, verbatim: loc.verbatim, severity, match: loc.match, diff } };
}

/** The checks that match best (all of them when they tie). */
function best(checks: readonly SideCheck[]): SideCheck[] {
  const top = Math.max(...checks.map((c) => c.loc.similarity));
  return checks.filter((c) => c.loc.similarity === top);
}

/**
 * The checks of one quotation to report. `at` is its attribution; `concerned`, the readouts of its claim (both
 * when the claim names none). A readout the article names at the quotation is checked, and the other too when
 * nothing of the named one resembles the quotation (three words or more: a word or two found elsewhere says
 * nothing of where they come from). An inferred attribution's quotation is checked against both readouts and kept
 * where it matches best (the inferred readout on a tie), or against the inferred readout when it matches neither. Otherwise the claim's readouts
 * are checked, and the best kept.
 */
export function quoteChecks(q: Quotation, at: Attribution | null, concerned: readonly Side[], readout: ReadoutOf): SideCheck[] {
  const memo = new Map<Side, SideCheck>();
  const check = (side: Side): SideCheck => memo.get(side) ?? memo.set(side, checkAgainst(q, side, readout)).get(side)!;
  const found = (c: SideCheck): boolean => c.loc.similarity >= FOUND_IN_READOUT;
  const source = at?.kind === 'source' && at.sides.length > 0 ? at : null;
  if (source?.inferred) {
    const anywhere = best(SIDES.map(check));
    // On a tie the readout the article's words point to stays the one: the other is no better.
    const pointed = anywhere.filter((c) => source.sides.includes(c.side));
    return anywhere.some(found) ? (pointed.length > 0 ? pointed : anywhere) : source.sides.map(check);
  }
  const pool = source ? source.sides : concerned;
  const own = source ? pool.map(check) : best(pool.map(check));
  if (own.some(found) || quotationWordCount(q.text) < MIN_WORDS_ELSEWHERE) return own;
  const elsewhere = SIDES.filter((s) => !pool.includes(s)).map(check).filter((c) => c.loc.similarity >= FOUND_ELSEWHERE);
  return [...own, ...(elsewhere.length > 0 ? best(elsewhere) : [])];
}
