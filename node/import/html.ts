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
import { runInNewContext } from 'node:vm';
import { failure } from '../result';
import { boundPage, MAX_ELEMENTS, type BoundsNode } from './html-bounds';
import { blockParagraphs, type TextNodeLike } from './html-text';
import { pageMeta, type MetaDocumentLike } from './html-meta';
import { decodeTextBytes } from './text';
import type { ImportResult } from './types';
import { duration } from './worker-run';

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
  matches(selector: string): boolean;
  remove(): void;
  parentNode: Element | null;
}

/** Longest a web page is read for, in milliseconds (a readout page takes under 200 ms). */
export const HTML_TIME_LIMIT_MS = 1500;

/** Options of {@link extractHtml}. */
export interface HtmlOptions {
  /** The page's encoding, overriding its declaration and the text rule. */
  encoding?: string;
  /** Time limit in milliseconds; default {@link HTML_TIME_LIMIT_MS}. */
  timeoutMs?: number;
}

/**
 * Extracts the readout of the web page in `bytes` (file `name`, for messages).
 * Parsing and Readability are synchronous and can be made slow by a hostile
 * page, so they run under a `vm` time limit, which interrupts JavaScript
 * running in this thread (whichever realm its functions come from) and leaves
 * the thread usable.
 */
export function extractHtml(bytes: Uint8Array, name: string, options: HtmlOptions = {}): ImportResult {
  const decoded = decodeTextBytes(bytes, name, options.encoding ?? declaredCharset(bytes), 'readout', options.encoding === undefined ? 'declared' : 'given');
  if (!decoded.ok) return decoded;
  const timeoutMs = options.timeoutMs ?? HTML_TIME_LIMIT_MS;
  let result: ImportResult = failure('timeout', `${name}: reading the web page took longer than ${duration(timeoutMs)}; it may be built to stall readers`);
  const run = (): void => {
    try {
      result = extractFromMarkup(decoded.text, decoded.encoding, name);
    } catch (e) {
      // linkedom or Readability gave up (a stack overflow on absurd nesting, …): the page cannot be read.
      result = failure('damaged', `${name}: the web page cannot be read (${(e instanceof Error ? e.message : String(e)).slice(0, 120)})`);
    }
  };
  try {
    runInNewContext('run()', { run }, { timeout: timeoutMs });
  } catch (e) {
    if ((e as { code?: string }).code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw e;
  }
  // How the bytes were decoded, when the decoder had to say so (read as Windows-1252, or as UTF-8 against the encoding given).
  const extracted = result as ImportResult; // assigned inside `run`, which the compiler does not follow
  if (!extracted.ok || decoded.warning === undefined) return extracted;
  return { ok: true, imported: { ...extracted.imported, warnings: [decoded.warning, ...extracted.imported.warnings] } };
}

/** The extraction itself, on the decoded markup. */
function extractFromMarkup(markup: string, encoding: string, name: string): ImportResult {
  let { document } = parseHTML(markup);
  // linkedom makes a fragment's first element the root; a browser would wrap it in <html><body>.
  if (document.documentElement?.nodeName.toLowerCase() !== 'html') ({ document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${markup}</body></html>`));
  const doc = document as unknown as MetaDocumentLike & { body: Element | null; documentElement: Element | null };
  if (!doc.documentElement || !doc.body) return noMainText(name);
  const meta = pageMeta(doc);
  const beyond = boundPage(doc.body as unknown as BoundsNode);
  if (beyond) return failure('too-large', `${name}: ${beyond}`);
  removeBoilerplate(doc.body);

  let main: Element | null = null;
  try {
    // The serializer hands over the content element itself: its text is taken below, never its HTML.
    const article = new Readability(document as never, {
      maxElemsToParse: MAX_ELEMENTS,
      serializer: (el) => { main = el as unknown as Element; return ''; },
    }).parse();
    if (!article) main = null;
  } catch {
    main = null;
  }
  if (!main) return noMainText(name);
  const paragraphs = blockParagraphs(main);
  const text = paragraphs.join('\n\n');
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  if (words < MIN_MAIN_WORDS || linkDensity(main, text) > MAX_LINK_DENSITY) return noMainText(name);
  return { ok: true, imported: { text: `${text}\n`, format: 'html', encoding, meta, warnings: [] } };
}

function noMainText(name: string): ImportResult {
  return failure('no-text', `${name}: no main text found in the web page (only navigation, links or boilerplate); `
    + `if its text is loaded by scripts, which are never run here, save the page again from a browser after it has loaded, or print it to PDF`);
}

/** Removes menus, banners, dialogs and footers, but never an element that is or holds the article. */
function removeBoilerplate(body: Element): void {
  // The article and its ancestors, found once: the page is walked a bounded number of times, never once per element.
  const holders = new Set<Element>();
  for (const main of Array.from(body.querySelectorAll('article, main, [role="main"]'))) {
    for (let el: Element | null = main; el && !holders.has(el); el = el.parentNode) holders.add(el);
  }
  for (const el of Array.from(body.querySelectorAll(`${BOILERPLATE},[class],[id]`))) {
    if (holders.has(el)) continue;
    const named = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (el.matches(BOILERPLATE) || BOILERPLATE_NAME.test(named)) el.remove();
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
