/**
 * The main side of the IPC contract (shared/ipc/contract.ts). Every request goes
 * through `handle()`, which checks the channel, the sender and the payload before
 * any handler runs, and turns failures into `Result` values: nothing throws across.
 */
import { ipcMain, shell, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import type { MainHandlers } from '../node/app/handlers';
import type { PrintHtml } from '../node/report/export';
import { CHANNELS, REQUESTS, type InvokeChannel, type LoadedComparison, type RendererCommand, type RendererError, type RendererSettings, type Result } from '../shared/ipc/contract';
import { openArticleWithDialog } from './article-dialog';
import { compareFilesWithDialog } from './compare-dialog';
import { dialogAsker } from './comparison-dialog';
import { hiddenWindowPrinter } from './report-window';
import { safeExternalUrl } from './security';

/** What `handle()` needs to tell the app's own page from anything else. */
export interface IpcDeps {
  /** The app's window, or null while there is none. */
  mainWindow(): BrowserWindow | null;
  /** Whether a URL is one of the app's own pages (see app-url.ts). */
  isAppUrl(url: string): boolean;
  /** Prints the report; default a hidden window (report-window.ts). */
  printer?: PrintHtml;
}

/** The arguments of an invoke channel, as its schema parses them. */
export type RequestArgs<C extends InvokeChannel> = z.output<(typeof REQUESTS)[C]>;

/** A handler for one invoke channel. */
export type Handler<C extends InvokeChannel> = (...args: RequestArgs<C>) => Promise<Result<unknown>>;

/** What the app serves besides the handlers: its settings and its log. */
export interface AppServices {
  /** The settings the renderer may read. */
  settings(): RendererSettings;
  /** Writes a renderer's error to the log. */
  logError(report: RendererError): void;
  /** Remembers the page size of a report just exported as the default of the next (settings.json). */
  rememberPageSize?(size: RendererSettings['pdfPageSize']): void;
  /** Remembers that the first-run introduction was dismissed (settings.json). */
  markIntroSeen?(): void;
  /** Puts plain text on the system clipboard (Copy findings); without it, nothing can be copied. */
  writeClipboard?(text: string): void;
}

/** Services of an app without settings or a log (tests of the handlers alone): the default settings, errors to stderr. */
export const WITHOUT_SERVICES: AppServices = {
  settings: () => ({ theme: 'system', pdfPageSize: 'A4', introSeen: false }),
  logError: (report) => console.error(`Renderer ${report.kind}: ${report.message}`),
};

/** Whether the channel is one the contract lets the renderer invoke. */
export function isInvokeChannel(channel: string): channel is InvokeChannel {
  return Object.prototype.hasOwnProperty.call(REQUESTS, channel);
}

/**
 * Whether a request comes from the top frame of the app's window while it shows one
 * of the app's own pages: not from a sub-frame, another window, or a page the
 * window was navigated to.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, deps: IpcDeps): boolean {
  const win = deps.mainWindow();
  const frame = event.senderFrame;
  if (!win || win.isDestroyed() || !frame) return false;
  const top = win.webContents.mainFrame;
  return event.sender.id === win.webContents.id
    && frame.parent === null
    && frame.processId === top.processId
    && frame.routingId === top.routingId
    && deps.isAppUrl(frame.url);
}

const fail = (code: 'bad-request' | 'refused' | 'internal', message: string): Result<never> => ({ ok: false, error: { code, message } });

/**
 * Registers `handler` for an invoke channel behind the checks: the channel must be
 * in the contract (else this throws, at start-up), the sender trusted (else
 * `refused`), the arguments valid for the channel's schema (else `bad-request`).
 * A handler that throws answers `internal` with the message only, never the stack.
 */
export function handle<C extends InvokeChannel>(channel: C, handler: Handler<C>, deps: IpcDeps): void {
  if (!isInvokeChannel(channel)) throw new Error(`${String(channel)} is not an invoke channel of the IPC contract.`);
  // REQUESTS[C] parses to RequestArgs<C> by definition; TypeScript cannot follow a generic index
  const schema = REQUESTS[channel] as unknown as z.ZodType<RequestArgs<C>>;
  ipcMain.handle(channel, async (event, ...args: unknown[]): Promise<Result<unknown>> => {
    if (!isTrustedSender(event, deps)) {
      console.warn(`IPC ${channel} refused: sender ${event.senderFrame?.url ?? '(gone)'} is not the app's window.`);
      return fail('refused', 'This request did not come from the app.');
    }
    const parsed = schema.safeParse(args);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? `argument ${issue.path.join('.')}: ` : '';
      return fail('bad-request', `Bad request on ${channel}: ${where}${issue?.message ?? 'invalid arguments'}`);
    }
    try {
      return await handler(...parsed.data);
    } catch (e) {
      console.error(`IPC ${channel} failed:`, e);
      return fail('internal', e instanceof Error ? e.message : String(e));
    }
  });
}

