/**
 * The article panel, loaded on demand: it is not on screen at start (the Findings tab is),
 * and its code (the panel and its items, ~14 KB) kept the first script over its budget
 * (tests/meta/renderer-bundle.test.ts). Fetched as soon as a comparison with an article is
 * shown, after the first paint, so that opening the tab does not wait for it.
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import type { ArticlePanel as Panel } from './ArticlePanel';

const load = () => import('./ArticlePanel');
const ArticlePanel = lazy(() => load().then((m) => ({ default: m.ArticlePanel })));

/** Starts fetching the panel's code (idempotent: the module is fetched once). */
export function preloadArticlePanel(): void {
  void load();
}

export function LazyArticlePanel(props: ComponentProps<typeof Panel>) {
  return (
    <Suspense fallback={<p className="panel-loading" role="status">Opening the article panel…</p>}>
      <ArticlePanel {...props} />
    </Suspense>
  );
}
