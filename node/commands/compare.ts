/**
 * `compare A B [--json] [--meta FILE] [--no-meta]`: reads two readouts and their
 * meta, compares them, and prints the comparison for a terminal or as JSON.
 */
import { basename } from 'node:path';
import { compare } from '../../shared/compare/compare';
import { formatJson } from '../format/json';
import { formatTerminal } from '../format/terminal';
import { loadResources } from '../resources';
import type { CodedError } from '../result';
import { loadSourceDoc } from '../source-doc';
import { badInput, parseCommandArgs, printed, PROGRAM, shortUsage, usageError, type Command, type CommandContext, type CommandOutcome } from './command';

/** What `compare` was asked to do. */
export interface CompareRequest {
  /** The two readouts as the user gave them (relative to `context.cwd`). */
  a: string;
  b: string;
  json: boolean;
  /** A meta.json to use for both readouts instead of the ones next to them. */
  metaPath?: string;
  /** Use no meta.json: label each side by its file name. */
  noMeta: boolean;
}

const USAGE = `Usage: ${PROGRAM} compare A B [--json] [--meta FILE] [--no-meta]`;

const HELP = `${USAGE}

Compares two readouts of the same call or meeting (UTF-8 text files): the
statements both sides report, with their word differences, and the statements
only one side reports.

  A, B          the readouts; A is the first side. Relative paths are taken
                from the folder where you ran npm.
  --json        print the comparison as JSON instead of text
  --meta FILE   take labels, dates and completeness from FILE (format:
                tests/fixtures/pairs/README.md); by default they come from a
                meta.json next to each readout, when there is one
  --no-meta     ignore meta.json files; label each side by its file name
  -h, --help    show this help

Colours are used on a terminal unless NO_COLOR is set.
Exit status: 0 done, 1 a file could not be used, 2 wrong arguments.
`;

/** The `compare` subcommand. */
export const compareCommand: Command = {
  name: 'compare',
  summary: 'compare two readouts: shared statements, word differences, omissions',
  usage: USAGE,
  help: HELP,
  async run(args, context) {
    const parsed = parseCommandArgs(args, {
      json: { type: 'boolean' },
      meta: { type: 'string' },
      'no-meta': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (!parsed.ok) return usageError(parsed.problem, shortUsage(compareCommand));
    const { values, positionals } = parsed;
    if (values.help) return printed(HELP);
    if (positionals.length !== 2) return usageError(`compare needs two files, A and B (got ${positionals.length})`, shortUsage(compareCommand));
    if (values.meta !== undefined && values['no-meta']) return usageError('use --meta FILE or --no-meta, not both', shortUsage(compareCommand));
    const [a, b] = positionals as [string, string];
    return runCompare({ a, b, json: values.json ?? false, metaPath: values.meta, noMeta: values['no-meta'] ?? false }, context);
  },
};

/** Runs a comparison and renders it; a file that cannot be used gives exit 1 and one line naming it. */
export async function runCompare(request: CompareRequest, context: CommandContext): Promise<CommandOutcome> {
  const options = { cwd: context.cwd, metaPath: request.metaPath, noMeta: request.noMeta };
  const [a, b] = await Promise.all([loadSourceDoc(request.a, options), loadSourceDoc(request.b, options)]);
  if (!a.ok) return loadFailure(a.error, request);
  if (!b.ok) return loadFailure(b.error, request);

  // An explicit meta file that describes neither readout is most likely the wrong one.
  const warnings = request.metaPath !== undefined
    ? [a, b].filter((d) => d.metaFile === null).map((d) => `warning: ${request.metaPath} describes no readout named ${basename(d.doc.file)}; using defaults\n`)
    : [];

  const comparison = compare(a.doc, b.doc, loadResources());
  const input = { comparison, meta: { a: a.doc.meta, b: b.doc.meta } };
  const stdout = request.json ? formatJson(input) : formatTerminal(input, { color: context.color, width: context.width });
  return { ...printed(stdout), stderr: warnings.join('') };
}

function loadFailure(error: CodedError<string>, request: CompareRequest): CommandOutcome {
  // A broken meta.json found next to a readout stops the comparison (see meta.ts); say how to get past it.
  const implicitMeta = error.code.startsWith('meta-') && request.metaPath === undefined;
  return badInput(error.message + (implicitMeta ? ' (fix it, or use --no-meta to ignore it)' : ''));
}
