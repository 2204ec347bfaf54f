import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeWindow } from './fakes';

const electron = vi.hoisted(() => ({ dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() } }));
vi.mock('electron', () => electron);

import { COMPARISON_FILTERS, dialogAsker, EXPORT_FILTERS, saveDialogOptions } from '../../electron/comparison-dialog';

beforeEach(() => {
  electron.dialog.showOpenDialog.mockReset();
  electron.dialog.showSaveDialog.mockReset();
});

describe('dialogAsker', () => {
  it('asks for one comparison file to open, .readouts first', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/r/call.readouts'] });
    expect(await dialogAsker(null)({ purpose: 'open' })).toBe('/r/call.readouts');
    const options = electron.dialog.showOpenDialog.mock.calls[0]![0];
    expect(options).toMatchObject({ title: 'Open Comparison', properties: ['openFile'], filters: COMPARISON_FILTERS });
    expect(COMPARISON_FILTERS[0]).toEqual({ name: 'Readout Compare comparisons', extensions: ['readouts'] });
  });

  it('answers null when a dialog is closed', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await dialogAsker(null)({ purpose: 'open' })).toBeNull();
    expect(await dialogAsker(null)({ purpose: 'save', name: 'x.readouts' })).toBeNull();
  });

  it('saves over the window, in the folder given, with the name suggested', async () => {
    const win = fakeWindow();
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/r/mine.readouts' });
    expect(await dialogAsker(win)({ purpose: 'save', name: 'call.readouts', dir: '/r' })).toBe('/r/mine.readouts');
    expect(electron.dialog.showSaveDialog.mock.calls[0]![0]).toBe(win);
    expect(electron.dialog.showSaveDialog.mock.calls[0]![1]).toMatchObject({ title: 'Save Comparison', defaultPath: '/r/call.readouts', filters: [COMPARISON_FILTERS[0]] });
  });
});

describe('saveDialogOptions', () => {
  it('offers the export format’s own extension', () => {
    expect(saveDialogOptions({ purpose: 'export', format: 'csv', name: 'call annotations.csv' })).toMatchObject({
      title: 'Export Annotations', buttonLabel: 'Export', defaultPath: 'call annotations.csv', filters: EXPORT_FILTERS.csv,
    });
    expect(EXPORT_FILTERS.jsonld[0]!.extensions).toEqual(['jsonld']);
    expect(saveDialogOptions({ purpose: 'save' }).properties).toContain('showOverwriteConfirmation');
  });
});
