/**
 * The forms real articles use to quote people and readouts, each checked on its
 * own. The sentences are written for the test (names invented), so that no rule
 * can lean on the seed article's wording.
 */
import { describe, expect, it } from 'vitest';
import { timingOf } from '../../../shared/article/analyze';
import { analyse } from './invented-call';

describe('commentary', () => {
  it('finds the speaker after the quotation, in either order, with the role between commas', () => {
    const r = analyse([
      '“This is a modest step,” said Maria Ortega, a fellow at the Lisbon Institute of Strategy.',
      '“Energy is where they can agree,” Tomás Lind, the director of an energy think tank, told Reuters.',
      '“Nothing new was offered,” Ortega wrote later.',
    ].join('\n'));
    expect(r.commentary.map((q) => [q.speaker, q.role])).toEqual([
      ['Maria Ortega', 'a fellow at the Lisbon Institute of Strategy'],
      ['Tomás Lind', 'the director of an energy think tank'],
      ['Maria Ortega', 'a fellow at the Lisbon Institute of Strategy'],
    ]);
  });

  it('takes the role the article gives where it first names the speaker in full', () => {
    const r = analyse('Foreign Minister Pavel Novak welcomed the call.\n“We hope the summit happens soon,” Novak said.');
    expect(r.commentary[0]).toMatchObject({ speaker: 'Pavel Novak', role: 'Foreign Minister', party: false });
  });

  it('carries the speaker to a quotation standing alone after it, and over a paragraph break', () => {
    const r = analyse([
      '“We will not accept this,” opposition leader Jan Brouwer said on Tuesday. “The people deserve better than a phone call.”',
      '“They talked about energy for an hour,',
      '“and said nothing about the journalist.”',
    ].join('\n'));
    expect(r.commentary.map((q) => q.speaker)).toEqual(['Jan Brouwer', 'Jan Brouwer', 'Jan Brouwer', 'Jan Brouwer'].slice(0, r.commentary.length));
    expect(r.commentary.length).toBe(4);
  });

  it('reads “X said:” at the end of the paragraph before, straight quotation marks and bracketed insertions', () => {
    const r = analyse('Analyst Mei Chen said:\n"The [energy] deal is the only concrete result of the call."');
    expect(r.commentary).toHaveLength(1);
    expect(r.commentary[0]).toMatchObject({ speaker: 'Mei Chen', quote: 'The [energy] deal is the only concrete result of the call.' });
  });

  it('knows the parties to the call from the readouts', () => {
    const r = analyse('“It was a good conversation,” Chancellor Anna Weber said after the call.');
    expect(r.commentary[0]).toMatchObject({ speaker: 'Anna Weber', party: true, timing: 'after' });
  });

  it('does not call two speakers a party to the call when only one of them is', () => {
    const r = analyse('Anna Weber and Pavel Novak said the talks had been “a useful step towards a settlement”.');
    expect(r.commentary[0]).toMatchObject({ speaker: 'Anna Weber and Pavel Novak', party: false });
  });

  it('gives one- and two-word quotations to the speaker their own sentence names, and leaves other scare quotes alone', () => {
    // Issue 18: a short quotation is attributed by the sentence around it.
    const r = analyse('Lea Park called the summit plan “premature” and the agenda “too thin”.');
    expect(r.commentary.map((q) => [q.speaker, q.quote])).toEqual([['Lea Park', 'premature'], ['Lea Park', 'too thin']]);
    expect(analyse('The so-called “energy bridge” is a pipeline under the Baltic.').commentary).toEqual([]);
    // Standing alone, one word takes no speaker from the sentence before.
    expect(analyse('Lea Park spoke after the call. “Premature.”').commentary).toEqual([]);
  });

  it('warns about a quotation mark that is never closed, naming the file and line, and goes on', () => {
    const r = analyse('First line without quotes.\n“This quotation never ends, said nobody\nA third line.');
    expect(r.warnings).toEqual(['article.txt: line 2: a quotation mark opened here is never closed; the quotation is read to the end of its paragraph']);
  });

  it('handles an article with no quotations', () => {
    const r = analyse('The two leaders spoke on Wednesday. Few details were released.');
    expect(r.commentary).toEqual([]);
    expect(r.warnings).toEqual([]);
  });
});

describe('timing', () => {
  it('reads before and after the call, and weekdays around its date', () => {
    expect(timingOf('X said ahead of the call.', null)).toBe('before');
    expect(timingOf('X wrote hours before their telephone conversation.', null)).toBe('before');
    expect(timingOf('X wrote after it ended.', null)).toBe('after');
    expect(timingOf('X said following the talks.', null)).toBe('after');
    expect(timingOf('X said, moments before parliament voted.', null)).toBe(null);
    // 2024-06-12 is a Wednesday.
    expect(timingOf('X said on Monday.', '2024-06-12')).toBe('before');
    expect(timingOf('X said on Friday.', '2024-06-12')).toBe('after');
    expect(timingOf('X said earlier on Wednesday.', '2024-06-12')).toBe(null);
    expect(timingOf('X said on Monday.', null)).toBe(null);
  });
});

