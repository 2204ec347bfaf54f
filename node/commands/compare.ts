/**
 * `compare A B [--json] [--meta FILE] [--no-meta] [--encoding E]`: reads two readouts and their
 * meta, compares them, and prints the comparison for a terminal or as JSON.
 */
import { basename } from 'node:path';
import { articleAnalysis, CuratedError, type ClaimsFile } from '../../shared/article/curated';
import { compare, type Comparison } from '../../shared/compare/compare';
import { correctionSummary, lostCorrectionsWording } from '../../shared/corrections/model';
import type { ArticleAnalysis } from '../../shared/model/article';
import type { SourceDoc } from '../../shared/model/types';
import { languageMismatch } from '../../shared/text/detect-language';
import { comparisonRepeats, identicalTextNote, sameFileMessage } from '../../shared/text/input-notes';
import { loadClaimsFile } from '../claims-file';
import { findingsJson, formatJson } from '../format/json';
import { findingsOf, formatFindingsTerminal, formatTerminal } from '../format/terminal';
import { encodingName } from '../import/text';
import { loadResources } from '../resources';
import { sameFile } from '../same-file';
import type { CodedError } from '../result';
import { savedComparison } from '../report/export';
import { loadSourceDoc } from '../source-doc';
import { loadComparison } from '../store/comparison-store';
import { badInput, parseCommandArgs, printed, PROGRAM, shortUsage, usageError, warningLine, type Command, type CommandContext, type CommandOutcome } from './command';
import { INPUT_OPTIONS, savedComparisonProblem, sourcesRequest } from './input-options';

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
  /** An article to analyse against the readouts. */
  article?: string;
  /** A curated claims file (wins over `article`). */
  claims?: string;
  /** The encoding of text files and web pages given, overriding the detection (a WHATWG label). */
  encoding?: string;
  /** Print only the findings (as text, or `{ "findings": [...] }` with `json`). */
  findings?: boolean;
}

const USAGE = `Usage: ${PROGRAM} compare (A B [--article ART | --claims FILE] [--meta FILE] [--no-meta] [--encoding E] | --comparison FILE.readouts) [--json] [--findings]`;

