/**
 * The annotations' side of the view: their numbers (reading order), where each
 * anchored one is marked (the passage's span in its source, the sentence whose
 * start carries its marker, the sentences of an annotated row), how a passage is
 * cut into highlighted segments, and how the panel names where an annotation is.
 * Pure, over the model (shared/annotations/model.ts) and the comparison.
 */
import { listAnnotations, targetPassages, type Annotation, type AnnotationSource, type Passage } from '../annotations/model';
import type { Comparison } from '../compare/compare';
import type { ArticleAnalysis } from '../model/article';
import type { Sentence, SentenceId, Side } from '../model/types';
import { itemKind, type ArticleItemId } from './article';

/** An anchored passage to highlight: UTF-16 offsets into its source's text. */
export interface MarkedSpan {
  id: string;
  start: number;
  end: number;
}

/** Where the annotations are marked in the view. */
export interface AnnotationMarks {
  /** Each annotation's number, 1 up, in reading order (the panel's order): "✎3". */
  numbers: Readonly<Record<string, number>>;
  /** The anchored passages of each source, in text order. */
  spans: Readonly<Record<AnnotationSource, readonly MarkedSpan[]>>;
  /** For each readout sentence, the anchored annotations whose target starts in it (their markers lead it). */
  bySentence: Readonly<Record<string, readonly string[]>>;
  /** For each readout sentence of an annotated row, the row annotations on it. */
  rows: Readonly<Record<string, readonly string[]>>;
  /** The anchored annotations whose passage now reads differently (anchor.ts `changed`): their marks say "the passage has changed: check". */
  changed: Readonly<Record<string, true>>;
}

/** No annotations. */
export const NO_MARKS: AnnotationMarks = Object.freeze({ numbers: {}, spans: { a: [], b: [], article: [] }, bySentence: {}, rows: {}, changed: {} });

/** The sentence of `sentences` (in text order) that holds `offset`, or the first after it (offsets between sentences); undefined past the last. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return sentences[lo];
}

/** Where the annotations of `list` are marked, over `comparison`; `changed`: the ids whose passage now reads differently. Orphans have a number but no mark. */
export function annotationMarks(list: readonly Annotation[], comparison: Comparison, changed: Readonly<Record<string, true>> = {}): AnnotationMarks {
  if (list.length === 0) return NO_MARKS;
  const numbers: Record<string, number> = {};
  listAnnotations(list).forEach((a, i) => { numbers[a.id] = i + 1; });
  const spans: Record<AnnotationSource, MarkedSpan[]> = { a: [], b: [], article: [] };
  const bySentence: Record<string, string[]> = {};
  const rows: Record<string, string[]> = {};
  for (const a of list) {
    if (a.status !== 'anchored') continue;
    const t = a.target;
    if (t.kind === 'passage') {
      spans[t.source].push({ id: a.id, start: t.position.start, end: t.position.end });
      if (t.source !== 'article') {
        const s = sentenceAt(comparison[t.source].sentences, t.position.start);
        if (s) (bySentence[s.id] ??= []).push(a.id);
      }
    } else {
      (bySentence[t.sentences[0]!.sentence] ??= []).push(a.id);
      for (const s of t.sentences) (rows[s.sentence] ??= []).push(a.id);
    }
  }
  const byNumber = (x: string, y: string) => numbers[x]! - numbers[y]!;
  for (const k of ['a', 'b', 'article'] as const) spans[k].sort((x, y) => x.start - y.start || x.end - y.end || byNumber(x.id, y.id));
  for (const ids of [...Object.values(bySentence), ...Object.values(rows)]) ids.sort(byNumber);
  return { numbers, spans, bySentence, rows, changed };
}

/** A stretch of text and the annotations covering it (none: plain text). */
export interface Segment {
  text: string;
  /** UTF-16 offset of the segment into its source's text. */
  start: number;
  ids: string[];
}

/**
 * `text`, which starts at `offset` in its source, cut where the annotated spans
 * begin and end: each segment lists the annotations covering it. Joining the
 * segments' texts gives `text` back.
 */
export function segmentsOf(text: string, offset: number, spans: readonly MarkedSpan[]): Segment[] {
  const end = offset + text.length;
  const inside = spans.filter((s) => s.start < end && s.end > offset);
  if (inside.length === 0) return [{ text, start: offset, ids: [] }];
  const cuts = [...new Set([offset, end, ...inside.flatMap((s) => [s.start, s.end]).filter((x) => x > offset && x < end)])].sort((x, y) => x - y);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    out.push({ text: text.slice(from - offset, to - offset), start: from, ids: inside.filter((s) => s.start <= from && s.end >= to).map((s) => s.id) });
  }
  return out;
}

/** The claim or commentary item of the article whose text holds `offset`, or null. */
export function articleItemAt(article: ArticleAnalysis | null, offset: number): ArticleItemId | null {
  if (!article) return null;
  const claim = article.claims.find((c) => c.start <= offset && offset < c.end);
  if (claim) return claim.id;
  return article.commentary.find((q) => q.start <= offset && offset < q.end)?.id ?? null;
}

/** The readout sentence a readout passage starts in (or the first of a row), to go to; null for the article. */
export function annotationSentence(annotation: Annotation, comparison: Comparison): SentenceId | null {
  const first = targetPassages(annotation.target)[0]!;
  if (annotation.target.kind === 'row') return annotation.target.sentences[0]!.sentence;
  if (first.source === 'article') return null;
  return sentenceAt(comparison[first.source].sentences, first.position.start)?.id ?? null;
}

/** How the panel names where an annotation is: "White House, a6", "Row: White House a6 · Kremlin b10", "Article, claim c2". */
export function annotationPlace(annotation: Annotation, comparison: Comparison, article: ArticleAnalysis | null): string {
  const t = annotation.target;
  if (t.kind === 'row') {
    const side = (s: Side) => t.sentences.filter((x) => x.source === s).map((x) => x.sentence);
    const parts = (['a', 'b'] as const).filter((s) => side(s).length > 0).map((s) => `${comparison[s].label} ${side(s).join(', ')}`);
    return `Row: ${parts.join(' · ')}`;
  }
  if (t.source === 'article') {
    const item = annotation.status === 'anchored' ? articleItemAt(article, t.position.start) : null;
    const label = article?.doc.meta.label ?? 'Article';
    return item ? `${label}, ${itemKind(item)} ${item}` : label;
  }
  const sentence = annotation.status === 'anchored' ? sentenceAt(comparison[t.source].sentences, t.position.start) : undefined;
  return sentence ? `${comparison[t.source].label}, ${sentence.id}` : comparison[t.source].label;
}

/** The text a target or passage link quotes: its passage, or a row's sentences joined by " … ". */
export function quotedText(target: Annotation['target'] | Passage): string {
  if ('kind' in target && target.kind === 'row') return target.sentences.map((s) => s.quote.exact).join(' … ');
  return (target as Passage).quote.exact;
}
