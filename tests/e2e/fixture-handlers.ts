/**
 * Handlers for browser tests whose article analysis is the hand-made one of the
 * 2025 sample (tests/renderer/article-fixture.ts) rather than the extraction's:
 * the panel, markers and links can be tested on known claims and commentary.
 * Any other article is analysed for real.
 */
import { join } from 'node:path';
import { runCompareJob } from '../../node/app/compare-job';
import { createHandlers, type MainHandlers } from '../../node/app/handlers';
import type { Comparer } from '../../node/app/worker-comparer';
import { loadResources } from '../../node/resources';
import { sampleAnalysis, sampleArticleDoc } from '../renderer/article-fixture';
import { ROOT } from './harness';

const fixtureComparer: Comparer = async (a, b, job = {}) => {
  if (!job.article || job.article.text !== sampleArticleDoc().text) return runCompareJob(a, b, job, loadResources());
  const { comparison } = runCompareJob(a, b, { ...job, article: null }, loadResources());
  return { comparison, article: sampleAnalysis(job.article, comparison) };
};

/** Handlers over the app's assets with the hand-made analysis of the sample's article. */
export function fixtureHandlers(): MainHandlers {
  return createHandlers({ assetsDir: join(ROOT, 'assets'), comparer: fixtureComparer });
}
