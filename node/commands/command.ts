/**
 * What a CLI subcommand is: a name, its help, and a function from its arguments
 * to the text to print and the exit code. Commands never touch `process`: the
 * context carries what they need, so tests run them in-process.
 */
import { printable } from '../../shared/text/printable';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The program as the user invokes it, for usage lines. */
export const PROGRAM = 'npm run --silent cli --';

/** Exit codes: 0 done, 1 bad input (a file could not be used), 2 wrong arguments. */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

/** What a command may know about where it runs. */
export interface CommandContext {
  /** Folder relative paths are resolved against (npm's INIT_CWD: where the user ran npm). */
  cwd: string;
  /** Colour the terminal output. */
  color: boolean;
  /** Terminal width in columns. */
  width: number;
}

/** What a command produced. */
export interface CommandOutcome {
  exitCode: number;
  /** Text for stdout (ends with a newline when not empty). */
  stdout: string;
  /** Text for stderr (ends with a newline when not empty). */
  stderr: string;
}

/** A subcommand of the CLI. */
export interface Command {
  /** The word that selects it: `compare`. */
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Its usage line: `Usage: npm run --silent cli -- compare A B [--json] …`. */
  usage: string;
  /** Its full help, starting with its usage line. */
  help: string;
  /** Runs it on the arguments after its name. */
  run(args: readonly string[], context: CommandContext): Promise<CommandOutcome>;
}

/** Output on stdout, exit 0. */
export function printed(stdout: string): CommandOutcome {
  return { exitCode: EXIT.ok, stdout, stderr: '' };
}

/** A warning line for stderr (control characters escaped, ends with a newline). */
export function warningLine(warning: string): string {
  return `warning: ${printable(warning)}\n`;
}

/** One error line on stderr, exit 1. */
export function badInput(message: string): CommandOutcome {
  return { exitCode: EXIT.badInput, stdout: '', stderr: `error: ${printable(message)}\n` };
}

/** A usage error: the problem and how to call the program right (`usage`, ending with a newline) on stderr, exit 2. */
export function usageError(problem: string, usage: string): CommandOutcome {
  return { exitCode: EXIT.usage, stdout: '', stderr: `error: ${printable(problem)}\n${usage}` };
}

/** A command's usage line and where its help is, for usage errors. */
export function shortUsage(command: Pick<Command, 'name' | 'usage'>): string {
  return `${command.usage}\nRun '${PROGRAM} ${command.name} --help' for details.\n`;
}

/** Parsed options and positionals, or the problem with the arguments in one line. */
export type ParsedArgs<T extends ParseArgsConfig['options']> =
  | { ok: true; values: ReturnType<typeof parseArgs<{ options: T; allowPositionals: true; strict: true }>>['values']; positionals: string[] }
  | { ok: false; problem: string };

/** `util.parseArgs` (strict, positionals allowed) with its errors turned into one short line. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(args: readonly string[], options: T): ParsedArgs<T> {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { ok: true, values, positionals };
  } catch (e) {
    return { ok: false, problem: argsProblem(e) };
  }
}

function argsProblem(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const code = e && typeof e === 'object' && 'code' in e ? e.code : undefined;
  const option = /'(-[^']*)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option ${option.split(/[ =]/)[0]}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return `option ${option.split(/[ ,<]/)[0]} ${/argument missing/.test(message) ? 'needs a value' : 'takes no value'}`;
  return message.split('. ')[0]!;
}
