import { lstatSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFifo, withinASecond } from '../fifo';
import {
  addRecent, createRecentFiles, entryPaths, loadRecent, MAX_RECENT, RECENT_FILE, recentLabel, removeRecent, type RecentEntry,
} from '../../../node/store/recent-files';

const temp = () => mkdtempSync(join(tmpdir(), 'recent-'));

const comparison = (path: string): RecentEntry => ({ kind: 'comparison', path });
const pair = (a: string, b: string): RecentEntry => ({ kind: 'pair', a, b });

describe('the recent files list', () => {
  it('puts the entry opened first, once', () => {
    const list = [comparison('/c/one.readouts'), pair('/r/a.txt', '/r/b.txt')];
    expect(addRecent(list, pair('/r/a.txt', '/r/b.txt'))).toEqual([pair('/r/a.txt', '/r/b.txt'), comparison('/c/one.readouts')]);
    expect(addRecent(list, pair('/r/b.txt', '/r/a.txt'))).toHaveLength(3);
  });

  it('keeps the ten most recent', () => {
    let list: RecentEntry[] = [];
    for (let i = 1; i <= 12; i++) list = addRecent(list, comparison(`/c/${i}.readouts`));
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]).toEqual(comparison('/c/12.readouts'));
    expect(list[9]).toEqual(comparison('/c/3.readouts'));
  });

  it('takes an entry off', () => {
    expect(removeRecent([comparison('/c/x.readouts'), comparison('/c/y.readouts')], comparison('/c/x.readouts'))).toEqual([comparison('/c/y.readouts')]);
  });

  it('labels entries by file name and folder', () => {
    expect(recentLabel(comparison('/home/me/calls/call.readouts'))).toBe('call.readouts (/home/me/calls)');
    expect(recentLabel(pair('/r/whitehouse.html', '/r/kremlin.pdf'))).toBe('whitehouse.html and kremlin.pdf (/r)');
    expect(recentLabel(pair('/r/a.txt', '/s/b.txt'))).toBe('a.txt (/r) and b.txt (/s)');
    expect(entryPaths(pair('/r/a.txt', '/s/b.txt'))).toEqual(['/r/a.txt', '/s/b.txt']);
  });
});

describe('the recent files file', () => {
  it('is an empty list when missing, with nothing to report', async () => {
    expect(await loadRecent(temp())).toEqual({ entries: [], problem: null });
  });

  it('is an empty list when damaged or not a list, saying so and naming the file', async () => {
    const dir = temp();
    writeFileSync(join(dir, RECENT_FILE), '{ not json');
    const damaged = await loadRecent(dir);
    expect(damaged.entries).toEqual([]);
    expect(damaged.problem).toBe(`${join(dir, RECENT_FILE)}: not valid JSON; the recent files list starts empty`);
    writeFileSync(join(dir, RECENT_FILE), JSON.stringify({ version: 1, entries: [{ kind: 'comparison', path: 42 }] }));
    expect((await loadRecent(dir)).problem).toMatch(/: not a recent files list \(/);
  });

  it('is written atomically on every change, and read back', async () => {
    const dir = temp();
    const recent = createRecentFiles(dir, []);
    await recent.add(comparison('/c/one.readouts'));
    await recent.add(pair('/r/a.txt', '/r/b.txt'));
    expect(JSON.parse(readFileSync(join(dir, RECENT_FILE), 'utf8'))).toEqual({ version: 1, entries: [pair('/r/a.txt', '/r/b.txt'), comparison('/c/one.readouts')] });
    expect((await loadRecent(dir)).entries).toEqual(recent.list());
    await recent.clear();
    expect((await loadRecent(dir)).entries).toEqual([]);
  });

  it('reports a write that fails, and keeps the list in memory', async () => {
    const errors: string[] = [];
    const recent = createRecentFiles(join(temp(), 'no', 'such', 'folder'), [], (m) => errors.push(m));
    await recent.add(comparison('/c/one.readouts'));
    expect(recent.list()).toEqual([comparison('/c/one.readouts')]);
    expect(errors).toEqual([expect.stringMatching(/recent\.json: cannot save \(its folder does not exist\)$/)]);
  });

  // A recent.json that is a named pipe blocked the start: main awaits the list before the window opens (failed before).
  it.skipIf(process.platform === 'win32')('does not wait on a recent.json that is a named pipe: the list starts empty, with the problem named', async () => {
    const dir = temp();
    const fifo = join(dir, RECENT_FILE);
    makeFifo(fifo);
    const answer = await withinASecond(loadRecent(dir), fifo);
    expect(answer).not.toBe('hung');
    expect(answer).toEqual({ entries: [], problem: expect.stringContaining('named pipe') });
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });
});

