/**
 * The report's printer in the app: the report page (shared/report/) served from
 * memory on `app://report/<id>.html` into a hidden window and printed with
 * `webContents.printToPDF`, Chromium's printer, with the settings the CLI's browser gets too. The window has
 * its own in-memory session (the app's CSP header, which forbids inline styles, is
 * not for it: the report carries its own policy, inline styles only), JavaScript
 * off, no preload, every permission denied, and it cannot navigate anywhere.
 * Thin glue: what it does is tested with a mocked Electron.
 */
import { randomUUID } from 'node:crypto';
import { BrowserWindow, session, type BrowserWindowConstructorOptions, type PrintToPDFOptions, type Session } from 'electron';
import type { PrintHtml } from '../node/report/export';
import { abortable } from '../node/report/export-job';
import type { PrintSettings } from '../shared/report/options';
import { APP_SCHEME, reportRequestTarget, reportUrl } from './app-url';
import { denyAllPermissions, lockWebContents } from './security';
import { LOCKED_WEB_PREFERENCES } from './window';

/** The report page's policy as a header too (the page carries it in a <meta>): nothing but its inline styles. */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

/** The settings under Electron's names. */
export function electronPdfOptions(settings: PrintSettings): PrintToPDFOptions {
  return {
    pageSize: settings.pageSize,
    margins: { ...settings.margins },
    displayHeaderFooter: settings.displayHeaderFooter,
    headerTemplate: settings.headerTemplate,
    footerTemplate: settings.footerTemplate,
    printBackground: settings.printBackground,
    generateDocumentOutline: settings.outline,
    generateTaggedPDF: settings.tagged,
    preferCSSPageSize: false,
  };
}

/** The hidden window's options: no preload, no script, sandboxed, in the report's own session. */
export function reportWindowOptions(reportSession: Session): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 1000,
    height: 1300,
    webPreferences: { ...LOCKED_WEB_PREFERENCES, session: reportSession, javascript: false },
  };
}

let reportSession: Session | null = null;
/** The report pages being printed, by id: served from memory on `app://report/<id>.html` while their window prints. */
const pages = new Map<string, string>();

/** The report session's answer to a request: a page being printed, as HTML (with the report's own policy); else 403 or 404. */
export function answerReportRequest(printing: ReadonlyMap<string, string>, request: { method: string; url: string }): Response {
  const target = reportRequestTarget(request);
  const html = target.ok ? printing.get(target.id) : undefined;
  if (html === undefined) {
    const status = target.ok ? 404 : target.status;
    return new Response(status === 403 ? 'Forbidden' : 'Not found', { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  return new Response(html, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': REPORT_CSP, 'x-content-type-options': 'nosniff' } });
}

/** The report windows' session: in memory, permissions denied, the report pages on the app scheme (made once). */
function theSession(): Session {
  if (!reportSession) {
    reportSession = session.fromPartition('readout-compare-report');
    denyAllPermissions(reportSession);
    reportSession.protocol.handle(APP_SCHEME, (request) => answerReportRequest(pages, request));
  }
  return reportSession;
}

/**
 * Prints report HTML in a hidden window. The page is served from memory on
 * `app://report/<id>.html` in the report's own session (no file:// page, no temporary
 * file; no URL-length limit as a data: URL would have), and dropped afterwards, as is
 * the window, whatever happens. An export cancelled or superseded (`signal`) destroys
 * the window at once, which ends the load or the print, and rejects without waiting for it.
 */
export function hiddenWindowPrinter(): PrintHtml {
  return async (html, settings, signal) => {
    signal?.throwIfAborted();
    const id = randomUUID();
    pages.set(id, html);
    let win: BrowserWindow | null = null;
    const close = () => {
      pages.delete(id);
      if (win && !win.isDestroyed()) win.destroy();
    };
    // Cancelled (export-job.ts): the window goes at once, and the print with it; the answer does not wait for it.
    signal?.addEventListener('abort', close, { once: true });
    try {
      win = new BrowserWindow(reportWindowOptions(theSession()));
      const own = reportUrl(id);
      lockWebContents(win.webContents, (url) => url === own);
      await abortable(win.loadURL(own), signal);
      return await abortable(win.webContents.printToPDF(electronPdfOptions(settings)), signal);
    } finally {
      signal?.removeEventListener('abort', close);
      close();
    }
  };
}
