/**
 * Comparing two readouts for the handlers (handlers.ts): two files, or two loaders (bytes
 * from the renderer, a readout kept from the screen), with the article analysed now or
 * just after (`deferArticle`, answered by `pendingArticle`). The result becomes the
 * comparison on screen (comparison-file.ts `adopt`) when its request is still the latest.
 */
import { basename } from 'node:path';
import type { ClaimsFile } from '../../shared/article/claims-schema';
import { isImportable, unsupportedMessage } from '../../shared/file/formats';
import type { ImportedFile, LoadedComparison, Result, SourceOrigin } from '../../shared/ipc/contract';
import { languageMismatch } from '../../shared/text/detect-language';
import { sameFileMessage } from '../../shared/text/input-notes';
import { loadMetaFile } from '../meta';
import type { InputRole } from '../read-text';
import { sameFile } from '../same-file';
import { loadSourceBytes, loadSourceDoc, type SourceDocResult } from '../source-doc';
import { JobCancelled } from './compare-job';
import { readPrecomputed } from './precomputed';
import type { DocumentSources } from './comparison-file';
import { fail, guarded, type HandlerContext } from './handler-context';
import { comparisonNotices, noticed, warningsNotices } from './notices';
import type { ArticleResult, Loaded } from './session-shell';

/** Loads a source when called (a file on disk, bytes, or the one on screen). */
export type Load = () => Promise<SourceDocResult>;

/** What a comparison is about: its event and date, and the sample it is (default: none). */
export type About = Pick<DocumentSources, 'event' | 'date' | 'sample'>;

/** Two readout files to compare (`compareFiles`), and what else comes with them. */
export interface CompareFilesRequest {
  a: string;
  b: string;
  /** The event and date they are about, and the sample they are (default: none). */
  about?: About;
  /** The article's file, analysed against them. */
  article?: string;
  /** Answer the comparison first and analyse the article next (`pendingArticle`). */
  deferArticle?: boolean;
  /** A sample's folder, where its comparison may be stored ahead (precomputed.ts). */
  precomputed?: string;
}

/** What comes with two loaders (`compareSources`). */
export interface CompareMore {
  /** The article's loader (none: no article). */
  article?: Load;
  /** The article's curated claims. */
  claims?: ClaimsFile | null;
  /** Answer the comparison first and analyse the article next. */
  deferArticle?: boolean;
  /** Which readouts were read now (their format and warnings are shown; default both). */
  fresh?: { a: boolean; b: boolean };
  /** A sample's folder, where its comparison may be stored ahead (precomputed.ts). */
  precomputed?: string;
}

/** The event and date a meta.json records for its pair (none when it cannot be read again). */
async function pairAbout(metaFile: string): Promise<Pick<DocumentSources, 'event' | 'date'>> {
  const loaded = await loadMetaFile(metaFile);
  return loaded.ok ? { event: loaded.metaFile.event ?? null, date: loaded.metaFile.date ?? null } : { event: null, date: null };
}

/** Bytes from the renderer, imported by their name's format (checked with `isImportable` first). */
export function bytesLoader(file: ImportedFile, role: InputRole = 'readout'): Load {
  return () => loadSourceBytes(file.bytes, file.name, role);
}

/** The first of `files` in a format the importers do not read, refused; null when all are. */
export function unsupported(...files: ImportedFile[]): Result<never> | null {
  const bad = files.find((f) => !isImportable(f.name));
  return bad ? fail('unsupported', unsupportedMessage(bad.name)) : null;
}

/** A source already loaded (the other readout on screen), as a loader. */
export function onScreen(doc: Loaded['doc']): Load {
  return async () => ({ ok: true, doc, metaFile: null, format: 'text', encoding: null, warnings: [] });
}

/** How a source was read, for the UI (none for a source kept from the screen). */
function originOf(l: Loaded, fresh: boolean): SourceOrigin | undefined {
  return fresh ? { format: l.format, encoding: l.encoding } : undefined;
}

/**
 * Loads the readouts (and the article, if any) and compares them; the article's file is
 * named when it is bad. With `deferArticle`, the comparison is answered first, marked
 * `articlePending`, and the article is analysed next in the same worker: the rows paint
 * without waiting for it (`pendingArticle`).
 */
