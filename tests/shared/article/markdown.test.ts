import { describe, expect, it } from 'vitest';
import { blankMarkdown, isMarkdownFile } from '../../../shared/article/markdown';
import { analyzeArticle } from '../../../shared/article/analyze';
import { compare } from '../../../shared/compare/compare';
import type { SourceDoc, SourceMeta } from '../../../shared/model/types';
import { loadResources } from '../../../node/resources';

describe('blankMarkdown', () => {
  it('keeps the length and the line breaks, and the words', () => {
    const md = '# A call\n\n> “We agreed,” said **[Maria Ortega](https://example.org/ortega)**, a _fellow_ at `the institute`.\n\n- item one\n\n![photo](x.png)\n';
    const out = blankMarkdown(md);
    expect(out).toHaveLength(md.length);
    expect(out.split('\n').map((l) => l.length)).toEqual(md.split('\n').map((l) => l.length));
    expect(out.replace(/\s+/gu, ' ').trim()).toBe('A call “We agreed,” said Maria Ortega , a fellow at the institute . item one');
  });

  it('knows Markdown file names', () => {
    expect(isMarkdownFile('story.md')).toBe(true);
    expect(isMarkdownFile('story.MARKDOWN')).toBe(true);
    expect(isMarkdownFile('story.txt')).toBe(false);
  });
});

describe('a Markdown article', () => {
  const resources = loadResources();
  const meta = (label: string): SourceMeta => ({ label, complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null });
  const a: SourceDoc = { file: 'a.txt', text: 'The leaders agreed to hold a summit in the autumn.', meta: meta('Downing Street') };
  const b: SourceDoc = { file: 'b.txt', text: 'A summit will take place in the autumn.', meta: meta('Chancellery') };
  const comparison = compare(a, b, resources);

  it('finds the speaker through link and emphasis markup, with offsets into the file as written', () => {
    const text = '## Reactions\n\n“The summit is overdue,” said **[Maria Ortega](https://example.org/ortega)**, a fellow at the Lisbon Institute.\n';
    const r = analyzeArticle({ file: 'story.md', text, meta: meta('Story') }, { a, b, comparison }, resources);
    expect(r.commentary).toHaveLength(1);
    expect(r.commentary[0]).toMatchObject({ speaker: 'Maria Ortega', role: 'a fellow at the Lisbon Institute' });
    expect(text.slice(r.commentary[0]!.start, r.commentary[0]!.end)).toBe(r.commentary[0]!.quote);
  });
});
