/**
 * Reads a curated claims file (format: docs/claims-file.md, schema in
 * shared/article/curated.ts) and the article it carries or points to. Paths in
 * the file are relative to the file. Every problem is one line naming the file
 * and, for the schema, the field.
 */
import { dirname, isAbsolute, join } from 'node:path';
import { claimsFileSchema, schemaProblems, type ClaimsFile } from '../shared/article/claims-schema';
import { curatedArticleMeta } from '../shared/article/curated';
import type { SourceDoc } from '../shared/model/types';
import { defaultMeta, type MetaErrorCode } from './meta';
import { readTextFile, type ReadTextErrorCode } from './read-text';
import { failure, type Result } from './result';
import { loadSourceDoc } from './source-doc';

export type ClaimsFileErrorCode = ReadTextErrorCode | MetaErrorCode | 'claims-json' | 'claims-schema';

/** A claims file and its article. */
export type ClaimsFileResult = Result<{ claims: ClaimsFile; article: SourceDoc }, ClaimsFileErrorCode>;

/** Reads and validates the claims file at `path` (relative to `cwd`), and loads its article. */
export async function loadClaimsFile(path: string, options: { cwd?: string } = {}): Promise<ClaimsFileResult> {
  const read = await readTextFile(path, { cwd: options.cwd });
  if (!read.ok) return read;
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch (e) {
    return failure('claims-json', `${path}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const parsed = claimsFileSchema.safeParse(json);
  if (!parsed.success) return failure('claims-schema', `${path}: not a valid claims file: ${schemaProblems(parsed.error)}`);
  const claims = parsed.data;
  if ('text' in claims.article) {
    return { ok: true, claims, article: { file: path, text: claims.article.text, meta: curatedArticleMeta(claims, defaultMeta(path)) } };
  }
  // The article's path is relative to the claims file.
  const articlePath = isAbsolute(claims.article.file) ? claims.article.file : join(dirname(path), claims.article.file);
  const article = await loadSourceDoc(articlePath, { cwd: options.cwd });
  if (!article.ok) return { ok: false, error: { code: article.error.code, message: `${article.error.message} (the article of ${path})` } };
  return { ok: true, claims, article: { ...article.doc, meta: curatedArticleMeta(claims, article.doc.meta) } };
}
