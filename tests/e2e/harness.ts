/**
 * End-to-end harness: the built renderer (out/renderer) served over http on
 * 127.0.0.1 by the app scheme's own code (electron/app-files.ts), opened in Debian's
 * Chromium through playwright-core, and wired to the real main-side handlers
 * (node/app/handlers.ts) by a test transport that gives the page the same
 * `window.readouts` API the preload gives it in Electron.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveAppRequest } from '../../electron/app-files';
import { APP_ORIGIN, APP_PAGE } from '../../electron/app-url';
import { CSP } from '../../electron/csp';
import type { AskPath, PathRequest } from '../../node/app/comparison-file';
import { createHandlers, type MainHandlers } from '../../node/app/handlers';
import type { PrintHtml } from '../../node/report/export';
import { printWith } from '../../node/report/pdf';
import { CHANNELS, REQUESTS, type InvokeChannel, type LoadedComparison, type RendererError, type Result } from '../../shared/ipc/contract';
import { isWebAddress } from '../../shared/text/url';

export const ROOT = resolve(__dirname, '..', '..');
export const RENDERER_DIR = join(ROOT, 'out', 'renderer');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A path the test server answers itself, as JSON (the bench's stand-in for IPC: bench/browser.ts), or undefined. */
export type ExtraRoute = (path: string) => Promise<unknown> | undefined;

/**
 * Serves the built renderer on 127.0.0.1 at a free port through the app scheme's own
 * answers (electron/app-files.ts, as `app://readout-compare/…` gets them in Electron):
 * the same files, types, refusals and Content-Security-Policy header; `url` is the page.
 * `extra` may answer paths of its own (the app asks for none).
 */
