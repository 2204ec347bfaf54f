/**
 * Prints the report's HTML to PDF with a Chromium-family browser through the
 * DevTools protocol (playwright-core drives it): the CLI's printer. Chromium's
 * `Page.printToPDF` is the printer behind Electron's `webContents.printToPDF`, and
 * both get the same settings (shared/report/options.ts), so the CLI's PDF is the
 * app's. The page runs with JavaScript off (the report has none).
 */
import { chromium, type Browser } from 'playwright-core';
import type { PrintSettings } from '../../shared/report/options';

/** Turns report HTML into PDF bytes. */
export interface HtmlPrinter {
  print(html: string, settings: PrintSettings): Promise<Uint8Array>;
  close(): Promise<void>;
}

const inches = (x: number): string => `${x}in`;

/** The settings under the DevTools protocol's (playwright's) names. */
export function devtoolsPdfOptions(settings: PrintSettings) {
  return {
    format: settings.pageSize,
    margin: { top: inches(settings.margins.top), bottom: inches(settings.margins.bottom), left: inches(settings.margins.left), right: inches(settings.margins.right) },
    displayHeaderFooter: settings.displayHeaderFooter,
    headerTemplate: settings.headerTemplate,
    footerTemplate: settings.footerTemplate,
    printBackground: settings.printBackground,
    outline: settings.outline,
    tagged: settings.tagged,
    preferCSSPageSize: false,
  };
}

/** Starts the browser at `executablePath`, headless. Throws with a message naming it when it does not start. */
export async function launchPrinter(executablePath: string): Promise<HtmlPrinter> {
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath,
      headless: true,
      timeout: 30_000,
      // Chromium's own sandbox refuses to run as root (containers, CI); the page has no script and no network anyway.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  } catch (e) {
    const first = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    throw new Error(`the browser ${executablePath} did not start (${first})`);
  }
  return { print: printWith(browser), close: () => browser.close() };
}

/** Prints with a running browser: each report in a fresh context with JavaScript off and no network. */
export function printWith(browser: Browser): HtmlPrinter['print'] {
  return async (html, settings) => {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load', timeout: 120_000 });
      return await page.pdf(devtoolsPdfOptions(settings));
    } finally {
      await context.close();
    }
  };
}
