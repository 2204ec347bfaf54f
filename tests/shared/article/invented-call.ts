/**
 * An invented call between a British prime minister and a German chancellor, two
 * short readouts, for tests of the article's forms: the names are made up so that
 * no rule can lean on a real article's wording.
 */
import { analyzeArticle } from '../../../shared/article/analyze';
import { compare } from '../../../shared/compare/compare';
import type { ArticleAnalysis } from '../../../shared/model/article';
import type { SourceDoc, SourceMeta } from '../../../shared/model/types';
import { loadResources } from '../../../node/resources';

export const resources = loadResources();

export const meta = (label: string, extra: Partial<SourceMeta> = {}): SourceMeta => ({
  label, complete: true, language: 'en', publisher: null, title: null, url: null, date: '2024-06-12', note: null, provenance: null, ...extra,
});

export const A: SourceDoc = {
  file: 'downing.txt',
  text: 'The Prime Minister spoke to Chancellor Anna Weber this afternoon. The leaders agreed to deepen cooperation on energy security and to hold a summit in the autumn. They discussed support for Moldova.\n\nThe Prime Minister raised the case of the detained journalist.',
  meta: meta('Downing Street', { publisher: 'Prime Minister’s Office', title: 'PM call with Chancellor Anna Weber' }),
};

export const B: SourceDoc = {
  file: 'berlin.txt',
  text: 'Chancellor Anna Weber and the British Prime Minister talked by telephone on Wednesday. They agreed to strengthen cooperation on energy security. A summit will take place in the autumn.',
  meta: meta('Chancellery', { publisher: 'Federal Chancellery' }),
};

export const comparison = compare(A, B, resources);

/** The analysis of an article (named `file`) about the invented call. */
export function analyse(text: string, file = 'article.txt'): ArticleAnalysis {
  return analyzeArticle({ file, text, meta: meta('Article') }, { a: A, b: B, comparison }, resources);
}

/** A readout of another invented call: its file name, text and label (and any other details). */
export function readout(file: string, text: string, label: string, extra: Partial<SourceMeta> = {}): SourceDoc {
  return { file, text, meta: meta(label, extra) };
}

/** Another invented call: readouts `a` and `b` compared, and the analysis of an article (named `file`) about them. */
export function inventedCall(a: SourceDoc, b: SourceDoc): { a: SourceDoc; b: SourceDoc; comparison: ReturnType<typeof compare>; analyse: (text: string, file?: string) => ArticleAnalysis } {
  const docs = { a, b, comparison: compare(a, b, resources) };
  return { ...docs, analyse: (text, file = 'article.txt') => analyzeArticle({ file, text, meta: meta('Article') }, docs, resources) };
}
