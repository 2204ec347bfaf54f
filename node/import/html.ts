/**
 * A saved web page's readout: the main text found by @mozilla/readability over
 * a linkedom DOM, with navigation, cookie banners, sharing bars, related links
 * and footers left out, paragraphs kept (html-text.ts), and what the page's
 * metadata says (html-meta.ts).
 *
 * Nothing is rendered or run: linkedom parses markup and has no script engine,
 * no network and no layout; only text leaves this module.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { failure } from '../result';
import { blockParagraphs, type TextNodeLike } from './html-text';
import { pageMeta, type MetaDocumentLike } from './html-meta';
import { decodeTextBytes } from './text';
import type { ImportResult } from './types';

/** Fewest words of main text a page must have (a two-sentence readout has more). */
export const MIN_MAIN_WORDS = 12;

/** Largest share of the main text that may be link text: above it, what was found is a list of links. */
const MAX_LINK_DENSITY = 0.5;

/** Boilerplate that Readability does not always leave out by itself: consent banners, dialogs, menus. */
const BOILERPLATE = [
  'nav', 'footer', 'aside', 'form', '[role="dialog"]', '[role="alertdialog"]', '[aria-modal="true"]', '[role="navigation"]',
  '[role="contentinfo"]', '[role="banner"]', '[hidden]', '[aria-hidden="true"]',
].join(',');
const BOILERPLATE_NAME = /(^|[-_\s])(cookie|cookies|consent|gdpr|newsletter|subscribe|subscription|paywall|modal|popup|share|sharing|social|breadcrumbs?|skip-link)($|[-_\s])/i;

/** DOM element as this module uses it (linkedom's, without DOM typings). */
interface Element extends TextNodeLike {
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<Element>;
  closest(selector: string): Element | null;
  remove(): void;
  parentNode: Element | null;
}

/** Extracts the readout of the web page in `bytes` (file `name`, for messages). */
export function extractHtml(bytes: Uint8Array, name: string, encoding?: string): ImportResult {
  const decoded = decodeTextBytes(bytes, name, encoding ?? declaredCharset(bytes));
  if (!decoded.ok) return decoded;
  let { document } = parseHTML(decoded.text);
  // linkedom makes a fragment's first element the root; a browser would wrap it in <html><body>.
  if (document.documentElement?.nodeName.toLowerCase() !== 'html') ({ document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${decoded.text}</body></html>`));
  const doc = document as unknown as MetaDocumentLike & { body: Element | null; documentElement: Element | null };
  if (!doc.documentElement || !doc.body) return noMainText(name);
  const meta = pageMeta(doc);
  removeBoilerplate(doc.body);

  let main: Element | null = null;
  try {
    // The serializer hands over the content element itself: its text is taken below, never its HTML.
    const article = new Readability(document as never, { serializer: (el) => { main = el as unknown as Element; return ''; } }).parse();
    if (!article) main = null;
  } catch {
    main = null;
  }
  if (!main) return noMainText(name);
  const paragraphs = blockParagraphs(main);
  const text = paragraphs.join('\n\n');
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  if (words < MIN_MAIN_WORDS || linkDensity(main, text) > MAX_LINK_DENSITY) return noMainText(name);
  return { ok: true, imported: { text: `${text}\n`, format: 'html', encoding: decoded.encoding, meta, warnings: [] } };
}

function noMainText(name: string): ImportResult {
  return failure('no-text', `${name}: no main text found in the web page (only navigation, links or boilerplate); `
    + `if its text is loaded by scripts, which are never run here, save the page again from a browser after it has loaded, or print it to PDF`);
}

/** Removes menus, banners, dialogs and footers, but never an element that holds the article. */
function removeBoilerplate(body: Element): void {
  const candidates = Array.from(body.querySelectorAll(`${BOILERPLATE},[class],[id]`));
  for (const el of candidates) {
    if (!el.parentNode) continue; // inside something removed already
    const named = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const matches = el.closest(BOILERPLATE) === el || BOILERPLATE_NAME.test(named);
    if (!matches) continue;
    if (el.querySelectorAll('article, main, [role="main"]').length > 0 || el.closest('article, main, [role="main"]') === el) continue;
    el.remove();
  }
}

/** Share of `text`'s characters that are link text inside `main`. */
function linkDensity(main: Element, text: string): number {
  const total = text.replace(/\s+/g, '').length;
  if (total === 0) return 1;
  let linked = 0;
  for (const a of Array.from(main.querySelectorAll('a'))) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return linked / total;
}

/**
 * The encoding a page declares in its first 1,024 bytes (`<meta charset>` or
 * `http-equiv="Content-Type"`), as browsers look for it; undefined when it
 * declares none or UTF-8, or starts with a byte order mark (then the text rule decides).
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // A byte order mark wins over any declaration.
  if ((bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return undefined;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  const label = m?.[1]?.toLowerCase();
  if (!label || label === 'utf-8' || label === 'utf8') return undefined;
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return undefined; // an unknown label: browsers fall back too
  }
}
