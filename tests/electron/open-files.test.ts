import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { collectOpenedFiles, readoutsPathsInArgv } from '../../electron/open-files';

const HOME = resolve('/home/ana');

describe('readoutsPathsInArgv', () => {
  it('finds the file after the executable of a packaged app', () => {
    expect(readoutsPathsInArgv(['/opt/Readout Compare/readout-compare', join(HOME, 'call.readouts')], { defaultApp: false, cwd: '/' }))
      .toEqual([join(HOME, 'call.readouts')]);
  });

  it('skips the app’s path when run as `electron <app>` in development', () => {
    // the app path itself could end in .readouts; only what follows it counts
    expect(readoutsPathsInArgv(['/usr/bin/electron', '/src/app.readouts', 'call.readouts'], { defaultApp: true, cwd: HOME }))
      .toEqual([join(HOME, 'call.readouts')]);
  });

  it('resolves relative paths against the launch’s working folder', () => {
    expect(readoutsPathsInArgv(['app', '../bob/x.readouts', 'notes/y.READOUTS'], { defaultApp: false, cwd: HOME }))
      .toEqual([resolve(HOME, '../bob/x.readouts'), join(HOME, 'notes', 'y.READOUTS')]);
  });

  it('ignores switches, including those Chromium adds to a second instance, and other files', () => {
    const argv = ['app', '--allow-file-access-from-files', '--original-process-start-time=1', '--flag=a.readouts', 'readout.txt', 'x.readouts.bak', join(HOME, 'a.readouts')];
    expect(readoutsPathsInArgv(argv, { defaultApp: false, cwd: '/' })).toEqual([join(HOME, 'a.readouts')]);
  });

  it('turns file:// URLs into paths', () => {
    const path = join(HOME, 'my call.readouts');
    expect(readoutsPathsInArgv(['app', pathToFileURL(path).href], { defaultApp: false, cwd: '/' })).toEqual([path]);
  });

  it('finds nothing in a plain launch', () => {
    expect(readoutsPathsInArgv(['app'], { defaultApp: false, cwd: '/' })).toEqual([]);
    expect(readoutsPathsInArgv(['electron', '.'], { defaultApp: true, cwd: '/' })).toEqual([]);
  });
});

describe('collectOpenedFiles', () => {
  function fakeApp() {
    let openFile: ((event: { preventDefault: () => void }, path: string) => void) | undefined;
    const app = { on: vi.fn((name: string, l: typeof openFile) => { if (name === 'open-file') openFile = l; return app; }) };
    return { app, openFile: (path: string) => { const event = { preventDefault: vi.fn() }; openFile!(event, path); return event; } };
  }

  it('queues macOS’s open-file before the app is ready, handling the event', () => {
    const { app, openFile } = fakeApp();
    const files = collectOpenedFiles(app as never);
    expect(openFile('/Users/ana/call.readouts').preventDefault).toHaveBeenCalledTimes(1);
    files.add(['/Users/ana/second.readouts']);
    expect(files.take()).toEqual(['/Users/ana/call.readouts', '/Users/ana/second.readouts']);
    expect(files.take()).toEqual([]);
  });

  it('ignores files that are not comparison files', () => {
    const { app, openFile } = fakeApp();
    const files = collectOpenedFiles(app as never);
    openFile('/Users/ana/readout.txt');
    expect(files.take()).toEqual([]);
  });

  it('hands over what waits, then each file as it comes, once told where', () => {
    const { app, openFile } = fakeApp();
    const files = collectOpenedFiles(app as never);
    files.add(['/a.readouts']);
    const open = vi.fn();
    files.deliverTo(open);
    expect(open.mock.calls).toEqual([['/a.readouts']]);
    openFile('/b.readouts');
    files.add(['/c.readouts']);
    expect(open.mock.calls).toEqual([['/a.readouts'], ['/b.readouts'], ['/c.readouts']]);
    expect(files.take()).toEqual([]);
  });
});
