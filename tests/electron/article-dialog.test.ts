import type { OpenDialogOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeHandlers, fakeWindow, LOADED } from './fakes';

const electron = vi.hoisted(() => ({ dialog: { showOpenDialog: vi.fn() } }));
vi.mock('electron', () => electron);

import { ARTICLE_FILTERS, openArticleWithDialog } from '../../electron/article-dialog';

beforeEach(() => {
  electron.dialog.showOpenDialog.mockReset();
});

describe('openArticleWithDialog', () => {
  it('analyses the article chosen, offering text and Markdown first, one file only', async () => {
    const handlers = fakeHandlers();
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/news/article.md'] });
    expect(await openArticleWithDialog(handlers, null)).toEqual({ ok: true, value: LOADED });
    expect(handlers.openArticle).toHaveBeenCalledWith('/news/article.md');
    const options = electron.dialog.showOpenDialog.mock.calls[0]![0] as OpenDialogOptions;
    expect(options.properties).toEqual(['openFile']);
    expect(options.filters).toEqual(ARTICLE_FILTERS);
    expect(ARTICLE_FILTERS[0]).toEqual({ name: 'Articles and claims files', extensions: ['txt', 'md', 'html', 'htm', 'pdf', 'docx', 'json'] });
  });

  it('opens the dialog over the window when there is one', async () => {
    const win = fakeWindow();
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await openArticleWithDialog(fakeHandlers(), win);
    expect(electron.dialog.showOpenDialog.mock.calls[0]![0]).toBe(win);
  });

  it('answers cancelled when the dialog is closed, and analyses nothing', async () => {
    const handlers = fakeHandlers();
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await openArticleWithDialog(handlers, null)).toEqual({ ok: false, error: { code: 'cancelled', message: 'No article was chosen.' } });
    expect(handlers.openArticle).not.toHaveBeenCalled();
  });

  it('shows no dialog and answers no-comparison when no comparison is loaded', async () => {
    const handlers = fakeHandlers();
    handlers.hasComparison.mockReturnValue(false);
    expect(await openArticleWithDialog(handlers, null)).toMatchObject({ ok: false, error: { code: 'no-comparison' } });
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(handlers.openArticle).not.toHaveBeenCalled();
  });
});
