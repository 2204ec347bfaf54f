import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../../node/commands/command';
import { compareCommand } from '../../../node/commands/compare';

const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));
const at = (cwd: string): CommandContext => ({ cwd, color: false, width: 100 });
interface Item { a?: string[]; b?: string[]; id?: string; by: string; checked?: boolean; confidence?: number | null }

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'compare-corrected-'));
  copyFileSync(join(FIXTURES, 'corrected.readouts'), join(dir, 'call.readouts'));
  writeFileSync(join(dir, 'broken.readouts'), '{"format": "readout-compare", "version": 2, ');
  // The same file with A's first sentence (one end of the analyst's a1–b2 link) rewritten: that correction is lost.
  const file = JSON.parse(readFileSync(join(FIXTURES, 'corrected.readouts'), 'utf8')) as { sources: { a: { text: string } } };
  file.sources.a.text = file.sources.a.text.replace(/^[^\n]+/u, 'Officials of both offices met on Tuesday in a harbour town to talk about lighthouses.');
  writeFileSync(join(dir, 'lost.readouts'), JSON.stringify(file));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('compare --comparison (tests/fixtures/corrected.readouts: May–Trump, a1–b2 linked, a3–b3 unlinked, a2 checked)', () => {
  it('prints the JSON comparison as saved, with the analyst’s corrections applied and marked', async () => {
    const outcome = await compareCommand.run(['--comparison', 'call.readouts', '--json'], at(dir));
    expect(outcome).toMatchObject({ exitCode: 0, stderr: '' });
    const json = JSON.parse(outcome.stdout) as { pairs: Item[]; omissions: Item[]; onlyA: string[]; onlyB: string[]; a: { label: string } };
    expect(json.a.label).toBe('Downing Street');
    expect(json.pairs.map((p) => `${p.a!.join('+')}-${p.b!.join('+')} ${p.by}`)).toEqual(['a1-b1 machine', 'a1-b2 analyst', 'a3-b4 machine', 'a3-b5 machine']);
    expect(json.pairs[1]).toMatchObject({ by: 'analyst', confidence: null });
    expect(json.pairs[0]).not.toHaveProperty('checked');
    expect(json.onlyB).toEqual(['b3']);
    expect(json.omissions.map((o) => [o.id, o.by, o.checked ?? false])).toEqual([['a2', 'machine', true], ['b3', 'analyst', false]]);
    expect(json.omissions[1]).toMatchObject({ confidence: null, nearest: { id: 'a3' } });
  });

  it('warns on stderr of a correction it cannot place, in the app’s words, and lists it in the JSON', async () => {
    const text = await compareCommand.run(['--comparison', 'lost.readouts'], at(dir));
    expect(text.exitCode).toBe(0);
    expect(text.stderr).toBe('warning: lost.readouts: 1 correction of the pairing could not be found in the current text: kept but not applied (a1 ↔ b2 linked by the analyst)\n');
    const json = await compareCommand.run(['--comparison', 'lost.readouts', '--json'], at(dir));
    expect(json).toMatchObject({ exitCode: 0, stderr: '' });
    const lost = (JSON.parse(json.stdout) as { lostCorrections: Array<{ op: string; a: { sentence: string; text: string }; b: { sentence: string } }> }).lostCorrections;
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({ op: 'link', description: 'a1 ↔ b2 linked by the analyst', a: { sentence: 'a1', text: expect.stringMatching(/^The Prime Minister spoke to President Trump/u) }, b: { sentence: 'b2' } });
    // A file whose corrections all hold says so with an empty list, and no warning.
    const clean = await compareCommand.run(['--comparison', 'call.readouts', '--json'], at(dir));
    expect((JSON.parse(clean.stdout) as { lostCorrections: unknown[] }).lostCorrections).toEqual([]);
    expect((await compareCommand.run(['--comparison', 'call.readouts'], at(dir))).stderr).toBe('');
  });

  it('prints the readable comparison with the corrected counts and the analyst’s marks', async () => {
    const outcome = await compareCommand.run(['--comparison', 'call.readouts'], at(dir));
    expect(outcome.exitCode).toBe(0);
    // (the count line is longer than the terminal's width: it wraps)
    expect(outcome.stdout.replace(/\s+/g, ' ')).toContain('2 matched rows (1 with typed differences) · 1 statement only in Downing Street · 0 statements only in White House · 1 statement unlinked by you (one-sided not estimated)');
    expect(outcome.stdout).toMatch(/a1 <-> b2 · linked by the analyst · shares: investigation/);
    // Unlinked, not checked: only what the analyst said, and no "decided by an analyst" (tester 9, V5).
    // The analyst's decision, then what the aligner had said of the link taken away (tester 16).
    expect(outcome.stdout.replace(/\s+/g, ' ')).toContain('!! NOT THE SAME POINT AS DOWNING STREET A3 · b3 · one-sided not estimated; the analysis had linked it to a3 with link confidence 0.52 · unlinked by the analyst ');
    expect(outcome.stdout).toMatch(/!! ((PROBABLY|POSSIBLY) )?ONLY IN DOWNING STREET · a2 · one-sided confidence \d\.\d\d · checked by the analyst/);
  });

  it('refuses readouts or source options with --comparison, and names a damaged file in one line', async () => {
    expect(await compareCommand.run(['--comparison', 'call.readouts', 'a.txt', 'b.txt'], at(dir))).toMatchObject({ exitCode: 2, stderr: expect.stringContaining('--comparison carries its own readouts') });
    expect(await compareCommand.run(['--comparison', 'call.readouts', '--no-meta'], at(dir))).toMatchObject({ exitCode: 2, stderr: expect.stringContaining('--no-meta cannot be used with --comparison') });
    const broken = await compareCommand.run(['--comparison', 'broken.readouts'], at(dir));
    expect(broken.exitCode).toBe(1);
    expect(broken.stderr).toMatch(/^error: .*broken\.readouts: the comparison file is damaged: it is not valid JSON/);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
  });
});
