import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeHandlers } from './fakes';

const electron = vi.hoisted(() => ({ dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() } }));
vi.mock('electron', () => electron);

import { openArticleWithDialog } from '../../electron/article-dialog';
import { pickTwoReadouts } from '../../electron/compare-dialog';
import { dialogAsker } from '../../electron/comparison-dialog';
import { rememberFolders } from '../../electron/last-folder';

let last: string | null;
beforeEach(() => {
  electron.dialog.showOpenDialog.mockReset();
  electron.dialog.showSaveDialog.mockReset();
  last = null;
  rememberFolders({ get: () => last, set: (folder) => { last = folder; } });
});
afterEach(() => rememberFolders(null));

const READOUTS = join('/home', 'ana', 'readouts');
const ARTICLES = join('/home', 'ana', 'articles');

describe('the last folder used', () => {
  it('is where the next open dialog starts, and a choice in any dialog updates it', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [join(READOUTS, 'a.txt'), join(READOUTS, 'b.txt')] });
    await pickTwoReadouts(null);
    expect(electron.dialog.showOpenDialog.mock.calls[0]![0].defaultPath).toBeUndefined();
    expect(last).toBe(READOUTS);

    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [join(ARTICLES, 'news.txt')] });
    await openArticleWithDialog(fakeHandlers(), null);
    expect(electron.dialog.showOpenDialog.mock.calls[1]![0].defaultPath).toBe(READOUTS);
    expect(last).toBe(ARTICLES);

    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [join(READOUTS, 'call.readouts')] });
    await dialogAsker(null)({ purpose: 'open' });
    expect(electron.dialog.showOpenDialog.mock.calls[2]![0].defaultPath).toBe(ARTICLES);
    expect(last).toBe(READOUTS);
  });

  it('is not changed by a dialog that was closed', async () => {
    last = READOUTS;
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await dialogAsker(null)({ purpose: 'open' });
    expect(last).toBe(READOUTS);
  });

  it('does not override a dialog’s own start (the second readout beside the first)', async () => {
    last = ARTICLES;
    electron.dialog.showOpenDialog
      .mockResolvedValueOnce({ canceled: false, filePaths: [join(READOUTS, 'a.txt')] })
      .mockResolvedValueOnce({ canceled: false, filePaths: [join(READOUTS, 'b.txt')] });
    await pickTwoReadouts(null);
    expect(electron.dialog.showOpenDialog.mock.calls[0]![0].defaultPath).toBe(ARTICLES);
    expect(electron.dialog.showOpenDialog.mock.calls[1]![0].defaultPath).toBe(READOUTS);
  });

  it('is where a save starts when the comparison has no folder, the comparison’s own folder otherwise', async () => {
    last = ARTICLES;
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(READOUTS, 'call.readouts') });
    await dialogAsker(null)({ purpose: 'save', name: 'call.readouts' });
    expect(electron.dialog.showSaveDialog.mock.calls[0]![0].defaultPath).toBe(join(ARTICLES, 'call.readouts'));
    expect(last).toBe(READOUTS);
    await dialogAsker(null)({ purpose: 'export', name: 'x.csv', format: 'csv', dir: '/elsewhere' });
    expect(electron.dialog.showSaveDialog.mock.calls[1]![0].defaultPath).toBe(join('/elsewhere', 'x.csv'));
  });
});
