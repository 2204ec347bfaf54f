/**
 * `extract FILE [--encoding E] [--json]`: prints the text a readout's file
 * gives the comparison (a web page's main text, a PDF's or .docx's paragraphs,
 * a text file decoded), exactly as `compare` uses it: the offsets in
 * `compare --json` refer to this text.
 */
import { loadSourceDoc } from '../source-doc';
import { encodingName } from '../import/text';
import { badInput, parseCommandArgs, printed, PROGRAM, shortUsage, usageError, warningLine, type Command } from './command';

const USAGE = `Usage: ${PROGRAM} extract FILE [--encoding E] [--json]`;

const HELP = `${USAGE}

Prints the text of a readout as the comparison reads it.

  FILE          plain text or Markdown (.txt, .md, anything else), a saved web
                page (.html, .htm), a PDF (.pdf) or a Word document (.docx); a
                relative path is taken from the folder where you ran npm
  --encoding E  read a text file or web page in encoding E (windows-1251,
                koi8-r, utf-16le, utf-16be, …) instead of detecting it
  --json        print the text with what is known about it: format,
                encoding, language, title, publisher, date, url, warnings
  -h, --help    show this help

Text files: valid UTF-8 is UTF-8, a byte order mark decides UTF-16, and
otherwise Windows-1251 or KOI8-R is used when the text reads as Russian.
Web pages are never rendered and their scripts never run. How each format is
read, and its limits: docs/importers.md.
Exit status: 0 done, 1 the file could not be used, 2 wrong arguments.
`;

/** The `extract` subcommand. */
export const extractCommand: Command = {
  name: 'extract',
  summary: 'print the text of a readout file (text, Markdown, web page, PDF, .docx) as compare reads it',
  usage: USAGE,
  help: HELP,
  async run(args, context) {
    const parsed = parseCommandArgs(args, {
      encoding: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (!parsed.ok) return usageError(parsed.problem, shortUsage(extractCommand));
    const { values, positionals } = parsed;
    if (values.help) return printed(HELP);
    if (positionals.length !== 1) return usageError(`extract needs one FILE (got ${positionals.length})`, shortUsage(extractCommand));
    if (values.encoding !== undefined && encodingName(values.encoding) === null)
      return usageError(`unknown encoding '${values.encoding}'`, shortUsage(extractCommand));
    const file = positionals[0]!;
    const loaded = await loadSourceDoc(file, { cwd: context.cwd, noMeta: true, encoding: values.encoding });
    if (!loaded.ok) return badInput(loaded.error.message);
    const stderr = loaded.warnings.map(warningLine).join('');
    if (!values.json) return { ...printed(loaded.doc.text), stderr };
    const { meta, text } = loaded.doc;
    const json = {
      file, format: loaded.format, encoding: loaded.encoding, language: meta.language,
      title: meta.title, publisher: meta.publisher, date: meta.date, url: meta.url, warnings: loaded.warnings, text,
    };
    return { ...printed(`${JSON.stringify(json, null, 2)}\n`), stderr };
  },
};
