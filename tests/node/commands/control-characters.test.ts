/**
 * Control characters in file names and in a file's `savedBy` are shown escaped in
 * every message (issue 15, item 12): an ESC sequence or a newline in a name cannot
 * print a fake second line, nor a bidi override turn the line around.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../node/commands/dispatch';
import { INITIAL_VIEW, viewReducer } from '../../../renderer/state/view';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'control-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const run = (args: string[]) => runCli(args, { cwd: dir, color: false, width: 100 });

/** Whether `text` holds a C0 or C1 control character other than its final newline, or a bidi control. */
const hasControls = (text: string) => /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(text) || text.slice(0, -1).includes('\n');

describe('a file name with control characters in a message', () => {
  it('is escaped: one line on stderr, no ESC, no bidi override', async () => {
    const names = ['x\u001b[2K\rFAKE: all good.txt', 'y\nFAKE: all good.txt', 'z\u202etxt.exe'];
    for (const name of names) {
      writeFileSync(join(dir, name), '');
      writeFileSync(join(dir, 'b.txt'), 'Some text here.');
      const out = await run(['compare', name, 'b.txt']);
      expect(out.exitCode, JSON.stringify(name)).toBe(1);
      expect(hasControls(out.stderr), JSON.stringify(out.stderr)).toBe(false);
      expect(out.stderr.split('\n').length).toBe(2);
    }
    const escaped = await run(['compare', names[1]!, 'b.txt']);
    expect(escaped.stderr).toBe('error: y\\nFAKE: all good.txt: the file is empty\n');
  });

  it("escapes a comparison file's savedBy", async () => {
    writeFileSync(join(dir, 'future.readouts'), JSON.stringify({ format: 'readout-compare', version: 9, savedBy: '3.0\n\u001b[31mFAKE: all good' }));
    const out = await run(['annotations', 'export', 'future.readouts', '--format', 'csv']);
    expect(out.exitCode).toBe(1);
    expect(hasControls(out.stderr), JSON.stringify(out.stderr)).toBe(false);
    expect(out.stderr).toContain('saved by version 3.0\\n\\x1b[31mFAKE: all good');
  });

  it('is escaped in the banner of the app', () => {
    const state = viewReducer(INITIAL_VIEW, { type: 'failed', message: 'a\u202etxt.exe\nFAKE: all good.txt: the file is empty' });
    expect(state.error).toBe('a\\u202etxt.exe\\nFAKE: all good.txt: the file is empty');
  });
});
