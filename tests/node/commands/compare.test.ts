import { copyFileSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../../node/commands/command';
import { compareCommand } from '../../../node/commands/compare';

const PAIR_2025 = fileURLToPath(new URL('../../fixtures/pairs/2025-03-18-trump-putin', import.meta.url));
const at = (cwd: string): CommandContext => ({ cwd, color: false, width: 100 });
const USAGE = "Usage: npm run --silent cli -- compare (A B [--article ART | --claims FILE] [--meta FILE] [--no-meta] [--encoding E] | --comparison FILE.readouts) [--json] [--findings]\nRun 'npm run --silent cli -- compare --help' for details.\n";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'compare-'));
  writeFileSync(join(dir, 'a.txt'), 'The leaders spoke about peace in Ukraine.');
  writeFileSync(join(dir, 'b.txt'), 'The presidents spoke about peace in Ukraine.');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'meta.json'), '{ "readouts": ');
  writeFileSync(join(dir, 'other.json'), JSON.stringify({ readouts: [{ file: 'c.txt', label: 'C' }] }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('compare', () => {
  it('prints the JSON comparison of the fixture pair with the labels from meta.json', async () => {
    const outcome = await compareCommand.run(['whitehouse.txt', 'kremlin.txt', '--json'], at(PAIR_2025));
    expect(outcome).toMatchObject({ exitCode: 0, stderr: '' });
    expect(JSON.parse(outcome.stdout)).toMatchObject({ a: { file: 'whitehouse.txt', label: 'White House' }, b: { file: 'kremlin.txt', label: 'Kremlin', complete: false } });
  });

  it('prints the readable comparison without --json', async () => {
    const outcome = await compareCommand.run(['whitehouse.txt', 'kremlin.txt'], at(PAIR_2025));
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout.split('\n')[0]).toBe('White House vs Kremlin');
  });

  it('labels the sides by file name with --no-meta', async () => {
    const outcome = await compareCommand.run(['--no-meta', '--json', 'whitehouse.txt', 'kremlin.txt'], at(PAIR_2025));
    expect(JSON.parse(outcome.stdout)).toMatchObject({ a: { label: 'Whitehouse' }, b: { label: 'Kremlin', complete: true } });
  });

  it('exits 1 with one line naming the file when a readout cannot be used', async () => {
    expect(await compareCommand.run(['empty.txt', 'b.txt', '--no-meta'], at(dir))).toEqual({ exitCode: 1, stdout: '', stderr: 'error: empty.txt: the file is empty\n' });
  });

  it('exits 1 on a broken meta.json next to a readout, saying how to get past it', async () => {
    const outcome = await compareCommand.run(['a.txt', 'b.txt'], at(dir));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stderr).toMatch(/^error: meta\.json: not valid JSON \(.+\) \(fix it, or use --no-meta to ignore it\)\n$/);
  });

  it('warns when the meta file given with --meta describes neither readout', async () => {
    const outcome = await compareCommand.run(['a.txt', 'b.txt', '--meta', 'other.json'], at(dir));
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stderr).toBe('warning: other.json describes no readout named a.txt; using defaults\nwarning: other.json describes no readout named b.txt; using defaults\n');
  });

  it('refuses the same file as both readouts, through a link or by another path, in one line naming it', async () => {
    symlinkSync(join(dir, 'a.txt'), join(dir, 'link.txt'));
    const real = realpathSync(join(dir, 'a.txt'));
    expect(await compareCommand.run(['a.txt', 'a.txt', '--no-meta'], at(dir))).toEqual({ exitCode: 1, stdout: '', stderr: `error: Both readouts are a.txt, the same file (${real}): choose two different readouts\n` });
    expect((await compareCommand.run(['a.txt', 'link.txt', '--no-meta'], at(dir))).stderr).toBe(`error: a.txt and link.txt are the same file (${real}): choose two different readouts\n`);
    expect((await compareCommand.run([join(dir, 'a.txt'), './a.txt', '--no-meta'], at(dir))).exitCode).toBe(1);
  });

  it('compares two files with identical text, warning that they are', async () => {
    copyFileSync(join(dir, 'a.txt'), join(dir, 'copy.txt'));
    const outcome = await compareCommand.run(['a.txt', 'copy.txt', '--no-meta'], at(dir));
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stderr).toBe('warning: a.txt and copy.txt have identical text: the comparison can find no differences\n');
    expect((await compareCommand.run(['a.txt', 'b.txt', '--no-meta'], at(dir))).stderr).toBe('');
  });

  it('warns on stderr and in the JSON when a readout repeats a passage (pasted twice), leaving the comparison as it is', async () => {
    const paragraph = 'The Chancellor of Nordland spoke with the President of Ostria. They discussed grain exports through the Pale Sea.\n\n';
    writeFileSync(join(dir, 'twice.txt'), paragraph + paragraph);
    const note = 'twice.txt repeats 2 sentences (a3–a4 repeat a1–a2): was it pasted twice?';
    const outcome = await compareCommand.run(['twice.txt', 'b.txt', '--no-meta', '--json'], at(dir));
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stderr).toBe(`warning: ${note}\n`);
    const out = JSON.parse(outcome.stdout);
    expect(out.a.warnings).toEqual([note]);
    expect(out.b.warnings).toBeUndefined();
    expect(out.a.sentences).toHaveLength(4);
  });

  it('exits 2 with the usage for wrong arguments', async () => {
    expect(await compareCommand.run(['a.txt'], at(dir))).toEqual({ exitCode: 2, stdout: '', stderr: `error: compare needs two files, A and B (got 1)\n${USAGE}` });
    expect(await compareCommand.run(['a.txt', 'b.txt', '--jsn'], at(dir))).toEqual({ exitCode: 2, stdout: '', stderr: `error: unknown option --jsn\n${USAGE}` });
    expect(await compareCommand.run(['a.txt', 'b.txt', '--meta'], at(dir))).toEqual({ exitCode: 2, stdout: '', stderr: `error: option --meta needs a value\n${USAGE}` });
    expect(await compareCommand.run(['a.txt', 'b.txt', '--meta', 'x.json', '--no-meta'], at(dir))).toEqual({ exitCode: 2, stdout: '', stderr: `error: use --meta FILE or --no-meta, not both\n${USAGE}` });
  });
});
