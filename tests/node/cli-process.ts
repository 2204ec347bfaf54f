/** Runs the CLI as a child process, as a user would (for the end-to-end tests). */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The project folder. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = fileURLToPath(new URL('../../node/cli.ts', import.meta.url));
// tsx as an in-process loader (`node --import tsx`): one process, so a timeout kills all of it.
const TSX = pathToFileURL(fileURLToPath(new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url))).href;

/** How to run it. */
export interface CliRun {
  /** Working folder of the process; default the project folder. */
  cwd?: string;
  /** Extra environment; INIT_CWD, NO_COLOR and FORCE_COLOR are cleared first. */
  env?: Record<string, string>;
  /** Kill it after this many milliseconds. */
  timeout?: number;
  /** Options for node itself, e.g. a heap limit. */
  nodeOptions?: string[];
}

/** Runs `node cli.ts ...args` to completion. */
export function runCliProcess(args: string[], run: CliRun = {}): SpawnSyncReturns<string> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.INIT_CWD;
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return spawnSync(process.execPath, [...(run.nodeOptions ?? []), '--import', TSX, CLI, ...args], {
    cwd: run.cwd ?? ROOT,
    env: { ...env, ...run.env },
    encoding: 'utf8',
    timeout: run.timeout,
    killSignal: 'SIGKILL',
    maxBuffer: 1 << 28,
  });
}
