import { execFileSync } from 'node:child_process';
import { readFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess } from './cli-process';

const PAIR = 'tests/fixtures/pairs/2025-03-18-trump-putin';
const A = `${PAIR}/whitehouse.txt`;
const B = `${PAIR}/kremlin.txt`;

interface SentenceJson { id: string; start: number; end: number; text: string }
interface SideJson { file: string; label: string; complete: boolean; sentences: SentenceJson[] }
interface ComparisonJson { a: SideJson; b: SideJson; pairs: { a: string[]; b: string[]; score: number }[]; onlyA: string[]; onlyB: string[] }

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'x.bin'), new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]));
  writeFileSync(join(dir, 'cp1252.txt'), Buffer.from([0x54, 0x68, 0x65, 0x20, 0x93, 0x64, 0x65, 0x61, 0x6c, 0x94]));
  mkdirSync(join(dir, 'folder'));
  mkdirSync(join(dir, 'meta-folder', 'meta.json'), { recursive: true });
  writeFileSync(join(dir, 'meta-folder', 'a.txt'), 'The leaders spoke.');
  if (process.platform !== 'win32') {
    execFileSync('mkfifo', [join(dir, 'fifo1')]);
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'broken-link'));
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli compare --json on the 2025 Trump-Putin pair', () => {
  let run: ReturnType<typeof runCliProcess>;
  beforeAll(() => {
    run = runCliProcess(['compare', A, B, '--json']);
  });
  const json = () => JSON.parse(run.stdout) as ComparisonJson;

  it('exits 0 with JSON on stdout and nothing on stderr', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(() => json()).not.toThrow();
  });

  it('labels the sides from meta.json and knows the Kremlin copy is incomplete', () => {
    expect(json().a).toMatchObject({ file: A, label: 'White House', complete: true });
    expect(json().b).toMatchObject({ file: B, label: 'Kremlin', complete: false });
  });

  it("gives every sentence the text at its offsets in the file's text", () => {
    for (const [side, file] of [['a', A], ['b', B]] as const) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      expect(json()[side].sentences.length).toBeGreaterThan(5);
      for (const s of json()[side].sentences) expect(text.slice(s.start, s.end), s.id).toBe(s.text);
    }
  });

  it('lists as onlyA and onlyB exactly the sentences in no pair', () => {
    const c = json();
    const unpaired = (side: 'a' | 'b') => c[side].sentences.map((s) => s.id).filter((id) => !c.pairs.some((p) => p[side].includes(id)));
    expect(c.pairs.length).toBeGreaterThan(0);
    expect(c.onlyA).toEqual(unpaired('a'));
    expect(c.onlyB).toEqual(unpaired('b'));
  });
});

