import { describe, expect, it, vi } from 'vitest';
import { recentActions } from '../../electron/recent';
import { createRecentFiles } from '../../node/store/recent-files';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeHandlers, LOADED } from './fakes';

function setUp() {
  const files = createRecentFiles(mkdtempSync(join(tmpdir(), 'recent-')), []);
  const os = { addRecentDocument: vi.fn(), clearRecentDocuments: vi.fn() };
  const changed = vi.fn();
  return { files, os, changed, actions: recentActions(files, os, changed) };
}

describe('File > Open Recent', () => {
  it('remembers what was opened, in the app\'s list and the system\'s', () => {
    const { files, os, changed, actions } = setUp();
    actions.remember({ kind: 'pair', a: '/r/a.html', b: '/r/b.pdf' });
    expect(files.list()).toEqual([{ kind: 'pair', a: '/r/a.html', b: '/r/b.pdf' }]);
    expect(os.addRecentDocument.mock.calls).toEqual([['/r/a.html'], ['/r/b.pdf']]);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('opens a comparison file again, and compares a pair again', async () => {
    const { actions } = setUp();
    const handlers = fakeHandlers();
    expect(await actions.open(handlers, { kind: 'comparison', path: '/c/call.readouts' })).toEqual({ ok: true, value: LOADED });
    expect(handlers.openComparisonFile).toHaveBeenCalledWith('/c/call.readouts');
    await actions.open(handlers, { kind: 'pair', a: '/r/a.txt', b: '/r/b.txt' });
    expect(handlers.compareFiles).toHaveBeenCalledWith('/r/a.txt', '/r/b.txt');
  });

  it('takes off an entry whose file is gone, and passes the error on', async () => {
    const { files, actions, changed } = setUp();
    const gone = { kind: 'comparison' as const, path: '/c/gone.readouts' };
    actions.remember(gone);
    const handlers = fakeHandlers();
    const missing = { ok: false as const, error: { code: 'not-found' as const, message: '/c/gone.readouts: no such file' } };
    handlers.openComparisonFile.mockResolvedValueOnce(missing);
    expect(await actions.open(handlers, gone)).toEqual(missing);
    expect(files.list()).toEqual([]);
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('clears both lists', () => {
    const { files, os, actions } = setUp();
    actions.remember({ kind: 'comparison', path: '/c/call.readouts' });
    actions.clear();
    expect(files.list()).toEqual([]);
    expect(os.clearRecentDocuments).toHaveBeenCalledTimes(1);
  });
});