export async function compareFiles(ctx: HandlerContext, request: CompareFilesRequest): Promise<Result<LoadedComparison>> {
  const same = await sameFile(request.a, request.b);
  if (same !== null) return fail('refused', `${sameFileMessage(request.a, request.b, same)}.`);
  return compareSources(ctx, () => loadSourceDoc(request.a), () => loadSourceDoc(request.b), request.about ?? { event: null, date: null }, {
    article: request.article === undefined ? undefined : () => loadSourceDoc(request.article!, { role: 'article' }), deferArticle: request.deferArticle, precomputed: request.precomputed,
  });
}

/** Both readouts loaded, and what they are about (a meta.json both came with names it); the first problem, or two languages, refused. */
async function loadPair(loadA: Load, loadB: Load, about: About): Promise<Result<{ a: Loaded; b: Loaded; about: About }>> {
  const a = await loadA();
  if (!a.ok) return { ok: false, error: a.error };
  const b = await loadB();
  if (!b.ok) return { ok: false, error: b.error };
  // Two readouts one meta.json describes: its event and date name the comparison, as a sample's do.
  if (about.event === null && about.date === null && a.metaFile !== null && a.metaFile === b.metaFile) about = { ...about, ...await pairAbout(a.metaFile) };
  // Two languages: an alignment would be meaningless, so say so instead.
  const mismatch = languageMismatch({ file: basename(a.doc.file), language: a.doc.meta.language }, { file: basename(b.doc.file), language: b.doc.meta.language });
  if (mismatch) return fail('languages', `${mismatch}.`);
  return { ok: true, value: { a, b, about } };
}

/** `compareFiles` over loaders (see `CompareMore`). */
export function compareSources(ctx: HandlerContext, loadA: Load, loadB: Load, about: About, more: CompareMore = {}): Promise<Result<LoadedComparison>> {
  return guarded(async () => {
    const { article: loadArticle, claims = null, deferArticle = false, fresh = { a: true, b: true } } = more;
    const latest = ctx.session.begin();
    const pair = await loadPair(loadA, loadB, about);
    if (!pair.ok) return pair;
    const { a, b } = pair.value;
    const article = loadArticle === undefined ? null : await loadArticle();
    if (article && !article.ok) return { ok: false, error: article.error };
    const defer = deferArticle && article !== null;
    // A sample's comparison stored ahead: no need to wait for the worker unless an article is analysed now.
    const known = more.precomputed === undefined ? null : await readPrecomputed(more.precomputed, a.doc, b.doc);
    const compared = known && (defer || article === null)
      ? { comparison: known, article: null }
      : await ctx.comparer(a.doc, b.doc, { article: defer ? null : article?.doc ?? null, claims, comparison: known, signal: latest.signal });
    if (!latest.mayShow()) return fail('cancelled', 'A later request replaced this one.');
    const origins = { a: originOf(a, fresh.a), b: originOf(b, fresh.b) };
    const sources: DocumentSources = { ...pair.value.about, a: a.doc, b: b.doc, comparison: compared.comparison, article: article ? { doc: article.doc, claims } : null, origins };
    const notices = [...warningsNotices(fresh.a ? a : null, fresh.b ? b : null, article), ...comparisonNotices(a.doc, b.doc, compared.comparison)];
    const shown = noticed(await ctx.files.adopt(sources, compared.article, { how: 'new' }), notices);
    if (!defer || !shown.ok || !article) return shown;
    deferArticleAnalysis(ctx, shown.value.document, sources, latest.signal);
    return { ok: true, value: { ...shown.value, articlePending: true } };
  });
}

/**
 * The analysis of the article of comparison `document` (just answered), kept for `pendingArticle` and started when
 * it is first asked or the window says it is `shown` (not now: it would compete with the first frame for the
 * processor); its answer is null when another comparison replaced it.
 */
function deferArticleAnalysis(ctx: HandlerContext, document: number, sources: DocumentSources, signal: AbortSignal): void {
  const article = sources.article!;
  ctx.session.step({ type: 'defer-article', document });
  ctx.session.deferArticle(async (): Promise<ArticleResult> => {
    try {
      const analysed = await ctx.comparer(sources.a, sources.b, { article: article.doc, comparison: sources.comparison, signal });
      // Only for the comparison it was analysed against, if that is still on screen.
      if (ctx.files.currentDocument() !== document) return { ok: true, value: null };
      return { ok: true, value: ctx.files.setArticle(article, analysed.article) };
    } catch (e) {
      // superseded: another comparison is on screen, so there is nothing to show
      if (e instanceof JobCancelled) return { ok: true, value: null };
      return fail('internal', e instanceof Error ? e.message : String(e));
    }
  });
}
