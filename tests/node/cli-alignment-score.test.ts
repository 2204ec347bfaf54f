import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { LINK_F1_FLOOR, LINK_F1_TARGET, OMISSION_F1_FLOOR, OMISSION_F1_TARGET } from '../alignment-target';
import { ROOT } from './cli-process';

const SUMMARY = /^all pairs, micro-averaged: link P=([\d.]+) R=([\d.]+) F1=([\d.]+) \| omission P=([\d.]+) R=([\d.]+) F1=([\d.]+)$/;

describe('the official scorer on every gold pair', () => {
  it(`rates the CLI's alignment at or above the floors (link F1 >= ${LINK_F1_FLOOR}, omission F1 >= ${OMISSION_F1_FLOOR}; target ${LINK_F1_TARGET} / ${OMISSION_F1_TARGET})`, () => {
    const run = spawnSync(process.execPath, [
      'tests/fixtures/tools/score-alignment.mjs', '--all', 'tests/fixtures/pairs', '--', 'npx', 'tsx', 'node/cli.ts', 'compare', '--json',
    ], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
    expect(run.stderr, 'the scorer refused the output').toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    const match = SUMMARY.exec(lines[lines.length - 1]!);
    expect(match, run.stdout).not.toBeNull();
    const [linkF1, omissionF1] = [Number(match![3]), Number(match![6])];
    const gap = `target link F1 ${LINK_F1_TARGET}, omission F1 ${OMISSION_F1_TARGET}: ${linkF1 >= LINK_F1_TARGET && omissionF1 >= OMISSION_F1_TARGET ? 'met' : 'not met yet'}`;
    const report = `\n${run.stdout}${gap}`;
    console.info(report);
    expect(linkF1, `link F1 ${linkF1} < floor ${LINK_F1_FLOOR}${report}`).toBeGreaterThanOrEqual(LINK_F1_FLOOR);
    expect(omissionF1, `omission F1 ${omissionF1} < floor ${OMISSION_F1_FLOOR}${report}`).toBeGreaterThanOrEqual(OMISSION_F1_FLOOR);
  }, 300_000);
});
