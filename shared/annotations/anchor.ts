/**
 * Anchoring: finding an annotation's passage in a source's text as it is now (a
 * corrected readout loaded into the comparison, a file edited by hand), the way the
 * Hypothesis client re-anchors its annotations (`match-quote`): the quote decides,
 * its context tells occurrences apart, the old position breaks ties.
 *
 * 1. Position: the text at the old offsets is still the quote, with the same
 *    context on both sides: nothing moved (confidence 1).
 * 2. Quote: every exact occurrence of the quote, scored by how well the text
 *    around it matches the stored prefix and suffix and how near it is to the old
 *    position.
 * 3. Fuzzy: the closest approximate occurrences (`approx-string-match`, Myers'
 *    bit-parallel algorithm, as Hypothesis uses) with at most a quarter of the
 *    quote's length in edits, scored the same way.
 *
 * A candidate is taken when its confidence reaches {@link MIN_CONFIDENCE}, or when
 * it is the only exact occurrence of a quote long enough to be distinctive. Otherwise
 * the passage is an orphan: the caller keeps its last selectors, and nothing is
 * moved silently onto other text. Thresholds and reasons: docs/annotations.md.
 *
 * A fuzzy match is snapped to word boundaries, and its words are compared with the
 * quote's (white space aside): when any word differs (a negation, a number, a modal,
 * a name, any other word), the result says which (`changed`), so the app shows "the
 * passage has changed: check" with the old and new words. Whatever the match, the
 * stored quote is kept as it was (only the position moves), so a save never
 * overwrites what the analyst annotated; the change is found again on every load.
 */
import search from 'approx-string-match';
import { wordDiff } from '../diff/words';
import type { Sentence, Side } from '../model/types';
import {
  quoteAt, type Annotation, type AnnotationLink, type AnnotationSource, type Passage, type RowSentence, type Target,
} from './model';

/** Weights of the confidence score (those of Hypothesis's `match-quote`): quote, prefix, suffix, position. */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const WEIGHT_SUM = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/** Edits allowed in a fuzzy match, as a share of the quote's length. */
export const MAX_ERROR_RATE = 0.25;
/**
 * Confidence (0–1) a match needs to be taken. An exact occurrence scores about 0.57
 * with no matching context, 0.78 with one side of it; an edited passage with its
 * context 0.86 or more; after a deletion, a similar neighbouring sentence that took
 * its place, with one side of the context, about 0.68.
 */
export const MIN_CONFIDENCE = 0.75;
/**
 * A quote at least this long (UTF-16 units, about a clause) that occurs exactly once
 * is taken whatever its context (its paragraph moved). Shorter phrases recur in
 * other statements ("the energy ceasefire holds", said by each side), so they need
 * their context.
 */
export const DISTINCTIVE_LENGTH = 64;
/** Candidates scored at most, per stage (a very short quote may occur thousands of times). */
const MAX_CANDIDATES = 2_000;

/** How a passage was found. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** Where a passage is in the text now, or why it could not be found. */
export type AnchorResult =
  | {
    status: 'anchored';
    /** The passage at its new position; its quote is the stored one for a fuzzy match (the words as annotated), else the text's. */
    passage: Passage;
    method: AnchorMethod;
    /** 0–1: how sure the match is (1 when nothing moved). */
    confidence: number;
    /** The words that differ between the stored quote and the text found (empty when only spacing or place changed). */
    changed: WordChange[];
  }
  | {
    status: 'orphan';
    /** Why, in a few words: "no occurrence close enough", "the comparison has no article". */
    reason: string;
    /** The best candidate seen and its confidence, when there was one (for diagnostics). */
    best: { start: number; end: number; confidence: number } | null;
  };

/** One run of words that differs: as annotated (`old`) and as the text has it now (`new`); either may be empty. */
export interface WordChange {
  old: string;
  new: string;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
  confidence: number;
}