describe('cli compare for a terminal', () => {
  it('prints the readable comparison without colour codes when NO_COLOR is set', () => {
    const run = runCliProcess(['compare', A, B], { env: { NO_COLOR: '1' } });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/\x1b\[/);
    expect(run.stdout.split('\n')[0]).toBe('White House vs Kremlin');
    expect(run.stdout).toContain("NOT IN KREMLIN'S (INCOMPLETE) COPY");
    expect(run.stdout).toMatch(/\[-.+-\]/);
    expect(run.stdout).toMatch(/\{\+.+\+\}/);
  });

  it('colours when FORCE_COLOR asks for it', () => {
    expect(runCliProcess(['compare', A, B], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\x1b\[31m\[-/);
  });
});

describe('cli paths', () => {
  it('resolves relative paths against INIT_CWD, the folder where the user ran npm', () => {
    const run = runCliProcess(['compare', 'whitehouse.txt', 'kremlin.txt', '--json'], { cwd: tmpdir(), env: { INIT_CWD: join(process.cwd(), PAIR) } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ a: { file: 'whitehouse.txt', label: 'White House' }, b: { file: 'kremlin.txt', label: 'Kremlin' } });
  });
});

describe('cli on bad input', () => {
  const cases: [string, string][] = [
    ['empty.txt', 'empty.txt: the file is empty'],
    ['x.bin', 'x.bin: this looks like a binary file (it contains NUL bytes), not a text readout'],
    ['cp1252.txt', 'cp1252.txt: the file is not valid UTF-8 (first bad byte at offset 4, line 1)'],
    ['missing.txt', `missing.txt: no such file (looked for ${join(tmpdir(), 'missing.txt')})`],
    ['folder', 'folder: not a regular file (a directory)'],
    ['meta-folder/a.txt', 'meta-folder/meta.json: not a regular file (a directory) (fix it, or use --no-meta to ignore it)'],
    ...(process.platform === 'win32' ? [] : [
      ['fifo1', 'fifo1: not a regular file (a named pipe)'],
      ['broken-link', `broken-link: a broken symbolic link (it points to ${join(tmpdir(), 'gone.txt')}, which does not exist)`],
    ] satisfies [string, string][]),
  ];
  for (const [file, message] of cases) {
    // A named pipe used to block the open for ever: the timeout turns a hang into a failure.
    it(`exits 1 with one line on stderr for ${file}: "${message}"`, () => {
      const run = runCliProcess(['compare', file, join(process.cwd(), B)], { env: { INIT_CWD: dir }, timeout: 10_000 });
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.replace(dir, tmpdir())).toBe(`error: ${message}\n`);
    });
  }
});

describe('cli usage', () => {
  it('prints the usage for --help and exits 0', () => {
    const run = runCliProcess(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run --silent cli -- <command>/);
  });

  it('exits 2 with the usage for an unknown command or wrong arguments', () => {
    for (const args of [['frobnicate'], ['compare', A], []]) {
      const run = runCliProcess(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^error: .+\nUsage: /);
    }
  });
});

/** Words of `source` repeated, space-separated, to one line of about `chars` characters. */
function oneLine(source: string, chars: number): string {
  const words = source.toLowerCase().match(/\p{L}+/gu)!;
  const parts: string[] = [];
  for (let i = 0, length = 0; length < chars; i++) {
    parts.push(words[i % words.length]!);
    length += parts[parts.length - 1]!.length + 1;
  }
  return parts.join(' ');
}

// The heap is capped at 1 GB: a 1 MB input that needs more is a bug (and must not take the test machine's memory).
describe('cli on a 1 MB line without punctuation', () => {
  const RUSSIAN = 'Путин и Трамп обсудили прекращение огня на энергетических объектах. Стороны договорились об обмене пленными.';
  const cases = [
    { script: 'Latin', line: () => oneLine(readFileSync(A, 'utf8'), 1_000_000), other: () => join(process.cwd(), A) },
    { script: 'Cyrillic', line: () => oneLine(RUSSIAN, 1_000_000), other: () => join(dir, 'ru.txt') },
  ];
  for (const { script, line, other } of cases) {
    it(`completes within 60 s in the ${script} script`, () => {
      writeFileSync(join(dir, 'ru.txt'), RUSSIAN);
      const big = join(dir, `one-line-${script}.txt`);
      writeFileSync(big, line());
      const started = performance.now();
      const run = runCliProcess(['compare', big, other(), '--json'], { timeout: 60_000, nodeOptions: ['--max-old-space-size=1024'] });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const how = `${seconds} s (exit ${run.status}, signal ${run.signal}${/heap out of memory/.test(run.stderr) ? ', out of memory' : ''})`;
      console.info(`cli compare on a 1 MB ${script} line: ${how}`);
      expect({ status: run.status, signal: run.signal, stderr: run.stderr.split('\n').find((l) => l.trim()) ?? '' }, `after ${how}`).toEqual({ status: 0, signal: null, stderr: '' });
      expect(JSON.parse(run.stdout).a.sentences).toHaveLength(1);
    }, 90_000);
  }
});
