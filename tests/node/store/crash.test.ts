/**
 * Crash safety: a child process saves a comparison file over and over, switching
 * between two versions, and is killed (SIGKILL) at random moments, 1,000 times by
 * default. After every kill the file, and its .bak, must open and be exactly one
 * of the two versions.
 *
 * The child runs the store's own write path (node/store/atomic-write.ts, bundled
 * with esbuild so that each of the thousand processes starts in well under 0.1 s);
 * the checks use the store's `loadComparison`. The kill delays come from a seeded
 * generator: the seed is printed, and CRASH_SEED=<seed> replays the same delays
 * (the operating system's timing still varies). CRASH_KILLS sets the number of kills.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeReadoutsFile, type ReadoutsFile } from '../../../shared/file/readouts-file';
import { loadComparison, saveComparison } from '../../../node/store/comparison-store';
import { TEMP_FILE } from '../../../node/store/litter';
import { mulberry32 } from '../../../bench/prng';

const KILLS = Number(process.env.CRASH_KILLS ?? 1000);
const SEED = Number(process.env.CRASH_SEED ?? (Date.now() % 2 ** 32));
/** Child processes at once: three keep two cores busy while one waits for its kill. */
const PARALLEL = 3;
/** Longest wait after the child says it is writing, in ms (a save, two fsync'ed files, takes about 8 ms here). */
const MAX_DELAY_MS = 30;

let dir: string;
let child: string;
let versions: [string, string];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'crash-'));
  child = join(dir, 'crash-writer.cjs');
  await build({ entryPoints: [join(__dirname, 'crash-writer.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: child, logLevel: 'error' });
  const v1 = JSON.parse(readFileSync(join(__dirname, '../../fixtures/annotated.readouts'), 'utf8')) as ReadoutsFile;
  const v2: ReadoutsFile = { ...v1, annotations: v1.annotations.map((a, i) => (i === 0 ? { ...a, note: `${a.note} Edited.`, modified: '2025-03-20T08:00:00.000Z' } : a)).slice(0, 4) };
  versions = [serializeReadoutsFile(v1), serializeReadoutsFile(v2)];
  writeFileSync(join(dir, 'v1'), versions[0]);
  writeFileSync(join(dir, 'v2'), versions[1]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the writer on `file`, kills it `delay` ms after it starts writing, and resolves when it is gone. */
function killWhileWriting(file: string, delay: number): Promise<string> {
  return new Promise((resolve, reject) => {
    // stdin is a pipe so that the writer stops if this test goes away.
    const p = spawn(process.execPath, [child, file, join(dir, 'v1'), join(dir, 'v2')], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    p.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    p.stdout.once('data', () => setTimeout(() => p.kill('SIGKILL'), delay));
    p.on('error', reject);
    p.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(stderr) : reject(new Error(`the writer exited by itself (${code}): ${stderr}`))));
  });
}

describe('the store, killed while it writes', () => {
  it(`leaves the file and its backup whole, old or new, after each of ${KILLS} kills`, async () => {
    console.log(`crash test: seed ${SEED} (set CRASH_SEED=${SEED} to replay the same kill delays), ${KILLS} kills`);
    const started = Date.now();
    const random = mulberry32(SEED);
    const delays = Array.from({ length: KILLS }, () => random() * MAX_DELAY_MS);
    let interrupted = 0;
    let changed = 0;
    let failed = false;

    const worker = async (w: number): Promise<void> => {
      const file = join(dir, `w${w}`, 'comparison.readouts');
      mkdirSync(join(dir, `w${w}`));
      // Start with both the file and its backup.
      for (const v of [versions[1], versions[0]]) expect((await saveComparison(file, JSON.parse(v) as ReadoutsFile)).ok).toBe(true);
      let last = versions[0];
      for (let k = w; k < KILLS && !failed; k += PARALLEL) {
        const context = `kill ${k} (seed ${SEED}, delay ${delays[k]!.toFixed(2)} ms)`;
        await killWhileWriting(file, delays[k]!);
        for (const f of [file, `${file}.bak`]) {
          const loaded = await loadComparison(f);
          expect(loaded.ok, `${context}: ${f} does not open: ${loaded.ok ? '' : loaded.error.message}`).toBe(true);
          const text = readFileSync(f, 'utf8');
          expect(text === versions[0] || text === versions[1], `${context}: ${f} is neither version`).toBe(true);
        }
        const now = readFileSync(file, 'utf8');
        if (now !== last) changed++;
        last = now;
        // atomic-write.ts's temporary files (litter.ts names them), left when the kill came in the middle of a write.
        const leftovers = readdirSync(join(dir, `w${w}`)).filter((n) => TEMP_FILE.test(n));
        if (leftovers.length) interrupted++;
        for (const n of leftovers) rmSync(join(dir, `w${w}`, n));
      }
    };
    // The first failure stops every worker.
    await Promise.all(Array.from({ length: PARALLEL }, (_, w) => worker(w).catch((e: unknown) => {
      failed = true;
      throw e;
    })));

    const seconds = (Date.now() - started) / 1000;
    console.log(`crash test: ${KILLS} kills in ${seconds.toFixed(1)} s; ${interrupted} came in the middle of a write (a temporary file was left), the file changed between ${changed} of them`);
    // The kills must land while writing, not only before or between writes.
    expect(interrupted).toBeGreaterThan(KILLS / 20);
    expect(changed).toBeGreaterThan(KILLS / 20);
  }, 300_000);
});
