/**
 * Prints the report's HTML to PDF with a Chromium-family browser through the
 * DevTools protocol (playwright-core drives it): the CLI's printer. Chromium's
 * `Page.printToPDF` is the printer behind Electron's `webContents.printToPDF`, and
 * both get the same settings (shared/report/options.ts), so the CLI's PDF is the
 * app's. The page runs with JavaScript off (the report has none).
 */
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';
import { disown, killGroup, onInterrupt, own, PRINT_FOLDER, printFolderName, removeStale, settleGroup } from '../store/litter';
import type { PrintSettings } from '../../shared/report/options';
import type { PrintHtml } from './export';
import { abortable } from './export-job';

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

/**
 * Starts the browser at `executablePath`, headless, with every file it and
 * playwright make (its profile, playwright's artifacts, the browser's own temporary
 * files) in one folder of this process, `readout-compare-print-<pid>-<n>` in the
 * system's temporary folder (node/store/litter.ts), removed by `close()` or by
 * Ctrl+C; a folder a killed run left is removed here, when its process is gone.
 * The browser runs in a process group of its own (playwright starts it so), whose id
 * is its pid: closed or interrupted, the folder is removed only once no process of
 * that group is left, so that no helper ending late makes it again. Ctrl+C kills the
 * group at once (SIGKILL). Playwright's own signal handlers are off: the CLI's
 * (node/cli.ts) stop the browser first. Throws with a message naming the browser when
 * it does not start.
 */
export async function launchPrinter(executablePath: string): Promise<HtmlPrinter> {
  await removeStale(tmpdir(), PRINT_FOLDER);
  const folder = join(tmpdir(), printFolderName());
  await mkdir(folder, { mode: 0o700 });
  own(folder);
  const remove = async () => {
    await rm(folder, { recursive: true, force: true, maxRetries: 3 });
    disown(folder);
  };
  let server: BrowserServer;
  let browser: Browser;
  // playwright makes its folders in os.tmpdir(), which reads TMPDIR: pointed at ours while it launches
  const tmp = process.env.TMPDIR;
  process.env.TMPDIR = folder;
  // launchServer, not launch: it tells the browser's pid (its process group's id)
  const launching = chromium.launchServer({
    executablePath,
    headless: true,
    timeout: 30_000,
    env: { ...process.env, TMPDIR: folder },
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    // Chromium's own sandbox refuses to run as root (containers, CI); the page has no script and no network anyway.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // Ctrl+C, from the launch on (a browser still starting would make the folder again): the
  // whole group killed at once once its pid is known, the folder removed once it is gone.
  const interrupt = async () => {
    const group = (await launching.catch(() => null))?.process().pid ?? 0;
    killGroup(group);
    await settleGroup(group);
    await remove();
  };
  const forget = onInterrupt(interrupt);
  try {
    server = await launching;
  } catch (e) {
    forget();
    await remove();
    throw launchError(executablePath, e);
  } finally {
    if (tmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmp;
  }
  const group = server.process().pid ?? 0;
  try {
    browser = await chromium.connect(server.wsEndpoint(), { timeout: 30_000 });
  } catch (e) {
    forget();
    await server.kill();
    await settleGroup(group);
    await remove();
    throw launchError(executablePath, e);
  }
  const close = async () => {
    await browser.close().catch(() => undefined);
    await server.close().catch(() => undefined);
    await settleGroup(group);
    await remove();
  };
  // Ctrl+C during a close still kills the group and waits for it: forgotten only once closed.
  return { print: printWith(browser), close: async () => { await close(); forget(); } };
}

/** The error of a browser that did not start, naming it. */
function launchError(executablePath: string, e: unknown): Error {
  const first = (e instanceof Error ? e.message : String(e)).split('\n')[0];
  return new Error(`the browser ${executablePath} did not start (${first})`);
}

/**
 * Prints with a running browser: each report in a fresh context with JavaScript off and no
 * network. Cancelled (`signal`, export-job.ts), the context is closed at once, which ends
 * the load or the print, and the promise rejects without waiting for it.
 */
export function printWith(browser: Browser): PrintHtml {
  return async (html, settings, signal) => {
    signal?.throwIfAborted();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    let closing: Promise<void> | null = null;
    const close = () => (closing ??= context.close().catch(() => undefined));
    signal?.addEventListener('abort', () => void close(), { once: true });
    try {
      const page = await abortable(context.newPage(), signal);
      await abortable(page.setContent(html, { waitUntil: 'load', timeout: 120_000 }), signal);
      return await abortable(page.pdf(devtoolsPdfOptions(settings)), signal);
    } finally {
      await close();
    }
  };
}