/** Finds `passage` in `text` (the current text of its source). */
export function anchorPassage(passage: Passage, text: string): AnchorResult {
  const { exact, prefix, suffix } = passage.quote;
  const { start, end } = passage.position;
  if (exact.length === 0) return orphan('the quote is empty', null);

  // 1. Nothing moved.
  if (end - start === exact.length && text.slice(start, end) === exact && contextEquals(text, start, end, prefix, suffix))
    return anchored(passage.source, text, { start, end, errors: 0, confidence: 1 }, 'position');

  // 2. Exact occurrences, told apart by their context.
  const occurrences = exactOccurrences(text, exact);
  const exactBest = best(occurrences.map((at) => score(text, passage, at, at + exact.length, 0)));
  if (exactBest && (exactBest.confidence >= MIN_CONFIDENCE || (occurrences.length === 1 && exact.length >= DISTINCTIVE_LENGTH)))
    return anchored(passage.source, text, exactBest, 'quote');

  // 3. Approximate occurrences. Exact ones (already refused) are masked out so that
  // the search reports the closest other passages, such as the edited original.
  const maxErrors = Math.floor(exact.length * MAX_ERROR_RATE);
  let fuzzyBest: Candidate | null = null;
  if (maxErrors >= 1) {
    const masked = occurrences.length ? maskOccurrences(text, occurrences, exact.length) : text;
    const matches = search(masked, exact, maxErrors).slice(0, MAX_CANDIDATES);
    fuzzyBest = best(matches.filter((m) => m.end > m.start).map((m) => score(text, passage, m.start, m.end, m.errors)));
    if (fuzzyBest && fuzzyBest.confidence >= MIN_CONFIDENCE) {
      const span = snapToWords(text, fuzzyBest.start, fuzzyBest.end);
      const changed = wordChanges(exact, text.slice(span.start, span.end));
      return { status: 'anchored', passage: { ...passage, position: span }, method: 'fuzzy', confidence: fuzzyBest.confidence, changed };
    }
  }
  const seen = best([exactBest, fuzzyBest].filter((c): c is Candidate => c !== null));
  return orphan(seen ? 'no occurrence close enough, in words and context' : 'the passage is not in the text', seen);
}

/** Letters, digits and the marks and joiners inside words. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}'’_-]/u;

/** `start`–`end` widened to whole words: a match never starts or ends inside a word ("either" out of "Neither"). */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s > 0 && WORD_CHAR.test(text[s - 1]!) && WORD_CHAR.test(text[s]!)) s--;
  while (e < text.length && WORD_CHAR.test(text[e - 1]!) && WORD_CHAR.test(text[e]!)) e++;
  return { start: s, end: e };
}

/** The runs of words that differ between `before` and `after`, white space aside (jsdiff's word diff). */
export function wordChanges(before: string, after: string): WordChange[] {
  const out: WordChange[] = [];
  let open: WordChange | null = null;
  for (const part of wordDiff(before, after)) {
    if (part.kind === 'same') { open = null; continue; }
    if (!open) out.push((open = { old: '', new: '' }));
    if (part.kind === 'onlyA') open.old += part.text;
    else open.new += part.text;
  }
  return out.map((c) => ({ old: c.old.replace(/\s+/g, ' ').trim(), new: c.new.replace(/\s+/g, ' ').trim() }))
    .filter((c) => c.old !== c.new);
}

/** Whether the text around `start`–`end` is exactly the stored context. */
function contextEquals(text: string, start: number, end: number, prefix: string, suffix: string): boolean {
  return start >= prefix.length && text.slice(start - prefix.length, start) === prefix && text.slice(end, end + suffix.length) === suffix;
}

/** Start offsets of every occurrence of `exact` in `text` (overlapping ones included), at most {@link MAX_CANDIDATES}. */
function exactOccurrences(text: string, exact: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(exact); at >= 0 && out.length < MAX_CANDIDATES; at = text.indexOf(exact, at + 1)) out.push(at);
  return out;
}

