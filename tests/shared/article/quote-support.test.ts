/**
 * A quotation found in a readout supports the claim around it only as far as it carries that claim
 * (tester 10, T2): one quoted word found is not the rest of a paraphrase. Invented call (invented-call.ts).
 */
import { describe, expect, it } from 'vitest';
import { readoutVerdict } from '../../../shared/article/verdict';
import { analyse } from './invented-call';

describe('a quotation supports only what it carries', () => {
  it('one quoted word found, the rest of the sentence not in the readout: not "supported"', () => {
    const r = analyse('According to the Downing Street readout, the Prime Minister “raised” with Weber a plan to send warships to the Baltic.');
    const claim = r.claims.find((c) => c.quotes.some((q) => q.text === 'raised'))!;
    expect(claim.quotes.find((q) => q.text === 'raised')!.verbatim).toBe(true);
    expect(readoutVerdict(claim, 'a')!.kind).not.toBe('supported');
  });
  it('a quotation that is most of the claim, found verbatim: supported', () => {
    const r = analyse('The Downing Street readout said the leaders “agreed to deepen cooperation on energy security”.');
    const claim = r.claims.find((c) => c.quotes.length > 0)!;
    expect(readoutVerdict(claim, 'a')!.kind).toBe('supported');
  });
});
