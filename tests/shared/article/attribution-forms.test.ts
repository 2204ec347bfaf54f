/**
 * The attribution forms of news writing, one invented sentence each (branch
 * speakers2): speech verbs before and after the quotation, a speaker introduced
 * with an appositive title, pronoun continuations, anonymous speakers with a role,
 * group nouns, and a readout's words quoted in a sentence about a party. Invented
 * names and wording about the invented call of invented-call.ts.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from './invented-call';

const who = (text: string) => analyse(text).commentary.map((q) => [q.speaker, q.named, q.role]);

describe('speech verbs, before and after the quotation', () => {
  it.each([
    ['“The border stays open all winter,” Mara Lind said.'],
    ['“The border stays open all winter,” said Mara Lind.'],
    ['“The border stays open all winter,” Mara Lind told reporters.'],
    ['“The border stays open all winter,” Mara Lind wrote on her blog.'],
    ['“The border stays open all winter,” Mara Lind added.'],
    ['Mara Lind said: “The border stays open all winter.”'],
    ['Mara Lind told reporters that “the border stays open all winter.”'],
    ['According to Mara Lind, “the border stays open all winter.”'],
    ['“The border stays open all winter,” according to Mara Lind.'],
  ])('%s', (text) => {
    expect(who(text)).toEqual([['Mara Lind', true, null]]);
  });
});

describe('a speaker introduced with an appositive title', () => {
  it('“X, the head of Y, said” gives the appositive as role', () => {
    expect(who('“The border stays open all winter,” Mara Lind, the head of the customs union, said.'))
      .toEqual([['Mara Lind', true, 'the head of the customs union']]);
  });

  it('“Y’s head, X, said” before the quotation', () => {
    expect(who('The customs union’s head, Mara Lind, said: “The border stays open all winter.”').map((x) => x[0])).toEqual(['Mara Lind']);
  });

  it('an appositive in the sentence that introduces the person is the role of a later quotation', () => {
    const text = 'Jaan Tamm, the customs chief, was asked about the call. “The border stays open all winter,” he replied.';
    expect(who(text)).toEqual([['Jaan Tamm', true, 'the customs chief']]);
  });

  it('“PM” is a title (“PM Lind” is Mara Lind, with the title the article gives her there)', () => {
    const text = 'Prime Minister Mara Lind of Estonia spoke on Friday. PM Lind said: “The border stays open all winter.”';
    expect(who(text)).toEqual([['Mara Lind', true, 'PM']]);
  });

  it('a title before the name is the role', () => {
    expect(who('“The border stays open all winter,” Customs Commissioner Mara Lind said.')).toEqual([['Mara Lind', true, 'Customs Commissioner']]);
  });
});

describe('a named person’s affiliation after the name', () => {
  it.each([
    ['“The accord is a trap for the smaller states,” said Jan Brouwer of the Baltic Policy Institute.'],
    ['“The accord is a trap for the smaller states,” Jan Brouwer of the Baltic Policy Institute said.'],
    ['Jan Brouwer of the Baltic Policy Institute said: “The accord is a trap for the smaller states.”'],
  ])('%s: the person speaks, the institute is the role', (text) => {
    expect(who(text)).toEqual([['Jan Brouwer', true, 'Baltic Policy Institute']]);
  });

  it('“from” a university too', () => {
    expect(who('“The accord is a trap for the smaller states,” said Jan Brouwer from Tartu University.').map((x) => x[0])).toEqual(['Jan Brouwer']);
  });
});

describe('pronoun continuations', () => {
  it('the age epithet (“the 57-year-old said”) is the person just named', () => {
    const text = 'Customs Commissioner Mara Lind spoke in Riga on Friday. “The border stays open all winter,” the 57-year-old said.';
    expect(who(text)).toEqual([['Mara Lind', true, 'Customs Commissioner']]);
  });


  it('“she added” in the next sentence is the person who spoke before', () => {
    const text = '“The border stays open all winter,” Customs Commissioner Mara Lind said. “Trucks will wait no longer than a day,” she added.';
    expect(who(text)).toEqual([['Mara Lind', true, 'Customs Commissioner'], ['Mara Lind', true, 'Customs Commissioner']]);
  });

  it('“he said” after a paragraph that introduces the person without quoting them', () => {
    const text = 'Opposition leader Jan Brouwer spoke in parliament on Thursday.\n“This accord was written in a hurry,” he said.';
    expect(who(text)).toEqual([['Jan Brouwer', true, 'Opposition leader']]);
  });
});

describe('anonymous speakers with a role', () => {
  it('“a senior official said” and “diplomats said” are their description, not named', () => {
    const r = who([
      '“The summit date is not fixed,” a senior official said.',
      '“Nobody expects a breakthrough in the autumn,” diplomats said.',
      '“The energy accord is ready for signing,” said a senior European diplomat.',
      '“The summit date is not fixed,” a person familiar with the talks said.',
      // (A party's spokesman, "Weber’s spokesman", speaks for the German side since branch art16: art16-forms.test.ts.)
      'Lars Holm’s spokesman said: “The chancellor wants an answer on tariffs by June.”',
    ].join('\n'));
    expect(r).toEqual([
      ['a senior official', false, 'senior official'],
      ['diplomats', false, 'diplomats'],
      ['a senior European diplomat', false, 'senior European diplomat'],
      ['a person familiar with the talks', false, 'person familiar with the talks'],
      ['Lars Holm’s spokesman', false, 'Lars Holm’s spokesman'],
    ]);
  });
});

describe('group nouns: a vague group is no speaker, a described one is', () => {
  it('bare “critics”, “analysts”, “observers”, “residents” are the article’s own characterisation, not a quotation of someone', () => {
    expect(who([
      'Critics called the accord a “hasty” plan.',
      '“The accord was written in a hurry,” critics said.',
      'Analysts say the summit could be “a turning point for the region.”',
      '“Nothing will change for us,” residents say.',
      'Some observers described the call as “a reset in all but name.”',
    ].join('\n'))).toEqual([]);
  });

  it('a group described by a number or an affiliation is an anonymous speaker with that description as role', () => {
    expect(who([
      '“The accord was written in a hurry,” two analysts at the Baltic Policy Institute said.',
      '“Nothing will change for us,” residents of the border town of Valka said.',
    ].join('\n'))).toEqual([
      ['two analysts at the Baltic Policy Institute', false, 'two analysts at the Baltic Policy Institute'],
      ['residents of the border town of Valka', false, 'residents of the border town of Valka'],
    ]);
  });
});

describe('a readout’s own words quoted in a sentence about a party', () => {
  it('one or two words that stand in a readout as they are, in a sentence whose subject is a party, are a quotation of that readout', () => {
    const r = analyse('Chancellor Anna Weber agreed with the Prime Minister to “deepen cooperation” on energy.');
    expect(r.commentary).toEqual([]);
    expect(r.claims.flatMap((c) => c.quotes.map((q) => [q.text, q.readout, q.verbatim]))).toEqual([['deepen cooperation', 'a', true]]);
  });

  it('without a party in the sentence, or with words both readouts have, it is no quotation of a readout', () => {
    expect(analyse('The accord is meant to “deepen cooperation” on energy.').claims.flatMap((c) => c.quotes)).toEqual([]);
    const r = analyse('Chancellor Anna Weber spoke of “energy security” with the Prime Minister.');
    expect(r.claims.flatMap((c) => c.quotes)).toEqual([]);
  });

  it('a party’s words on another occasion (“told parliament”) stay theirs, even when the readout has them', () => {
    const r = analyse('Chancellor Anna Weber told parliament the country wanted to “deepen cooperation” on energy.');
    expect(r.commentary.map((q) => [q.speaker, q.quote])).toEqual([['Anna Weber', 'deepen cooperation']]);
  });

  it('a party’s own sentence told to reporters stays theirs although their readout says nearly the same', () => {
    const r = analyse('Chancellor Anna Weber told reporters after the call: “We agreed to strengthen cooperation on energy security.”');
    expect(r.commentary.map((q) => [q.speaker, q.timing])).toEqual([['Anna Weber', 'after']]);
    expect(r.claims).toEqual([]);
  });

  it('the same words given to the readout, its spokesperson or a party in the call are the readout’s', () => {
    for (const text of [
      'According to the Chancellery, Weber “agreed to strengthen cooperation on energy security”.',
      '“They agreed to strengthen cooperation on energy security,” a German government spokesperson said.',
      'Weber told the Prime Minister they had “agreed to strengthen cooperation on energy security.”',
    ]) expect(analyse(text).claims.flatMap((c) => c.quotes.map((q) => q.readout))).toEqual(['b']);
  });

  it('a one-word scare quote that is not in a readout stays the party’s word', () => {
    const r = analyse('Chancellor Anna Weber called the plan “hasty”.');
    expect(r.commentary.map((q) => [q.speaker, q.quote])).toEqual([['Anna Weber', 'hasty']]);
  });
});
