/**
 * Which readout a quotation of "the statement" is checked against, and where a quotation
 * is reported found when the readout it is given to does not have it (readout-source.ts,
 * statement-antecedent.ts). Invented call: Downing Street (a) and the Chancellery (b).
 */
import { describe, expect, it } from 'vitest';
import { statementAntecedent } from '../../../shared/article/statement-antecedent';
import type { SourceNames } from '../../../shared/article/attribution';
import { analyse } from './invented-call';

const opening = 'British Prime Minister Tom Hale urged German Chancellor Anna Weber to back a gas pipeline, Hale’s office said on Wednesday after their telephone call. '
  + 'The Chancellery said last week that Weber would skip the autumn summit. ';

describe('“the statement said” after a leader’s office', () => {
  it('is that office’s readout, not a source that spoke before the call; a reporter’s bracketed word is no misquotation', () => {
    const r = analyse(opening + '“They discussed (the) support for Moldova,” the statement said. “The Prime Minister raised the case of a detained reporter.”');
    const [, said, next] = r.claims;
    expect(said).toMatchObject({ readouts: ['a'], verdicts: { a: 'supported' } });
    expect(said!.quotes).toMatchObject([{ readout: 'a', verbatim: true, severity: 'verbatim', text: 'They discussed (the) support for Moldova', match: { sentence: 'a3' } }]);
    // The quotation after it continues the statement: checked against Downing Street, its changed words reported.
    expect(next!.readouts).toEqual(['a']);
    expect(next!.quotes).toMatchObject([{ readout: 'a', verbatim: false, match: { sentence: 'a4' } }]);
    expect(next!.quotes[0]!.severity).not.toBe('verbatim');
  });

  it('reads a leader’s or a country’s office as naming its readout, and skips a statement of last week', () => {
    const sources: SourceNames[] = [
      { side: 'a', names: ['Downing Street'], aliases: ['british'], people: ['hale'] },
      { side: 'b', names: ['Chancellery'], aliases: ['german'], people: ['weber'] },
    ];
    const at = (text: string) => statementAntecedent(text, sources, text.length);
    expect(at('Hale’s office said on Wednesday. The Chancellery said last week that Weber would stay home. ')).toEqual(['a']);
    expect(at('The British government said on Wednesday that talks went well. ')).toEqual(['a']);
    expect(at('Downing Street said so. On Thursday the Chancellery said the talks went well. ')).toEqual(['b']);
    expect(at('The talks went well. ')).toEqual([]);
  });
});

describe('a quotation its readout does not have', () => {
  it('is also checked against the other readout and reported where it stands', () => {
    const r = analyse('The Chancellery said: “The Prime Minister raised the case of the detained journalist.”');
    const [claim] = r.claims;
    expect(claim!.readouts).toEqual(['b']);
    expect(claim!.quotes).toMatchObject([{ readout: 'b', match: null }, { readout: 'a', verbatim: true, match: { sentence: 'a4' } }]);
    expect(claim!.verdicts).toMatchObject({ a: 'supported' });
  });

  it('is not looked for elsewhere when it is a word or two, nor when its readout has it', () => {
    const short = analyse('The Chancellery said Weber spoke of “detained journalist” cases.').claims[0];
    expect(short?.quotes.map((q) => q.readout) ?? []).not.toContain('a');
    const own = analyse('The Chancellery said: “They agreed to strengthen cooperation on energy security.”').claims[0]!;
    expect(own.quotes.map((q) => [q.readout, q.verbatim])).toEqual([['b', true]]);
  });
});
