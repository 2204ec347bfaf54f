/**
 * What the output formatters take: the comparison and what is known about each
 * readout beyond the comparison's own fields (publisher, title, date, note, …).
 */
import type { Comparison } from '../../shared/compare/compare';
import type { Correction } from '../../shared/corrections/model';
import type { ArticleAnalysis } from '../../shared/model/article';
import type { Side, SourceMeta } from '../../shared/model/types';

/** A comparison ready to print. */
export interface FormatInput {
  comparison: Comparison;
  /** The meta of readout A and of readout B. */
  meta: Record<Side, SourceMeta>;
  /** The article's analysis, when an article or a claims file was given. */
  article?: ArticleAnalysis | null;
  /** A saved comparison's corrections that could not be found in its texts as they are: kept, not applied. */
  lostCorrections?: readonly Correction[];
}
