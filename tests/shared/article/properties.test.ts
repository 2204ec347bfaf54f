import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../shared/article/analyze';
import { compare } from '../../../shared/compare/compare';
import type { SourceDoc, SourceMeta } from '../../../shared/model/types';
import { loadResources } from '../../../node/resources';

const resources = loadResources();
const dir = join(__dirname, '..', '..', 'fixtures', 'pairs', '2025-03-18-trump-putin');
const meta = (label: string): SourceMeta => ({ label, complete: true, language: 'en', publisher: null, title: null, url: null, date: '2025-03-18', note: null, provenance: null });
const a: SourceDoc = { file: 'whitehouse.txt', text: readFileSync(join(dir, 'whitehouse.txt'), 'utf8'), meta: meta('White House') };
const b: SourceDoc = { file: 'kremlin.txt', text: readFileSync(join(dir, 'kremlin.txt'), 'utf8'), meta: meta('Kremlin') };
const comparison = compare(a, b, resources);
// Pieces of real article prose, quotation marks and attributions, shuffled into random articles.
const article = readFileSync(join(dir, 'article.txt'), 'utf8');
const pieces = [...article.split(/(?<=[.,”“])\s+/u).slice(0, 80), '“', '”', '"', '\n', ' said Anna Weber.', ', the Kremlin said.', ' according to the White House read-out.'];

describe('analyzeArticle on random articles', () => {
  it('never throws, gives offsets that point at the text, and is deterministic', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const text = parts.join(' ');
      const doc: SourceDoc = { file: 'random.txt', text, meta: meta('Article') };
      const r = analyzeArticle(doc, { a, b, comparison }, resources);
      for (const c of r.claims) {
        expect(text.slice(c.start, c.end)).toBe(c.text);
        for (const q of c.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
        expect(Object.keys(c.verdicts).length).toBeGreaterThan(0);
      }
      for (const q of r.commentary) {
        expect(text.slice(q.start, q.end)).toBe(q.quote);
        expect(q.speaker.trim()).not.toBe('');
      }
      const ids = [...r.claims.map((c) => c.id), ...r.commentary.map((q) => q.id)];
      expect(new Set(ids).size).toBe(ids.length);
      expect(JSON.stringify(analyzeArticle(doc, { a, b, comparison }, resources))).toBe(JSON.stringify(r));
    }), { numRuns: 60 });
  }, 60_000);
});