/** `text` with each occurrence replaced by NUL characters (offsets unchanged). */
function maskOccurrences(text: string, starts: readonly number[], length: number): string {
  const chars = text.split('');
  for (const s of starts) for (let i = s; i < s + length; i++) chars[i] = '\u0000';
  return chars.join('');
}

/**
 * Confidence of a candidate, weighted as Hypothesis weighs it: the quote's
 * similarity (1 − edits / length) 50, the text before and after it against the
 * stored prefix and suffix 20 each, its nearness to the old position 2.
 */
function score(text: string, passage: Passage, start: number, end: number, errors: number): Candidate {
  const { exact, prefix, suffix } = passage.quote;
  const quoteScore = Math.max(0, 1 - errors / exact.length);
  const prefixScore = contextScore(text.slice(Math.max(0, start - prefix.length), start), prefix, 'before', start === 0);
  const suffixScore = contextScore(text.slice(end, end + suffix.length), suffix, 'after', end === text.length);
  const positionScore = 1 - Math.min(1, Math.abs(start - passage.position.start) / Math.max(1, text.length));
  const confidence = (WEIGHTS.quote * quoteScore + WEIGHTS.prefix * prefixScore + WEIGHTS.suffix * suffixScore + WEIGHTS.position * positionScore) / WEIGHT_SUM;
  return { start, end, errors, confidence };
}

/**
 * How well `actual` (the text beside a candidate, on the `side` next to it)
 * matches `expected` (the stored context), 0–1. The similarity is 1 − edit
 * distance / length over the part the text has; half of it is what two unrelated
 * snippets of English share, so it is rescaled to count from there (unrelated
 * context scores 0, not 0.4). Context the text lacks (the candidate is nearer its
 * edge than the stored context is long) counts as unknown: 0.5. An empty stored
 * context means the passage was at the edge of the text: 1 there, 0.5 elsewhere.
 */
function contextScore(actual: string, expected: string, side: 'before' | 'after', atEdge: boolean): number {
  if (expected.length === 0) return atEdge ? 1 : 0.5;
  const n = Math.min(actual.length, expected.length);
  const want = side === 'before' ? expected.slice(expected.length - n) : expected.slice(0, n);
  const have = side === 'before' ? actual.slice(actual.length - n) : actual.slice(0, n);
  const similarity = n === 0 ? 0 : 1 - editDistance(want, have) / n;
  const known = Math.max(0, (similarity - CONTEXT_BASELINE) / (1 - CONTEXT_BASELINE));
  return (known * n + 0.5 * (expected.length - n)) / expected.length;
}

/** Similarity two unrelated snippets of text have by chance (edit distance over length, measured on English). */
const CONTEXT_BASELINE = 0.5;

/** Levenshtein distance of two short strings (the contexts: 32 characters each). */
function editDistance(x: string, y: string): number {
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    row = next;
  }
  return row[y.length]!;
}

/** The highest-confidence candidate; the first on ties (the nearest to the old position wins through its score). */
function best(candidates: readonly Candidate[]): Candidate | null {
  let top: Candidate | null = null;
  for (const c of candidates) if (!top || c.confidence > top.confidence) top = c;
  return top;
}

function anchored(source: AnnotationSource, text: string, c: Candidate, method: AnchorMethod): AnchorResult {
  return { status: 'anchored', passage: { source, quote: quoteAt(text, c.start, c.end), position: { start: c.start, end: c.end } }, method, confidence: c.confidence, changed: [] };
}

function orphan(reason: string, c: Candidate | null): AnchorResult {
  return { status: 'orphan', reason, best: c && { start: c.start, end: c.end, confidence: c.confidence } };
}

/** The current texts of a comparison's sources; `article` is null when it has none. */
export interface SourceTexts {
  a: string;
  b: string;
  article: string | null;
}

/** A comparison's sentences, to give re-anchored row sentences their current ids. */
export type SourceSentences = Readonly<Record<Side, readonly Sentence[]>>;

