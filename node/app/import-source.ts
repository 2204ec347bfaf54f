/**
 * Sources added to the comparison on screen, for the handlers (handlers.ts): an article
 * analysed against it (a file, bytes, or a curated claims file), a readout dropped or
 * pasted on one side (compared with the other readout on screen, or held for a readout in
 * its language: session.ts `hold`), two files dropped together.
 */
import type { ImportedFile, ImportTarget, LoadedComparison, Notice, Result } from '../../shared/ipc/contract';
import { clipboardFile } from '../../shared/view/drop';
import { loadClaimsFile, type ClaimsFileErrorCode } from '../claims-file';
import { loadSourceBytes, loadSourceDoc } from '../source-doc';
import type { DocumentSources } from './comparison-file';
import { bytesLoader, compareSources, onScreen, unsupported, type Load } from './compare-sources';
import { fail, guarded, type HandlerContext } from './handler-context';
import { noticed, warningsNotices } from './notices';
import type { Loaded } from './session-shell';

/** The contract's code for a claims-file problem (its own JSON and schema problems are the file's content). */
function claimsErrorCode(code: ClaimsFileErrorCode): Extract<Result<unknown>, { ok: false }>['error']['code'] {
  return code === 'claims-json' || code === 'claims-schema' ? 'claims-invalid' : code;
}

const NO_COMPARISON = 'Open a sample or compare two readouts before opening an article.';

/** The article at `path` (a curated claims file, by its .json, carries or names its own), with the warnings of reading it. */
async function readArticle(path: string, load: Load): Promise<Result<{ article: NonNullable<DocumentSources['article']>; warnings: Notice[] }>> {
  if (/\.json$/iu.test(path)) {
    const curated = await loadClaimsFile(path);
    if (!curated.ok) return { ok: false, error: { code: claimsErrorCode(curated.error.code), message: curated.error.message } };
    return { ok: true, value: { article: { doc: curated.article, claims: curated.claims }, warnings: [] } };
  }
  const read = await load();
  if (!read.ok) return { ok: false, error: read.error };
  return { ok: true, value: { article: { doc: read.doc, claims: null }, warnings: warningsNotices(read) } };
}

/** Analyses the article `load` gives (`path`: its file, or a curated claims file by its .json) against the comparison on screen. */
export function analyseArticle(ctx: HandlerContext, path: string, load: Load): Promise<Result<LoadedComparison>> {
  return guarded(async () => {
    const on = ctx.files.current();
    const document = ctx.files.currentDocument();
    if (!on) return fail('no-comparison', NO_COMPARISON);
    const read = await readArticle(path, load);
    if (!read.ok) return read;
    const { article, warnings } = read.value;
    const compared = await ctx.comparer(on.a, on.b, { article: article.doc, claims: article.claims, claimsFile: path, comparison: on.comparison });
    // Another comparison may have taken the screen meanwhile (by its number: the analyst's work on this one makes a new value of it): the article is for the one it was analysed against.
    if (ctx.files.currentDocument() !== document) return fail('cancelled', 'Another comparison was opened meanwhile.');
    const loaded = ctx.files.setArticle(article, compared.article);
    return loaded ? noticed({ ok: true, value: loaded }, warnings) : fail('no-comparison', NO_COMPARISON);
  });
}

/** The article file at `path`, analysed against the comparison on screen. */
export const openArticle = (ctx: HandlerContext, path: string): Promise<Result<LoadedComparison>> =>
  analyseArticle(ctx, path, () => loadSourceDoc(path, { role: 'article' }));

/**
 * A readout added to one side that is in another language than the readout on the other
 * side: kept (for the comparison on screen, `document`) until a readout in its language
 * is added to the other side, and the two are compared. So two readouts in another
 * language than the ones on screen can be pasted one after the other.
 */
export async function importSource(ctx: HandlerContext, target: ImportTarget, file: ImportedFile): Promise<Result<LoadedComparison>> {
  const refused = unsupported(file);
  if (refused) return refused;
  if (target === 'article') return analyseArticle(ctx, file.name, bytesLoader(file, 'article'));
  const on = ctx.files.current();
  if (!on) return fail('no-comparison', 'Open a sample or compare two readouts before replacing one of them.');
  const loaded = await loadSourceBytes(file.bytes, file.name);
  if (!loaded.ok) return { ok: false, error: loaded.error };
  const pair = ctx.session.step({ type: 'take-held', side: target, document: ctx.files.currentDocument() }).find((e) => e.type === 'pair');
  const kept = pair?.readout ?? null;
  if (kept && kept.doc.meta.language === loaded.doc.meta.language) {
    // The readout kept on the other side, and this one: a comparison of their own.
    const [a, b] = target === 'b' ? [kept, loaded] : [loaded, kept];
    return compareSources(ctx, async () => a, async () => b, { event: null, date: null });
  }
  const result = await replaceSide(ctx, on, target, loaded);
  if (result.ok || result.error.code !== 'languages') return result;
  ctx.session.step({ type: 'hold', held: { side: target, readout: loaded, document: ctx.files.currentDocument() } });
  const other = target === 'a' ? 'B' : 'A';
  return fail('languages', `${result.error.message} ${file.name} is kept: add the other readout in its language on side ${other} (drop or paste it) to compare the two.`);
}

/** `loaded` compared on side `target` of `on`: the other readout stays as it is on screen (with the details the analyst gave it); so does the article, analysed again. */
function replaceSide(ctx: HandlerContext, on: DocumentSources, target: 'a' | 'b', loaded: Loaded): Promise<Result<LoadedComparison>> {
  const added = async () => loaded;
  const article = on.article;
  const loaders = target === 'a' ? [added, onScreen(on.b)] as const : [onScreen(on.a), added] as const;
  return compareSources(ctx, loaders[0], loaders[1], { event: on.event, date: on.date }, {
    article: article ? onScreen(article.doc) : undefined, claims: article?.claims ?? null, fresh: { a: target === 'a', b: target === 'b' },
  });
}

/** What the clipboard holds (read by `readClipboard`) as readout A or B, or the article, as `importSource` takes a file. */
export async function pasteSource(ctx: HandlerContext, target: ImportTarget): Promise<Result<LoadedComparison>> {
  if (!ctx.options.readClipboard) return fail('internal', 'This build cannot read the clipboard.');
  const { html, text } = await ctx.options.readClipboard();
  const clip = clipboardFile(html, text);
  if (!clip) return fail('empty', 'The clipboard holds no text to paste.');
  const utf8 = (s: string) => new TextEncoder().encode(s);
  const pasted = await importSource(ctx, target, { name: clip.name, bytes: utf8(clip.content) });
  // A copied passage is often too short for the page reader to find a main text in: its plain text then.
  if (!pasted.ok && pasted.error.code === 'empty' && clip.name === 'clipboard.html' && text.trim() !== '') {
    return importSource(ctx, target, { name: 'clipboard.txt', bytes: utf8(text) });
  }
  return pasted;
}

/** Two files' bytes (dropped together), compared: `a` on the left. */
export const compareImported = async (ctx: HandlerContext, a: ImportedFile, b: ImportedFile): Promise<Result<LoadedComparison>> =>
  unsupported(a, b) ?? compareSources(ctx, bytesLoader(a), bytesLoader(b), { event: null, date: null });
