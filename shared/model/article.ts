/**
 * The article side of a comparison: what a news article says the readouts say
 * (claims, with a verdict per readout and a word-for-word check of every quotation
 * of a readout), and what people are quoted as saying about the call (commentary).
 * Pure data, serialisable as JSON; produced by shared/article/analyze.ts from the
 * article's text, or read from a curated claims file (node/claims-file.ts).
 */
import type { DiffPart } from '../diff/words';
import type { SentenceId, Side, SourceDoc } from './types';

/** A claim id: `c1`, `c2`, … in article order. */
export type ClaimId = string & { readonly __brand: 'ClaimId' };
/** A commentary id: `q1`, `q2`, … in article order. */
export type CommentaryId = string & { readonly __brand: 'CommentaryId' };

export const claimId = (index: number): ClaimId => `c${index + 1}` as ClaimId;
export const commentaryId = (index: number): CommentaryId => `q${index + 1}` as CommentaryId;

/** How far a readout, as loaded, bears out a claim about it. */
export type Verdict = 'supported' | 'partial' | 'not-found';

/** Where a quotation of a readout was found in that readout. */
export interface QuoteMatch {
  /** The readout sentence the match starts in. */
  sentence: SentenceId;
  /** UTF-16 offsets into the readout's text (end exclusive). */
  start: number;
  end: number;
  /** Exactly the readout's text from `start` to `end`. */
  text: string;
}

/**
 * How a quotation of a readout departs from it: not at all; in articles, punctuation,
 * capitalisation or spelling only; in a way that changes the meaning (a modal, tense,
 * number, negation, named actor or evaluative word); or in most of its content words
 * (another translation, a paraphrase in quotation marks).
 */
export type QuoteSeverity = 'verbatim' | 'minor' | 'changes-meaning' | 'different-wording';

/** A quotation the article attributes to a readout, checked word for word against it. */
export interface QuoteCheck {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** UTF-16 offsets of `text` in the article (end exclusive). */
  start: number;
  end: number;
  /** The readout the article attributes the quotation to. */
  readout: Side;
  /** The readout's words in the same order, ignoring quotation-mark style and punctuation at the ends; true exactly when `severity` is "verbatim". */
  verbatim: boolean;
  /** How far the quotation departs from the readout (shared/article/severity.ts). */
  severity: QuoteSeverity;
  /** The closest passage of the readout, or null when nothing in it resembles the quotation. */
  match: QuoteMatch | null;
  /** Word diff from the quotation to `match.text` (empty when there is no match). */
  diff: DiffPart[];
  /**
   * The readout's words right before the matched passage, when they put it under a predicate that does not assert it
   * ("efforts to ensure") and the article's words before the quotation do not (shared/article/quote-context.ts):
   * "quoted out of context? check". Absent otherwise.
   */
  readoutFrame?: string;
}

/** A statement of the article about what one or both readouts say. */
export interface Claim {
  id: ClaimId;
  /** The claim as the article words it. */
  text: string;
  /** UTF-16 offsets into the article (end exclusive). */
  start: number;
  end: number;
  /** The readouts the article says it is about; empty when it does not say. */
  readouts: Side[];
  /** A verdict for each readout concerned (each readout when `readouts` is empty). */
  verdicts: Partial<Record<Side, Verdict>>;
  /** Readout sentences the claim describes (manual links applied). */
  links: SentenceId[];
  /** For a readout whose verdict is `not-found`: its closest sentence(s), so the reader can check. */
  closestSentences: SentenceId[];
  /** Quotations of a readout inside the claim. */
  quotes: QuoteCheck[];
  /**
   * Per readout, where the claim says with opposite polarity what a linked sentence says (shared/article/polarity.ts):
   * its verdict is then "contradicts? check", never "supported". Absent when none.
   */
  contrasts?: Partial<Record<Side, PolarityContrast>>;
}

/** A claim's contrast with a readout: the readout sentence, the side whose clause is negated, and the claim's clause. */
export interface PolarityContrast {
  sentence: SentenceId;
  negated: 'article' | 'readout';
  clause: string;
}

/**
 * When a quotation was said, relative to the call, where the article says so; 'unclear' when the
 * quotations of one occasion, or the article's sequence and a quotation's time, disagree (shared/article/timing.ts).
 */
export type Timing = 'before' | 'after' | 'unclear' | null;

/** A quotation of a person (an analyst, a politician, a party to the call). */
export interface Commentary {
  id: CommentaryId;
  /** The name as the article first gives it in full ("Ruth Deyermond"). */
  speaker: string;
  /** False for a speaker the article does not name ("a government source", "officials"): `speaker` is then the article's description of them. */
  named: boolean;
  /** The role or affiliation the article gives, or null. */
  role: string | null;
  /** Whether the speaker took part in the call. */
  party: boolean;
  /** The quoted words, without the quotation marks. */
  quote: string;
  /** UTF-16 offsets of `quote` in the article (end exclusive). */
  start: number;
  end: number;
  timing: Timing;
  /** Readout sentences and claims the quotation bears on (manual links applied). */
  links: Array<SentenceId | ClaimId>;
}

/**
 * A link the analyst added or removed by hand, between a claim or commentary item
 * and a readout sentence (or, for commentary, a claim). Manual links win over
 * automatic ones; they are saved with the comparison.
 */
export interface ManualLink {
  from: ClaimId | CommentaryId;
  to: SentenceId | ClaimId;
  op: 'add' | 'remove';
}

/** Everything the app knows about the article of a comparison. */
export interface ArticleAnalysis {
  /** The article as loaded (file, text, meta). */
  doc: SourceDoc;
  /** `extracted` from the text, or `curated` from a claims file. */
  origin: 'extracted' | 'curated';
  claims: Claim[];
  commentary: Commentary[];
  /** Links before manual edits, per item id (so a removed manual link can restore them). */
  automaticLinks: Record<string, Array<SentenceId | ClaimId>>;
  manualLinks: ManualLink[];
  /** Problems found in the article that did not stop the analysis (unbalanced quotation marks), each naming the file. */
  warnings?: string[];
  /** Why its claims and quotations cannot be checked against the readouts (another language), when they cannot; also the first warning. */
  languageNote?: string;
}
