/**
 * One verdict per claim and readout (shared/article/verdict.ts): how a claim's content
 * verdict combines with its quotation checks, and the words every view prints. Invented claims.
 */
import { describe, expect, it } from 'vitest';
import type { Claim, ClaimId, QuoteCheck, QuoteSeverity, Verdict } from '../../../shared/model/article';
import type { SentenceId, Side } from '../../../shared/model/types';
import { quoteCheckText, readoutVerdict, restsOn, verdictCounts, verdictTally, verdictText, type VerdictKind } from '../../../shared/article/verdict';

/** A quotation of readout `side` found (with its severity) or not found (severity null). */
function quote(text: string, severity: QuoteSeverity | null, side: Side = 'a'): QuoteCheck {
  const match = severity === null ? null : { sentence: `${side}1` as SentenceId, start: 0, end: text.length, text };
  return { text, start: 0, end: text.length, readout: side, verbatim: severity === 'verbatim', severity: severity ?? 'different-wording', match, diff: [] };
}

function claim(text: string, verdicts: Partial<Record<Side, Verdict>>, quotes: QuoteCheck[] = []): Claim {
  return { id: 'c1' as ClaimId, text, start: 0, end: text.length, readouts: ['a'], verdicts, links: [], closestSentences: [], quotes };
}

const kind = (c: Claim, side: Side = 'a'): VerdictKind | undefined => readoutVerdict(c, side)?.kind;

const LONG = 'Valdoria’s ministry said the two leaders had agreed to reopen the river crossing at Tessel before the spring floods arrive';

describe('one verdict per claim and readout', () => {
  it('keeps the content verdict when the claim quotes nothing', () => {
    expect([kind(claim(LONG, { a: 'supported' })), kind(claim(LONG, { a: 'partial' })), kind(claim(LONG, { a: 'not-found' }))]).toEqual(['supported', 'partial', 'not-found']);
    expect(readoutVerdict(claim(LONG, { a: 'supported' }), 'b')).toBeNull();
  });

  it('makes a claim that rests on a quotation not found "not found", never "quoted in other words" (tester 8, U9)', () => {
    const q = quote('The two leaders agreed to reopen the river crossing at Tessel before the spring floods', null);
    const c = claim(`“${q.text},” the statement said.`, { a: 'partial' }, [q]);
    expect(restsOn(c, q)).toBe(true);
    expect(readoutVerdict(c, 'a')).toEqual({ kind: 'not-found', quote: q });
    expect(verdictText(readoutVerdict(c, 'a')!, 'Valdoria', false)).toBe('Not found in Valdoria\'s (incomplete) copy as loaded (nor its quotation “The two leaders agreed to reopen the river crossing at Tessel before the spring floods”)');
  });

  it('lowers a claim whose short quotation is not found to "partly supported", naming the quotation', () => {
    const q = quote('hasty', null);
    const c = claim(LONG.replace('agreed', 'agreed on a “hasty”'), { a: 'supported' }, [q]);
    expect(restsOn(c, q)).toBe(false);
    expect(kind(c)).toBe('partial');
    expect(verdictText(readoutVerdict(c, 'a')!, 'Valdoria', true)).toBe('Valdoria: partly supported (its quotation “hasty” is not in it)');
  });

  it('lets a misquotation decide whatever the content says, but never raises "not found"', () => {
    const q = quote('would reopen the crossing', 'changes-meaning');
    expect(kind(claim(LONG, { a: 'supported' }, [q]))).toBe('misquoted');
    expect(kind(claim(LONG, { a: 'partial' }, [q]))).toBe('misquoted');
    expect(kind(claim(LONG, { a: 'not-found' }, [q]))).toBe('not-found');
  });

  it('names minor differences and other wording only where the content is supported; a partial claim stays partial', () => {
    expect(kind(claim(LONG, { a: 'supported' }, [quote('reopen the crossing', 'minor')]))).toBe('quoted-minor');
    expect(kind(claim(LONG, { a: 'supported' }, [quote('reopen the crossing', 'different-wording'), quote('at Tessel', 'minor')]))).toBe('quoted-other');
    expect(kind(claim(LONG, { a: 'partial' }, [quote('reopen the crossing', 'different-wording')]))).toBe('partial');
    expect(kind(claim(LONG, { a: 'supported' }, [quote('reopen the crossing', 'verbatim')]))).toBe('supported');
  });

  it('judges each readout by its own quotations', () => {
    const c = claim(LONG, { a: 'supported', b: 'supported' }, [quote('reopen the crossing', 'changes-meaning', 'b')]);
    expect([kind(c, 'a'), kind(c, 'b')]).toEqual(['supported', 'misquoted']);
  });

  it('counts every readout verdict once, in the same words, kinds with none left out', () => {
    const claims = [
      claim(LONG, { a: 'supported', b: 'partial' }),
      claim(LONG, { a: 'supported' }, [quote('reopen the crossing', 'changes-meaning')]),
      claim(LONG, { b: 'not-found' }),
      { ...claim(LONG, { a: 'supported' }), contrasts: { a: { sentence: 'a2' as SentenceId, negated: 'article' as const, clause: LONG } } },
    ];
    expect(verdictCounts(claims)).toEqual({ supported: 1, 'quoted-minor': 0, 'quoted-other': 0, partial: 1, contradicts: 1, misquoted: 1, 'not-found': 1 });
    expect(verdictTally(claims)).toBe('verdicts per readout: 1 supported, 1 partly supported, 1 contradicts? check, 1 misquoted (changes meaning), 1 not found');
    expect(verdictTally([])).toBe('');
  });

  it('words a quotation check the same way: found, not found, or how it differs', () => {
    expect(quoteCheckText(quote('x', 'verbatim'), 'Valdoria', true)).toBe("verbatim in Valdoria's readout");
    expect(quoteCheckText(quote('x', null), 'Valdoria', false)).toBe("not found in Valdoria's (incomplete) copy as loaded");
    expect(quoteCheckText(quote('x', 'minor'), 'Valdoria', true)).toBe("quoted with minor differences (punctuation) against Valdoria's readout");
  });
});
