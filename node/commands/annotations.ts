/**
 * `annotations export FILE [--format jsonld|csv|md]`: prints the annotations of a
 * comparison file (`.readouts`) as W3C Web Annotation JSON-LD, CSV or Markdown.
 * The file is only read: a bad one gives one line on stderr and exit 1.
 */
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/annotations/export';
import { exportContext, type ExportContext } from '../../shared/annotations/export-context';
import { savedComparison } from '../report/export';
import { loadResources } from '../resources';
import { loadComparison } from '../store/comparison-store';
import { exportComparisonAnnotations } from '../store/export';
import { badInput, parseCommandArgs, printed, PROGRAM, shortUsage, usageError, type Command } from './command';

const USAGE = `Usage: ${PROGRAM} annotations export FILE [--format jsonld|csv|md]`;

const HELP = `${USAGE}

Prints the annotations of a saved comparison (a .readouts file) to stdout.

  FILE              the comparison file; a relative path is taken from the
                    folder where you ran npm. It is only read.
  --format jsonld   W3C Web Annotation JSON-LD: an AnnotationCollection
                    (the default)
  --format csv      one row per annotation: id, label, note, source, exact,
                    prefix, suffix, start, end, status, created, modified,
                    sentence, row, links
  --format md       Markdown, for reading
  -h, --help        show this help

Annotations come in reading order (readout A, readout B, the article). Orphans
(not found in the current text) are included with their last known place and
marked. The file's readouts are compared again (with its corrections) so that
each place names its sentence and row, as numbered in the app and the PDF, and
each link the text it points at. Formats: docs/annotations.md.
Exit status: 0 done, 1 the file could not be used, 2 wrong arguments.
`;

/** The `annotations` subcommand. */
export const annotationsCommand: Command = {
  name: 'annotations',
  summary: 'export the annotations of a saved comparison (.readouts) as JSON-LD, CSV or Markdown',
  usage: USAGE,
  help: HELP,
  async run(args, context) {
    const parsed = parseCommandArgs(args, {
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (!parsed.ok) return usageError(parsed.problem, shortUsage(annotationsCommand));
    const { values, positionals } = parsed;
    if (values.help) return printed(HELP);
    const [action, ...files] = positionals;
    if (action === undefined) return usageError('annotations needs an action: export', shortUsage(annotationsCommand));
    if (action !== 'export') return usageError(`unknown action '${action}' (expected export)`, shortUsage(annotationsCommand));
    if (files.length !== 1) return usageError(`annotations export needs one FILE (got ${files.length})`, shortUsage(annotationsCommand));
    const format = values.format ?? 'jsonld';
    if (!isFormat(format)) return usageError(`--format must be jsonld, csv or md (got '${format}')`, shortUsage(annotationsCommand));
    const loaded = await loadComparison(files[0]!, { cwd: context.cwd });
    if (!loaded.ok) return badInput(loaded.error.message);
    let shown: ExportContext;
    try {
      const saved = await savedComparison(loaded.file, files[0]!, loadResources());
      shown = exportContext(saved.comparison, saved.article);
    } catch (e) {
      return badInput(e instanceof Error ? e.message : String(e));
    }
    const out = printed(exportComparisonAnnotations(loaded.file, format, shown));
    return { ...out, stderr: loaded.notices.map((n) => `notice: ${n}\n`).join('') };
  },
};

function isFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}
