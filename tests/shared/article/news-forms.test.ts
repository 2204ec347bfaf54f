/**
 * Forms found by a cold review of the extraction on articles in the styles of
 * several outlets (the sentences are the review's minimal reproductions, names
 * invented). Each case says what a careful reader would extract.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from './invented-call';

const speakers = (text: string) => analyse(text).commentary.map((q) => q.speaker);
const claims = (text: string) => analyse(text).claims.map((c) => c.readouts);

describe('readouts named in other ways', () => {
  it('“according to a X readout” and “the X readout, by contrast, does not mention”', () => {
    expect(claims('According to a Chancellery readout, the leaders agreed to strengthen cooperation on energy security.')).toEqual([['b']]);
    expect(claims('The Chancellery readout, by contrast, does not mention Moldova at all.')).toEqual([['b']]);
  });

  it('a readout the article does not name is a claim about an unnamed readout, not a person', () => {
    const r = analyse('According to the readout, the leaders agreed to strengthen cooperation on energy security.');
    expect(r.claims.map((c) => [c.readouts, Object.keys(c.verdicts)])).toEqual([[[], ['a', 'b']]]);
    const s = analyse('“They agreed to strengthen cooperation on energy security,” the statement said.');
    expect(s.commentary).toEqual([]);
    expect(s.claims).toHaveLength(1);
    expect(s.claims[0]!.quotes.some((q) => q.readout === 'b' && q.verbatim)).toBe(true);
  });

  it('a one-word label after a sentence-initial “The” is the readout, with its quotation checked', () => {
    const r = analyse('The Chancellery said the leaders “agreed to strengthen cooperation on energy security.”');
    expect(r.commentary).toEqual([]);
    expect(r.claims[0]!.quotes).toMatchObject([{ readout: 'b', verbatim: true }]);
  });

  it('“it said” after the readout was named, and a clause after the quotation that is not its attribution', () => {
    const r = analyse('The Chancellery said the leaders “agreed to strengthen cooperation on energy security.” Weber, it said, “will take part in a summit in the autumn”.');
    expect(r.claims.map((c) => c.readouts)).toEqual([['b'], ['b']]);
    expect(r.commentary).toEqual([]);
    const d = analyse('The Chancellery said that “a summit will take place in the autumn” — a date Downing Street did not confirm.');
    expect(d.claims[0]!.quotes).toMatchObject([{ readout: 'b', verbatim: true }]);
  });

  it('a quotation a person attributes to the readout is checked against it', () => {
    const r = analyse('According to the Chancellery, Weber told the prime minister that “a summit will take place in spring.”');
    expect(r.claims[0]!.quotes).toMatchObject([{ readout: 'b', verbatim: false }]);
    expect(r.commentary).toEqual([]);
  });

  it('single quotation marks when an article uses them for quotations', () => {
    const r = analyse('The Chancellery said the leaders ‘agreed to strengthen cooperation on energy security’.\n‘This is a modest step,’ said Maria Ortega, a fellow at the Lisbon Institute.');
    expect(r.claims[0]!.quotes).toMatchObject([{ readout: 'b', verbatim: true }]);
    expect(r.commentary.map((q) => [q.speaker, q.role])).toEqual([['Maria Ortega', 'a fellow at the Lisbon Institute']]);
  });
});

describe('speakers', () => {
  it('anonymous officials', () => {
    expect(speakers('A senior official told reporters that the leaders spent “a good deal of time” on energy.')).toEqual(['a senior official']);
    expect(speakers('“We spent a long time on energy,” the official said.')).toEqual(['the official']);
  });

  it('a role without an article, a subject with a parenthesis before the verb, a possessive role', () => {
    expect(analyse('“We will hold a summit,” said Lea Park, director of the Lisbon Institute.').commentary.map((q) => [q.speaker, q.role]))
      .toEqual([['Lea Park', 'director of the Lisbon Institute']]);
    expect(analyse('Foreign Minister Pavel Novak, speaking in Prague on Thursday, said: “Nobody will stop them with phone calls.”').commentary.map((q) => [q.speaker, q.role]))
      .toEqual([['Pavel Novak', 'Foreign Minister']]);
    expect(analyse('Lea Park, the chancellor’s adviser, told reporters that the talks were “frank and substantive”.').commentary.map((q) => [q.speaker, q.role]))
      .toEqual([['Lea Park', 'the chancellor’s adviser']]);
    expect(speakers('Lea Park, who advises the chancellor, said the talks were “frank and substantive”.')).toEqual(['Lea Park']);
    expect(analyse('“The call was short,” said the chancellor’s spokesman, Max Roth.').commentary.map((q) => [q.speaker, q.role]))
      .toEqual([['Max Roth', 'the chancellor’s spokesman']]);
    expect(analyse('“The call was short,” Max Roth, 54, said.').commentary.map((q) => [q.speaker, q.role])).toEqual([['Max Roth', null]]);
  });

  it('a pronoun skips names inside quotations and parts of institutions’ names', () => {
    expect(speakers('Foreign Minister Pavel Novak criticised the call. “Chancellor Weber’s call to Moscow opens a box of troubles,” he said.')).toEqual(['Pavel Novak']);
    expect(speakers('Ivo Kant of the Center for Strategic and International Studies was cautious. “The energy deal is real,” he said.')).toEqual(['Ivo Kant']);
    expect(speakers('Ivo Kant of the Council on Foreign Relations was cautious. “The energy deal is real,” he said.')).toEqual(['Ivo Kant']);
  });

  it('“the chancellor” is the person the article gave that title', () => {
    const r = analyse('Chancellor Anna Weber spoke to reporters. “It was a good call with the Prime Minister,” the chancellor said.');
    expect(r.commentary.map((q) => [q.speaker, q.party])).toEqual([['Anna Weber', true]]);
  });

  it('sentence-initial words are not names, and a participle continues the speaker', () => {
    expect(speakers('As Lea Park put it in a later post, the meeting was “a masterclass in talking past each other.”')).toEqual(['Lea Park']);
    expect(speakers('Lea Park wrote that “the call went well for both leaders,” adding: “We agreed on energy.”')).toEqual(['Lea Park', 'Lea Park']);
    expect(speakers('“The readouts describe two different meetings,” said Lea Park. She added that the plan was “the only real result”.')).toEqual(['Lea Park', 'Lea Park']);
  });

  it('a clause after the quotation that is not an attribution gives no speaker', () => {
    expect(speakers('He warned of “severe economic consequences” if it invades Ukraine, during a video call that the Kremlin described as frank.')).not.toContain('Ukraine');
    expect(speakers('Moscow wants “reliable, legally fixed guarantees” ruling out Nato’s eastward expansion, the Kremlin said.')).toEqual([]);
  });
});

describe('timing', () => {
  it.each([
    ['“It was useful,” Chancellor Anna Weber told reporters after the two-hour call.', 'after'],
    ['“It was useful,” Chancellor Anna Weber told reporters afterwards.', 'after'],
    ['“It was useful,” Chancellor Anna Weber told reporters after the leaders’ call.', 'after'],
    ['“It will be useful,” Chancellor Anna Weber told reporters before the 90-minute call.', 'before'],
  ])('%s', (text, timing) => {
    expect(analyse(text).commentary[0]?.timing).toBe(timing);
  });
});

describe('a readout named by its country', () => {
  it('“the German readout”, “London’s account”: the side whose label belongs to that country', () => {
    expect(claims('The German readout said the leaders “agreed to strengthen cooperation on energy security.”')).toEqual([['b']]);
    expect(claims('London’s account said the leaders agreed to deepen cooperation on energy security.')).toEqual([['a']]);
    // Without a readout or institution noun a country is not a readout: the sentence is not given to the
    // German side by its name (it may still be a claim by its content, which London's readout reports).
    expect(claims('Germany wants a summit in the autumn, officials said.')).not.toContainEqual(['b']);
    expect(claims('Germany wants better roads, officials said.')).toEqual([]);
  });
});

describe('roles', () => {
  it('drops a bracket after a name and takes an affiliation given with the name', () => {
    expect(analyse('“It was theatre,” said Rep. Lea Park (D-N.Y.), the top Democrat on the committee.').commentary.map((q) => [q.speaker, q.role]))
      .toEqual([['Lea Park', 'the top Democrat on the committee']]);
    expect(analyse('Ivo Kant of the Center for Strategic and International Studies was more cautious.\n“The energy deal is real,” Kant said.').commentary.map((q) => [q.speaker, q.role]))
      .toEqual([['Ivo Kant', 'Center for Strategic and International Studies']]);
  });
});

describe('a readout named by its leader or its country as the subject', () => {
  it('“Weber’s office said”, when the article gives Weber the side’s country', () => {
    expect(claims('German Chancellor Anna Weber spoke to the prime minister on Wednesday, Weber’s office said.')).toEqual([['b']]);
  });

  it('“In its own statement, Germany said”', () => {
    expect(claims('In its own statement, Germany said the leaders agreed to strengthen cooperation on energy security.')).toEqual([['b']]);
  });
});

describe('an unnamed speaker named again', () => {
  it('“the official” is the official as the article first described them', () => {
    expect(speakers('A senior German official briefed reporters on Thursday. “We have not changed our position,” the official said.')).toEqual(['a senior German official']);
  });
});
