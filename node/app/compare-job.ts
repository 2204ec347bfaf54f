/**
 * One job of the app's comparer: compare two readouts (unless the comparison is
 * given) and analyse an article against them when there is one. The compare
 * worker runs it (compare-worker.ts), and so do the handlers when they compare in
 * their own thread.
 */
import type { AlignResources } from '../../shared/align/resources';
import { articleAnalysis, CuratedError, type ClaimsFile } from '../../shared/article/curated';
import { withManualLinks } from '../../shared/article/links';
import { compare, type Comparison } from '../../shared/compare/compare';
import type { ArticleAnalysis, ManualLink } from '../../shared/model/article';
import type { SourceDoc } from '../../shared/model/types';

/** What a job may carry besides the two readouts. */
export interface CompareOptions {
  /** An article to analyse against the readouts. */
  article?: SourceDoc | null;
  /** A curated claims file for the article (the article is then the one it carries or names). */
  claims?: ClaimsFile | null;
  /** The claims file's name, for messages. */
  claimsFile?: string | null;
  /** The readouts' comparison when it is already known (an article added to the comparison on screen). */
  comparison?: Comparison | null;
  /** The analyst's manual links, applied to the analysis in place of any it has (a comparison file reopened). */
  manualLinks?: ManualLink[] | null;
  /** Cancels the job: it rejects with {@link JobCancelled} (stays on this side: never sent to a worker). */
  signal?: AbortSignal;
}

/** Why a job gave no answer: it was cancelled, or a newer request superseded it. */
export class JobCancelled extends Error {
  override name = 'JobCancelled';
  constructor(message = 'The comparison was cancelled.') {
    super(message);
  }
}

/** A job's answer. */
export interface Compared {
  comparison: Comparison;
  /** The article's analysis, or null when the job had no article. */
  article: ArticleAnalysis | null;
}

/** The error a cancelled job rejects with: the signal's reason when it is one, else a plain cancellation. */
export function cancellation(signal: AbortSignal): JobCancelled {
  return signal.reason instanceof JobCancelled ? signal.reason : new JobCancelled();
}

/** Runs a job. Throws with a message naming the article when its analysis fails. */
export function runCompareJob(a: SourceDoc, b: SourceDoc, options: CompareOptions, resources: AlignResources): Compared {
  const comparison = options.comparison ?? compare(a, b, resources);
  if (!options.article) return { comparison, article: null };
  try {
    const article = articleAnalysis(options.article, options.claims ?? null, { a, b, comparison }, resources);
    return { comparison, article: options.manualLinks ? withManualLinks(article, options.manualLinks) : article };
  } catch (e) {
    if (e instanceof CuratedError) throw new Error(`${options.claimsFile ?? 'The claims file'}: ${e.message}`);
    throw new Error(`The article ${options.article.file} could not be analysed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