const HELP = `${USAGE}

Compares two readouts of the same call or meeting: the statements both sides
report, with their word differences, and the statements only one side reports.
Readouts may be plain text or Markdown, saved web pages (.html, .htm), PDFs or
Word documents (.docx); both must be in the same language.

  A, B          the readouts; A is the first side. Relative paths are taken
                from the folder where you ran npm.
  --json        print the comparison as JSON instead of text
  --findings    print only the findings: the omissions, typed differences,
                misquotations that matter most, ranked (docs/differences.md);
                with --json, as { "findings": [...] }
  --meta FILE   take labels, dates and completeness from FILE (format:
                tests/fixtures/pairs/README.md); by default they come from a
                meta.json next to each readout, when there is one
  --no-meta     ignore meta.json files; label each side by its file name
  --article ART a news article about the call (text or Markdown): adds its
                claims about the readouts, with a verdict for each readout and
                a word-for-word check of its quotations, and the commentary it
                quotes (speaker, role, party to the call, timing)
  --claims FILE a curated claims file instead of extraction (format:
                docs/claims-file.md); it carries its article or names it
  --encoding E  read text files and web pages in encoding E (windows-1251,
                koi8-r, utf-16le, …) instead of detecting it; a file that is
                valid UTF-8 is still read as UTF-8, with a warning
                (docs/importers.md)
  --comparison FILE
                a saved comparison (.readouts) instead of A and B: its own
                readouts and article, compared again, with the analyst's
                corrections applied (in JSON each pair and omission says
                "by": "machine" or "analyst"; docs/corrections.md)
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
      findings: { type: 'boolean' },
      ...INPUT_OPTIONS,
      help: { type: 'boolean', short: 'h' },
    });
    if (!parsed.ok) return usageError(parsed.problem, shortUsage(compareCommand));
    const { values, positionals } = parsed;
    if (values.help) return printed(HELP);
    if (values.comparison !== undefined) {
      const problem = savedComparisonProblem(values, positionals);
      if (problem !== null) return usageError(problem, shortUsage(compareCommand));
      return runSavedCompare(values.comparison, values.json ?? false, context);
    }
    if (positionals.length !== 2) return usageError(`compare needs two files, A and B (got ${positionals.length})`, shortUsage(compareCommand));
    if (values.meta !== undefined && values['no-meta']) return usageError('use --meta FILE or --no-meta, not both', shortUsage(compareCommand));
    if (values.encoding !== undefined && encodingName(values.encoding) === null) return usageError(`unknown encoding '${values.encoding}'`, shortUsage(compareCommand));
    return runCompare({ ...sourcesRequest(values, positionals as [string, string]), json: values.json ?? false, findings: values.findings ?? false }, context);
  },
};

/** Two readouts compared, with the article's analysis when one was given, and the warnings to print. */
export interface PreparedComparison {
  a: Loaded;
  b: Loaded;
  comparison: Comparison;
  article: ArticleAnalysis | null;
  /** Lines for stderr, each ending with a newline. */
  warnings: string[];
}

type Loaded = Extract<Awaited<ReturnType<typeof loadSourceDoc>>, { ok: true }>;

/** Loads the readouts (and the article) of a request and compares them; a file that cannot be used gives the outcome to return (exit 1, one line naming it). */
export async function prepareComparison(request: Omit<CompareRequest, 'json'>, context: CommandContext): Promise<{ ok: true; value: PreparedComparison } | { ok: false; outcome: CommandOutcome }> {
  const failed = (outcome: CommandOutcome) => ({ ok: false as const, outcome });
  const options = { cwd: context.cwd, metaPath: request.metaPath, noMeta: request.noMeta, encoding: request.encoding };
  const same = await sameFile(request.a, request.b, context.cwd);
  if (same !== null) return failed(badInput(sameFileMessage(request.a, request.b, same)));
  const [a, b] = await Promise.all([loadSourceDoc(request.a, options), loadSourceDoc(request.b, options)]);
  if (!a.ok) return failed(loadFailure(a.error, request));
  if (!b.ok) return failed(loadFailure(b.error, request));
  const mismatch = languageMismatch({ file: request.a, language: a.doc.meta.language }, { file: request.b, language: b.doc.meta.language });
  if (mismatch) return failed(badInput(mismatch));

  // An explicit meta file that describes neither readout is most likely the wrong one.
  const warnings: string[] = request.metaPath !== undefined
    ? [a, b].filter((d) => d.metaFile === null).map((d) => `warning: ${request.metaPath} describes no readout named ${basename(d.doc.file)}; using defaults\n`)
    : [];
  for (const w of [...a.warnings, ...b.warnings]) warnings.push(warningLine(w));
  if (a.doc.text === b.doc.text) warnings.push(warningLine(identicalTextNote(request.a, request.b)));

  // The article: a curated claims file wins over --article (its own article is used).
  let article: { doc: SourceDoc; claims: ClaimsFile | null } | null = null;
  if (request.claims !== undefined) {
    const loaded = await loadClaimsFile(request.claims, { cwd: context.cwd });
    if (!loaded.ok) return failed(badInput(loaded.error.message));
    article = { doc: loaded.article, claims: loaded.claims };
    if (request.article !== undefined) warnings.push(warningLine(`--claims ${request.claims} is used; --article ${request.article} is ignored`));
  } else if (request.article !== undefined) {
    const loaded = await loadSourceDoc(request.article, { cwd: context.cwd, noMeta: request.noMeta, encoding: request.encoding, role: 'article' });
    if (!loaded.ok) return failed(loadFailure(loaded.error, request));
    article = { doc: loaded.doc, claims: null };
    for (const w of loaded.warnings) warnings.push(warningLine(w));
  }

  const resources = loadResources();
  const comparison = compare(a.doc, b.doc, resources);
  // A readout pasted twice: its second copy reads as one-sided; the comparison is left as it is, and this says why.
  for (const note of comparisonRepeats(comparison)) warnings.push(warningLine(note));
  let analysis: ArticleAnalysis | null = null;
  if (article) {
    try {
      analysis = articleAnalysis(article.doc, article.claims, { a: a.doc, b: b.doc, comparison }, resources);
    } catch (e) {
      if (e instanceof CuratedError) return failed(badInput(`${request.claims}: ${e.message}`));
      throw e;
    }
    for (const w of analysis.warnings ?? []) warnings.push(warningLine(w));
  }
  return { ok: true, value: { a, b, comparison, article: analysis, warnings } };
}

/** Runs a comparison and renders it; a file that cannot be used gives exit 1 and one line naming it. */
export async function runCompare(request: CompareRequest, context: CommandContext): Promise<CommandOutcome> {
  const prepared = await prepareComparison(request, context);
  if (!prepared.ok) return prepared.outcome;
  const { a, b, comparison, article, warnings } = prepared.value;
  const input = { comparison, meta: { a: a.doc.meta, b: b.doc.meta }, article };
  const origin = (d: Loaded) => ({ format: d.format, encoding: d.encoding, text: d.doc.text });
  const terminal = { color: context.color, width: context.width };
  const stdout = request.findings
    ? (request.json ? JSON.stringify({ findings: findingsJson(findingsOf(input)) }, null, 2) + '\n' : formatFindingsTerminal(input, terminal))
    : request.json ? formatJson(input, { a: origin(a), b: origin(b) }) : formatTerminal(input, terminal);
  return { ...printed(stdout), stderr: warnings.join('') };
}

/** Prints a saved comparison, compared again from its texts, with its corrections applied. */
async function runSavedCompare(path: string, json: boolean, context: CommandContext): Promise<CommandOutcome> {
  const loaded = await loadComparison(path, { cwd: context.cwd });
  if (!loaded.ok) return badInput(loaded.error.message);
  let saved: Awaited<ReturnType<typeof savedComparison>>;
  try {
    saved = await savedComparison(loaded.file, path, loadResources());
  } catch (e) {
    return badInput(e instanceof Error ? e.message : String(e));
  }
  const input = { comparison: saved.comparison, meta: { a: saved.a.meta, b: saved.b.meta }, article: saved.article };
  if (json) return printed(formatJson({ ...input, lostCorrections: saved.lostCorrections }));
  const lost = saved.lostCorrections;
  const warning = lost.length > 0 ? warningLine(`${path}: ${lostCorrectionsWording(lost.length)} (${lost.map(correctionSummary).join('; ')})`) : '';
  return { ...printed(formatTerminal(input, { color: context.color, width: context.width })), stderr: warning };
}

function loadFailure(error: CodedError<string>, request: Pick<CompareRequest, 'metaPath'>): CommandOutcome {
  // A broken meta.json found next to a readout stops the comparison (see meta.ts); say how to get past it.
  const implicitMeta = error.code.startsWith('meta-') && request.metaPath === undefined;
  return badInput(error.message + (implicitMeta ? ' (fix it, or use --no-meta to ignore it)' : ''));
}
