/**
 * Who speaks, in the forms issue 18 lists (places and institutions, bare titles,
 * speakers named in another paragraph, unnamed and collective speakers, names near a
 * quotation that are not its speaker, quotations of one or two words). Invented
 * names and wording about the invented call of invented-call.ts.
 */
import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../../shared/article/quotes';
import { analyse } from './invented-call';

const speakers = (text: string) => analyse(text).commentary.map((q) => q.speaker);

describe('a place or an institution is never a commentator', () => {
  it('a capital, a seat of government, a palace or an office speaking gives no commentary', () => {
    expect(speakers('“The talks covered the full agenda,” Canberra said.')).toEqual([]);
    expect(speakers('“The talks covered the full agenda,” the Kremlin said on Friday.')).toEqual([]);
    expect(speakers('“The talks covered the full agenda,” the palace said.')).toEqual([]);
    expect(speakers('“The talks covered the full agenda,” the ministry said in a note.')).toEqual([]);
  });

  it('“he said” is never an office named by its initials', () => {
    const text = 'The FPO said the leaders spoke for an hour.\nBefore the call, deputy spokesman Tomas Berg met journalists. He said, “We expect a summit in the autumn and not before.”';
    expect(analyse(text).commentary.map((q) => [q.speaker, q.role, q.timing])).toEqual([['Tomas Berg', 'deputy spokesman', 'before']]);
  });
});

describe('a bare title is the person the article gave it', () => {
  it('“the Moldovan president” is the Moldovan president named earlier, not another president', () => {
    const text = 'Moldovan President Ion Rusu and Latvian President Kaspars Ozols met in Riga on Monday.\n“We were told nothing about the energy accord,” the Moldovan president told reporters.';
    expect(speakers(text)).toEqual(['Ion Rusu']);
  });

  it('“the chancellor” the article names nowhere is the chancellor the readouts’ openings name', () => {
    expect(speakers('“We covered energy and Moldova,” the chancellor told reporters after the call.')).toEqual(['Anna Weber']);
  });

  it('a capitalised title stands for its holder too (“the Prime Minister” → Prime Minister Ion Rusu)', () => {
    const text = 'Moldovan Prime Minister Ion Rusu spoke in parliament on Monday. The Prime Minister said the summit was “out of date”.';
    expect(speakers(text)).toEqual(['Ion Rusu']);
  });
});

describe('a speaker named in one paragraph and quoted in the next', () => {
  it('“she added” and a second quotation in a row', () => {
    const text = 'Finance Minister Ana Ortiz briefed reporters on Tuesday about the energy accord.\n“We will not wait forever,” she added. “The autumn is the deadline.”';
    expect(analyse(text).commentary.map((q) => [q.speaker, q.role])).toEqual([['Ana Ortiz', 'Finance Minister'], ['Ana Ortiz', 'Finance Minister']]);
  });
});

describe('unnamed and collective speakers', () => {
  it('are their description, with named false and the description as their role', () => {
    const r = analyse([
      '“Nobody in the ministry was consulted,” officials said.',
      '“The summit date is not fixed,” a government source who asked not to be named said.',
      '“Ships will wait at the border for days,” the port and customs authorities said on Friday.',
      '“The chancellor was tired after the call,” a palace aide said.',
    ].join('\n'));
    expect(r.commentary.map((q) => [q.speaker, q.named, q.role])).toEqual([
      ['officials', false, 'officials'],
      ['a government source', false, 'government source'],
      ['the port and customs authorities', false, 'port and customs authorities'],
      ['a palace aide', false, 'palace aide'],
    ]);
  });
});

describe('a name near the quotation that is not its speaker', () => {
  it('a quotation inside a clause belongs to the subject of the verb that ends the sentence', () => {
    const text = 'Pavel Novak chaired the security council on Friday. Novak called the safety of the crews the “first concern”, and reviewed the plans to bring them home, deputy minister Jon Hale said.';
    expect(speakers(text)).toEqual(['Jon Hale']);
    const r = analyse('Chancellor Anna Weber “welcomed” the proposal of the Prime Minister for a summit in the autumn, the Chancellery said.');
    expect(r.commentary).toEqual([]);
    expect(r.claims.map((c) => [c.readouts, c.quotes.map((q) => q.text)])).toEqual([[['b'], ['welcomed']]]);
  });

  it('a remark between dashes naming someone else does not take the quotation', () => {
    const text = 'Foreign Minister Pavel Novak spoke after the call.\nNovak at his weekly briefing in Prague -- where his deputy Eva Lind was sworn in last week -- called it a “hasty plan.”';
    expect(speakers(text)).toEqual(['Pavel Novak']);
  });

  it('the outer account is the readout’s: “the Chancellery said … that Weber urged … the “moderate” bloc”', () => {
    const r = analyse('The Chancellery said in a statement that the call was long and added that Weber urged the Prime Minister to back the “moderate” bloc in Moldova.');
    expect(r.commentary).toEqual([]);
    expect(r.claims.map((c) => c.readouts)).toEqual([['b']]);
  });
});

describe('quotations of one or two words', () => {
  it('are attributed by their sentence, also in a clause coordinated with the speaker’s verb', () => {
    const text = 'Foreign Minister Pavel Novak spoke in parliament.\nNovak told parliament the country wanted a “complete” accord, but conceded that a delay “may be unavoidable.”';
    expect(analyse(text).commentary.map((q) => [q.speaker, q.quote])).toEqual([['Pavel Novak', 'complete'], ['Pavel Novak', 'may be unavoidable.']]);
  });

  it('a title standing for a named person takes a two-word quotation', () => {
    const text = 'Moldovan President Ion Rusu said the plan was “out of date”. However, the Moldovan president hinted that it could be “fixed quickly” in the autumn.';
    expect(speakers(text)).toEqual(['Ion Rusu', 'Ion Rusu']);
  });
});

describe('quotation marks copied from the web', () => {
  it('an opening curly mark closed by a straight one is one quotation, double or single', () => {
    expect(findQuotations('The minister called for a “return to talks" and for more aid to the region.').map((q) => q.text)).toEqual(['return to talks']);
    expect(findQuotations('Differences can only be settled through an ‘honest and open\' dialogue.').map((q) => q.text)).toEqual(['honest and open']);
  });
});

describe('a party to the call quoting its readout', () => {
  it('three words that stand in a readout as they are are a quotation of it, not the party’s commentary', () => {
    const r = analyse('Chancellor Anna Weber said the Prime Minister had raised “the detained journalist” with her.');
    expect(r.commentary).toEqual([]);
    expect(r.claims.flatMap((c) => c.quotes.map((q) => [q.readout, q.verbatim]))).toEqual([['a', true]]);
  });
});
