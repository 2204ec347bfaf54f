/**
 * The command line: `npm run --silent cli -- <command> …` (see commands/dispatch.ts).
 * This file only connects the commands to the process: arguments, the folder the
 * user ran npm in, the terminal's colours and width, output and exit code.
 */
import { runCli } from './commands/dispatch';
import { shouldUseColor } from './format/ansi';
import { interrupted, stopCleanlyOn } from './store/litter';

/** Exit code for a failure of the program itself (a bug), not of the input. */
const INTERNAL_ERROR = 70;

async function main(): Promise<void> {
  stopCleanlyOn('SIGINT', 130);
  stopCleanlyOn('SIGTERM', 143);
  // Piping into `head` closes stdout early: stop quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  try {
    const outcome = await runCli(process.argv.slice(2), {
      // npm runs scripts in the package folder and passes the user's folder as INIT_CWD.
      cwd: process.env.INIT_CWD ?? process.cwd(),
      color: shouldUseColor(process.stdout.isTTY, process.env),
      width: process.stdout.columns ?? 100,
    });
    // Stopped by Ctrl+C: what the broken work says (a print whose browser was killed) is not news.
    if (interrupted() !== null) return;
    if (outcome.stdout) process.stdout.write(outcome.stdout);
    if (outcome.stderr) process.stderr.write(outcome.stderr);
    process.exitCode = outcome.exitCode;
  } catch (e) {
    if (interrupted() !== null) return;
    // One line, no stack trace (set DEBUG to see it).
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`error: internal error: ${message.split('\n')[0]}\n`);
    if (process.env.DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    process.exitCode = INTERNAL_ERROR;
  }
}

void main();
