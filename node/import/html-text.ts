/**
 * The text of an HTML element as a readout: one paragraph per block (p, li,
 * h1–h6, blockquote, …), paragraphs separated by a blank line, white space
 * inside a paragraph collapsed to single spaces, `<br>` kept as a line break.
 * Nothing is rendered or run: the walk reads text nodes and skips scripts,
 * styles, templates, embedded objects and form controls.
 *
 * Works on any DOM with `nodeType`, `nodeName`, `childNodes` and `nodeValue`
 * (linkedom here), so it needs no DOM typings.
 */

/** The part of a DOM node the walk reads. */
export interface TextNodeLike {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<TextNodeLike>;
}

const ELEMENT = 1;
const TEXT = 3;

/** Elements that end the paragraph before them and start a new one after them. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Elements whose content is never text of the page. */
export const NON_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'head', 'title', 'button', 'select', 'option', 'textarea', 'input',
]);

/** The paragraphs of `root`'s text, in document order, each trimmed, none empty. */
export function blockParagraphs(root: TextNodeLike): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = current.split('\n').map(collapse).join('\n').trim();
    if (text !== '') paragraphs.push(text);
    current = '';
  };
  const walk = (node: TextNodeLike, pre: boolean): void => {
    if (node.nodeType === TEXT) {
      current += pre ? (node.nodeValue ?? '') : (node.nodeValue ?? '').replace(/[\t\n\f\r ]+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const tag = node.nodeName.toLowerCase();
    if (NON_TEXT.has(tag)) return;
    if (tag === 'br') {
      current += '\n';
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]!, pre || tag === 'pre');
    if (block) flush();
  };
  walk(root, false);
  flush();
  return paragraphs;
}

/** Runs of HTML white space (not no-break spaces) become one space; the ends are trimmed. */
function collapse(line: string): string {
  return line.replace(/[\t\n\f\r ]+/g, ' ').trim();
}
