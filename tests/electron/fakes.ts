/**
 * Fakes of the Electron objects the IPC code reads: a window with a top frame, and
 * invoke events from that frame or from somewhere else.
 */
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { vi } from 'vitest';
import type { AskPath } from '../../node/app/comparison-file';
import type { MainHandlers } from '../../node/app/handlers';
import type { ImportedFile, ImportTarget, LoadedComparison, Result } from '../../shared/ipc/contract';

/** The URL the fake window shows: the app's own page. */
export const APP_URL = 'file:///app/out/renderer/index.html';

/** A fake of the app's window: webContents 7, top frame (process 3, routing 1). */
export function fakeWindow(options: { destroyed?: boolean } = {}) {
  const win = {
    isDestroyed: () => options.destroyed ?? false,
    webContents: { id: 7, mainFrame: { processId: 3, routingId: 1 }, send: vi.fn() },
  };
  return Object.assign(win as unknown as BrowserWindow, { fake: win });
}

/** An invoke event from the window's top frame at APP_URL, with parts overridden. */
export function fakeEvent(over: { senderId?: number; url?: string; parent?: unknown; routingId?: number; noFrame?: boolean } = {}): IpcMainInvokeEvent {
  return {
    sender: { id: over.senderId ?? 7 },
    senderFrame: over.noFrame ? null : { url: over.url ?? APP_URL, parent: over.parent ?? null, processId: 3, routingId: over.routingId ?? 1 },
  } as unknown as IpcMainInvokeEvent;
}

/** A comparison stand-in: the IPC code never looks inside it. */
export const LOADED = { event: 'call', date: '2025-03-18' } as unknown as LoadedComparison;

/** Handlers whose every method is a spy answering `ok`. */
export function fakeHandlers() {
  const ok = <T>(value: T): Result<T> => ({ ok: true, value });
  return {
    listSamples: vi.fn(async () => ok([{ id: '2025-03-18-trump-putin', event: 'Telephone call', date: '2025-03-18' }])),
    openSample: vi.fn(async (_id: string) => ok(LOADED)),
    compareFiles: vi.fn(async (_a: string, _b: string) => ok(LOADED)),
    openArticle: vi.fn(async (_path: string) => ok(LOADED)),
    importSource: vi.fn(async (_target: ImportTarget, _file: ImportedFile) => ok(LOADED)),
    compareImported: vi.fn(async (_a: ImportedFile, _b: ImportedFile) => ok(LOADED)),
    pasteSource: vi.fn(async (_target: ImportTarget) => ok(LOADED)),
    hasComparison: vi.fn(() => true),
    initial: vi.fn(async () => ok(LOADED)),
    pendingArticle: vi.fn(async (_document: number): Promise<Result<LoadedComparison | null>> => ({ ok: true, value: null })),
    prefetchInitial: vi.fn((_file?: string) => undefined),
    shown: vi.fn(() => undefined),
    openFromSystem: vi.fn((_path: string): Promise<Result<LoadedComparison>> | null => null),
    saveComparison: vi.fn(async (_request: Parameters<MainHandlers['saveComparison']>[0], _ask: AskPath) => ok({ path: '/work/call.readouts', backup: null })),
    openComparison: vi.fn(async (_ask: AskPath) => ok(LOADED)),
    openComparisonFile: vi.fn(async (_path: string) => ok(LOADED)),
    openComparisonBackup: vi.fn(async () => ok(LOADED)),
    autosave: vi.fn(async (_request: Parameters<MainHandlers['autosave']>[0]) => ok(null)),
    exportAnnotations: vi.fn(async (_request: Parameters<MainHandlers['exportAnnotations']>[0], _ask: AskPath) => ok({ path: '/work/call annotations.csv' })),
    exportReport: vi.fn(async (_request: Parameters<MainHandlers['exportReport']>[0], _ask: AskPath, _print: Parameters<MainHandlers['exportReport']>[2]) => ok({ path: '/work/call.pdf' })),
    about: vi.fn(async () => ok({ version: '0.1.0', license: 'MIT License', notices: 'react: MIT', samplesProvenance: '# Samples' })),
    flush: vi.fn(async () => undefined),
    autosavePending: vi.fn(() => false),
    cancel: vi.fn(() => undefined),
  } satisfies MainHandlers;
}
