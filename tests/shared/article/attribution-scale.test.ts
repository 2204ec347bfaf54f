import { describe, expect, it } from 'vitest';
import { attributeQuotations, type ArticleSentence } from '../../../shared/article/attribution';
import { nameMentions } from '../../../shared/article/names';
import { findQuotations } from '../../../shared/article/quotes';
import { articleSentences } from '../../../shared/article/sentences';

// Session 16, review R8: a quotation standing alone looked up its sentence's place with indexOf (quadratic in the
// article). Invented article; the sentences are read through a proxy that counts the reads by place.
function countedReads(sentences: ArticleSentence[]): { list: ArticleSentence[]; reads: () => number } {
  let reads = 0;
  const list = new Proxy(sentences, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/u.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { list, reads: () => reads };
}

describe('quotations standing alone', () => {
  it('find the sentences before and after theirs in time linear in the quotations, not in the article', () => {
    const n = 300;
    const text = Array.from({ length: n }, (_, i) => `The ferry left the harbour at dawn on day ${i + 1}.\n\n“We keep the route open.”`).join('\n\n');
    const { list, reads } = countedReads(articleSentences(text));
    const mentions = nameMentions(text);
    attributeQuotations({ text, sentences: list, quotations: findQuotations(text), sources: [], mentions, people: [] });
    expect(reads()).toBeLessThan(40 * n);
  });
});
