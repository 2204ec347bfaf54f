import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotations, quotationWordCount } from '../../../shared/article/quotes';

const texts = (t: string) => findQuotations(t).map((q) => q.text);

describe('findQuotations', () => {
  it('finds curly, straight, low-high and guillemet quotations', () => {
    expect(texts('He said “one two” and "three four" and „five six“ and «seven eight».')).toEqual(['one two', 'three four', 'five six', 'seven eight']);
  });

  it('keeps nested single quotes and apostrophes inside the quotation', () => {
    expect(texts('“Putin’s answer was ‘yes’ to the plan,” she said.')).toEqual(['Putin’s answer was ‘yes’ to the plan']);
  });

  it('drops the comma American style puts inside the closing mark, and keeps other end punctuation', () => {
    expect(texts('“We agree,” he said. “Is it over?” she asked.')).toEqual(['We agree', 'Is it over?']);
  });

  it('spans sentences, and marks paragraphs that continue a quotation', () => {
    const qs = findQuotations('“First paragraph. Second sentence.\n“Second paragraph,” he said.');
    expect(qs.map((q) => [q.text, q.continued, q.continuation, q.unterminated])).toEqual([
      ['First paragraph. Second sentence.', true, false, false],
      ['Second paragraph', false, true, false],
    ]);
  });

  it('closes an unbalanced quotation at the end of its paragraph and says so', () => {
    const qs = findQuotations('“Never closed here\nNext paragraph “fine” here.');
    expect(qs.map((q) => [q.text, q.unterminated])).toEqual([['Never closed here', true], ['fine', false]]);
  });

  it('does not take inch marks or a straight quote after a letter for an opening mark', () => {
    expect(texts('A 12" screen and a "real quote" here.')).toEqual(['real quote']);
  });

  it('gives offsets that point at the quoted text, whatever the input', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '“', '”', '"', '\n', '.', ',', '«', '»', '„', 'b') }), (t) => {
      for (const q of findQuotations(t)) {
        expect(t.slice(q.start, q.end)).toBe(q.text);
        expect(q.outerStart).toBeLessThan(q.start);
        expect(q.end).toBeLessThanOrEqual(q.outerEnd);
      }
    }));
  });

  it('counts words for telling quotations from scare quotes', () => {
    expect(quotationWordCount('illegitimate')).toBe(1);
    expect(quotationWordCount('Today’s talks are not peace-making')).toBe(5);
  });
});

describe('an opening mark used as the closing one before an attribution', () => {
  it('“…in Norland, “said the minister: the quotation closes at the reversed mark when a speech verb follows and nothing else closes it', () => {
    const text = 'The minister wrote: “We will build the new bridge with our partners in Norland, “said the post on Tuesday.';
    const q = findQuotations(text);
    expect(q.map((x) => x.text)).toEqual(['We will build the new bridge with our partners in Norland']);
    expect(q[0]!.unterminated).toBe(false);
  });

  it('a reversed mark before a word that is no speech verb, or with a real closing mark later, opens a quotation within as before', () => {
    expect(findQuotations('She called it “a plan “built to fail”.').map((x) => x.text)).toEqual(['a plan “built to fail']);
    expect(findQuotations('“We agreed, “said the aide, “to meet again.”').map((x) => x.text)).toEqual(['We agreed, “said the aide, “to meet again.']);
  });
});
