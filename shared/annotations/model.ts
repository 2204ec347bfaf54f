/**
 * Annotations: what an analyst marks in a comparison ("Kremlin omits the Black Sea
 * talks"), with a label, a note, and where it points. Pure data and pure functions:
 * ids and the clock come from the caller, so the same calls give the same values.
 *
 * A target is stored as W3C Web Annotation selectors over the source's text, as the
 * Hypothesis client stores them: the quoted text with a little context on either
 * side (TextQuoteSelector) and its offsets (TextPositionSelector). The quote is the
 * truth; the position is a hint. When a source changes, `anchor.ts` finds the
 * passage again, or marks the annotation an orphan (kept, with its last selectors).
 */
import type { ClaimId, CommentaryId } from '../model/article';
import type { Sentence, SentenceId, Side } from '../model/types';

/** The text an annotation points into: readout A, readout B, or the article. */
export type AnnotationSource = Side | 'article';

/** The labels every comparison offers; the user may add more. */
export const DEFAULT_LABELS: readonly string[] = ['disagreement', 'omission', 'framing', 'factual error', 'note'];

/** Reading order of the sources. */
const SOURCE_ORDER: Record<AnnotationSource, number> = { a: 0, b: 1, article: 2 };

/** Characters of context kept on either side of a quote (as the Hypothesis client keeps). */
export const CONTEXT_LENGTH = 32;

/** W3C TextQuoteSelector: the quoted text and the text just around it. */
export interface TextQuote {
  /** The passage, exactly as in the source's text. */
  exact: string;
  /** Up to {@link CONTEXT_LENGTH} characters of the text just before `exact` ('' at the start of the text). */
  prefix: string;
  /** Up to {@link CONTEXT_LENGTH} characters of the text just after `exact` ('' at the end of the text). */
  suffix: string;
}

/** W3C TextPositionSelector: UTF-16 code unit offsets into the source's text, end exclusive. */
export interface TextPosition {
  start: number;
  end: number;
}

/** A passage of one source: its quote and its position (a hint; the quote wins). */
export interface Passage {
  source: AnnotationSource;
  quote: TextQuote;
  position: TextPosition;
}

/** An annotation on a passage the user selected. */
export interface PassageTarget extends Passage {
  kind: 'passage';
}

/** One sentence of an annotated row. */
export interface RowSentence extends Passage {
  source: Side;
  /** The sentence's id when the annotation was made or last anchored (`a3`). */
  sentence: SentenceId;
}

/** An annotation on a whole row of the comparison: every sentence of it, on both sides. */
export interface RowTarget {
  kind: 'row';
  /** The row's sentences, A's before B's, each in text order. */
  sentences: RowSentence[];
}

/** What an annotation is about. */
export type Target = PassageTarget | RowTarget;

/** Whether an annotation's target was found in the source as it is now. */
export type AnchorStatus = 'anchored' | 'orphan';

/** Something else an annotation refers to. */
export type AnnotationLink =
  /** A readout sentence, a claim or a commentary item of the comparison, by id. */
  | { kind: 'item'; id: SentenceId | ClaimId | CommentaryId }
  /** Another passage; anchored like the target, an orphan when it cannot be found. */
  | (Passage & { kind: 'passage'; status: AnchorStatus })
  /** Another annotation, by id. */
  | { kind: 'annotation'; id: string };

/** An analyst's annotation. */
export interface Annotation {
  /** Stable id, made by the caller (a UUID, or {@link annotationId}); never reused in a comparison. */
  id: string;
  /** One of the comparison's labels. */
  label: string;
  /** Free text; may be empty. */
  note: string;
  target: Target;
  links: AnnotationLink[];
  /** ISO 8601 date-time when it was made. */
  created: string;
  /** ISO 8601 date-time of the last change by the user. */
  modified: string;
  /** `orphan` when its target could not be found with confidence; its selectors are then the last known ones. */
  status: AnchorStatus;
}

/** A deterministic id from a clock reading and a counter, for callers without a UUID source: `ann-m8f3k2-1`. */
export function annotationId(timeMs: number, counter: number): string {
  return `ann-${Math.max(0, Math.floor(timeMs)).toString(36)}-${counter}`;
}

/** The quote and position of `text.slice(start, end)`, with its context. Throws on a span outside the text or an empty one. */
export function passageAt(source: AnnotationSource, text: string, start: number, end: number): Passage {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end)
    throw new RangeError(`passageAt: ${start}–${end} is not a non-empty span of a text of ${text.length} characters`);
  return { source, quote: quoteAt(text, start, end), position: { start, end } };
}

