import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { printSettings } from '../../shared/report/options';

// A fake BrowserWindow that records what the printer does with it, loading its page from the report session's real handler.
const electron = vi.hoisted(() => {
  const windows: Array<{ options: unknown; loaded: string | null; html: string | null; destroyed: boolean; handlers: Record<string, (...args: unknown[]) => void>; openHandler: ((d: { url: string }) => unknown) | null; printed: unknown }> = [];
  let failPrint: Error | null = null;
  let beforePrint: ((url: string) => Promise<void>) | null = null;
  class BrowserWindow {
    state = { options: null as unknown, loaded: null as string | null, html: null as string | null, destroyed: false, handlers: {} as Record<string, (...args: unknown[]) => void>, openHandler: null as ((d: { url: string }) => unknown) | null, printed: null as unknown };
    webContents = {
      on: (event: string, handler: (...args: unknown[]) => void) => { this.state.handlers[event] = handler; },
      setWindowOpenHandler: (h: (d: { url: string }) => unknown) => { this.state.openHandler = h; },
      printToPDF: async (options: unknown) => {
        this.state.printed = options;
        await beforePrint?.(this.state.loaded!);
        if (failPrint) throw failPrint;
        return Buffer.from('%PDF-1.7 fake');
      },
    };
    constructor(options: unknown) {
      this.state.options = options;
      windows.push(this.state);
    }
    // the page as the report session's handler for the URL answers it (app://report/…)
    async loadURL(url: string) {
      this.state.loaded = url;
      const handler = protocols.get(new URL(url).protocol.slice(0, -1));
      const answer = handler ? await handler(new Request(url)) : new Response('', { status: 404 });
      if (!answer.ok) throw new Error(`ERR_FILE_NOT_FOUND (${answer.status})`);
      this.state.html = await answer.text();
    }
    isDestroyed() { return this.state.destroyed; }
    destroy() { this.state.destroyed = true; }
  }
  const partitions: string[] = [];
  const protocols = new Map<string, (request: Request) => Promise<Response> | Response>();
  const session = {
    fromPartition: (name: string) => {
      partitions.push(name);
      return { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), name, protocol: { handle: (scheme: string, handler: (request: Request) => Promise<Response>) => protocols.set(scheme, handler) } };
    },
  };
  return { BrowserWindow, session, protocols, app: { getPath: () => tmpdir() }, shell: { openExternal: vi.fn() }, windows, partitions, failWith: (e: Error | null) => { failPrint = e; }, beforePrint: (f: ((url: string) => Promise<void>) | null) => { beforePrint = f; } };
});
vi.mock('electron', () => electron);

import { electronPdfOptions, hiddenWindowPrinter, reportWindowOptions } from '../../electron/report-window';
import { JobCancelled } from '../../node/app/compare-job';

const settings = printSettings({ pageSize: 'Letter' }, { app: 'Readout Compare 1.0.0', generated: '2026-11-27 09:30 UTC' });

beforeEach(() => {
  electron.windows.length = 0;
  electron.failWith(null);
  electron.beforePrint(null);
});

