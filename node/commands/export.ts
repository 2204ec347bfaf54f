/**
 * `export A B [--article ART] --pdf OUT.pdf` / `export --comparison FILE.readouts --pdf OUT.pdf`:
 * the comparison report, as PDF (printed by a Chromium-family browser found on the
 * system) and/or HTML. The report is the one the app prints (shared/report/).
 */
import { resolve } from 'node:path';
import { version } from '../../package.json';
import { PAGE_SIZES, defaultPageSize, type ReportOptions } from '../../shared/report/options';
import { FILTERS, parseFilter } from '../../shared/view/filter';
import type { ReportInput } from '../../shared/report/report';
import { encodingName } from '../import/text';
import { loadMetaFile } from '../meta';
import { findBrowser, systemSearch, type BrowserSearch } from '../report/browser';
import { reportInputFromFile, writeReport, type PrintHtml } from '../report/export';
import { launchPrinter } from '../report/pdf';
import { loadResources } from '../resources';
import { loadComparison } from '../store/comparison-store';
import { writeTarget } from '../store/write-target';
import { printable } from '../../shared/text/printable';
import { badInput, parseCommandArgs, printed, PROGRAM, shortUsage, usageError, type Command, type CommandContext, type CommandOutcome, type ParsedArgs } from './command';
import { prepareComparison } from './compare';
import { INPUT_OPTIONS, savedComparisonProblem, sourcesRequest } from './input-options';

const USAGE = `Usage: ${PROGRAM} export (A B [--article ART | --claims FILE] | --comparison FILE.readouts) (--pdf OUT.pdf | --html OUT.html)… [options]`;

const HELP = `${USAGE}

Writes the comparison report: sources, summary, the side-by-side table with the
word differences marked, what each side alone said, the article's claims and
commentary, and the annotations (of a saved comparison). The same report as the
app's File > Export PDF….

  A, B                 two readouts (any format compare takes), A first
  --article ART        a news article to check against them
  --claims FILE        a curated claims file instead (docs/claims-file.md)
  --meta FILE, --no-meta, --encoding E
                       as for compare
  --comparison FILE    a saved comparison (.readouts): its own readouts,
                       article, manual links and annotations
  --pdf OUT.pdf        write the PDF (needs a Chromium-family browser)
  --html OUT.html      write the report as one HTML page (no browser needed)
  --page-size SIZE     A4 or Letter (default: from your locale: ${'$'}LC_ALL,
                       ${'$'}LC_PAPER or ${'$'}LANG, the first set)
  --rows WHICH         the rows to print: all (default), one-sided, uncertain,
                       typed, cited or annotated (the app's filters)
  --differences-only   the same as --rows one-sided (an older name)
  --no-annotations     leave out the annotations
  --no-claims          leave out the article's claims and commentary
  --browser PATH       the browser to print with (Chromium, Chrome, Edge or
                       Brave); default: ${'$'}CHROMIUM_PATH, ${'$'}BROWSER_PATH, else one
                       found on PATH or in the usual install places
  -h, --help           show this help

Relative paths are taken from the folder where you ran npm. Files are written
atomically: an existing file is replaced only by a complete report. Prints the
paths written. The footer's date is now, or SOURCE_DATE_EPOCH when set (the
report's text is then the same each run; the PDF's own creation date is not).
Exit status: 0 done, 1 a file could not be used or written, 2 wrong arguments.
`;

/** What the command needs from the system besides its arguments (tests replace the browser search and the printer). */
export interface ExportDeps {
  search(cwd: string): BrowserSearch;
  /** Starts a printer for the browser at `path`. */
  printer(path: string): Promise<{ print: PrintHtml; close(): Promise<void> }>;
  env: NodeJS.ProcessEnv;
  now(): Date;
}

const SYSTEM: ExportDeps = {
  search: systemSearch,
  printer: async (path) => {
    const p = await launchPrinter(path);
    return { print: (html, settings) => p.print(html, settings), close: () => p.close() };
  },
  env: process.env,
  now: () => new Date(),
};

