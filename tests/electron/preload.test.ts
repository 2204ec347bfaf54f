import { EventEmitter } from 'node:events';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, type LoadedComparison, type ReadoutsApi, type Result } from '../../shared/ipc/contract';

const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  return {
    exposed,
    contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => exposed.set(key, api)) },
    ipcRenderer: null as unknown as EventEmitter & { invoke: ReturnType<typeof vi.fn> },
  };
});
vi.mock('electron', () => {
  // a real emitter, so on/removeListener behave as Electron's do
  const ipc = Object.assign(new EventEmitter(), { invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })) });
  electron.ipcRenderer = ipc;
  return { contextBridge: electron.contextBridge, ipcRenderer: ipc };
});

// every method of ReadoutsApi, checked both ways at compile time
const API_METHODS = [
  'listSamples', 'openSample', 'compareFilesDialog', 'openArticleDialog', 'openExternal', 'initial', 'pendingArticle', 'shown',
  'saveComparison', 'openComparisonDialog', 'openComparisonBackup', 'cancel', 'autosave', 'exportAnnotations', 'exportReport',
  'about',
  'onComparisonLoaded', 'onCommand',
  'getSettings', 'markIntroSeen', 'logError', 'importSource', 'compareImported', 'pasteSource', 'copyText',
] as const satisfies
  readonly (keyof ReadoutsApi)[];
const everyMethodListed: Exclude<keyof ReadoutsApi, (typeof API_METHODS)[number]> extends never ? true : false = true;

let api: ReadoutsApi;

beforeAll(async () => {
  await import('../../electron/preload');
  api = electron.exposed.get('readouts') as ReadoutsApi;
});

beforeEach(() => {
  electron.ipcRenderer.invoke.mockClear();
});

describe('the preload', () => {
  it('exposes one object, window.readouts', () => {
    expect(everyMethodListed).toBe(true);
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...electron.exposed.keys()]).toEqual(['readouts']);
  });

  it('exposes exactly the ReadoutsApi methods, as functions, and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort());
    for (const name of API_METHODS) expect(typeof api[name]).toBe('function');
  });

  it('exposes no IPC object', () => {
    for (const value of Object.values(api)) expect(value).not.toBe(electron.ipcRenderer);
  });

  it.each([
    ['listSamples', [], CHANNELS.listSamples],
    ['openSample', ['2025-03-18-trump-putin'], CHANNELS.openSample],
    ['compareFilesDialog', [], CHANNELS.compareFilesDialog],
    ['openArticleDialog', [], CHANNELS.openArticleDialog],
    ['openExternal', ['https://example.com/'], CHANNELS.openExternal],
    ['initial', [], CHANNELS.initial],
    ['saveComparison', [{ document: 1, edits: { annotations: [], labels: [], manualLinks: [] }, mode: 'save-as' }], CHANNELS.saveComparison],
    ['openComparisonDialog', [], CHANNELS.openComparisonDialog],
    ['openComparisonBackup', [], CHANNELS.openComparisonBackup],
    ['cancel', [], CHANNELS.cancel],
    ['cancel', ['export-pdf'], CHANNELS.cancel],
    ['autosave', [{ document: 1, edits: { annotations: [], labels: [], manualLinks: [] } }], CHANNELS.autosave],
    ['exportAnnotations', [{ document: 1, edits: { annotations: [], labels: [], manualLinks: [] }, format: 'csv' }], CHANNELS.exportAnnotations],
    ['exportReport', [{ document: 1, edits: { annotations: [], labels: [], manualLinks: [] }, options: { pageSize: 'Letter', rows: 'one-sided', annotations: false, claims: true } }], CHANNELS.exportReport],
    ['about', [], CHANNELS.about],
    ['getSettings', [], CHANNELS.getSettings],
    ['markIntroSeen', [], CHANNELS.markIntroSeen],
    ['logError', [{ kind: 'render', message: 'TypeError: x is undefined', stack: 'at App' }], CHANNELS.logError],
    ['importSource', [{ target: 'b', file: { name: 'kremlin.html', bytes: new Uint8Array([60, 112, 62]) } }], CHANNELS.importSource],
    ['pasteSource', ['article'], CHANNELS.pasteSource],
    ['copyText', ['1. Row 9 · omission'], CHANNELS.copyText],
    ['compareImported', [{ a: { name: 'a.txt', bytes: new Uint8Array([65]) }, b: { name: 'b.txt', bytes: new Uint8Array([66]) } }], CHANNELS.compareImported],
  ] as const)('%s invokes its channel with its arguments', async (name, args, channel) => {
    const call = api[name] as (...a: readonly unknown[]) => Promise<unknown>;
    expect(await call(...args)).toEqual({ ok: true, value: null });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(channel, ...args);
    expect(electron.ipcRenderer.invoke.mock.calls[0]).toHaveLength(1 + args.length);
  });

  it('passes loaded comparisons to the listener without the IPC event, until unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = api.onComparisonLoaded(listener);
    const result: Result<LoadedComparison> = { ok: false, error: { code: 'empty', message: 'a.txt is empty.' } };
    electron.ipcRenderer.emit(CHANNELS.comparisonLoaded, { sender: 'the IPC event' }, result);
    expect(listener.mock.calls).toEqual([[result]]);
    unsubscribe();
    electron.ipcRenderer.emit(CHANNELS.comparisonLoaded, {}, result);
    expect(listener).toHaveBeenCalledTimes(1);
    // What came meanwhile is held for the next listener, not given to the old one.
    const next = vi.fn();
    api.onComparisonLoaded(next)();
    expect(next.mock.calls).toEqual([[result]]);
  });

  it('keeps a comparison main sends before the page subscribes, and gives the latest to the first listener (R6; not run in Electron)', () => {
    const early: Result<LoadedComparison> = { ok: false, error: { code: 'empty', message: 'first.readouts is empty.' } };
    const latest: Result<LoadedComparison> = { ok: false, error: { code: 'empty', message: 'opened.readouts is empty.' } };
    electron.ipcRenderer.emit(CHANNELS.comparisonLoaded, {}, early);
    electron.ipcRenderer.emit(CHANNELS.comparisonLoaded, {}, latest);
    const listener = vi.fn();
    const unsubscribe = api.onComparisonLoaded(listener);
    expect(listener.mock.calls).toEqual([[latest]]);
    // Given once: a later listener does not get it again.
    const second = vi.fn();
    api.onComparisonLoaded(second)();
    expect(second).not.toHaveBeenCalled();
    unsubscribe();
  });

  it('passes commands to the listener, and unsubscribes only that listener', () => {
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribeFirst = api.onCommand(first);
    const unsubscribeSecond = api.onCommand(second);
    electron.ipcRenderer.emit(CHANNELS.command, {}, 'next-row');
    unsubscribeFirst();
    electron.ipcRenderer.emit(CHANNELS.command, {}, 'find');
    expect(first.mock.calls).toEqual([['next-row']]);
    expect(second.mock.calls).toEqual([['next-row'], ['find']]);
    unsubscribeSecond();
    expect(electron.ipcRenderer.listenerCount(CHANNELS.command)).toBe(0);
  });
});