describe('claims', () => {
  it('finds statements about a readout by its label or publisher, and which readout', () => {
    const r = analyse([
      'According to Downing Street, the leaders agreed to deepen cooperation on energy security.',
      'The Chancellery said a summit would take place in the autumn.',
      'The statements from both Downing Street and the Chancellery mention energy.',
      'Downing Street has previously said it wants closer ties.',
      'The weather in Berlin was fine.',
    ].join('\n'));
    expect(r.claims.map((c) => [c.text.slice(0, 20), c.readouts])).toEqual([
      ['According to Downing', ['a']],
      ['The Chancellery said', ['b']],
      ['The statements from ', ['a', 'b']],
    ]);
    expect(r.claims[0]!.verdicts).toEqual({ a: 'supported' });
    expect(r.claims[0]!.links).toContain('a2');
  });

  it('says “not found” for a claim the readout does not bear out, with its closest sentence', () => {
    const r = analyse('The Chancellery said the leaders discussed sanctions on shipping and a new trade agreement for aircraft parts.');
    expect(r.claims[0]!.verdicts.b).toBe('not-found');
    expect(r.claims[0]!.links).toEqual([]);
  });

  it('offers as closest passage only a sentence that shares something with the claim, never any top-ranked sentence', () => {
    // Shares two terms with "They agreed to strengthen cooperation on energy security": worth showing.
    const near = analyse('The Chancellery said the leaders agreed energy security talks for pipelines and tankers in the Baltic.');
    expect(near.claims[0]!.verdicts.b).toBe('not-found');
    expect(near.claims[0]!.closestSentences).toEqual(['b2']);
    // Shares one word ("autumn") with a Chancellery sentence about something else: no passage is offered.
    const far = analyse('The Chancellery said the leaders disagreed about fishing quotas for herring this autumn.');
    expect(far.claims[0]!.verdicts.b).toBe('not-found');
    expect(far.claims[0]!.closestSentences).toEqual([]);
  });

  it('checks quotations of a readout word for word', () => {
    const r = analyse('The readout from Downing Street said the leaders “agreed to deepen cooperation on energy security” and “discussed support for Moldova and Georgia.”');
    const [q1, q2] = r.claims[0]!.quotes;
    expect(q1).toMatchObject({ readout: 'a', verbatim: true });
    expect(q1!.match!.text).toBe('agreed to deepen cooperation on energy security');
    expect(q2).toMatchObject({ readout: 'a', verbatim: false });
    expect(q2!.diff.filter((p) => p.kind === 'onlyA').map((p) => p.text.replace(/[.\s]+$/u, '').trim())).toEqual(['and Georgia']);
  });

  it('reads a bare “the read-out” as the readout the article named last', () => {
    const r = analyse('Downing Street published its account late.\nThe read-out said the leaders “discussed support for Moldova.”');
    expect(r.claims.at(-1)!.readouts).toEqual(['a']);
  });
});

describe('bad input', () => {
  it('analyses a quotation of 5,000 words, of a readout and of a person, without stalling', () => {
    const words = Array.from({ length: 5000 }, (_, i) => ['energy', 'security', 'cooperation', 'summit', 'autumn', 'leaders', 'agreed', `w${i % 97}`][i % 8]).join(' ');
    const r = analyse(`Downing Street said the leaders “${words}.”\n“${words},” said Ivo Kant.`);
    expect(r.claims[0]!.quotes[0]!.verbatim).toBe(false);
    expect(r.commentary[0]!.speaker).toBe('Ivo Kant');
    expect(r.commentary[0]!.quote.split(' ')).toHaveLength(5000);
  }, 20_000);
});


describe('speakers named elsewhere', () => {
  it('resolves “he said” to the person named last', () => {
    const r = analyse('Foreign Minister Pavel Novak spoke to reporters in Prague.\n“The summit must include energy,” he said.');
    expect(r.commentary[0]).toMatchObject({ speaker: 'Pavel Novak', role: 'Foreign Minister' });
  });

  it('takes the speaker named in the sentence before a quotation that stands alone', () => {
    const r = analyse('Opposition leader Jan Brouwer addressed parliament on Thursday.\n“This call changed nothing for our farmers.”');
    expect(r.commentary).toHaveLength(1);
    expect(r.commentary[0]!.speaker).toBe('Jan Brouwer');
  });
});

describe('forms of news reports about readouts', () => {
  it('reads statements, readouts of the call and spokespeople apart', () => {
    const r = analyse([
      'In a statement, the Chancellery said a summit would take place in the autumn.',
      'A Downing Street readout of the call said the leaders discussed support for Moldova.',
      'Chancellery spokeswoman Ute Fink told reporters that the talks were “very open and constructive.”',
      'Neither readout mentioned the detained journalist.',
    ].join('\n'));
    expect(r.claims.map((c) => [c.text.slice(0, 24), c.readouts])).toEqual([
      ['In a statement, the Chan', ['b']],
      ['A Downing Street readout', ['a']],
      ['Neither readout mentione', ['a', 'b']],
    ]);
    expect(r.claims[1]!.verdicts).toEqual({ a: 'supported' });
    expect(r.commentary).toHaveLength(1);
    expect(r.commentary[0]).toMatchObject({ speaker: 'Ute Fink', role: 'Chancellery spokeswoman' });
  });

  it('resolves a pronoun to the person who spoke last rather than a place named after them', () => {
    const r = analyse('Speaking at Heathrow Airport, Lea Park said the call went well.\n“We had a very good call,” she said.');
    expect(r.commentary[0]!.speaker).toBe('Lea Park');
  });
});
