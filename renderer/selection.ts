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

/** Text a holder shows that is not source text (a typed difference's badge and its screen-reader wording): `data-not-text`. */
const NOT_TEXT = '[data-not-text]';

/** The source text nodes of `holder`, in order (those inside `data-not-text` elements left out). */
function sourceTexts(holder: Element): Text[] {
  const walker = holder.ownerDocument.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest(NOT_TEXT)) out.push(n as Text);
  return out;
}

/** How many characters of `holder`'s source text come before the point (`node`, `offset`) inside it. */
function textBefore(holder: Element, node: Node, offset: number): number {
  const point = holder.ownerDocument.createRange();
  point.setStart(node, offset);
  point.collapse(true);
  let n = 0;
  for (const t of sourceTexts(holder)) {
    if (t === node) return n + offset;
    if (point.comparePoint(t, 0) > 0) break;
    n += t.length;
  }
  return n;
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
    const length = sourceTexts(holder).reduce((n, t) => n + t.length, 0);
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
