/**
 * The analysis of an article against the two readouts of a comparison: claims
 * about the readouts with verdicts and quote checks, and commentary.
 * (Stub: the extraction lands in the following commits.)
 */
import type { AlignResources } from '../align/resources';
import type { Comparison } from '../compare/compare';
import type { ArticleAnalysis } from '../model/article';
import type { SourceDoc } from '../model/types';

/** The two readouts of a comparison as loaded (their texts are needed to locate quotations). */
export interface ComparedDocs {
  a: SourceDoc;
  b: SourceDoc;
  comparison: Comparison;
}

/** Analyses `article` against the readouts. Deterministic. */
export function analyzeArticle(article: SourceDoc, docs: ComparedDocs, resources: AlignResources): ArticleAnalysis {
  void docs; void resources;
  return { doc: article, origin: 'extracted', claims: [], commentary: [], automaticLinks: {}, manualLinks: [] };
}