export async function serve(dir: string, extra?: ExtraRoute): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const own = extra?.(path);
    if (own) {
      void own.then((value) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value)));
      return;
    }
    void serveAppRequest(dir, CSP, { method: req.method ?? 'GET', url: `${APP_ORIGIN}${path}` }).then(async (answer) => {
      res.writeHead(answer.status, Object.fromEntries(answer.headers)).end(Buffer.from(await answer.arrayBuffer()));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${APP_PAGE}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

/**
 * Polls `expression` in the page until `ok` accepts its value, and returns it. An
 * expression, not a function: code compiled for the tests may carry helpers the page
 * lacks; and the page's CSP blocks waitForFunction with a string.
 */
export async function until<T>(page: Page, expression: string, ok: (value: T) => boolean = Boolean, timeout = 5000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = (await page.evaluate(expression)) as T;
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${expression} (last: ${JSON.stringify(value)})`);
    await page.waitForTimeout(25);
  }
}

/** Launches Chromium headless, or fails with what to install. */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Records in `window.__firstPaint` when the first frame with rows is drawn
 * (performance.now(), in the frame after the rows' insertion): the bench's first paint.
 * A string: code compiled by tsx carries helpers (`__name`) the page lacks.
 */
export const FIRST_PAINT_PROBE = `(() => {
  const check = () => {
    if (document.querySelector('[role="listitem"]')) requestAnimationFrame(() => { window.__firstPaint = performance.now(); });
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/** The stand-in for the preload: `window.readouts` over `__readoutsInvoke`, and `__emit` for main's events. */
const PRELOAD_STAND_IN = `(() => {
  const invoke = window.__readoutsInvoke;
  const listeners = { loaded: new Set(), command: new Set() };
  window.__emit = (kind, payload) => { for (const l of listeners[kind]) l(payload); };
  window.readouts = {
    listSamples: () => invoke('listSamples', []),
    openSample: (id) => invoke('openSample', [id]),
    compareFilesDialog: () => invoke('compareFilesDialog', []),
    openArticleDialog: () => invoke('openArticleDialog', []),
    openExternal: (u) => invoke('openExternal', [u]),
    initial: () => invoke('initial', []),
    shown: () => invoke('shown', []),
    pendingArticle: (document) => invoke('pendingArticle', [document]),
    saveComparison: (r) => invoke('saveComparison', [r]),
    openComparisonDialog: () => invoke('openComparisonDialog', []),
    openComparisonBackup: () => invoke('openComparisonBackup', []),
    cancel: (what) => invoke('cancel', what === undefined ? [] : [what]),
    autosave: (r) => invoke('autosave', [r]),
    exportAnnotations: (r) => invoke('exportAnnotations', [r]),
    exportReport: (r) => invoke('exportReport', [r]),
    about: () => invoke('about', []),
    // Bytes cross the test transport as arrays of numbers (it speaks JSON); Electron's IPC clones the Uint8Array itself.
    importSource: (r) => invoke('importSource', [{ target: r.target, file: { name: r.file.name, bytes: Array.from(r.file.bytes) } }]),
    pasteSource: (target) => invoke('pasteSource', [target]),
    copyText: (text) => invoke('copyText', [text]),
    compareImported: (r) => invoke('compareImported', [{ a: { name: r.a.name, bytes: Array.from(r.a.bytes) }, b: { name: r.b.name, bytes: Array.from(r.b.bytes) } }]),
    onComparisonLoaded: (l) => { listeners.loaded.add(l); return () => listeners.loaded.delete(l); },
    onCommand: (l) => { listeners.command.add(l); return () => listeners.command.delete(l); },
    getSettings: () => invoke('getSettings', []),
    markIntroSeen: () => invoke('markIntroSeen', []),
    logError: (r) => invoke('logError', [r]),
  };
})();`;

/** What the test controls in place of native dialogs. */
export interface TestDialogs {
  /** The two paths "chosen" in the Compare Files dialog, or null for Cancel. */
  nextCompareFiles: [string, string] | null;
  /** The path "chosen" in the Open Article dialog, or null for Cancel. */
  nextArticle: string | null;
  /** The paths "chosen" in the save (Save As, Export) and open (Open Comparison) dialogs, in turn; none left: Cancel. */
  nextPaths: string[];
  /** What those dialogs were asked. */
  asked: PathRequest[];
  /** What the clipboard holds, as main reads it (Paste). */
  clipboard: { html: string; text: string };
  /** The texts the page put on the clipboard through main (Copy findings), in turn. */
  copied: string[];
}

/** What main keeps in settings.json that the tests play with. */
export interface TestSettings {
  /** Whether the first-run introduction was dismissed. */
  introSeen: boolean;
}

/** Main's rule for links handed to the browser (electron/security.ts), in short: http(s) with a host, no credentials. */
const isWebLink = isWebAddress;

/** Opens the app in a new page wired to real handlers; returns the page and helpers to drive main → renderer events. */
export async function openApp(browser: Browser, url: string, options: {
  colorScheme?: 'light' | 'dark'; handlers?: MainHandlers; viewport?: { width: number; height: number };
  /** Wraps Chromium's printer (e.g. to make a print take long); by default it prints as it is. */
  printer?: (chromium: PrintHtml) => PrintHtml;
  /** Runs on the page before it loads (e.g. to add an init script of its own). */
  beforeLoad?: (page: Page) => Promise<unknown>;
  /** Open as on the first start, with the introduction; by default it counts as seen (dismissed before). */
  firstRun?: boolean;
  /**
   * Main's settings.json as the page sees it (getSettings) and changes it; pass the same object to
   * two pages to play two runs of the app. Default: the introduction seen unless `firstRun`.
   */
  settings?: TestSettings;
} = {}) {
  const settings: TestSettings = options.settings ?? { introSeen: !options.firstRun };
  const dialogs: TestDialogs = { nextCompareFiles: null, nextArticle: null, nextPaths: [], asked: [], clipboard: { html: '', text: '' }, copied: [] };
  // Main reads the clipboard for Paste; here the test's stands in for it (handlers made by the test bring their own).
  const handlers = options.handlers ?? createHandlers({ assetsDir: join(ROOT, 'assets'), readClipboard: async () => dialogs.clipboard });
  // Chromium's printer, as Electron's hidden window uses it (node/report/pdf.ts), or the test's wrapper of it.
  const printer = (options.printer ?? ((p) => p))(printWith(browser));
  const ask: AskPath = async (request) => {
    dialogs.asked.push(request);
    return dialogs.nextPaths.shift() ?? null;
  };
  // Main checks every payload against the contract before a handler runs; so does this stand-in.
  const checked = (channel: InvokeChannel, args: unknown[]): Result<never> | null => {
    const parsed = REQUESTS[channel].safeParse(args);
    return parsed.success ? null : { ok: false, error: { code: 'bad-request', message: `Bad request on ${channel}: ${parsed.error.issues[0]?.message}` } };
  };
  /** The links the page asked main to open in the browser, and whether they were opened. */
  const external: Array<{ url: string; opened: boolean }> = [];
  /** The errors the page reported for the log (checked against the contract as main does). */
  const logged: RendererError[] = [];
  const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light', viewport: options.viewport ?? { width: 1280, height: 900 } });
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });

  await page.exposeFunction('__readoutsInvoke', async (method: string, args: unknown[]): Promise<unknown> => {
    switch (method) {
      case 'listSamples': return handlers.listSamples();
      case 'openSample': return handlers.openSample(String(args[0]));
      case 'initial': return handlers.initial();
      case 'shown': handlers.shown(); return { ok: true, value: null };
      case 'pendingArticle': return handlers.pendingArticle(Number(args[0]));
      case 'compareFilesDialog': {
        const chosen = dialogs.nextCompareFiles;
        if (!chosen) return { ok: false, error: { code: 'cancelled', message: 'cancelled' } };
        return handlers.compareFiles(chosen[0], chosen[1]);
      }
      case 'openArticleDialog': {
        if (!handlers.hasComparison()) return { ok: false, error: { code: 'no-comparison', message: 'no comparison' } };
        const chosen = dialogs.nextArticle;
        if (!chosen) return { ok: false, error: { code: 'cancelled', message: 'cancelled' } };
        return handlers.openArticle(chosen);
      }
      case 'saveComparison': return checked(CHANNELS.saveComparison, args) ?? handlers.saveComparison(args[0] as never, ask);
      case 'openComparisonDialog': return handlers.openComparison(ask);
      case 'openComparisonBackup': return handlers.openComparisonBackup();
      case 'cancel': {
        const bad = checked(CHANNELS.cancel, args);
        if (!bad) handlers.cancel(args[0] as never);
        return bad ?? { ok: true, value: null };
      }
      case 'autosave': return checked(CHANNELS.autosave, args) ?? handlers.autosave(args[0] as never);
      case 'exportAnnotations': return checked(CHANNELS.exportAnnotations, args) ?? handlers.exportAnnotations(args[0] as never, ask);
      case 'exportReport': return checked(CHANNELS.exportReport, args) ?? handlers.exportReport(args[0] as never, ask, printer);
      case 'about': return checked(CHANNELS.about, args) ?? handlers.about();
      case 'getSettings': return { ok: true, value: { theme: 'system', pdfPageSize: 'A4', introSeen: settings.introSeen } };
      case 'markIntroSeen': settings.introSeen = true; return { ok: true, value: null };
      case 'logError': {
        const bad = checked(CHANNELS.logError, args);
        if (!bad) logged.push(args[0] as RendererError);
        return bad ?? { ok: true, value: null };
      }
      case 'importSource': {
        const r = args[0] as { target: unknown; file: { name: unknown; bytes: number[] } };
        const request = { target: r.target, file: { name: r.file.name, bytes: Uint8Array.from(r.file.bytes) } };
        return checked(CHANNELS.importSource, [request]) ?? handlers.importSource(request.target as never, request.file as never);
      }
      case 'pasteSource': return checked(CHANNELS.pasteSource, args) ?? handlers.pasteSource(args[0] as never);
      // Main writes the clipboard (electron/ipc.ts, `writeClipboard`); here the test's clipboard takes it.
      case 'copyText': {
        const bad = checked(CHANNELS.copyText, args);
        if (!bad) dialogs.copied.push(String(args[0]));
        return bad ?? { ok: true, value: null };
      }
      case 'compareImported': {
        const r = args[0] as Record<'a' | 'b', { name: unknown; bytes: number[] }>;
        const file = (f: { name: unknown; bytes: number[] }) => ({ name: f.name, bytes: Uint8Array.from(f.bytes) });
        const request = { a: file(r.a), b: file(r.b) };
        return checked(CHANNELS.compareImported, [request]) ?? handlers.compareImported(request.a as never, request.b as never);
      }
      case 'openExternal': {
        const url = String(args[0]);
        external.push({ url, opened: isWebLink(url) });
        return isWebLink(url) ? { ok: true, value: null } : { ok: false, error: { code: 'refused', message: 'Only http and https links can be opened.' } };
      }
      default: return { ok: false, error: { code: 'bad-request', message: `unknown method ${method}` } };
    }
  });
  // The preload's API, built from named functions over the test transport. A string, not a
  // function: code compiled by tsx carries helpers (`__name`) that do not exist in the page.
  await page.addInitScript(PRELOAD_STAND_IN);
  await options.beforeLoad?.(page);
  await page.goto(url);
  return {
    page,
    dialogs,
    errors,
    external,
    logged,
    /** Sends a comparison as main does after File > Compare Files…. */
    emitLoaded: (result: Result<LoadedComparison>) => page.evaluate(`window.__emit('loaded', ${JSON.stringify(result)})`),
    /** Sends a menu command. */
    emitCommand: (command: string) => page.evaluate(`window.__emit('command', ${JSON.stringify(command)})`),
    close: () => context.close(),
  };
}

/**
 * Shows the side panel's Article tab (the Findings tab is the one shown first) once the
 * article is there, and waits for the panel; focus leaves the tab, as at start.
 */
export async function showArticleTab(page: Page, name = 'Article'): Promise<void> {
  await page.locator('.side-tabs').getByRole('button', { name: 'Article', exact: true }).click();
  await page.getByRole('region', { name }).waitFor();
  await page.evaluate('document.activeElement?.blur()');
}

/** Chooses `item` in the toolbar's File menu (a menu button: samples, Compare files…, Open comparison…, Open article…, Export PDF…). */
export async function fileMenu(page: Page, item: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: /^File/ }).click();
  await page.getByRole('menu', { name: 'File' }).getByRole(typeof item === 'string' && !item.includes(' · ') ? 'menuitem' : 'menuitemradio', { name: item }).click();
}

/** Sets the toolbar's "Show" filter. */
export async function showRows(page: Page, filter: 'all' | 'one-sided' | 'uncertain' | 'typed' | 'cited' | 'annotated'): Promise<void> {
  await page.getByRole('combobox', { name: 'Show rows' }).selectOption(filter);
}

/**
 * Brings the row holding `text` into view with the find box (the list is virtual: a row
 * out of view is not drawn), then clears the search; the row stays in focus.
 */
export async function reveal(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+f');
  await page.keyboard.type(text);
  await page.locator('.row', { hasText: text }).first().waitFor();
  await page.keyboard.press('Escape');
  await until(page, `!document.querySelector('mark.hit')`);
}

/** Selects the first occurrence of `phrase` in the text of the elements matching `scope` (a readout cell, a claim); whether it was found. */
export function selectText(page: Page, scope: string, phrase: string): Promise<boolean> {
  return page.evaluate(`(() => {
    for (const el of document.querySelectorAll(${JSON.stringify(scope)})) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let text = '';
      // Source text only: a typed difference's badge and its screen-reader wording are not (data-not-text).
      while (walker.nextNode()) { if (walker.currentNode.parentElement.closest('[data-not-text]')) continue; nodes.push([walker.currentNode, text.length]); text += walker.currentNode.data; }
      const at = text.indexOf(${JSON.stringify(phrase)});
      if (at < 0) continue;
      const locate = (pos, end) => {
        for (let i = nodes.length - 1; i >= 0; i--) {
          const [node, from] = nodes[i];
          if (from < pos || (from === pos && !end)) return [node, pos - from];
          if (from === pos && end && i > 0) { const [prev, pf] = nodes[i - 1]; return [prev, pos - pf]; }
        }
        return [nodes[0][0], 0];
      };
      const [sn, so] = locate(at, false);
      const [en, eo] = locate(at + ${JSON.stringify(phrase)}.length, true);
      const range = document.createRange();
      range.setStart(sn, so);
      range.setEnd(en, eo);
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
    return false;
  })()`) as Promise<boolean>;
}
