/**
 * The report's printer in the app: the report page (shared/report/) loaded from a
 * temporary file into a hidden window and printed with `webContents.printToPDF`,
 * Chromium's printer, with the settings the CLI's browser gets too. The window has
 * its own in-memory session (the app's CSP header, which forbids inline styles, is
 * not for it: the report carries its own policy, inline styles only), JavaScript
 * off, no preload, every permission denied, and it cannot navigate anywhere.
 * Thin glue: what it does is tested with a mocked Electron.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, session, type BrowserWindowConstructorOptions, type PrintToPDFOptions, type Session } from 'electron';
import type { PrintHtml } from '../node/report/export';
import type { PrintSettings } from '../shared/report/options';
import { denyAllPermissions, lockWebContents } from './security';
import { LOCKED_WEB_PREFERENCES } from './window';

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

/** The report windows' session: in memory, permissions denied (made once). */
function theSession(): Session {
  if (!reportSession) {
    reportSession = session.fromPartition('readout-compare-report');
    denyAllPermissions(reportSession);
  }
  return reportSession;
}

/**
 * Prints report HTML in a hidden window. The page goes through a temporary file (a
 * data: URL of a long report would pass Chromium's URL limit), removed afterwards,
 * as is the window, whatever happens.
 */
export function hiddenWindowPrinter(tempRoot: string = app.getPath('temp')): PrintHtml {
  return async (html, settings) => {
    const dir = await mkdtemp(join(tempRoot, 'readout-compare-report-'));
    let win: BrowserWindow | null = null;
    try {
      const file = join(dir, 'report.html');
      await writeFile(file, html, 'utf8');
      win = new BrowserWindow(reportWindowOptions(theSession()));
      const own = pathToFileURL(file).href;
      lockWebContents(win.webContents, (url) => url === own);
      await win.loadFile(file);
      return await win.webContents.printToPDF(electronPdfOptions(settings));
    } finally {
      if (win && !win.isDestroyed()) win.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  };
}
