/**
 * The attribution forms the news-attribution literature lists (PARC 3.0, Pareti 2016; O'Keefe et al. 2012;
 * Muzny et al. 2017; the AP and Reuters rules on anonymous sources), one invented sentence each, asserting the
 * speaker, the `named` flag and the role (branch art15; the table is docs/attribution-forms.md, whose rows these
 * test names follow). Invented names and wording about the invented call of invented-call.ts.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from './invented-call';

const who = (text: string) => analyse(text).commentary.map((q) => [q.speaker, q.named, q.role]);
const Q = '“The border stays open all winter,”';
const QS = '“The border stays open all winter.”';

describe('forms of the attribution literature (docs/attribution-forms.md)', () => {
  it.each<[string, string, Array<[string, boolean, string | null]>]>([
    ['1 source, cue, content', `${Q} Mara Lind said.`, [['Mara Lind', true, null]]],
    ['2 inverted cue', `${Q} said Mara Lind, the head of the customs union.`, [['Mara Lind', true, 'the head of the customs union']]],
    ['3 inverted cue opening the sentence', `Said Mara Lind, the customs chief: ${QS}`, [['Mara Lind', true, 'the customs chief']]],
    ['4 “according to” after', `${Q} according to Mara Lind.`, [['Mara Lind', true, null]]],
    ['5 “according to” inside the content', 'The border, according to Mara Lind, “stays open all winter.”', [['Mara Lind', true, null]]],
    ['6 “in X’s words”', 'In Mara Lind’s words, the talks were “a waste of a Wednesday”.', [['Mara Lind', true, null]]],
    ['7 occasion: told reporters', `${Q} Mara Lind told reporters.`, [['Mara Lind', true, null]]],
    ['8 occasion: social media', `${Q} Mara Lind wrote on social media.`, [['Mara Lind', true, null]]],
    ['9 occasion: in a statement', `In a statement, Mara Lind said the border would stay “open all winter.”`, [['Mara Lind', true, null]]],
    ['10 appositive title after the name', `Mara Lind, the foreign minister of Tarvo, said: ${QS}`, [['Mara Lind', true, 'the foreign minister of Tarvo']]],
    ['11 possessive title, then the name', `${Q} said Tarvo’s foreign minister, Mara Lind.`, [['Mara Lind', true, 'Tarvo’s foreign minister']]],
    ['12 title chain before the name', `${Q} Tarvo Deputy Foreign Minister Mara Lind told reporters.`, [['Mara Lind', true, 'Tarvo Deputy Foreign Minister']]],
    ['13 “The … minister, X, said”', `The Tarvo foreign minister, Mara Lind, said: ${QS}`, [['Mara Lind', true, 'the Tarvo foreign minister']]],
    ['14 pronoun after an introduction', `Mara Lind, the customs chief, met truck drivers in Valka on Tuesday.\n${Q} she said.`, [['Mara Lind', true, 'the customs chief']]],
    ['15 bare title after an introduction', `Foreign Minister Mara Lind briefed reporters on Tuesday.\n“We will not wait forever,” the minister said.`, [['Mara Lind', true, 'Foreign Minister']]],
    ['16 surname alone after an introduction', `Foreign Minister Mara Lind briefed reporters on Tuesday.\n“We will not wait forever,” Lind said.`, [['Mara Lind', true, 'Foreign Minister']]],
    ['17 speaker in the sentence after (“So said X”)', `${QS} So said Mara Lind, the customs chief.`, [['Mara Lind', true, 'the customs chief']]],
    ['18 speaker in the sentence after (“That was how X put it”)', `${QS} That was how Mara Lind, the customs chief, put it on Tuesday.`, [['Mara Lind', true, 'the customs chief']]],
    ['19 speaker in the sentence before (a speaking act)', `Customs Commissioner Mara Lind addressed truck drivers on Tuesday. ${QS}`, [['Mara Lind', true, 'Customs Commissioner']]],
    ['20 partial (mixed) quotation', 'Mara Lind described the talks as “a waste of a Wednesday”.', [['Mara Lind', true, null]]],
    ['21 nested quotation', 'Mara Lind said the talks had been “useful, as the chancellor put it, ‘in every respect’.”', [['Mara Lind', true, null]]],
    ['22 colon cue with a speech verb', `Mara Lind told reporters: ${QS}`, [['Mara Lind', true, null]]],
    ['23 colon cue without a speech verb', `Mara Lind was blunt: ${QS}`, [['Mara Lind', true, null]]],
    ['24 someone speaking for a person', `${Q} Mara Lind’s spokesperson said.`, [['Mara Lind’s spokesperson', false, 'Mara Lind’s spokesperson']]],
    ['25 a spokesperson for an organisation', `${Q} a spokeswoman for the customs union said.`, [['a spokeswoman for the customs union', false, 'spokeswoman for the customs union']]],
    ['26 collective source', `${Q} officials said.`, [['officials', false, 'officials']]],
    ['27 source with its access', `${Q} a source familiar with the call said.`, [['a source familiar with the call', false, 'source familiar with the call']]],
    ['28 “a person briefed on …”', `${Q} a person briefed on the conversation said.`, [['a person briefed on the conversation', false, 'person briefed on the conversation']]],
    ['29 counted people with their access', `${Q} two people familiar with the chancellor’s thinking said.`, [['two people familiar with the chancellor’s thinking', false, 'two people familiar with the chancellor’s thinking']]],
    ['30 anonymity with its reason', `${Q} said an official who spoke on condition of anonymity because he was not authorised to discuss the call.`, [['an official', false, 'official']]],
    ['31 anonymity after the cue, with its purpose', `${Q} a diplomat said on condition of anonymity to discuss private talks.`, [['a diplomat', false, 'diplomat']]],
    ['32 anonymity before the cue', `A diplomat, speaking on condition of anonymity as the talks were private, said: ${QS}`, [['a diplomat', false, 'diplomat']]],
    ['33 continuation across paragraphs', `Mara Lind, the customs chief, said: “The border stays open all winter.\n“Trucks will wait no longer than a day.”`, [['Mara Lind', true, 'the customs chief'], ['Mara Lind', true, 'the customs chief']]],
    ['34 a second quotation in a row', `${Q} Mara Lind said. “Trucks will wait no longer than a day.”`, [['Mara Lind', true, null], ['Mara Lind', true, null]]],
    ['35 split quotation', `${Q} Lind said, “and trucks will wait no longer than a day.”`, [['Lind', true, null], ['Lind', true, null]]],
    ['36 a name spoken about is no speaker', 'Mara Lind said Jan Brouwer had been “a friend to every sailor.”', [['Mara Lind', true, null]]],
    ['37 the person addressed is no speaker', `${Q} Mara Lind told Jan Brouwer.`, [['Mara Lind', true, null]]],
  ])('%s', (_form, text, expected) => {
    expect(who(text)).toEqual(expected);
  });

  it('a bare group (“people say”) is the article’s characterisation, no speaker', () => {
    expect(who(`${Q} people say.`)).toEqual([]);
  });

  it('a colon after a clause whose subject is no person, or two people, gives no speaker', () => {
    expect(who(`Mara Lind and Jan Brouwer met in Riga: ${QS}`)).toEqual([]);
    expect(who(`The customs union had one message: ${QS}`)).toEqual([]);
  });

  it('an anaphoric opener without a speaker after it gives none', () => {
    expect(who(`${QS} So the trucks waited.`)).toEqual([]);
  });
});
