import { lstatSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeFifo, withinASecond } from '../fifo';
import { defaultSettings } from '../../../node/settings/settings';
import { createSettingsStore, MAX_SETTINGS_BYTES, SETTINGS_FILE } from '../../../node/settings/store';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'settings-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

const NOW = new Date('2026-11-27T10:20:30.456Z');
const open = (logged: string[] = []) => createSettingsStore({ userData: dir, locale: 'en-US', delayMs: 5, now: () => NOW, log: (m) => logged.push(m) });
const onDisk = async () => JSON.parse(await readFile(join(dir, SETTINGS_FILE), 'utf8'));

describe('the settings store', () => {
  it('starts from the locale’s defaults without a file, and writes nothing until a change', async () => {
    const store = open();
    expect(await store.load()).toEqual({ notice: null });
    expect(store.get()).toEqual(defaultSettings('en-US'));
    expect(store.get().pdfPageSize).toBe('Letter');
    await store.flush();
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes a change a moment later, and reads it back in the next run', async () => {
    const store = open();
    await store.load();
    store.update({ theme: 'dark', lastFolder: '/home/ana' });
    expect(store.pending()).toBe(true);
    await store.flush();
    expect(store.pending()).toBe(false);
    expect(await onDisk()).toEqual({ ...defaultSettings('en-US'), theme: 'dark', lastFolder: '/home/ana' });
    const next = open();
    await next.load();
    expect(next.get().theme).toBe('dark');
  });

  it('does not write when a change changes nothing', async () => {
    const store = open();
    await store.load();
    store.update({ theme: 'system' });
    expect(store.pending()).toBe(false);
  });

  it('moves a corrupt file aside, uses the defaults and says so', async () => {
    await writeFile(join(dir, SETTINGS_FILE), '{"version": 1, "theme": "da');
    const store = open();
    const { notice } = await store.load();
    const aside = join(dir, 'settings.corrupt 2026-11-27T10-20-30Z.json');
    expect(notice).toBe(`Your settings (${join(dir, SETTINGS_FILE)}) could not be read: not valid JSON (${(() => { try { JSON.parse('{"version": 1, "theme": "da'); } catch (e) { return (e as Error).message; } })()}). The defaults are used; the file was kept as ${aside}.`);
    expect(await readFile(aside, 'utf8')).toBe('{"version": 1, "theme": "da');
    expect(store.get()).toEqual(defaultSettings('en-US'));
    store.update({ theme: 'light' });
    await store.flush();
    expect((await onDisk()).theme).toBe('light');
  });

  it('keeps the valid fields of a file with bad ones, and logs the bad ones', async () => {
    await writeFile(join(dir, SETTINGS_FILE), JSON.stringify({ version: 1, theme: 'dark', pdfPageSize: 'A3', lastFolder: 42 }));
    const logged: string[] = [];
    const store = open(logged);
    expect(await store.load()).toEqual({ notice: null });
    expect(store.get()).toMatchObject({ theme: 'dark', pdfPageSize: 'Letter', lastFolder: null });
    expect(logged).toEqual([expect.stringMatching(/^Settings: pdfPageSize: /), expect.stringMatching(/^Settings: lastFolder: /)]);
  });

  it('keeps a newer version’s file aside before writing over it', async () => {
    const newer = JSON.stringify({ version: 3, theme: 'dark', accent: 'teal' });
    await writeFile(join(dir, SETTINGS_FILE), newer);
    const store = open();
    await store.load();
    expect(store.get().theme).toBe('dark');
    expect(await readFile(join(dir, 'settings.v3.json'), 'utf8')).toBe(newer);
    store.update({ theme: 'light' });
    await store.flush();
    expect(await onDisk()).toMatchObject({ version: 1, theme: 'light' });
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('leaves an unreadable file alone and never writes over it', async () => {
    const path = join(dir, SETTINGS_FILE);
    await writeFile(path, '{"version": 1, "theme": "dark"}');
    await chmod(path, 0o000);
    const store = open();
    const { notice } = await store.load();
    expect(notice).toMatch(/could not be read \(permission denied\): the defaults are used, and the file is left as it is\.$/);
    store.update({ theme: 'light' });
    await store.flush();
    await chmod(path, 0o600);
    expect(await readFile(path, 'utf8')).toBe('{"version": 1, "theme": "dark"}');
  });

  it('logs a write that fails instead of throwing', async () => {
    const logged: string[] = [];
    const store = createSettingsStore({ userData: join(dir, 'missing', 'folder'), locale: 'en-GB', delayMs: 5, log: (m) => logged.push(m) });
    await store.load();
    store.update({ theme: 'dark' });
    await store.flush();
    expect(logged).toEqual([expect.stringMatching(/^Settings not saved: .*its folder does not exist/)]);
  });

  // Issue 15 item 15: the first-run flag lived in the page's localStorage, which a new origin (app://
  // instead of file://) starts empty; settings.json did not keep it (failed before).
  it('keeps whether the introduction was dismissed, across a restart; a first run has it unset', async () => {
    const store = open();
    await store.load();
    expect(store.get().introSeen).toBe(false);
    store.update({ introSeen: true });
    await store.flush();
    expect((await onDisk()).introSeen).toBe(true);
    const next = open();
    await next.load();
    expect(next.get().introSeen).toBe(true);
  });

  // A settings.json that is a named pipe blocked the start: the read waited for a writer forever (failed before).
  it.skipIf(process.platform === 'win32')('does not wait on a settings.json that is a named pipe, and leaves it alone', async () => {
    const fifo = join(dir, SETTINGS_FILE);
    makeFifo(fifo);
    const store = open();
    const answer = await withinASecond(store.load(), fifo);
    expect(answer).not.toBe('hung');
    expect((answer as { notice: string }).notice).toContain('not a regular file (a named pipe)');
    store.update({ theme: 'dark' });
    await store.flush();
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('reads neither a folder, a link to a device nor an oversized file, keeps each as it is, and counts it as a first run', async () => {
    const file = join(dir, SETTINGS_FILE);
    const cases: Array<[string, () => Promise<void>, string]> = [
      ['a folder', () => mkdir(file), 'not a regular file (a directory)'],
      // an endless device: a read would never end
      ['a link to /dev/zero', () => symlink('/dev/zero', file), 'not a regular file (a device)'],
      ['an oversized file', () => writeFile(file, `{"version":1,"introSeen":true,"pad":"${'x'.repeat(MAX_SETTINGS_BYTES)}"}`), 'the limit is 1 MB'],
    ];
    for (const [what, make, why] of cases) {
      await rm(file, { recursive: true, force: true });
      await make();
      const before = lstatSync(file);
      const store = open();
      const { notice } = await store.load();
      expect(notice, what).toContain(why);
      expect(store.get().introSeen, what).toBe(false);
      store.update({ introSeen: true });
      await store.flush();
      const after = lstatSync(file);
      expect([after.ino, after.mode, after.size], what).toEqual([before.ino, before.mode, before.size]);
      expect((await readdir(dir)).filter((n) => n !== SETTINGS_FILE), what).toEqual([]);
    }
  });

  it('counts a corrupt file as a first run', async () => {
    await writeFile(join(dir, SETTINGS_FILE), '{"version": 1, "introSeen": tr');
    const store = open();
    await store.load();
    expect(store.get().introSeen).toBe(false);
  });
});

