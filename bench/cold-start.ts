/**
 * Runs the cold-start probe (cold.ts) in a fresh Node process and returns the
 * time it reports: the first loadResources() + compare() of the sample in a
 * process where nothing is cached or JIT-compiled yet.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const COLD_SCRIPT = fileURLToPath(new URL('./cold.ts', import.meta.url));

/** Spawns `node --import tsx bench/cold.ts` and returns the elapsed ms it prints; throws if it prints no number. */
export function measureColdStart(): number {
  const out = execFileSync(process.execPath, ['--import', 'tsx', COLD_SCRIPT], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = out.trim().split('\n');
  const value = Number(lines[lines.length - 1]);
  if (!Number.isFinite(value)) throw new Error(`measureColdStart: ${COLD_SCRIPT} printed no elapsed time, but: ${JSON.stringify(out)}`);
  return value;
}
