import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Property tests replay and shrink a failure from fast-check's seed alone. Randomness drawn
// outside it (fc.sample inside a .map, Math.random) is not in the seed: such a failure can
// be neither replayed nor shrunk.
const TESTS = join(__dirname, '..');
const UNSEEDED = [/\bfc\.sample\s*\(/, /\bfc\.generate\s*\(/, /\bMath\.random\s*\(/];

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : testFiles(path);
    return /\.tsx?$/.test(entry.name) && path !== __filename ? [path] : [];
  });
}

describe('randomness in the tests', () => {
  it('comes only from fast-check arbitraries, so every failure replays from its seed', () => {
    const files = testFiles(TESTS);
    expect(files.length).toBeGreaterThan(10);
    const unseeded = files.flatMap((file) => readFileSync(file, 'utf8').split('\n')
      .map((line, i) => ({ line, at: `${relative(TESTS, file)}:${i + 1}` }))
      .filter(({ line }) => UNSEEDED.some((pattern) => pattern.test(line)))
      .map(({ at, line }) => `${at}: ${line.trim()}`));
    expect(unseeded).toEqual([]);
  });
});