/** The options `export` takes. */
const OPTIONS = {
  ...INPUT_OPTIONS,
  pdf: { type: 'string' },
  html: { type: 'string' },
  'page-size': { type: 'string' },
  rows: { type: 'string' },
  'differences-only': { type: 'boolean' },
  'no-annotations': { type: 'boolean' },
  'no-claims': { type: 'boolean' },
  browser: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The arguments as parsed. */
type ExportArgs = Extract<ParsedArgs<typeof OPTIONS>, { ok: true }>;
type ExportValues = ExportArgs['values'];

/** What to write, checked: the report's options, the files to write (absolute) and the files read. */
interface ExportPlan {
  options: ReportOptions;
  targets: { pdf: string | undefined; html: string | undefined };
  inputs: string[];
}

/** The sources: two readouts or a saved comparison, never both, and no source option with a saved comparison. */
function sourcesProblem(v: ExportValues, positionals: readonly string[]): string | null {
  if (v.comparison !== undefined) return savedComparisonProblem(v, positionals);
  return positionals.length !== 2 ? `export needs two readouts, A and B, or --comparison FILE (got ${positionals.length} files)` : null;
}

/** The report's options from the arguments (page size from the locale unless asked), or the problem with them. */
function reportOptions(v: ExportValues, env: NodeJS.ProcessEnv): ReportOptions | string {
  const asked = v['page-size'];
  const pageSize = asked === undefined ? defaultPageSize(env.LC_ALL || env.LC_PAPER || env.LANG) : PAGE_SIZES.find((p) => p.toLowerCase() === asked.toLowerCase());
  if (pageSize === undefined) return `--page-size must be A4 or Letter (got '${asked}')`;
  if (v.encoding !== undefined && encodingName(v.encoding) === null) return `unknown encoding '${v.encoding}'`;
  const rows = v.rows === undefined ? (v['differences-only'] ? 'one-sided' : 'all') : parseFilter(v.rows);
  if (rows === null) return `--rows must be one of ${FILTERS.join(', ')} (got '${v.rows}')`;
  if (v.rows !== undefined && v['differences-only'] && rows !== 'one-sided') return '--differences-only means --rows one-sided: give one of them';
  return { pageSize, rows, annotations: !v['no-annotations'], claims: !v['no-claims'] };
}

/** The plan of an export from its arguments, or the usage problem, in the order the arguments are checked. */
function exportPlan({ values: v, positionals }: ExportArgs, env: NodeJS.ProcessEnv, cwd: string): ExportPlan | string {
  if (v.pdf === undefined && v.html === undefined) return 'say what to write: --pdf OUT.pdf, --html OUT.html, or both';
  const sources = sourcesProblem(v, positionals);
  if (sources !== null) return sources;
  const options = reportOptions(v, env);
  if (typeof options === 'string') return options;
  for (const flag of ['pdf', 'html'] as const) if (v[flag] !== undefined && v[flag]!.trim() === '') return `--${flag} needs a file name`;
  const targets = { pdf: v.pdf && resolve(cwd, v.pdf), html: v.html && resolve(cwd, v.html) };
  if (targets.pdf !== undefined && targets.pdf === targets.html) return '--pdf and --html name the same file';
  const inputs = [...positionals, v.article, v.claims, v.meta, v.comparison].filter((x): x is string => x !== undefined).map((x) => resolve(cwd, x));
  return { options, targets, inputs };
}

/**
 * Never write over what is read (by device and inode: a linked folder or a hard link is caught too),
 * nor to a device, a folder or a read-only file: said before any work. Null when both targets are fine.
 */
async function targetsRefused(plan: ExportPlan, v: ExportValues, usage: (problem: string) => CommandOutcome): Promise<CommandOutcome | null> {
  for (const flag of ['pdf', 'html'] as const) {
    const path = plan.targets[flag];
    if (path === undefined) continue;
    const target = await writeTarget(path, path, plan.inputs);
    if (!target.ok && target.code === 'input') return usage(`--${flag} ${v[flag]} is one of the files read: choose another name`);
    if (!target.ok) return badInput(target.message);
  }
  return null;
}

/** The report's input: a saved comparison read, or two readouts compared (with their warnings for stderr); or the outcome that stops. */
async function reportInputOf({ values: v, positionals }: ExportArgs, context: CommandContext, about: { app: string; generated: Date }): Promise<{ input: ReportInput; stderr: string } | CommandOutcome> {
  if (v.comparison !== undefined) {
    const loaded = await loadComparison(v.comparison, { cwd: context.cwd });
    if (!loaded.ok) return badInput(loaded.error.message);
    try {
      return { input: await reportInputFromFile(loaded.file, v.comparison, loadResources(), about), stderr: '' };
    } catch (e) {
      return badInput(e instanceof Error ? e.message : String(e));
    }
  }
  const prepared = await prepareComparison(sourcesRequest(v, positionals as [string, string]), context);
  if (!prepared.ok) return prepared.outcome;
  const p = prepared.value;
  const event = await eventOf(p.a.metaFile, context);
  return { input: { ...event, a: p.a.doc, b: p.b.doc, comparison: p.comparison, article: p.article, annotations: [], ...about }, stderr: p.warnings.join('') };
}

/** Writes the report; the printer (a browser) is started only when a PDF is printed, and closed after. */
async function writeAndReport(input: ReportInput, plan: ExportPlan, browserPath: string | null, stderr: string, deps: ExportDeps): Promise<CommandOutcome> {
  let printer: Awaited<ReturnType<ExportDeps['printer']>> | null = null;
  try {
    const written = await writeReport(input, plan.options, { ...plan.targets, inputs: plan.inputs }, async (html, settings) => {
      printer ??= await deps.printer(browserPath as string);
      return printer.print(html, settings);
    });
    const paths = written.paths.map((p) => `${printable(p)}\n`).join('');
    if (!written.ok) return { ...badInput(written.message), stdout: paths, stderr: stderr + badInput(written.message).stderr };
    return { ...printed(paths), stderr };
  } finally {
    await (printer as { close(): Promise<void> } | null)?.close();
  }
}

/** The `export` subcommand. */
export function exportCommandWith(deps: ExportDeps): Command {
  const command: Command = {
    name: 'export',
    summary: 'write the comparison report as PDF and/or HTML',
    usage: USAGE,
    help: HELP,
    async run(args, context) {
      const parsed = parseCommandArgs(args, OPTIONS);
      const usage = (problem: string) => usageError(problem, shortUsage(command));
      if (!parsed.ok) return usage(parsed.problem);
      if (parsed.values.help) return printed(HELP);
      const plan = exportPlan(parsed, deps.env, context.cwd);
      if (typeof plan === 'string') return usage(plan);
      const refused = await targetsRefused(plan, parsed.values, usage);
      if (refused) return refused;
      // The browser is found before any work, so that a missing one is said at once.
      const browser = plan.targets.pdf === undefined ? null : findBrowser(parsed.values.browser, deps.search(context.cwd));
      if (browser && !browser.ok) return badInput(browser.message);
      const prepared = await reportInputOf(parsed, context, { app: `Readout Compare ${version}`, generated: generatedAt(deps) });
      if (!('input' in prepared)) return prepared;
      return writeAndReport(prepared.input, plan, browser?.ok ? browser.path : null, prepared.stderr, deps);
    },
  };
  return command;
}

export const exportCommand: Command = exportCommandWith(SYSTEM);

/** Now, or SOURCE_DATE_EPOCH (seconds) when set: the same report text each run. */
function generatedAt(deps: ExportDeps): Date {
  const epoch = deps.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : deps.now();
}

/** The event and date of the meta.json that described the readouts, when one did. */
async function eventOf(metaFile: string | null, context: CommandContext): Promise<Pick<ReportInput, 'event' | 'date'>> {
  if (metaFile === null) return { event: null, date: null };
  const loaded = await loadMetaFile(metaFile, { cwd: context.cwd });
  return loaded.ok ? { event: loaded.metaFile.event ?? null, date: loaded.metaFile.date ?? null } : { event: null, date: null };
}


