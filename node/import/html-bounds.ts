/**
 * Keeps a parsed web page within what Readability can go through quickly. Its
 * work grows much faster than the page: on linkedom, 500 nested `div`s take it
 * 1.3 s, 1,000 take 19 s, 40,000 flat elements 1.5 s. Readout pages have a few
 * thousand elements nested a few dozen deep, so before Readability runs, one
 * linear pass over the DOM (no recursion: a hostile page may nest 100,000 deep):
 *
 * - removes what is never text (scripts, styles, templates, SVG, …; html-text.ts);
 * - refuses a page with more than {@link MAX_ELEMENTS} elements left, or more
 *   than {@link MAX_TEXT_CHARS} characters of text;
 * - replaces the content of an element {@link MAX_DEPTH} deep by its text
 *   (no real page nests its readout that deep).
 */
import { NON_TEXT } from './html-text';

/** Most elements a page may have once scripts and styles are gone (a long news page has under 10,000). */
export const MAX_ELEMENTS = 20_000;

/** Deepest an element's structure is kept; below it only its text is. */
export const MAX_DEPTH = 64;

/** Most characters of text a page may hold (a readout is under 100,000; a long page with comments under 1,000,000). */
export const MAX_TEXT_CHARS = 2_000_000;

/** A DOM node as this pass uses it (linkedom's, without DOM typings). */
export interface BoundsNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  textContent: string | null;
  firstChild: BoundsNode | null;
  nextSibling: BoundsNode | null;
  remove(): void;
}

const ELEMENT = 1;
const TEXT = 3;

/** Brings `root`'s subtree within the bounds; the problem in words when the page is beyond them, else null. */
export function boundPage(root: BoundsNode): string | null {
  // 1. What is never text goes first: it is most of many saved pages.
  const drop: BoundsNode[] = [];
  walk(root, (node) => {
    if (node.nodeType === ELEMENT && NON_TEXT.has(node.nodeName.toLowerCase()) && node !== root) {
      drop.push(node);
      return false;
    }
    return true;
  });
  for (const node of drop) node.remove();

  // 2. Count, measure, and cut the structure below MAX_DEPTH.
  let elements = 0;
  let chars = 0;
  const deep: BoundsNode[] = [];
  walk(root, (node, depth) => {
    if (node.nodeType === TEXT) chars += node.nodeValue?.length ?? 0;
    if (node.nodeType !== ELEMENT) return true;
    elements++;
    if (depth < MAX_DEPTH) return true;
    deep.push(node);
    return false;
  });
  if (elements > MAX_ELEMENTS) return `the page has ${elements.toLocaleString('en')} elements besides scripts and styles; a readout page has a few thousand (the limit is ${MAX_ELEMENTS.toLocaleString('en')})`;
  for (const node of deep) chars += (node.textContent ?? '').length;
  if (chars > MAX_TEXT_CHARS) return `the page holds ${Math.round(chars / 1000).toLocaleString('en')} thousand characters of text; the limit is ${MAX_TEXT_CHARS / 1_000_000} million`;
  for (const node of deep) node.textContent = node.textContent ?? '';
  return null;
}

/**
 * Visits `root`'s subtree in document order without recursion; `visit` returns
 * false to skip a node's children. Depth: `root` is 0.
 */
function walk(root: BoundsNode, visit: (node: BoundsNode, depth: number) => boolean): void {
  const stack: [BoundsNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!visit(node, depth)) continue;
    const children: BoundsNode[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + 1]);
  }
}
