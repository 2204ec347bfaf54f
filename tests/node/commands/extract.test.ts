import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../../node/commands/command';
import { compareCommand } from '../../../node/commands/compare';
import { runCli } from '../../../node/commands/dispatch';
import { extractCommand } from '../../../node/commands/extract';
import { FIXTURES, KREMLIN, RUSSIAN, SAMPLE, WHITE_HOUSE } from '../import/fixtures';

const at = (cwd: string): CommandContext => ({ cwd, color: false, width: 100 });

describe('extract', () => {
  it('prints the text a web page, a PDF, a .docx and an encoded text file give', async () => {
    for (const [file, text] of [['whitehouse.html', WHITE_HOUSE], ['kremlin.pdf', KREMLIN], ['whitehouse.docx', WHITE_HOUSE], ['kremlin-ru.windows-1251.txt', RUSSIAN]]) {
      expect(await extractCommand.run([file!], at(FIXTURES)), file).toEqual({ exitCode: 0, stdout: text, stderr: '' });
    }
  });

  it('prints what is known about the file with --json', async () => {
    const outcome = await extractCommand.run(['kremlin.html', '--json'], at(FIXTURES));
    expect(JSON.parse(outcome.stdout)).toEqual({
      file: 'kremlin.html', format: 'html', encoding: 'utf-8', language: 'en',
      title: 'Telephone conversation with President of the United States Donald Trump', publisher: 'President of Russia', date: '2025-03-18',
      url: 'http://en.kremlin.ru/events/president/news/76477', warnings: [], text: KREMLIN,
    });
  });

  it('reads in the encoding given with --encoding', async () => {
    const outcome = await extractCommand.run(['kremlin-ru.windows-1251.txt', '--encoding', 'koi8-r', '--json'], at(FIXTURES));
    expect(JSON.parse(outcome.stdout)).toMatchObject({ encoding: 'koi8-r' });
    expect(JSON.parse(outcome.stdout).text).not.toBe(RUSSIAN);
  });

  it('exits 1 with one line naming a file it cannot use, and 2 for wrong arguments', async () => {
    expect(await extractCommand.run(['bad/encrypted.pdf'], at(FIXTURES))).toEqual({
      exitCode: 1, stdout: '', stderr: 'error: bad/encrypted.pdf: the PDF is protected by a password; save or print an unprotected copy from a PDF reader and open that\n',
    });
    expect(await extractCommand.run(['a.txt', '--encoding', 'klingon'], at(FIXTURES))).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/^error: unknown encoding 'klingon'\n/) });
    expect(await extractCommand.run([], at(FIXTURES))).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/^error: extract needs one FILE \(got 0\)\n/) });
  });

  it('is listed in the program\'s help', async () => {
    expect((await runCli(['--help'], at(FIXTURES))).stdout).toMatch(/\n {2}extract {6}print the text of a readout file/);
  });
});

describe('compare on imported files', () => {
  it('gives each side its format, and the extracted text the offsets refer to', async () => {
    const outcome = await compareCommand.run(['whitehouse.html', 'kremlin.pdf', '--json', '--no-meta'], at(FIXTURES));
    expect(outcome).toMatchObject({ exitCode: 0, stderr: '' });
    const json = JSON.parse(outcome.stdout);
    expect(json.a).toMatchObject({ format: 'html', encoding: 'utf-8', text: WHITE_HOUSE, publisher: 'The White House', date: '2025-03-18' });
    expect(json.b).toMatchObject({ format: 'pdf', encoding: null, text: KREMLIN });
    for (const side of [json.a, json.b]) for (const s of side.sentences) expect(side.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('leaves the text out for UTF-8 plain text, whose offsets are into the file itself', async () => {
    const json = JSON.parse((await compareCommand.run([join(SAMPLE, 'whitehouse.txt'), join(SAMPLE, 'kremlin.txt'), '--json'], at(FIXTURES))).stdout);
    expect(json.a).toMatchObject({ format: 'text', encoding: 'utf-8' });
    expect(json.a).not.toHaveProperty('text');
  });

  it('refuses readouts in two languages', async () => {
    expect(await compareCommand.run(['kremlin-ru.koi8-r.txt', 'kremlin.html'], at(FIXTURES))).toEqual({
      exitCode: 1, stdout: '', stderr: 'error: kremlin-ru.koi8-r.txt is Russian and kremlin.html is English: comparing texts in two languages is not supported\n',
    });
  });

  it('reads both readouts in the encoding given with --encoding', async () => {
    // A copy, not the same file twice: the same file as both readouts is refused (compare.test.ts).
    const copy = join(mkdtempSync(join(tmpdir(), 'rc-encoding-')), 'copy.utf-16le.txt');
    copyFileSync(join(FIXTURES, 'kremlin-ru.utf-16le.txt'), copy);
    const outcome = await compareCommand.run(['kremlin-ru.utf-16le.txt', copy, '--encoding', 'utf-16le', '--json'], at(FIXTURES));
    const json = JSON.parse(outcome.stdout);
    expect(json.a).toMatchObject({ format: 'text', encoding: 'utf-16le', language: 'ru', text: RUSSIAN });
    expect(json.onlyA).toEqual([]);
    expect((await compareCommand.run(['a.txt', 'b.txt', '--encoding', 'klingon'], at(FIXTURES))).exitCode).toBe(2);
  });
});
