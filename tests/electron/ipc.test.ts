import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, REQUESTS, type InvokeChannel } from '../../shared/ipc/contract';
import { APP_URL, fakeEvent, fakeHandlers, fakeWindow, LOADED } from './fakes';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

const electron = vi.hoisted(() => {
  const registered = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  return {
    registered,
    ipcMain: {
      handle: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => Promise<unknown>) => {
        if (registered.has(channel)) throw new Error(`second handler for ${channel}`);
        registered.set(channel, listener);
      }),
      removeHandler: vi.fn((channel: string) => registered.delete(channel)),
    },
    shell: { openExternal: vi.fn(async (_url: string) => undefined) },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
  };
});
vi.mock('electron', () => electron);

import { handle, registerIpc, sendCommand, sendComparison, WITHOUT_SERVICES, type IpcDeps } from '../../electron/ipc';

const win = fakeWindow();
const deps: IpcDeps = { mainWindow: () => win, isAppUrl: (url) => url.startsWith(APP_URL) };

function invoke(channel: InvokeChannel, event: IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
  const listener = electron.registered.get(channel) as Listener | undefined;
  if (!listener) throw new Error(`nothing registered for ${channel}`);
  return listener(event, ...args);
}

beforeEach(() => {
  electron.registered.clear();
  vi.clearAllMocks();
});

