import type { OpenDialogOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeHandlers, fakeWindow, LOADED } from './fakes';

const electron = vi.hoisted(() => ({ dialog: { showOpenDialog: vi.fn() } }));
vi.mock('electron', () => electron);

import { compareFilesWithDialog, pickTwoReadouts, READOUT_FILTERS } from '../../electron/compare-dialog';

const chose = (...filePaths: string[]) => ({ canceled: false, filePaths });
const cancelled = { canceled: true, filePaths: [] };

function dialogOptions(call: number): OpenDialogOptions {
  const args = electron.dialog.showOpenDialog.mock.calls[call]!;
  return args[args.length - 1] as OpenDialogOptions;
}

beforeEach(() => {
  electron.dialog.showOpenDialog.mockReset();
});

describe('pickTwoReadouts', () => {
  it('takes two files chosen together, in path order', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce(chose('/r/white-house.txt', '/r/kremlin.md'));
    expect(await pickTwoReadouts(null)).toEqual({ ok: true, value: ['/r/kremlin.md', '/r/white-house.txt'] });
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledTimes(1);
  });

  it('offers multi-selection with the readout filters first', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce(cancelled);
    await pickTwoReadouts(null);
    expect(dialogOptions(0).properties).toEqual(['openFile', 'multiSelections']);
    expect(dialogOptions(0).filters).toEqual([{ name: 'Readouts', extensions: ['txt', 'md', 'html', 'htm', 'pdf', 'docx'] }, { name: 'All files', extensions: ['*'] }]);
    expect(READOUT_FILTERS[0]!.name).toBe('Readouts');
  });

  it('asks for the second file when one was chosen, starting in its folder', async () => {
    electron.dialog.showOpenDialog
      .mockResolvedValueOnce(chose('/r/white-house.txt'))
      .mockResolvedValueOnce(chose('/s/kremlin.md'));
    expect(await pickTwoReadouts(null)).toEqual({ ok: true, value: ['/r/white-house.txt', '/s/kremlin.md'] });
    expect(dialogOptions(1)).toMatchObject({ defaultPath: '/r', properties: ['openFile'], filters: READOUT_FILTERS });
  });

  it('answers cancelled when the first dialog is closed', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce(cancelled);
    expect(await pickTwoReadouts(null)).toEqual({ ok: false, error: { code: 'cancelled', message: 'No files were chosen.' } });
  });

  it('answers cancelled when the second dialog is closed', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce(chose('/r/a.txt')).mockResolvedValueOnce(cancelled);
    expect(await pickTwoReadouts(null)).toEqual({ ok: false, error: { code: 'cancelled', message: 'No second file was chosen.' } });
  });

  it('refuses more than two files, saying how many', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce(chose('/a.txt', '/b.txt', '/c.txt'));
    expect(await pickTwoReadouts(null)).toEqual({ ok: false, error: { code: 'refused', message: 'Choose two readouts to compare, not 3.' } });
  });

  it('opens the dialog over the window when there is one', async () => {
    const win = fakeWindow();
    electron.dialog.showOpenDialog.mockResolvedValueOnce(chose('/a.txt', '/b.txt'));
    await pickTwoReadouts(win);
    expect(electron.dialog.showOpenDialog.mock.calls[0]![0]).toBe(win);
  });
});

describe('compareFilesWithDialog', () => {
  it('compares the chosen files', async () => {
    const handlers = fakeHandlers();
    electron.dialog.showOpenDialog.mockResolvedValueOnce(chose('/a.txt', '/b.txt'));
    expect(await compareFilesWithDialog(handlers, null)).toEqual({ ok: true, value: LOADED });
    expect(handlers.compareFiles).toHaveBeenCalledWith('/a.txt', '/b.txt');
  });

  it('compares nothing when the user cancels', async () => {
    const handlers = fakeHandlers();
    electron.dialog.showOpenDialog.mockResolvedValueOnce(cancelled);
    expect(await compareFilesWithDialog(handlers, null)).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(handlers.compareFiles).not.toHaveBeenCalled();
  });

  it('passes on what the handlers say about a bad file', async () => {
    const handlers = fakeHandlers();
    handlers.compareFiles.mockResolvedValueOnce({ ok: false, error: { code: 'binary', message: '/a.txt is not text.' } });
    electron.dialog.showOpenDialog.mockResolvedValueOnce(chose('/a.txt', '/b.txt'));
    expect(await compareFilesWithDialog(handlers, null)).toEqual({ ok: false, error: { code: 'binary', message: '/a.txt is not text.' } });
  });
});
