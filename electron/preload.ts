/**
 * The preload (built to out/preload/index.js, CommonJS, sandboxed): exposes the
 * contract's `ReadoutsApi` as `window.readouts`, one named function per call.
 * Neither `ipcRenderer` nor IPC event objects ever reach the page.
 *
 * A sandboxed preload can require only `electron` at run time, so this file imports
 * nothing else but the channel names (shared/ipc/channels.ts, no zod), the pure relay
 * that holds what main sends before the page listens (shared/ipc/held-relay.ts) and types.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS } from '../shared/ipc/channels';
import { NO_LISTENER, relayStep, type RelayEvent, type RelayState } from '../shared/ipc/held-relay';
import type { ExportFormat } from '../shared/annotations/export';
import type { ReportOptions } from '../shared/report/options';
import type { AboutInfo, CancelTarget, EditsRequest, ImportedFile, ImportTarget, LoadedComparison, ReadoutsApi, RendererCommand, RendererError, RendererSettings, Result, SampleInfo, SavedComparison, SaveMode } from '../shared/ipc/contract';

function listSamples(): Promise<Result<SampleInfo[]>> {
  return ipcRenderer.invoke(CHANNELS.listSamples);
}

function openSample(id: string): Promise<Result<LoadedComparison>> {
  return ipcRenderer.invoke(CHANNELS.openSample, id);
}

function compareFilesDialog(): Promise<Result<LoadedComparison>> {
  return ipcRenderer.invoke(CHANNELS.compareFilesDialog);
}

function openArticleDialog(): Promise<Result<LoadedComparison>> {
  return ipcRenderer.invoke(CHANNELS.openArticleDialog);
}

function openExternal(url: string): Promise<Result<null>> {
  return ipcRenderer.invoke(CHANNELS.openExternal, url);
}

function initial(): Promise<Result<LoadedComparison>> {
  return ipcRenderer.invoke(CHANNELS.initial);
}

function pendingArticle(document: number): Promise<Result<LoadedComparison | null>> {
  return ipcRenderer.invoke(CHANNELS.pendingArticle, document);
}

function shown(): Promise<Result<null>> {
  return ipcRenderer.invoke(CHANNELS.shown);
}

function saveComparison(request: EditsRequest & { mode: SaveMode }): Promise<Result<SavedComparison>> {
  return ipcRenderer.invoke(CHANNELS.saveComparison, request);
}

function openComparisonDialog(): Promise<Result<LoadedComparison>> {
  return ipcRenderer.invoke(CHANNELS.openComparisonDialog);
}

function openComparisonBackup(): Promise<Result<LoadedComparison>> {
  return ipcRenderer.invoke(CHANNELS.openComparisonBackup);
}

function cancel(what?: CancelTarget): Promise<Result<null>> {
  return what === undefined ? ipcRenderer.invoke(CHANNELS.cancel) : ipcRenderer.invoke(CHANNELS.cancel, what);
}

function autosave(request: EditsRequest): Promise<Result<null>> {
  return ipcRenderer.invoke(CHANNELS.autosave, request);
}

function exportAnnotations(request: EditsRequest & { format: ExportFormat }): Promise<Result<{ path: string }>> {
  return ipcRenderer.invoke(CHANNELS.exportAnnotations, request);
}

function exportReport(request: EditsRequest & { options: ReportOptions }): Promise<Result<{ path: string }>> {
  return ipcRenderer.invoke(CHANNELS.exportReport, request);
}

function about(): Promise<Result<AboutInfo>> {
  return ipcRenderer.invoke(CHANNELS.about);
}

function getSettings(): Promise<Result<RendererSettings>> {
  return ipcRenderer.invoke(CHANNELS.getSettings);
}

function markIntroSeen(): Promise<Result<null>> {
  return ipcRenderer.invoke(CHANNELS.markIntroSeen);
}

function logError(report: RendererError): Promise<Result<null>> {
  return ipcRenderer.invoke(CHANNELS.logError, report);
}

function importSource(request: { target: ImportTarget; file: ImportedFile }): Promise<Result<LoadedComparison>> {
  return ipcRenderer.invoke(CHANNELS.importSource, request);
}

function pasteSource(target: ImportTarget): Promise<Result<LoadedComparison>> {
  return ipcRenderer.invoke(CHANNELS.pasteSource, target);
}

function copyText(text: string): Promise<Result<null>> {
  return ipcRenderer.invoke(CHANNELS.copyText, text);
}

function compareImported(request: { a: ImportedFile; b: ImportedFile }): Promise<Result<LoadedComparison>> {
  return ipcRenderer.invoke(CHANNELS.compareImported, request);
}

// passes the payload on without the event object, and returns the unsubscribe
function subscribe<T>(channel: string, listener: (payload: T) => void): () => void {
  const relay = (_event: IpcRendererEvent, payload: T): void => listener(payload);
  ipcRenderer.on(channel, relay);
  return function unsubscribe(): void {
    ipcRenderer.removeListener(channel, relay);
  };
}

/**
 * `channel` listened to from the start, its latest message held until the page subscribes
 * (shared/ipc/held-relay.ts): a file the system opens during start-up is not lost.
 */
function heldChannel<T>(channel: string): (listener: (payload: T) => void) => () => void {
  let state: RelayState<T> = NO_LISTENER;
  const listeners = new Set<(payload: T) => void>();
  const step = (event: RelayEvent<T>): T[] => {
    const next = relayStep(state, event);
    state = next.state;
    return next.deliver;
  };
  ipcRenderer.on(channel, (_event: IpcRendererEvent, payload: T) => {
    for (const message of step({ type: 'arrive', payload })) for (const listener of [...listeners]) listener(message);
  });
  return function listen(listener: (payload: T) => void): () => void {
    listeners.add(listener);
    for (const message of step({ type: 'listen' })) listener(message);
    return function unsubscribe(): void {
      if (listeners.delete(listener)) step({ type: 'unlisten' });
    };
  };
}

const onComparisonLoaded: (listener: (result: Result<LoadedComparison>) => void) => () => void = heldChannel(CHANNELS.comparisonLoaded);

function onCommand(listener: (command: RendererCommand) => void): () => void {
  return subscribe(CHANNELS.command, listener);
}

const api: ReadoutsApi = {
  listSamples, openSample, compareFilesDialog, openArticleDialog, openExternal, initial, pendingArticle, shown,
  saveComparison, openComparisonDialog, openComparisonBackup, cancel, autosave, exportAnnotations, exportReport,
  about,
  onComparisonLoaded, onCommand,
  getSettings, markIntroSeen, logError,
  importSource, compareImported, pasteSource, copyText,
};

contextBridge.exposeInMainWorld('readouts', api);
