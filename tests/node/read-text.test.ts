import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeText, MAX_TEXT_BYTES, readFileBytes, readTextFile } from '../../node/read-text';

let dir: string;
const MiB = 1024 * 1024;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'read-text-'));
  writeFileSync(join(dir, 'readout.txt'), 'First line.\r\nSecond line.\r\n\r\nNext paragraph.');
  writeFileSync(join(dir, 'bom.txt'), '\uFEFFText after a BOM.\uFEFF');
  writeFileSync(join(dir, 'whitehouse.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\t\r\n  ');
  writeFileSync(join(dir, 'x.bin'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('Line one.\nPutin\u2019s'), Buffer.from([0x92]), Buffer.from('s reply.')]));
  writeFileSync(join(dir, 'utf16.txt'), Buffer.from('\uFEFFHello', 'utf16le'));
  writeFileSync(join(dir, 'big.txt'), '');
  truncateSync(join(dir, 'big.txt'), 21 * MiB); // sparse: no 21 MB written
  writeFileSync(join(dir, 'bigger.txt'), '');
  truncateSync(join(dir, 'bigger.txt'), Math.round(25.3 * MiB));
  mkdirSync(join(dir, 'folder.txt'));
  if (process.platform !== 'win32') {
    execFileSync('mkfifo', [join(dir, 'fifo1')]);
    symlinkSync(join(dir, 'fifo1'), join(dir, 'link-to-fifo'));
    symlinkSync(join(dir, 'readout.txt'), join(dir, 'link-to-readout'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'broken-link'));
    symlinkSync('loop-b', join(dir, 'loop-a'));
    symlinkSync('loop-a', join(dir, 'loop-b'));
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readTextFile', () => {
  it('reads UTF-8 text and keeps CRLF line endings as they are', async () => {
    expect(await readTextFile(join(dir, 'readout.txt'))).toEqual({ ok: true, text: 'First line.\r\nSecond line.\r\n\r\nNext paragraph.' });
  });

  it('removes a leading byte order mark and no other U+FEFF', async () => {
    expect(await readTextFile(join(dir, 'bom.txt'))).toEqual({ ok: true, text: 'Text after a BOM.\uFEFF' });
  });

  it('resolves a relative path against cwd and names the file as given', async () => {
    expect(await readTextFile('readout.txt', { cwd: dir })).toMatchObject({ ok: true });
    expect(await readTextFile('whitehouse.txt', { cwd: dir })).toEqual({ ok: false, error: { code: 'empty', message: 'whitehouse.txt: the file is empty' } });
  });

  it('refuses a file of 0 bytes as empty', async () => {
    expect(await readTextFile('whitehouse.txt', { cwd: dir })).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('refuses a file of only whitespace as empty', async () => {
    expect(await readTextFile('blank.txt', { cwd: dir })).toEqual({ ok: false, error: { code: 'empty', message: 'blank.txt: the file is empty (it holds only whitespace)' } });
  });

  it('refuses a file with NUL bytes as binary', async () => {
    expect(await readTextFile('x.bin', { cwd: dir })).toEqual({
      ok: false, error: { code: 'binary', message: 'x.bin: this looks like a binary file (it contains NUL bytes), not a text readout' },
    });
  });

  it('refuses invalid UTF-8, naming the offset and line of the first bad byte', async () => {
    // "Line one.\n" is 10 bytes, "Putin’s" 9 (the quote takes 3): the Windows-1252 quote 0x92 is byte 19.
    expect(await readTextFile('latin1.txt', { cwd: dir })).toEqual({
      ok: false, error: { code: 'encoding', message: 'latin1.txt: the file is not valid UTF-8 (first bad byte at offset 19, line 2)' },
    });
  });

  it('refuses UTF-16 text with a hint to save it as UTF-8', async () => {
    expect(await readTextFile('utf16.txt', { cwd: dir })).toEqual({ ok: false, error: { code: 'encoding', message: 'utf16.txt: the file is UTF-16 text; save it as UTF-8' } });
  });

  it('refuses a file over 20 MB from its size alone', async () => {
    expect(MAX_TEXT_BYTES).toBe(20 * MiB);
    expect(await readTextFile('big.txt', { cwd: dir })).toEqual({ ok: false, error: { code: 'too-large', message: 'big.txt: the file is 21 MB; the limit is 20 MB' } });
    expect(await readTextFile('bigger.txt', { cwd: dir })).toEqual({ ok: false, error: { code: 'too-large', message: 'bigger.txt: the file is 25.3 MB; the limit is 20 MB' } });
  });

  it('takes a smaller limit when asked', async () => {
    expect(await readTextFile('readout.txt', { cwd: dir, maxBytes: 10 })).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('reports a missing file as not found, with where it looked', async () => {
    expect(await readTextFile('nope.txt', { cwd: dir })).toEqual({ ok: false, error: { code: 'not-found', message: `nope.txt: no such file (looked for ${join(dir, 'nope.txt')})` } });
    expect(await readTextFile(join(dir, 'nope.txt'))).toEqual({ ok: false, error: { code: 'not-found', message: `${join(dir, 'nope.txt')}: no such file` } });
  });

  it('reports a folder as not a regular file', async () => {
    expect(await readTextFile('folder.txt', { cwd: dir })).toEqual({ ok: false, error: { code: 'unreadable', message: 'folder.txt: not a regular file (a directory)' } });
  });

  it('reports an empty path as no file rather than reading the working folder', async () => {
    expect(await readTextFile('', { cwd: dir })).toEqual({ ok: false, error: { code: 'not-found', message: 'no file given (the path is empty)' } });
  });

  // Opening a named pipe for reading blocks until a writer comes: without the stat first this never returns.
  it.skipIf(process.platform === 'win32')('refuses a named pipe without opening it, so it does not hang', { timeout: 5000 }, async () => {
    expect(await readTextFile('fifo1', { cwd: dir })).toEqual({ ok: false, error: { code: 'unreadable', message: 'fifo1: not a regular file (a named pipe)' } });
    expect(await readTextFile('link-to-fifo', { cwd: dir })).toEqual({ ok: false, error: { code: 'unreadable', message: 'link-to-fifo: not a regular file (a named pipe)' } });
  });

  it.skipIf(process.platform === 'win32')('refuses a device', { timeout: 5000 }, async () => {
    expect(await readTextFile('/dev/null')).toEqual({ ok: false, error: { code: 'unreadable', message: '/dev/null: not a regular file (a device)' } });
  });

  it.skipIf(process.platform === 'win32')('follows a symbolic link to a file', async () => {
    expect(await readTextFile('link-to-readout', { cwd: dir })).toMatchObject({ ok: true, text: 'First line.\r\nSecond line.\r\n\r\nNext paragraph.' });
  });

  it.skipIf(process.platform === 'win32')('reports a broken symbolic link as such, naming its target', async () => {
    expect(await readTextFile('broken-link', { cwd: dir })).toEqual({
      ok: false, error: { code: 'unreadable', message: `broken-link: a broken symbolic link (it points to ${join(dir, 'gone.txt')}, which does not exist)` },
    });
  });

  it.skipIf(process.platform === 'win32')('reports a loop of symbolic links in one line', async () => {
    expect(await readTextFile('loop-a', { cwd: dir })).toEqual({ ok: false, error: { code: 'unreadable', message: 'loop-a: a loop of symbolic links' } });
  });

  it('reports a path through a file as not found', async () => {
    expect(await readTextFile('readout.txt/inner.txt', { cwd: dir })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it.skipIf(process.getuid?.() === 0)('reports a file without read permission as unreadable', async () => {
    const path = join(dir, 'secret.txt');
    writeFileSync(path, 'text', { mode: 0o000 });
    expect(await readTextFile('secret.txt', { cwd: dir })).toEqual({ ok: false, error: { code: 'unreadable', message: 'secret.txt: permission denied' } });
  });

  it.skipIf(process.getuid?.() === 0 || process.platform === 'win32')('reports a file in a folder without search permission as unreadable', async () => {
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'a.txt'), 'text');
    chmodSync(join(dir, 'locked'), 0o000);
    try {
      expect(await readTextFile('locked/a.txt', { cwd: dir })).toEqual({ ok: false, error: { code: 'unreadable', message: 'locked/a.txt: permission denied' } });
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });
});

describe('decodeText', () => {
  it('decodes bytes already in memory by the same rules', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFFКремль\r\n'), 'ru.txt')).toEqual({ ok: true, text: 'Кремль\r\n' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf]), 'bom-only.txt')).toMatchObject({ ok: false, error: { code: 'empty' } });
  });
});

describe('readFileBytes', () => {
  it('gives the bytes as they are, an empty file included, after the same checks', async () => {
    expect(await readFileBytes('utf16.txt', { cwd: dir })).toEqual({ ok: true, bytes: Buffer.from('\uFEFFHello', 'utf16le') });
    expect(await readFileBytes('whitehouse.txt', { cwd: dir })).toEqual({ ok: true, bytes: Buffer.alloc(0) });
    expect(await readFileBytes('big.txt', { cwd: dir })).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(await readFileBytes('folder.txt', { cwd: dir })).toMatchObject({ ok: false, error: { code: 'unreadable' } });
  });
});
