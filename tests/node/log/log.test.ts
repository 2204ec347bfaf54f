import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLog, formatEntry, MAX_LINE, MAX_LINES, scrubLogText } from '../../../node/log/log';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'log-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

const NOW = new Date('2026-11-27T10:20:30.456Z');

describe('scrubLogText', () => {
  it('replaces quoted passages by their length, whatever the quotation marks', () => {
    expect(scrubLogText('Cannot parse “The presidents discussed the ceasefire” in kremlin.txt'))
      .toBe('Cannot parse [quoted text, 38 characters] in kremlin.txt');
    expect(scrubLogText(`Unexpected token in "Putin stressed the need" and «Путин подчеркнул необходимость» and 'a quoted passage'`))
      .toBe('Unexpected token in [quoted text, 23 characters] and [quoted text, 30 characters] and [quoted text, 16 characters]');
  });

  it('keeps short quotations (names of fields and files)', () => {
    expect(scrubLogText('Unknown field "theme" in \'a.txt\'')).toBe('Unknown field "theme" in \'a.txt\'');
  });

  it('cuts long lines and long entries', () => {
    const long = 'x'.repeat(MAX_LINE + 50);
    expect(scrubLogText(long)).toBe(`${'x'.repeat(MAX_LINE)}…`);
    const many = Array.from({ length: MAX_LINES + 5 }, (_, i) => `at f${i}`).join('\n');
    const lines = scrubLogText(many).split('\n');
    expect(lines).toHaveLength(MAX_LINES + 1);
    expect(lines.at(-1)).toBe('… (5 more lines)');
  });

  it('drops control characters', () => {
    expect(scrubLogText('bad\u0000 \u001b[31mred')).toBe('bad [31mred');
  });
});

describe('formatEntry', () => {
  it('writes the time, level and source, and indents a stack', () => {
    expect(formatEntry(NOW, 'error', 'renderer', 'TypeError: x is undefined\nat App (index.js:1:2)'))
      .toBe('2026-11-27T10:20:30.456Z ERROR [renderer] TypeError: x is undefined\n    at App (index.js:1:2)\n');
  });
});

describe('createLog', () => {
  it('appends entries in order, making its folder', async () => {
    const log = createLog({ dir: join(dir, 'logs'), now: () => NOW });
    log.write('error', 'main', 'first');
    log.write('warn', 'renderer', 'second');
    await log.flush();
    expect(await readFile(join(dir, 'logs', 'main.log'), 'utf8')).toBe(
      '2026-11-27T10:20:30.456Z ERROR [main] first\n2026-11-27T10:20:30.456Z WARN [renderer] second\n',
    );
  });

  it('rotates when the file would pass its size, keeping three old files', async () => {
    const log = createLog({ dir, maxBytes: 150, keep: 3, now: () => NOW });
    // each entry is 37 + 60 + 1 = 98 bytes: one per file
    for (let i = 0; i < 6; i++) log.write('info', 'main', `${i}`.repeat(60));
    await log.flush();
    expect((await readdir(dir)).sort()).toEqual(['main.1.log', 'main.2.log', 'main.3.log', 'main.log']);
    expect(await readFile(join(dir, 'main.log'), 'utf8')).toContain('5'.repeat(60));
    expect(await readFile(join(dir, 'main.1.log'), 'utf8')).toContain('4'.repeat(60));
    expect(await readFile(join(dir, 'main.3.log'), 'utf8')).toContain('2'.repeat(60));
  });

  it('counts a file left by the previous run', async () => {
    await writeFile(join(dir, 'main.log'), 'y'.repeat(150));
    const log = createLog({ dir, maxBytes: 200, now: () => NOW });
    log.write('info', 'main', 'z'.repeat(60));
    await log.flush();
    expect(await readFile(join(dir, 'main.1.log'), 'utf8')).toBe('y'.repeat(150));
    expect(await readFile(join(dir, 'main.log'), 'utf8')).toContain('z'.repeat(60));
  });

  it('never throws when it cannot write', async () => {
    await writeFile(join(dir, 'file'), '');
    const log = createLog({ dir: join(dir, 'file', 'logs'), now: () => NOW });
    expect(() => log.write('error', 'main', 'lost')).not.toThrow();
    await expect(log.flush()).resolves.toBeUndefined();
  });
});
