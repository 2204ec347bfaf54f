/**
 * `export A B [--article ART] --pdf OUT.pdf` / `export --comparison FILE.readouts --pdf OUT.pdf`:
 * the comparison report, as PDF (printed by a Chromium-family browser found on the
 * system) and/or HTML. The report is the one the app prints (shared/report/).
 */
import { resolve } from 'node:path';
import { version } from '../../package.json';
import { PAGE_SIZES, defaultPageSize, type ReportOptions } from '../../shared/report/options';
import type { ReportInput } from '../../shared/report/report';
import { encodingName } from '../import/text';
import { loadMetaFile } from '../meta';
import { findBrowser, systemSearch, type BrowserSearch } from '../report/browser';
import { reportInputFromFile, writeReport, type PrintHtml } from '../report/export';
import { launchPrinter } from '../report/pdf';
import { loadResources } from '../resources';
import { loadComparison } from '../store/comparison-store';
import { writeTarget } from '../store/write-target';
import { badInput, parseCommandArgs, printed, PROGRAM, shortUsage, usageError, type Command, type CommandContext } from './command';
import { prepareComparison } from './compare';

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
  --differences-only   leave out matched rows whose words are the same
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

/** The `export` subcommand. */
export function exportCommandWith(deps: ExportDeps): Command {
  const command: Command = {
    name: 'export',
    summary: 'write the comparison report as PDF and/or HTML',
    usage: USAGE,
    help: HELP,
    async run(args, context) {
      const parsed = parseCommandArgs(args, {
        article: { type: 'string' },
        claims: { type: 'string' },
        meta: { type: 'string' },
        'no-meta': { type: 'boolean' },
        encoding: { type: 'string' },
        comparison: { type: 'string' },
        pdf: { type: 'string' },
        html: { type: 'string' },
        'page-size': { type: 'string' },
        'differences-only': { type: 'boolean' },
        'no-annotations': { type: 'boolean' },
        'no-claims': { type: 'boolean' },
        browser: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      });
      const usage = (problem: string) => usageError(problem, shortUsage(command));
      if (!parsed.ok) return usage(parsed.problem);
      const { values: v, positionals } = parsed;
      if (v.help) return printed(HELP);
      if (v.pdf === undefined && v.html === undefined) return usage('say what to write: --pdf OUT.pdf, --html OUT.html, or both');
      if (v.comparison !== undefined) {
        if (positionals.length > 0) return usage('--comparison carries its own readouts: give no A and B with it');
        for (const flag of ['article', 'claims', 'meta', 'no-meta', 'encoding'] as const) if (v[flag] !== undefined) return usage(`--${flag} cannot be used with --comparison (the file carries its own sources)`);
      } else if (positionals.length !== 2) {
        return usage(`export needs two readouts, A and B, or --comparison FILE (got ${positionals.length} files)`);
      }
      const asked = v['page-size'];
      const pageSize = asked === undefined ? defaultPageSize(deps.env.LC_ALL || deps.env.LC_PAPER || deps.env.LANG) : PAGE_SIZES.find((p) => p.toLowerCase() === asked.toLowerCase());
      if (pageSize === undefined) return usage(`--page-size must be A4 or Letter (got '${asked}')`);
      if (v.encoding !== undefined && encodingName(v.encoding) === null) return usage(`unknown encoding '${v.encoding}'`);
      const options: ReportOptions = { pageSize, differencesOnly: v['differences-only'] ?? false, annotations: !v['no-annotations'], claims: !v['no-claims'] };
      for (const flag of ['pdf', 'html'] as const) if (v[flag] !== undefined && v[flag]!.trim() === '') return usage(`--${flag} needs a file name`);
      const targets = { pdf: v.pdf && resolve(context.cwd, v.pdf), html: v.html && resolve(context.cwd, v.html) };
      if (targets.pdf !== undefined && targets.pdf === targets.html) return usage('--pdf and --html name the same file');
      // Never write over what is read (by device and inode: a linked folder or a hard link is caught too),
      // nor to a device, a folder or a read-only file: said before any work.
      const inputs = [...positionals, v.article, v.claims, v.meta, v.comparison].filter((x): x is string => x !== undefined).map((x) => resolve(context.cwd, x));
      for (const flag of ['pdf', 'html'] as const) {
        if (targets[flag] === undefined) continue;
        const target = await writeTarget(targets[flag]!, targets[flag]!, inputs);
        if (!target.ok && target.code === 'input') return usage(`--${flag} ${v[flag]} is one of the files read: choose another name`);
        if (!target.ok) return badInput(target.message);
      }

      // The browser is found before any work, so that a missing one is said at once.
      const browser = targets.pdf === undefined ? null : findBrowser(v.browser, deps.search(context.cwd));
      if (browser && !browser.ok) return badInput(browser.message);

      const generated = generatedAt(deps);
      const about = { app: `Readout Compare ${version}`, generated };
      let input: ReportInput;
      let stderr = '';
      if (v.comparison !== undefined) {
        const loaded = await loadComparison(v.comparison, { cwd: context.cwd });
        if (!loaded.ok) return badInput(loaded.error.message);
        try {
          input = await reportInputFromFile(loaded.file, v.comparison, loadResources(), about);
        } catch (e) {
          return badInput(e instanceof Error ? e.message : String(e));
        }
      } else {
        const [a, b] = positionals as [string, string];
        const prepared = await prepareComparison({ a, b, metaPath: v.meta, noMeta: v['no-meta'] ?? false, article: v.article, claims: v.claims, encoding: v.encoding }, context);
        if (!prepared.ok) return prepared.outcome;
        const p = prepared.value;
        stderr = p.warnings.join('');
        const event = await eventOf(p.a.metaFile, context);
        input = { ...event, a: p.a.doc, b: p.b.doc, comparison: p.comparison, article: p.article, annotations: [], ...about };
      }

      let printer: Awaited<ReturnType<ExportDeps['printer']>> | null = null;
      try {
        const written = await writeReport(input, options, { ...targets, inputs }, async (html, settings) => {
          printer ??= await deps.printer((browser as { path: string }).path);
          return printer.print(html, settings);
        });
        if (!written.ok) return { ...badInput(written.message), stdout: written.paths.map((p) => `${p}\n`).join(''), stderr: stderr + badInput(written.message).stderr };
        return { ...printed(written.paths.map((p) => `${p}\n`).join('')), stderr };
      } finally {
        await (printer as { close(): Promise<void> } | null)?.close();
      }
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