describe('handle', () => {
  it('refuses a channel that is not an invoke channel of the contract', () => {
    expect(() => handle(CHANNELS.command as InvokeChannel, vi.fn(), deps)).toThrow('readouts:command is not an invoke channel');
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('calls the handler with the parsed arguments of a good request', async () => {
    const handler = vi.fn(async (id: string) => ({ ok: true as const, value: id }));
    handle(CHANNELS.openSample, handler, deps);
    expect(await invoke(CHANNELS.openSample, fakeEvent(), '2021-07-09-biden-putin')).toEqual({ ok: true, value: '2021-07-09-biden-putin' });
    expect(handler).toHaveBeenCalledWith('2021-07-09-biden-putin');
  });

  it.each([
    ['a number', [42]],
    ['a path', ['../../etc/passwd']],
    ['no argument', []],
    ['an extra argument', ['2025-03-18-trump-putin', 'extra']],
    ['an object', [{ id: '2025-03-18-trump-putin' }]],
  ])('answers bad-request for %s without calling the handler', async (_what, args) => {
    const handler = vi.fn();
    handle(CHANNELS.openSample, handler, deps);
    const answer = await invoke(CHANNELS.openSample, fakeEvent(), ...args) as { ok: boolean; error: { code: string; message: string } };
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('bad-request');
    expect(answer.error.message).toMatch(/^Bad request on readouts:open-sample: /);
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers bad-request for arguments to a channel that takes none', async () => {
    const handler = vi.fn();
    handle(CHANNELS.listSamples, handler, deps);
    expect(await invoke(CHANNELS.listSamples, fakeEvent(), 'surprise')).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers bad-request for an over-long link', async () => {
    const handler = vi.fn();
    handle(CHANNELS.openExternal, handler, deps);
    expect(await invoke(CHANNELS.openExternal, fakeEvent(), `https://example.com/${'a'.repeat(2048)}`)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['another webContents', fakeEvent({ senderId: 8 })],
    ['a sub-frame', fakeEvent({ parent: {} })],
    ['another frame of the window', fakeEvent({ routingId: 2 })],
    ['a page the window navigated to', fakeEvent({ url: 'https://evil.example/' })],
    ['another local file', fakeEvent({ url: 'file:///tmp/evil.html' })],
    ['a frame that is gone', fakeEvent({ noFrame: true })],
  ])('refuses a request from %s without calling the handler', async (_what, event) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const handler = vi.fn();
    handle(CHANNELS.listSamples, handler, deps);
    expect(await invoke(CHANNELS.listSamples, event)).toEqual({ ok: false, error: { code: 'refused', message: 'This request did not come from the app.' } });
    expect(handler).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('refuses every request when there is no window, or it is destroyed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const handler = vi.fn();
    handle(CHANNELS.listSamples, handler, { ...deps, mainWindow: () => null });
    expect(await invoke(CHANNELS.listSamples, fakeEvent())).toMatchObject({ ok: false, error: { code: 'refused' } });
    electron.registered.clear();
    handle(CHANNELS.listSamples, handler, { ...deps, mainWindow: () => fakeWindow({ destroyed: true }) });
    expect(await invoke(CHANNELS.listSamples, fakeEvent())).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(handler).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('checks the sender before the payload', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    handle(CHANNELS.openSample, vi.fn(), deps);
    expect(await invoke(CHANNELS.openSample, fakeEvent({ senderId: 8 }), 42)).toMatchObject({ ok: false, error: { code: 'refused' } });
    warn.mockRestore();
  });

  it('answers internal with the message only when the handler throws', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    handle(CHANNELS.initial, async () => {
      throw new Error('disk on fire');
    }, deps);
    const answer = await invoke(CHANNELS.initial, fakeEvent());
    expect(answer).toEqual({ ok: false, error: { code: 'internal', message: 'disk on fire' } });
    expect(JSON.stringify(answer)).not.toContain('at ');
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });

  it('answers internal for a thrown non-Error too', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    handle(CHANNELS.initial, () => Promise.reject('plain string'), deps);
    expect(await invoke(CHANNELS.initial, fakeEvent())).toEqual({ ok: false, error: { code: 'internal', message: 'plain string' } });
    error.mockRestore();
  });
});

describe('registerIpc', () => {
  it('registers every invoke channel of the contract, and only those', () => {
    registerIpc(fakeHandlers(), deps);
    expect([...electron.registered.keys()].sort()).toEqual(Object.keys(REQUESTS).sort());
  });

  it('serves the settings and takes renderer errors for the log, refusing oversized reports', async () => {
    const logged: unknown[] = [];
    let seen = false;
    registerIpc(fakeHandlers(), deps, { settings: () => ({ theme: 'dark', pdfPageSize: 'Letter', introSeen: seen }), logError: (r) => logged.push(r), markIntroSeen: () => { seen = true; } });
    expect(await invoke(CHANNELS.getSettings, fakeEvent())).toEqual({ ok: true, value: { theme: 'dark', pdfPageSize: 'Letter', introSeen: false } });
    // "Got it": main keeps the flag; only from the app's page, with no argument
    expect(await invoke(CHANNELS.markIntroSeen, fakeEvent({ url: 'https://evil.example/' }))).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(await invoke(CHANNELS.markIntroSeen, fakeEvent(), false)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(seen).toBe(false);
    expect(await invoke(CHANNELS.markIntroSeen, fakeEvent())).toEqual({ ok: true, value: null });
    expect(await invoke(CHANNELS.getSettings, fakeEvent())).toEqual({ ok: true, value: { theme: 'dark', pdfPageSize: 'Letter', introSeen: true } });
    const report = { kind: 'error', message: 'TypeError: x is undefined', stack: 'at App (index.js:1:2)' };
    expect(await invoke(CHANNELS.logError, fakeEvent(), report)).toEqual({ ok: true, value: null });
    expect(logged).toEqual([report]);
    expect(await invoke(CHANNELS.logError, fakeEvent(), { kind: 'error', message: 'x'.repeat(2_001) })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await invoke(CHANNELS.logError, fakeEvent(), { kind: 'error', message: 'x', text: 'a document' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await invoke(CHANNELS.logError, fakeEvent({ url: 'https://evil.example/' }), report)).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(logged).toHaveLength(1);
  });

  it('puts the text the renderer copies on the clipboard through the service, refusing too long a text, a foreign page, and a build without one', async () => {
    const written: string[] = [];
    const services = { settings: () => ({ theme: 'system', pdfPageSize: 'A4', introSeen: true }) as const, logError: () => {}, writeClipboard: (t: string) => written.push(t) };
    registerIpc(fakeHandlers(), deps, services);
    expect(await invoke(CHANNELS.copyText, fakeEvent(), '1. Row 9 · omission — only in Kremlin')).toEqual({ ok: true, value: null });
    expect(written).toEqual(['1. Row 9 · omission — only in Kremlin']);
    expect(await invoke(CHANNELS.copyText, fakeEvent(), 'x'.repeat(1_000_001))).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await invoke(CHANNELS.copyText, fakeEvent(), 42)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await invoke(CHANNELS.copyText, fakeEvent({ url: 'https://evil.example/' }), 'x')).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(written).toHaveLength(1);
    electron.registered.clear();
    registerIpc(fakeHandlers(), deps);
    expect(await invoke(CHANNELS.copyText, fakeEvent(), 'x')).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('exports the report with the printer given, and remembers its page size as the next default once it is written', async () => {
    const handlers = fakeHandlers();
    const remembered: string[] = [];
    const printer = vi.fn(async () => new Uint8Array());
    registerIpc(handlers, { ...deps, printer }, { ...WITHOUT_SERVICES, rememberPageSize: (size) => remembered.push(size) });
    const request = { document: 1, edits: { annotations: [], labels: [], manualLinks: [] }, options: { pageSize: 'Letter', rows: 'all', annotations: true, claims: false } };
    expect(await invoke(CHANNELS.exportReport, fakeEvent(), request)).toEqual({ ok: true, value: { path: '/work/call.pdf' } });
    expect(handlers.exportReport.mock.calls[0]![2]).toBe(printer);
    expect(remembered).toEqual(['Letter']);
    handlers.exportReport.mockResolvedValueOnce({ ok: false, error: { code: 'cancelled', message: 'No report was exported.' } });
    await invoke(CHANNELS.exportReport, fakeEvent(), { ...request, options: { ...request.options, pageSize: 'A4' } });
    expect(remembered).toEqual(['Letter']);
    expect(await invoke(CHANNELS.exportReport, fakeEvent(), { ...request, options: { ...request.options, pageSize: 'A3' } })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('cancels what the renderer names (the comparison, the PDF export, or both), and nothing else', async () => {
    const handlers = fakeHandlers();
    registerIpc(handlers, deps);
    expect(await invoke(CHANNELS.cancel, fakeEvent(), 'export-pdf')).toEqual({ ok: true, value: null });
    expect(await invoke(CHANNELS.cancel, fakeEvent(), 'compare')).toEqual({ ok: true, value: null });
    expect(await invoke(CHANNELS.cancel, fakeEvent())).toEqual({ ok: true, value: null });
    expect(await invoke(CHANNELS.cancel, fakeEvent(), 'everything')).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(handlers.cancel.mock.calls).toEqual([['export-pdf'], ['compare'], [undefined]]);
  });

  it('removes them all again on request', () => {
    const unregister = registerIpc(fakeHandlers(), deps);
    unregister();
    expect(electron.registered.size).toBe(0);
  });

  it('serves listSamples, openSample and initial from the handlers', async () => {
    const handlers = fakeHandlers();
    registerIpc(handlers, deps);
    expect(await invoke(CHANNELS.listSamples, fakeEvent())).toEqual(await handlers.listSamples.mock.results[0]?.value);
    expect(await invoke(CHANNELS.openSample, fakeEvent(), '2025-03-18-trump-putin')).toEqual({ ok: true, value: LOADED });
    expect(handlers.openSample).toHaveBeenCalledWith('2025-03-18-trump-putin');
    expect(await invoke(CHANNELS.initial, fakeEvent())).toEqual({ ok: true, value: LOADED });
    expect(handlers.initial).toHaveBeenCalledTimes(1);
  });

  it('answers cancelled when the user closes the file dialog', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    const handlers = fakeHandlers();
    registerIpc(handlers, deps);
    expect(await invoke(CHANNELS.compareFilesDialog, fakeEvent())).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(handlers.compareFiles).not.toHaveBeenCalled();
  });

  it('compares the two files chosen in the dialog, opened over the app window', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/r/wh.txt', '/r/kremlin.md'] });
    const handlers = fakeHandlers();
    registerIpc(handlers, deps);
    expect(await invoke(CHANNELS.compareFilesDialog, fakeEvent())).toEqual({ ok: true, value: LOADED });
    expect(handlers.compareFiles).toHaveBeenCalledWith('/r/kremlin.md', '/r/wh.txt');
    expect(electron.dialog.showOpenDialog.mock.calls[0]?.[0]).toBe(win);
  });

  it('analyses the article chosen in the dialog against the comparison on screen', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/r/article.md'] });
    const handlers = fakeHandlers();
    registerIpc(handlers, deps);
    expect(await invoke(CHANNELS.openArticleDialog, fakeEvent())).toEqual({ ok: true, value: LOADED });
    expect(handlers.openArticle).toHaveBeenCalledWith('/r/article.md');
    expect(electron.dialog.showOpenDialog.mock.calls[0]?.[0]).toBe(win);
  });

  it('answers bad-request for arguments to the article dialog', async () => {
    const handlers = fakeHandlers();
    registerIpc(handlers, deps);
    expect(await invoke(CHANNELS.openArticleDialog, fakeEvent(), '/etc/passwd')).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(handlers.openArticle).not.toHaveBeenCalled();
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  const edits = { annotations: [], labels: ['note'], manualLinks: [{ from: 'c1', to: 'a2', op: 'add' }] };

  it('passes a dropped file\'s bytes and name to the handler, never a path', async () => {
    const handlers = fakeHandlers();
    registerIpc(handlers, deps);
    const file = { name: 'kremlin.pdf', bytes: new Uint8Array([37, 80, 68, 70]) };
    expect(await invoke(CHANNELS.importSource, fakeEvent(), { target: 'a', file })).toEqual({ ok: true, value: LOADED });
    expect(handlers.importSource).toHaveBeenCalledWith('a', file);
    const other = { name: 'wh.html', bytes: new Uint8Array([60]) };
    expect(await invoke(CHANNELS.compareImported, fakeEvent(), { a: file, b: other })).toEqual({ ok: true, value: LOADED });
    expect(handlers.compareImported).toHaveBeenCalledWith(file, other);
  });

  it.each([
    ['a path for a name', { target: 'a', file: { name: '/etc/passwd', bytes: new Uint8Array([1]) } }],
    ['a Windows path for a name', { target: 'a', file: { name: 'C:\\secret.txt', bytes: new Uint8Array([1]) } }],
    ['a path instead of bytes', { target: 'b', file: { name: 'a.txt', path: '/etc/passwd' } }],
    ['an array instead of bytes', { target: 'b', file: { name: 'a.txt', bytes: [65, 66] } }],
    ['an unknown target', { target: 'c', file: { name: 'a.txt', bytes: new Uint8Array([1]) } }],
    ['bytes over 20 MB', { target: 'a', file: { name: 'a.txt', bytes: new Uint8Array(20 * 1024 * 1024 + 1) } }],
  ])('refuses an import request with %s', async (_what, request) => {
    const handlers = fakeHandlers();
    registerIpc(handlers, deps);
    expect(await invoke(CHANNELS.importSource, fakeEvent(), request)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(handlers.importSource).not.toHaveBeenCalled();
  });

  it('refuses edited source details with a date that is not a date', async () => {
    const handlers = fakeHandlers();
    registerIpc(handlers, deps);
    const meta = { label: 'Kremlin', complete: true, language: 'en', publisher: null, title: null, url: null, date: '2025-02-30', note: null, provenance: null };
    const answer = await invoke(CHANNELS.autosave, fakeEvent(), { document: 1, edits: { ...edits, sources: { a: meta, b: { ...meta, date: null }, article: null } } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/sources\.a\.date/) } });
    expect(handlers.autosave).not.toHaveBeenCalled();
  });

  it('saves with the path chosen in the native save dialog, over the app window', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/r/call.readouts' });
    const handlers = fakeHandlers();
    registerIpc(handlers, deps);
    const request = { document: 3, edits, mode: 'save-as' };
    expect(await invoke(CHANNELS.saveComparison, fakeEvent(), request)).toEqual({ ok: true, value: { path: '/work/call.readouts', backup: null } });
    expect(handlers.saveComparison.mock.calls[0]![0]).toEqual(request);
    const ask = handlers.saveComparison.mock.calls[0]![1];
    expect(await ask({ purpose: 'save', name: 'call.readouts' })).toBe('/r/call.readouts');
    expect(electron.dialog.showSaveDialog.mock.calls[0]![0]).toBe(win);
  });

  it.each([
    ['an unknown mode', { document: 1, edits, mode: 'overwrite-anything' }],
    ['a path', { document: 1, edits, mode: 'save', path: '/etc/passwd' }],
    ['an annotation without a target', { document: 1, edits: { ...edits, annotations: [{ id: 'x', label: 'note', note: '', links: [], created: '2025-03-19T09:00:00.000Z', modified: '2025-03-19T09:00:00.000Z', status: 'anchored' }] }, mode: 'save' }],
    ['a label over two lines', { document: 1, edits: { ...edits, labels: ['a\nb'] }, mode: 'save' }],
    ['a manual link from a sentence', { document: 1, edits: { ...edits, manualLinks: [{ from: 'a1', to: 'a2', op: 'add' }] }, mode: 'save' }],
    ['no document', { edits, mode: 'save' }],
  ])('refuses a save request with %s', async (_what, request) => {
    const handlers = fakeHandlers();
    registerIpc(handlers, deps);
    expect(await invoke(CHANNELS.saveComparison, fakeEvent(), request)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(handlers.saveComparison).not.toHaveBeenCalled();
  });

  it('refuses two annotations with one id', async () => {
    const handlers = fakeHandlers();
    registerIpc(handlers, deps);
    const annotation = {
      id: 'ann-1', label: 'note', note: '', links: [], created: '2025-03-19T09:00:00.000Z', modified: '2025-03-19T09:00:00.000Z', status: 'anchored',
      target: { kind: 'passage', source: 'a', quote: { exact: 'peace', prefix: '', suffix: '' }, position: { start: 0, end: 5 } },
    };
    const answer = await invoke(CHANNELS.autosave, fakeEvent(), { document: 1, edits: { ...edits, annotations: [annotation, annotation] } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/annotations\.1\.id: the id ann-1 is used twice/) } });
    expect(handlers.autosave).not.toHaveBeenCalled();
    expect(await invoke(CHANNELS.autosave, fakeEvent(), { document: 1, edits: { ...edits, annotations: [annotation] } })).toEqual({ ok: true, value: null });
  });

  it('opens a comparison file chosen in the native open dialog, and the backup offered without one', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/r/call.readouts'] });
    const handlers = fakeHandlers();
    registerIpc(handlers, deps);
    expect(await invoke(CHANNELS.openComparisonDialog, fakeEvent())).toEqual({ ok: true, value: LOADED });
    expect(await handlers.openComparison.mock.calls[0]![0]({ purpose: 'open' })).toBe('/r/call.readouts');
    expect(await invoke(CHANNELS.openComparisonBackup, fakeEvent())).toEqual({ ok: true, value: LOADED });
    expect(await invoke(CHANNELS.openComparisonBackup, fakeEvent(), '/r/other.readouts.bak')).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(handlers.openComparisonBackup).toHaveBeenCalledTimes(1);
  });

  it('cancels the comparison running when the window asks, taking no arguments', async () => {
    const handlers = fakeHandlers();
    registerIpc(handlers, deps);
    expect(await invoke(CHANNELS.cancel, fakeEvent())).toEqual({ ok: true, value: null });
    expect(await invoke(CHANNELS.cancel, fakeEvent(), 3)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(handlers.cancel).toHaveBeenCalledTimes(1);
  });

  it('exports in a known format only', async () => {
    const handlers = fakeHandlers();
    registerIpc(handlers, deps);
    expect(await invoke(CHANNELS.exportAnnotations, fakeEvent(), { document: 1, edits, format: 'csv' })).toEqual({ ok: true, value: { path: '/work/call annotations.csv' } });
    expect(await invoke(CHANNELS.exportAnnotations, fakeEvent(), { document: 1, edits, format: 'xlsx' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(handlers.exportAnnotations).toHaveBeenCalledTimes(1);
  });

  it('answers About from the handlers, and refuses arguments', async () => {
    const handlers = fakeHandlers();
    registerIpc(handlers, deps);
    expect(await invoke(CHANNELS.about, fakeEvent())).toEqual({ ok: true, value: { version: '0.1.0', license: 'MIT License', notices: 'react: MIT', samplesProvenance: '# Samples' } });
    expect(await invoke(CHANNELS.about, fakeEvent(), '/etc/passwd')).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(handlers.about).toHaveBeenCalledTimes(1);
  });

  it('opens a safe link in the browser', async () => {
    registerIpc(fakeHandlers(), deps);
    expect(await invoke(CHANNELS.openExternal, fakeEvent(), 'https://www.whitehouse.gov/')).toEqual({ ok: true, value: null });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.whitehouse.gov/');
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'https://a@evil.example/'])('refuses to open %j', async (url) => {
    registerIpc(fakeHandlers(), deps);
    expect(await invoke(CHANNELS.openExternal, fakeEvent(), url)).toEqual({ ok: false, error: { code: 'refused', message: 'Only http and https links can be opened.' } });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('answers internal when the browser cannot be opened', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    electron.shell.openExternal.mockRejectedValueOnce(new Error('no browser'));
    registerIpc(fakeHandlers(), deps);
    expect(await invoke(CHANNELS.openExternal, fakeEvent(), 'https://example.com/')).toEqual({ ok: false, error: { code: 'internal', message: 'no browser' } });
    error.mockRestore();
  });
});

describe('events to the renderer', () => {
  it('sends a loaded comparison on the comparison channel', () => {
    const target = fakeWindow();
    sendComparison(target, { ok: true, value: LOADED });
    expect(target.fake.webContents.send).toHaveBeenCalledWith(CHANNELS.comparisonLoaded, { ok: true, value: LOADED });
  });

  it('sends a menu command on the command channel', () => {
    const target = fakeWindow();
    sendCommand(target, 'next-row');
    expect(target.fake.webContents.send).toHaveBeenCalledWith(CHANNELS.command, 'next-row');
  });

  it('sends nothing to a destroyed window', () => {
    const target = fakeWindow({ destroyed: true });
    sendCommand(target, 'find');
    sendComparison(target, { ok: true, value: LOADED });
    expect(target.fake.webContents.send).not.toHaveBeenCalled();
  });
});