/** The TextQuoteSelector of `text.slice(start, end)`. */
export function quoteAt(text: string, start: number, end: number): TextQuote {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

/** The target of a whole row: each of its sentences (A's before B's, in text order) with its quote over `texts`. */
export function rowTarget(sentences: ReadonlyArray<{ source: Side; sentence: Sentence }>, texts: Readonly<Record<Side, string>>): RowTarget {
  const sorted = [...sentences].sort((x, y) => SOURCE_ORDER[x.source] - SOURCE_ORDER[y.source] || x.sentence.start - y.sentence.start);
  return {
    kind: 'row',
    sentences: sorted.map(({ source, sentence }) => ({ ...passageAt(source, texts[source], sentence.start, sentence.end), source, sentence: sentence.id })),
  };
}

/** What {@link createAnnotation} needs. */
export interface NewAnnotation {
  id: string;
  /** ISO 8601 date-time, from the caller's clock. */
  now: string;
  label: string;
  note?: string;
  target: Target;
  links?: AnnotationLink[];
}

/** A new annotation (anchored: it was just made on the text as it is). */
export function createAnnotation(input: NewAnnotation): Annotation {
  const label = normalizeLabel(input.label);
  if (!label) throw new RangeError('createAnnotation: the label is empty');
  if (input.target.kind === 'row' && input.target.sentences.length === 0) throw new RangeError('createAnnotation: a row target needs at least one sentence');
  return {
    id: input.id, label, note: input.note ?? '', target: input.target, links: input.links ?? [],
    created: input.now, modified: input.now, status: 'anchored',
  };
}

/** The list with `annotation` added at the end. Throws when its id is taken (ids are never reused). */
export function addAnnotation(list: readonly Annotation[], annotation: Annotation): Annotation[] {
  if (list.some((a) => a.id === annotation.id)) throw new RangeError(`addAnnotation: the id ${annotation.id} is taken`);
  return [...list, annotation];
}

/** What the user may change in an annotation. */
export interface AnnotationChanges {
  label?: string;
  note?: string;
  links?: AnnotationLink[];
  /** A new target (the user re-selected the passage); the annotation is anchored again. */
  target?: Target;
}

/** The list after an edit, and the annotation as it was (for undo); null when there is no annotation `id`. */
export function editAnnotation(list: readonly Annotation[], id: string, changes: AnnotationChanges, now: string): { annotations: Annotation[]; before: Annotation } | null {
  const index = list.findIndex((a) => a.id === id);
  if (index < 0) return null;
  const before = list[index]!;
  const label = changes.label === undefined ? before.label : normalizeLabel(changes.label);
  if (!label) throw new RangeError('editAnnotation: the label is empty');
  const after: Annotation = {
    ...before, label, note: changes.note ?? before.note, links: changes.links ?? before.links,
    target: changes.target ?? before.target, status: changes.target ? 'anchored' : before.status, modified: now,
  };
  return { annotations: list.map((a, i) => (i === index ? after : a)), before };
}

/** The list without annotation `id`, the deleted annotation and where it was (for undo); null when there is none. */
export function deleteAnnotation(list: readonly Annotation[], id: string): { annotations: Annotation[]; deleted: Annotation; index: number } | null {
  const index = list.findIndex((a) => a.id === id);
  if (index < 0) return null;
  return { annotations: list.filter((_, i) => i !== index), deleted: list[index]!, index };
}

/** Undoes a delete or an edit: puts `annotation` back at `index` (or in place of the one with its id). */
export function restoreAnnotation(list: readonly Annotation[], annotation: Annotation, index = list.length): Annotation[] {
  const at = list.findIndex((a) => a.id === annotation.id);
  if (at >= 0) return list.map((a, i) => (i === at ? annotation : a));
  const i = Math.max(0, Math.min(index, list.length));
  return [...list.slice(0, i), annotation, ...list.slice(i)];
}

/** Which annotations to list; every given criterion must hold. */
export interface AnnotationFilter {
  /** Only these labels (any of them). */
  labels?: readonly string[];
  /** Only annotations with a passage in this source. */
  source?: AnnotationSource;
  status?: AnchorStatus;
}

/** The annotations that pass `filter`, in reading order ({@link compareAnnotations}). */
export function listAnnotations(list: readonly Annotation[], filter: AnnotationFilter = {}): Annotation[] {
  return list.filter((a) =>
    (!filter.labels || filter.labels.includes(a.label))
    && (!filter.source || targetPassages(a.target).some((p) => p.source === filter.source))
    && (!filter.status || a.status === filter.status),
  ).sort(compareAnnotations);
}

/** Reading order: by the first passage's source (A, B, article), then its start, then creation time, then id. */
export function compareAnnotations(x: Annotation, y: Annotation): number {
  const px = targetPassages(x.target)[0]!;
  const py = targetPassages(y.target)[0]!;
  return SOURCE_ORDER[px.source] - SOURCE_ORDER[py.source] || px.position.start - py.position.start
    || (x.created < y.created ? -1 : x.created > y.created ? 1 : 0) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

/** The passages a target covers: one for a passage, one per sentence for a row. */
export function targetPassages(target: Target): Passage[] {
  return target.kind === 'passage' ? [target] : target.sentences;
}

/** A label as stored: trimmed, inner white space collapsed. */
export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ');
}

/** The comparison's labels with `label` added (defaults first, then the user's in the order added); unchanged when present or empty. */
export function addLabel(labels: readonly string[], label: string): string[] {
  const l = normalizeLabel(label);
  const all = mergeLabels(labels);
  return !l || all.includes(l) ? all : [...all, l];
}

/** The default labels, then every other label of `labels` and of `annotations`, each once. */
export function mergeLabels(labels: readonly string[], annotations: readonly Annotation[] = []): string[] {
  const out: string[] = [];
  for (const l of [...DEFAULT_LABELS, ...labels, ...annotations.map((a) => a.label)]) {
    const n = normalizeLabel(l);
    if (n && !out.includes(n)) out.push(n);
  }
  return out;
}

/** How many annotations carry each label (labels with none included, at 0), in the order of `labels`. */
export function labelCounts(labels: readonly string[], annotations: readonly Annotation[]): Array<{ label: string; count: number }> {
  return mergeLabels(labels, annotations).map((label) => ({ label, count: annotations.filter((a) => a.label === label).length }));
}
