/**
 * One language check for every path (issue 15, item 13): an English/Russian pair is
 * refused the same way when compared, when opened from a `.readouts` file, and when
 * a `.readouts` file is exported.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../node/app/handlers';
import { runCli } from '../../../node/commands/dispatch';
import { readoutsFile, serializeReadoutsFile } from '../../../shared/file/readouts-file';
import type { SourceMeta } from '../../../shared/model/types';
import { ROOT, SAMPLE_DIR } from '../../report-inputs';

const meta = (label: string, language: string): SourceMeta => ({ label, complete: true, language, publisher: null, title: null, url: null, date: null, note: null, provenance: null });
const english = readFileSync(join(SAMPLE_DIR, 'whitehouse.txt'), 'utf8');
const russian = readFileSync(join(ROOT, 'tests', 'fixtures', 'import', 'source', 'kremlin-ru.txt'), 'utf8');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'languages-'));
  writeFileSync(join(dir, 'en.txt'), english);
  writeFileSync(join(dir, 'ru.txt'), russian);
  const file = readoutsFile({ savedBy: '0.1.0', a: { file: 'en.txt', text: english, meta: meta('White House', 'en') }, b: { file: 'ru.txt', text: russian, meta: meta('Kremlin', 'ru') }, annotations: [] });
  writeFileSync(join(dir, 'mixed.readouts'), serializeReadoutsFile(file));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const run = (args: string[]) => runCli(args, { cwd: dir, color: false, width: 100 });
const PROBLEM = 'en.txt is English and ru.txt is Russian: comparing texts in two languages is not supported';

describe('an English/Russian pair', () => {
  it('is refused by compare', async () => {
    const out = await run(['compare', 'en.txt', 'ru.txt']);
    expect(out.exitCode).toBe(1);
    expect(out.stderr).toBe(`error: ${PROBLEM}\n`);
  });

  it('is refused when its comparison file is opened in the app', async () => {
    const opened = await createHandlers({ assetsDir: join(ROOT, 'assets') }).openComparisonFile(join(dir, 'mixed.readouts'));
    expect(opened).toEqual({ ok: false, error: { code: 'languages', message: `${join(dir, 'mixed.readouts')}: ${PROBLEM}` } });
  });

  it('is refused when its comparison file is exported, and nothing is written', async () => {
    const out = await run(['export', '--comparison', 'mixed.readouts', '--html', 'report.html']);
    expect(out.exitCode).toBe(1);
    expect(out.stderr).toBe(`error: mixed.readouts: ${PROBLEM}\n`);
    expect(existsSync(join(dir, 'report.html'))).toBe(false);
  });
});
