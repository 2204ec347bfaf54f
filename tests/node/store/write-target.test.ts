/**
 * Where a write may go (issue 15, items 1–3): never over a file that was read,
 * through a linked folder or a hard link; only to a regular file or a new path
 * (a device, FIFO, socket or folder is refused, a link to a regular file is
 * followed and stays a link); never over a read-only file. Real files, links,
 * device nodes (`mknod`, as root) and FIFOs.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportCommand } from '../../../node/commands/export';
import { writeAtomically } from '../../../node/store/atomic-write';
import { saveComparison } from '../../../node/store/comparison-store';
import { readoutsFile } from '../../../shared/file/readouts-file';
import type { SourceMeta } from '../../../shared/model/types';
import { SAMPLE_DIR } from '../../report-inputs';

const isRoot = process.getuid?.() === 0;
let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'write-target-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);
const context = () => ({ cwd: dir, color: false, width: 100 });

/** Copies the sample's two readouts into `ow/` (A.txt, B.txt). */
function inputs(): { a: string; b: string; text: string } {
  mkdirSync(at('ow'));
  const text = readFileSync(join(SAMPLE_DIR, 'whitehouse.txt'), 'utf8');
  writeFileSync(at('ow/A.txt'), text);
  writeFileSync(at('ow/B.txt'), readFileSync(join(SAMPLE_DIR, 'kremlin.txt')));
  return { a: at('ow/A.txt'), b: at('ow/B.txt'), text };
}

describe('an export never writes over a file it reads', () => {
  it('refuses an output that reaches an input through a linked folder', async () => {
    const { text } = inputs();
    symlinkSync('ow', at('owlink'));
    const out = await exportCommand.run(['ow/A.txt', 'ow/B.txt', '--html', 'owlink/A.txt'], context());
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toContain('--html owlink/A.txt is one of the files read');
    expect(readFileSync(at('ow/A.txt'), 'utf8')).toBe(text);
  });

  it('refuses an output that is a hard link to an input', async () => {
    const { text } = inputs();
    linkSync(at('ow/A.txt'), at('hard.html'));
    const out = await exportCommand.run(['ow/A.txt', 'ow/B.txt', '--html', 'hard.html'], context());
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toContain('--html hard.html is one of the files read');
    expect(readFileSync(at('ow/A.txt'), 'utf8')).toBe(text);
  });
});

describe('a write goes only to a regular file or a new path', () => {
  it.skipIf(!isRoot)('refuses a character device and leaves it a device', async () => {
    execFileSync('mknod', [at('fakenull'), 'c', '1', '3']);
    expect(await writeAtomically(at('fakenull'), 'report', 'fakenull')).toEqual({ ok: false, code: 'not-a-file', message: 'fakenull: cannot save (it is a device, not a regular file)' });
    expect(lstatSync(at('fakenull')).isCharacterDevice()).toBe(true);
  });

  it('refuses a FIFO, a socket and a folder, each in one line', async () => {
    execFileSync('mkfifo', [at('fifo')]);
    mkdirSync(at('folder'));
    const server: Server = createServer();
    await new Promise<void>((done) => server.listen(at('sock'), done));
    try {
      expect(await writeAtomically(at('fifo'), 'x', 'fifo')).toEqual({ ok: false, code: 'not-a-file', message: 'fifo: cannot save (it is a named pipe (FIFO), not a regular file)' });
      expect(await writeAtomically(at('sock'), 'x', 'sock')).toEqual({ ok: false, code: 'not-a-file', message: 'sock: cannot save (it is a socket, not a regular file)' });
      expect(await writeAtomically(at('folder'), 'x', 'folder')).toEqual({ ok: false, code: 'not-a-file', message: 'folder: cannot save (it is a folder, not a regular file)' });
    } finally {
      server.close();
    }
    expect(lstatSync(at('fifo')).isFIFO()).toBe(true);
    expect(lstatSync(at('folder')).isDirectory()).toBe(true);
  });

  it('refuses a link to a device (a link to the output of this process)', async () => {
    symlinkSync('/proc/self/fd/1', at('stdout.html'));
    symlinkSync('/dev/null', at('null.pdf'));
    for (const name of ['stdout.html', 'null.pdf']) {
      const written = await writeAtomically(at(name), 'report', name);
      expect(written.ok, name).toBe(false);
      expect(lstatSync(at(name)).isSymbolicLink()).toBe(true);
    }
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('follows a link to a regular file, replaces that file and keeps the link a link', async () => {
    mkdirSync(at('real'));
    writeFileSync(at('real/report.html'), 'old');
    symlinkSync('real/report.html', at('report.html'));
    expect(await writeAtomically(at('report.html'), 'new', 'report.html')).toEqual({ ok: true });
    expect(lstatSync(at('report.html')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(at('report.html'))).toBe('real/report.html');
    expect(readFileSync(at('real/report.html'), 'utf8')).toBe('new');
  });
});

describe('a read-only file is not replaced', () => {
  // Root may write any file: the refusal comes from the file's mode, so it holds as root too.
  it('refuses a 0444 file through the write path, naming it, and leaves it as it was', async () => {
    writeFileSync(at('locked.pdf'), 'the previous report');
    chmodSync(at('locked.pdf'), 0o444);
    expect(await writeAtomically(at('locked.pdf'), 'new', 'locked.pdf')).toEqual({ ok: false, code: 'read-only', message: 'locked.pdf: cannot save (the file is read-only): choose another name' });
    expect(readFileSync(at('locked.pdf'), 'utf8')).toBe('the previous report');
  });

  it('refuses it in the CLI, naming the file, with exit status 1', async () => {
    inputs();
    writeFileSync(at('locked.html'), 'the previous report');
    chmodSync(at('locked.html'), 0o444);
    const out = await exportCommand.run(['ow/A.txt', 'ow/B.txt', '--html', 'locked.html'], context());
    expect(out.exitCode).toBe(1);
    expect(out.stderr).toBe(`error: ${at('locked.html')}: cannot save (the file is read-only): choose another name\n`);
    expect(readFileSync(at('locked.html'), 'utf8')).toBe('the previous report');
  });

  it('refuses a read-only comparison file on save', async () => {
    const meta = (label: string): SourceMeta => ({ label, complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null });
    const file = readoutsFile({ savedBy: '0.1.0', a: { file: 'a.txt', text: 'One.', meta: meta('A') }, b: { file: 'b.txt', text: 'Two.', meta: meta('B') }, annotations: [] });
    writeFileSync(at('c.readouts'), '{"not": "yet"}');
    chmodSync(at('c.readouts'), 0o444);
    const saved = await saveComparison(at('c.readouts'), file, { overwrite: true });
    expect(saved).toMatchObject({ ok: false, error: { code: 'read-only' } });
    expect(readFileSync(at('c.readouts'), 'utf8')).toBe('{"not": "yet"}');
  });
});