/**
 * Registers every invoke channel of the contract. Returns a function that removes
 * them again (for tests, and for a clean shutdown).
 */
export function registerIpc(handlers: MainHandlers, deps: IpcDeps, services: AppServices = WITHOUT_SERVICES): () => void {
  handle(CHANNELS.listSamples, () => handlers.listSamples(), deps);
  handle(CHANNELS.openSample, (id) => handlers.openSample(id), deps);
  handle(CHANNELS.initial, () => handlers.initial(), deps);
  handle(CHANNELS.pendingArticle, (document) => handlers.pendingArticle(document), deps);
  handle(CHANNELS.shown, async (): Promise<Result<null>> => {
    handlers.shown();
    return { ok: true, value: null };
  }, deps);
  handle(CHANNELS.compareFilesDialog, () => compareFilesWithDialog(handlers, deps.mainWindow()), deps);
  handle(CHANNELS.openArticleDialog, () => openArticleWithDialog(handlers, deps.mainWindow()), deps);
  const ask = () => dialogAsker(deps.mainWindow());
  handle(CHANNELS.saveComparison, (request) => handlers.saveComparison(request, ask()), deps);
  handle(CHANNELS.openComparisonDialog, () => handlers.openComparison(ask()), deps);
  handle(CHANNELS.openComparisonBackup, () => handlers.openComparisonBackup(), deps);
  handle(CHANNELS.cancel, async (what): Promise<Result<null>> => {
    handlers.cancel(what);
    return { ok: true, value: null };
  }, deps);
  handle(CHANNELS.autosave, (request) => handlers.autosave(request), deps);
  handle(CHANNELS.exportAnnotations, (request) => handlers.exportAnnotations(request, ask()), deps);
  handle(CHANNELS.exportReport, async (request) => {
    const result = await handlers.exportReport(request, ask(), deps.printer ?? hiddenWindowPrinter());
    if (result.ok) services.rememberPageSize?.(request.options.pageSize);
    return result;
  }, deps);
  handle(CHANNELS.about, () => handlers.about(), deps);
  // Files dropped or pasted arrive as bytes with a plain name: main reads no path the renderer names.
  handle(CHANNELS.importSource, (request) => handlers.importSource(request.target, request.file), deps);
  handle(CHANNELS.compareImported, (request) => handlers.compareImported(request.a, request.b), deps);
  handle(CHANNELS.pasteSource, (target) => handlers.pasteSource(target), deps);
  handle(CHANNELS.copyText, async (text): Promise<Result<null>> => {
    if (!services.writeClipboard) return fail('internal', 'This build cannot write to the clipboard.');
    services.writeClipboard(text);
    return { ok: true, value: null };
  }, deps);
  handle(CHANNELS.openExternal, async (url): Promise<Result<null>> => {
    const safe = safeExternalUrl(url);
    if (safe === null) return fail('refused', 'Only http and https links can be opened.');
    await shell.openExternal(safe);
    return { ok: true, value: null };
  }, deps);
  handle(CHANNELS.getSettings, async () => ({ ok: true, value: services.settings() }), deps);
  handle(CHANNELS.markIntroSeen, async (): Promise<Result<null>> => {
    services.markIntroSeen?.();
    return { ok: true, value: null };
  }, deps);
  handle(CHANNELS.logError, async (report) => {
    services.logError(report);
    return { ok: true, value: null };
  }, deps);
  return () => {
    for (const channel of Object.keys(REQUESTS)) ipcMain.removeHandler(channel);
  };
}

/** Tells the renderer a comparison (or an article for it) was loaded from the menu (CHANNELS.comparisonLoaded). */
export function sendComparison(win: BrowserWindow, result: Result<LoadedComparison>): void {
  if (!win.isDestroyed()) win.webContents.send(CHANNELS.comparisonLoaded, result);
}

/** Sends the renderer a menu command (CHANNELS.command). */
export function sendCommand(win: BrowserWindow, command: RendererCommand): void {
  if (!win.isDestroyed()) win.webContents.send(CHANNELS.command, command);
}
