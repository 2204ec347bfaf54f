/**
 * The text the analyst selected, as offsets into a source's text. The view marks
 * every stretch of source text it shows with the source (`data-source`: a, b or
 * article) and the offset of its first character in that source's text
 * (`data-offset`); ids, markers and the space that joins two sentences of a row
 * carry no such mark, so they are never part of a passage. A selection across
 * two sources (both readouts of a row) is no passage.
 */
import type { AnnotationSource } from '../shared/annotations/model';

/** A selected passage: its source and UTF-16 offsets into its text (end exclusive). */
export interface SelectedSpan {
  source: AnnotationSource;
  start: number;
  end: number;
}

const SOURCES: readonly string[] = ['a', 'b', 'article'];

/** How many characters of `holder`'s text come before the point (`node`, `offset`) inside it. */
function textBefore(holder: Element, node: Node, offset: number): number {
  const range = holder.ownerDocument.createRange();
  range.setStart(holder, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/**
 * The passage `range` covers: the marked stretches it touches, from where it starts
 * to where it ends. `mixed` when it spans two sources; null when it covers no source
 * text (collapsed, or only ids and markers).
 */
export function spanOfRange(range: Range): SelectedSpan | 'mixed' | null {
  if (range.collapsed) return null;
  const root = range.commonAncestorContainer;
  const scope = root instanceof Element ? root : root.parentElement;
  if (!scope) return null;
  const own = scope.closest('[data-offset]');
  const holders = own ? [own] : [...scope.querySelectorAll('[data-offset]')].filter((h) => range.intersectsNode(h));
  let span: SelectedSpan | null = null;
  for (const holder of holders) {
    const source = holder.getAttribute('data-source') ?? '';
    const offset = Number(holder.getAttribute('data-offset'));
    if (!SOURCES.includes(source) || !Number.isInteger(offset)) continue;
    const length = holder.textContent?.length ?? 0;
    const from = holder.contains(range.startContainer) ? textBefore(holder, range.startContainer, range.startOffset) : 0;
    const to = holder.contains(range.endContainer) ? textBefore(holder, range.endContainer, range.endOffset) : length;
    if (to <= from) continue;
    if (span && span.source !== source) return 'mixed';
    const [start, end] = [offset + from, offset + to];
    span = span ? { source: span.source, start: Math.min(span.start, start), end: Math.max(span.end, end) } : { source: source as AnnotationSource, start, end };
  }
  return span;
}

/** The passage the document's selection covers (see `spanOfRange`). */
export function selectedSpan(selection: Selection | null): SelectedSpan | 'mixed' | null {
  if (!selection || selection.rangeCount === 0) return null;
  return spanOfRange(selection.getRangeAt(0));
}
