/**
 * The CLI's subcommands and the dispatch to them. A new subcommand (`extract`,
 * `export`, …) is one file exporting a {@link Command}, added to `COMMANDS`.
 */
import { printed, PROGRAM, usageError, type Command, type CommandContext, type CommandOutcome } from './command';
import { annotationsCommand } from './annotations';
import { compareCommand } from './compare';
import { exportCommand } from './export';
import { extractCommand } from './extract';

/** Every subcommand, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [compareCommand, extractCommand, exportCommand, annotationsCommand];

/** The program's help: its usage and the list of subcommands. */
export function usage(commands: readonly Command[] = COMMANDS): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `Usage: ${PROGRAM} <command> [arguments]

Commands:
${list}

Run '${PROGRAM} <command> --help' for a command's arguments.
`;
}

/** Runs the command named by the first argument; help and usage errors included. */
export async function runCli(argv: readonly string[], context: CommandContext, commands: readonly Command[] = COMMANDS): Promise<CommandOutcome> {
  const [name, ...rest] = argv;
  if (name === undefined) return usageError('no command given', usage(commands));
  if (name === '--help' || name === '-h' || name === 'help') {
    if (rest[0] === undefined) return printed(usage(commands));
    const topic = commands.find((c) => c.name === rest[0]);
    return topic ? printed(topic.help) : usageError(`unknown command '${rest[0]}'`, usage(commands));
  }
  const command = commands.find((c) => c.name === name);
  if (!command) return usageError(name.startsWith('-') ? `expected a command before ${name}` : `unknown command '${name}'`, usage(commands));
  return command.run(rest, context);
}
