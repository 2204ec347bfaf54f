import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../../node/commands/command';
import { compareCommand } from '../../../node/commands/compare';

// An invented call, worded unlike any sample.
const LISBON = 'Prime Minister Ana Silva spoke with Chancellor Jon Berg on Monday. The two leaders agreed to open a ferry link between Porto and Hamburg. Prime Minister Silva thanked the Chancellor for his kind words.';
const VIENNA = 'Chancellor Jon Berg held a telephone conversation with Prime Minister Ana Silva. Chancellor Berg suggested a weekly ferry link between Porto and Hamburg for a 90-day trial. Officials stressed that the lifting of harbour fees is a precondition for any further negotiations.';
const PAIR = fileURLToPath(new URL('../../fixtures/pairs/2025-03-18-trump-putin', import.meta.url));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'findings-'));
  writeFileSync(join(dir, 'lisbon.txt'), LISBON);
  writeFileSync(join(dir, 'vienna.txt'), VIENNA);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = async (args: string[], cwd = dir, width = 100) => {
  const context: CommandContext = { cwd, color: false, width };
  const outcome = await compareCommand.run(args, context);
  expect(outcome.exitCode, outcome.stderr).toBe(0);
  return outcome.stdout;
};

describe('compare --findings', () => {
  // The precondition only one side states and the row whose actor, act and duration differ are
  // near in salience (their order turned on a link confidence of 0.996 against 1.0); both lead,
  // and the courtesy (thanks) comes last.
  it('prints only the findings: the one-sided precondition and the row whose actor, act and duration differ first, the thanks last', async () => {
    const out = await run(['lisbon.txt', 'vienna.txt', '--findings'], dir, 400);
    const lines = out.split('\n');
    expect(lines[0]).toBe('Lisbon vs Vienna');
    expect(out).toMatch(/[12]\. Row 3 \(b3\) · omission — Probably only in Vienna \(b3, one-sided confidence \d+%\): “Officials stressed that the lifting of harbour fees is a precondition/u);
    expect(out).toMatch(/[12]\. Row 2 \(a2\/b2\) · difference — Lisbon a2 \/ Vienna b2: actor “The two leaders” \(Lisbon\) vs “Chancellor Berg”/u);
    expect(out).toMatch(/3\. Row 4 \(a3\) · omission — Probably only in Lisbon \(a3, one-sided confidence \d+%\): “Prime Minister Silva thanked/u);
    expect(out).not.toContain('In linked pairs');
  });

  it('gives { findings } with --json, and each pair its typed differences in the full JSON', async () => {
    const only = JSON.parse(await run(['lisbon.txt', 'vienna.txt', '--findings', '--json']));
    expect(Object.keys(only)).toEqual(['findings']);
    expect(only.findings.find((f: { ids: string[] }) => f.ids.includes('b3'))).toEqual({ kind: 'omission', rank: expect.any(Number), rows: ['3'], ids: ['b3'], text: expect.stringContaining('precondition') });
    expect(only.findings.find((f: { ids: string[] }) => f.ids.includes('b3')).rank).toBeLessThanOrEqual(2);
    const full = JSON.parse(await run(['lisbon.txt', 'vienna.txt', '--json']));
    expect(full.findings).toEqual(only.findings);
    const pair = full.pairs.find((p: { a: string[] }) => p.a[0] === 'a2');
    expect(pair.differences.map((d: { type: string }) => d.type)).toEqual(['actor', 'commitment', 'number']);
    for (const d of pair.differences) {
      for (const side of ['a', 'b'] as const) {
        const span = d[side];
        if (!span) continue;
        const sentence = full[side].sentences.find((s: { id: string }) => s.id === span.id);
        expect(sentence.text.slice(span.start, span.end)).toBe(span.text);
      }
    }
    expect(pair.differences[2]).toMatchObject({ a: null, b: { id: 'b2', text: '90-day' }, explanation: 'Only Vienna gives a number: “90-day”.' });
  });

  it('shows the findings first in the terminal view, and each row its typed differences', async () => {
    const out = await run(['lisbon.txt', 'vienna.txt'], dir, 400);
    expect(out.indexOf('Findings')).toBeLessThan(out.indexOf('a2 <-> b2'));
    expect(out).toContain('number: — / “90-day” · Only Vienna gives a number: “90-day”.');
  });

  it('on the sample with its article, lead with the Kremlin-only condition, the 30-day pause and who proposed it, and list "would" for "will" as the tense of reported speech, a minor difference, no misquote (tester 10, T2)', async () => {
    const out = JSON.parse(await run(['whitehouse.txt', 'kremlin.txt', '--article', 'article.txt', '--findings', '--json'], PAIR));
    const top = out.findings.slice(0, 6);
    // The key condition is among the first six (after the re-fitted aligner's confidences weigh the omissions).
    const condition = top.find((f: { kind: string; ids: string[] }) => f.kind === 'omission' && f.ids.includes('b8'));
    expect(condition.text).toContain('key condition');
    expect(top.some((f: { kind: string; text: string }) => f.kind === 'difference' && f.text.includes('“30-day” only in Kremlin') && f.text.includes('“Donald Trump”'))).toBe(true);
    // A changed modal changes the meaning (issue 17); the finding names the reported-speech reading (tester 8, U4).
    const would = out.findings.find((f: { kind: string; text: string }) => f.kind === 'misquote' && / would .*” \/ White House: “.* will /u.test(f.text));
    expect(would.text).toContain('misquoted (changes meaning): “would” for “will”: the tense of reported speech, or a change of certainty');
    expect(top).toContainEqual(would);
  });
});