describe('the hidden report window', () => {
  it('is hidden, sandboxed, without script or preload, in its own session', () => {
    const session = { name: 'x' } as unknown as Electron.Session;
    const options = reportWindowOptions(session);
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ session, javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false, webSecurity: true });
    expect(options.webPreferences?.preload).toBeUndefined();
  });

  it('maps the print settings to printToPDF’s names', () => {
    expect(electronPdfOptions(settings)).toEqual({
      pageSize: 'Letter', margins: settings.margins, displayHeaderFooter: true, headerTemplate: settings.headerTemplate, footerTemplate: settings.footerTemplate,
      printBackground: true, generateDocumentOutline: true, generateTaggedPDF: true, preferCSSPageSize: false,
    });
  });

  it('prints the page served from memory, then drops the page and the window', async () => {
    const pdf = await hiddenWindowPrinter()('<!DOCTYPE html><title>r</title><p>report</p>', settings);
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 fake');
    const [win] = electron.windows;
    expect(win!.html).toBe('<!DOCTYPE html><title>r</title><p>report</p>');
    expect(win!.printed).toEqual(electronPdfOptions(settings));
    expect(win!.destroyed).toBe(true);
    expect(electron.partitions).toEqual(['readout-compare-report']);
    // locked: it may not navigate away from its page, and opens no window
    const prevented = vi.fn();
    win!.handlers['will-navigate']!({ url: 'https://example.org/', preventDefault: prevented });
    expect(prevented).toHaveBeenCalled();
    const otherPage = vi.fn();
    win!.handlers['will-navigate']!({ url: 'app://report/other.html', preventDefault: otherPage });
    expect(otherPage).toHaveBeenCalled();
    const stays = vi.fn();
    win!.handlers['will-navigate']!({ url: win!.loaded!, preventDefault: stays });
    expect(stays).not.toHaveBeenCalled();
    expect(win!.openHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });

  // Issue 15 item 10: a PDF export cancelled or superseded stops its print.
  it('destroys the window and drops the page at once when the export is cancelled while it prints, without waiting for the print', async () => {
    let printing!: () => void;
    const started = new Promise<void>((r) => { printing = r; });
    // a print that never ends (as one taking minutes)
    electron.beforePrint(async () => { printing(); await new Promise<never>(() => undefined); });
    const controller = new AbortController();
    const printed = hiddenWindowPrinter()('<p>long</p>', settings, controller.signal);
    await started;
    const [win] = electron.windows;
    expect(win!.destroyed).toBe(false);
    controller.abort(new JobCancelled('The PDF export was cancelled; nothing was written.'));
    await expect(printed).rejects.toThrow(JobCancelled);
    expect(win!.destroyed).toBe(true);
    expect((await electron.protocols.get('app')!(new Request(win!.loaded!))).status).toBe(404);
  });

  it('makes no window for an export cancelled before it prints', async () => {
    const controller = new AbortController();
    controller.abort(new JobCancelled());
    await expect(hiddenWindowPrinter()('<p>x</p>', settings, controller.signal)).rejects.toThrow(JobCancelled);
    expect(electron.windows).toEqual([]);
  });

  it('cleans up when printing fails, and passes the failure on', async () => {
    electron.failWith(new Error('Printing failed'));
    await expect(hiddenWindowPrinter()('<p>x</p>', settings)).rejects.toThrow('Printing failed');
    expect(electron.windows[0]!.destroyed).toBe(true);
    expect((await electron.protocols.get('app')!(new Request(electron.windows[0]!.loaded!))).status).toBe(404);
  });

  // Issue 15 item 15: the report window loaded a file:// page written to a temporary file (failed before).
  it('prints the page served from memory on app://report/, never a file:// page or a temporary file', async () => {
    const html = '<!DOCTYPE html><title>r</title><p>report ' + 'x'.repeat(3_000_000) + '</p>';
    const before = readdirSync(tmpdir()).filter((n) => n.startsWith('readout-compare-report-'));
    // the page is there while it prints, with the report's own policy as a header
    let served: Response | null = null;
    electron.beforePrint(async (url) => { served = await electron.protocols.get('app')!(new Request(url)); });
    await hiddenWindowPrinter()(html, settings);
    const [win] = electron.windows;
    expect(win!.loaded).toMatch(/^app:\/\/report\/[0-9a-z-]+\.html$/u);
    expect(win!.html).toBe(html);
    expect(served!.status).toBe(200);
    expect(served!.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(served!.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(readdirSync(tmpdir()).filter((n) => n.startsWith('readout-compare-report-'))).toEqual(before);
    // once printed, the page is gone; and the report's host serves nothing else, to nothing but GET
    const handler = electron.protocols.get('app')!;
    expect((await handler(new Request(win!.loaded!))).status).toBe(404);
    expect((await handler(new Request('app://readout-compare/index.html'))).status).toBe(404);
    expect((await handler(new Request('app://report/../index.html'))).status).toBe(404);
    expect((await handler(new Request(win!.loaded!, { method: 'POST' }))).status).toBe(403);
  });
});
