import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleParagraphs, firstParts, textItemOrder, type ItemSpan } from '../../../shared/view/article-text';
import type { ArticleItemId } from '../../../shared/view/article';

const id = (s: string) => s as ArticleItemId;

describe('articleParagraphs (the article panel’s Text view)', () => {
  it('cuts each paragraph at the edges of the claims and quotations in it, naming the items over each part', () => {
    const text = 'WELLTON, 3 May: The two leaders spoke.\n\nThe premier said the talks were “frank and useful”, an aide said.\r\nLast line.';
    const claim = text.indexOf('The premier');
    const quote = text.indexOf('frank and useful');
    const spans: ItemSpan[] = [
      { id: id('c1'), start: claim, end: text.indexOf(' an aide') },
      { id: id('q1'), start: quote, end: quote + 'frank and useful'.length },
    ];
    const paragraphs = articleParagraphs(text, spans);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'WELLTON, 3 May: The two leaders spoke.',
      'The premier said the talks were “frank and useful”, an aide said.',
      'Last line.',
    ]);
    expect(paragraphs[1]!.parts.map((p) => [text.slice(p.start, p.end), p.items])).toEqual([
      ['The premier said the talks were “', ['c1']],
      ['frank and useful', ['c1', 'q1']],
      ['”,', ['c1']],
      [' an aide said.', []],
    ]);
    expect(paragraphs[0]!.parts).toEqual([{ start: 0, end: paragraphs[0]!.end, items: [] }]);
    const first = firstParts(paragraphs);
    expect(text.slice(first.get(id('q1'))!.start, first.get(id('q1'))!.end)).toBe('frank and useful');
    expect(first.get(id('c1'))!.start).toBe(claim);
  });

  it('orders the items with a passage as their badges come: text order, a claim before a quotation inside it; none for an item outside the text', () => {
    const text = 'Aides said “we spoke at length”.\nThe leaders agreed to meet. Both “welcomed the call”.';
    const at = (s: string) => text.indexOf(s);
    const spans: ItemSpan[] = [
      { id: id('c1'), start: at('Both'), end: text.length },
      { id: id('c2'), start: at('The leaders'), end: at(' Both') },
      { id: id('q1'), start: at('welcomed'), end: text.lastIndexOf('”.') },
      { id: id('q2'), start: at('we spoke'), end: at('”.') },
      { id: id('q3'), start: 500, end: 510 },
    ];
    expect(textItemOrder(articleParagraphs(text, spans))).toEqual(['q2', 'c2', 'c1', 'q1']);
  });

  it('leaves out blank lines, empty spans and what lies outside the text', () => {
    const text = '  \n\tOne.  \n\n';
    expect(articleParagraphs(text, [{ id: id('c1'), start: 4, end: 4 }, { id: id('c2'), start: 50, end: 60 }])).toEqual([
      { start: 4, end: 8, parts: [{ start: 4, end: 8, items: [] }] },
    ]);
    expect(articleParagraphs('', [])).toEqual([]);
  });

  it('keeps its contract on any text and spans: parts tile each paragraph; no part straddles an item’s edge', () => {
    const textArb = fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\r', '“', '.', 'é'), { maxLength: 60 }).map((cs) => cs.join(''));
    const spanArb = fc.tuple(fc.nat(70), fc.nat(20)).map(([start, len]) => ({ start, end: start + len }));
    fc.assert(fc.property(textArb, fc.array(spanArb, { maxLength: 6 }), (text, raw) => {
      const spans = raw.map((s, i) => ({ id: id(`c${i + 1}`), start: s.start, end: s.end }));
      const paragraphs = articleParagraphs(text, spans);
      let last = 0;
      for (const p of paragraphs) {
        expect(p.start).toBeGreaterThanOrEqual(last);
        expect(p.end).toBeGreaterThan(p.start);
        expect(text.slice(p.start, p.end)).not.toMatch(/[\r\n]/);
        expect(text.slice(p.start, p.end).trim()).toBe(text.slice(p.start, p.end));
        last = p.end;
        expect(p.parts[0]!.start).toBe(p.start);
        expect(p.parts.at(-1)!.end).toBe(p.end);
        for (let i = 0; i < p.parts.length; i++) {
          const part = p.parts[i]!;
          expect(part.end).toBeGreaterThan(part.start);
          if (i > 0) expect(part.start).toBe(p.parts[i - 1]!.end);
          for (const s of spans) {
            const over = s.start <= part.start && s.end >= part.end && s.end > s.start;
            const apart = s.end <= part.start || s.start >= part.end || s.end <= s.start;
            expect(over || apart).toBe(true);
            expect(part.items.includes(s.id)).toBe(over);
          }
        }
      }
    }));
  });
});