/** What re-anchoring did to one annotation. */
export interface AnchorReport {
  id: string;
  status: 'anchored' | 'orphan';
  /** The weakest method used for its target's passages (`position` < `quote` < `fuzzy`); null for an orphan. */
  method: AnchorMethod | null;
  /** The lowest confidence among its target's passages; for an orphan, the best candidate's, or 0. */
  confidence: number;
  /** For an orphan: why its first lost passage was not found. */
  reason: string | null;
  /** For an anchored annotation: the words of its passages that now read differently (empty: none; "the passage has changed: check"). */
  changed: WordChange[];
}

/** Finds a passage in its source's current text. */
function anchorIn(passage: Passage, texts: SourceTexts): AnchorResult {
  const text = texts[passage.source];
  return text === null ? orphan('the comparison has no article', null) : anchorPassage(passage, text);
}

/**
 * Re-anchors an annotation's target and passage links to `texts`. Anchored: the
 * new selectors (and, given `sentences`, the row sentences' current ids). Orphan:
 * the last selectors are kept, only the status changes. `modified` is left alone
 * (it records the user's changes).
 */
export function reanchorAnnotation(annotation: Annotation, texts: SourceTexts, sentences?: SourceSentences): { annotation: Annotation; report: AnchorReport } {
  const parts = annotation.target.kind === 'passage' ? [annotation.target] : annotation.target.sentences;
  const results = parts.map((p) => anchorIn(p, texts));
  const links = annotation.links.map((l) => reanchorLink(l, texts));
  const lost = results.find((r) => r.status === 'orphan');
  if (lost && lost.status === 'orphan') {
    const confidence = Math.min(...results.map((r) => (r.status === 'anchored' ? r.confidence : r.best?.confidence ?? 0)));
    return {
      annotation: { ...annotation, links, status: 'orphan' },
      report: { id: annotation.id, status: 'orphan', method: null, confidence, reason: lost.reason, changed: [] },
    };
  }
  const found = results.map((r) => (r.status === 'anchored' ? r : null)).filter((r) => r !== null);
  const target: Target = annotation.target.kind === 'passage'
    ? { kind: 'passage', ...found[0]!.passage }
    : { kind: 'row', sentences: annotation.target.sentences.map((s, i) => rowSentence(s, found[i]!.passage, sentences)) };
  const order: AnchorMethod[] = ['position', 'quote', 'fuzzy'];
  const method = order[Math.max(...found.map((r) => order.indexOf(r.method)))]!;
  return {
    annotation: { ...annotation, target, links, status: 'anchored' },
    report: { id: annotation.id, status: 'anchored', method, confidence: Math.min(...found.map((r) => r.confidence)), reason: null, changed: found.flatMap((r) => r.changed) },
  };
}

/** A row sentence moved to `passage`, with the id of the sentence it now starts in when `sentences` are given. */
function rowSentence(old: RowSentence, passage: Passage, sentences: SourceSentences | undefined): RowSentence {
  const now = sentences?.[old.source].find((s) => s.start <= passage.position.start && passage.position.start < s.end);
  return { ...passage, source: old.source, sentence: now?.id ?? old.sentence };
}

/** A passage link found again, or an orphan (its last selectors kept) when lost or when its words changed (a link has no "check" state to show). */
function reanchorLink(link: AnnotationLink, texts: SourceTexts): AnnotationLink {
  if (link.kind !== 'passage') return link;
  const r = anchorIn(link, texts);
  return r.status === 'anchored' && r.changed.length === 0 ? { kind: 'passage', ...r.passage, status: 'anchored' } : { ...link, status: 'orphan' };
}

/** Re-anchors every annotation (see {@link reanchorAnnotation}); the reports are in the same order. */
export function reanchorAll(annotations: readonly Annotation[], texts: SourceTexts, sentences?: SourceSentences): { annotations: Annotation[]; reports: AnchorReport[] } {
  const done = annotations.map((a) => reanchorAnnotation(a, texts, sentences));
  return { annotations: done.map((d) => d.annotation), reports: done.map((d) => d.report) };
}
