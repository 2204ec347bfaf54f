import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../../node/commands/command';
import { annotationsCommand } from '../../../node/commands/annotations';
import { runCliProcess } from '../cli-process';

const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));
const context: CommandContext = { cwd: FIXTURES, color: false, width: 100 };
const run = (...args: string[]) => annotationsCommand.run(args, context);

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'annotations-cli-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('annotations export', () => {
  it('prints W3C Web Annotation JSON-LD by default, every annotation of the file in reading order', async () => {
    const out = await run('export', 'annotated.readouts');
    expect(out.exitCode, out.stderr).toBe(0);
    expect(out.stderr).toBe('');
    const json = JSON.parse(out.stdout);
    expect(json['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(json.total).toBe(5);
    expect(json.first.items.map((i: { id: string }) => i.id.split(':').at(-1))).toEqual(['ann-2', 'ann-1', 'ann-3', 'ann-5', 'ann-4']);
    // The sample's readouts have no URL: each is named by the SHA-256 of its text.
    expect(json.first.items[1].target.source).toMatch(/^urn:sha256:[0-9a-f]{64}$/);
    expect((await run('export', 'annotated.readouts', '--format', 'jsonld')).stdout).toBe(out.stdout);
  });

  it('prints CSV with one row per annotation', async () => {
    const out = await run('export', 'annotated.readouts', '--format', 'csv');
    expect(out.exitCode).toBe(0);
    expect(out.stdout.split('\r\n')[0]).toBe('id,label,note,source,exact,prefix,suffix,start,end,status,created,modified,sentence,row,links');
    expect(out.stdout.match(/\r\nann-\d,/g)).toHaveLength(5);
    expect(out.stdout).toContain('\r\nann-4,factual error,');
    // The file is compared again, so that each place names its sentence and row (issue 19).
    expect(out.stdout).toMatch(/\r\nann-\d,[^\r]*,[ab]\d+,\d+,/);
  });

  it('prints Markdown', async () => {
    const out = await run('export', 'annotated.readouts', '--format', 'md');
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toMatch(/^# Annotations: Telephone call between US President Donald Trump and Russian President Vladimir Putin \(2025-03-18\)\n\n5 annotations on \*\*White House\*\*, \*\*Kremlin\*\* and \*\*Article\*\*\./);
    // Places name their sentence and row, as numbered in the app and the PDF.
    expect(out.stdout).toMatch(/- Where: (White House|Kremlin) [ab]\d+, row \d+ \(characters \d+–\d+\)/);
  });

  it('gives one line on stderr and exit 1 for a file it cannot use, and leaves the file as it was', async () => {
    const damaged = join(dir, 'damaged.readouts');
    writeFileSync(damaged, '{"format": "readout-compare", "version": 1, "savedBy": ');
    const before = statSync(damaged).mtimeMs;
    const out = await run('export', damaged);
    expect(out).toMatchObject({ exitCode: 1, stdout: '' });
    expect(out.stderr).toMatch(new RegExp(`^error: ${damaged.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the comparison file is damaged: it is not valid JSON \\([^\\n]*\\)\\n$`));
    expect(readFileSync(damaged, 'utf8')).toBe('{"format": "readout-compare", "version": 1, "savedBy": ');
    expect(statSync(damaged).mtimeMs).toBe(before);

    const newer = join(dir, 'newer.readouts');
    writeFileSync(newer, '{"format": "readout-compare", "version": 3}');
    expect((await run('export', newer)).stderr).toMatch(/^error: .*newer\.readouts: made by a newer version of Readout Compare \(file format 3\); this version reads format 2: update the app to open it\n$/);
    expect(await run('export', 'missing.readouts')).toMatchObject({ exitCode: 1, stderr: expect.stringMatching(/^error: missing\.readouts: no such file \(looked for .*\)\n$/) });
    expect(await run('export', 'pairs')).toMatchObject({ exitCode: 1, stderr: 'error: pairs: not a regular file (a directory)\n' });
  });

  it('drops a source address that is not http(s), says so on stderr, and never writes it as the target (issue 15, item 8)', async () => {
    const file = JSON.parse(readFileSync(join(FIXTURES, 'annotated.readouts'), 'utf8'));
    file.sources.a.meta.url = 'javascript:alert(1)';
    const path = join(dir, 'bad-url.readouts');
    writeFileSync(path, JSON.stringify(file));
    const out = await run('export', path);
    expect(out.exitCode).toBe(0);
    expect(out.stderr).toBe(`notice: ${path}: the address of ${file.sources.a.meta.label} is not an http(s) address, so it was dropped: javascript:alert(1)\n`);
    expect(out.stdout).not.toContain('javascript:');
  });

  it('anchors the annotations again, as the app does: one past the end of the text is an orphan (issue 15, item 5)', async () => {
    const file = JSON.parse(readFileSync(join(FIXTURES, 'annotated.readouts'), 'utf8'));
    const a = file.annotations.find((x: { target: { kind: string } }) => x.target.kind === 'passage');
    a.status = 'anchored';
    a.target.position = { start: 1_000_000, end: 1_000_020 };
    a.target.quote.exact = 'words that are nowhere in either text';
    const path = join(dir, 'past-end.readouts');
    writeFileSync(path, JSON.stringify(file));
    const out = await run('export', path, '--format', 'csv');
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toMatch(new RegExp(`\\r\\n${a.id},[^\\r]*,orphan,`));
  });

  it('exits 2 with the usage for wrong arguments', async () => {
    for (const args of [[], ['list', 'a.readouts'], ['export'], ['export', 'a', 'b'], ['export', 'a', '--format', 'pdf'], ['export', 'a', '--json']]) {
      const out = await run(...args);
      expect(out.exitCode, args.join(' ')).toBe(2);
      expect(out.stderr).toMatch(/^error: .*\nUsage: npm run --silent cli -- annotations export FILE \[--format jsonld\|csv\|md\]\n/);
    }
    expect((await run('export', 'a', '--format', 'pdf')).stderr).toMatch(/^error: --format must be jsonld, csv or md \(got 'pdf'\)/);
  });

  it('has help', async () => {
    expect(await run('--help')).toEqual({ exitCode: 0, stdout: annotationsCommand.help, stderr: '' });
    expect(annotationsCommand.help).toMatch(/^Usage: npm run --silent cli -- annotations export FILE/);
  });

  it('runs from the command line, as a user would', () => {
    const ok = runCliProcess(['annotations', 'export', 'tests/fixtures/annotated.readouts', '--format', 'csv']);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout.startsWith('id,label,note,source,')).toBe(true);
    const bad = runCliProcess(['annotations', 'export', 'tests/fixtures/pairs/README.md']);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.split('\n')).toHaveLength(2);
  });
});
