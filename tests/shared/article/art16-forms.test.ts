/**
 * Branch art16: a party's office or spokesperson speaks for its side; "he"/"she" after two people are named (salience
 * and gender agreement); a relative clause that gives the position as the role; the closed-class lists of cue-forms.ts
 * as data. Invented wording about the invented calls of invented-call.ts (docs/article.md, branch art16).
 */
import { describe, expect, it } from 'vitest';
import { analyse, inventedCall, readout } from './invented-call';
import reporting from '../../../shared/article/data/reporting.json';

const who = (text: string) => analyse(text).commentary.map((q) => [q.speaker, q.named, q.role]);
const claims = (text: string) => analyse(text).claims.map((c) => c.readouts);
const QUOTE = '“The trucks will roll again in spring,”';

describe('an office or spokesperson of a party is that party’s side, not a commentator', () => {
  it.each<[string, string, string[]]>([
    ['the chancellor’s office (the German side: Chancellor Anna Weber)', `${QUOTE} the chancellor’s office said.`, ['b']],
    ['the chancellor’s spokeswoman', `${QUOTE} the chancellor’s spokeswoman said.`, ['b']],
    ['the leader’s surname: Weber’s spokeswoman', `${QUOTE} Weber’s spokeswoman said.`, ['b']],
    ['the prime minister’s spokesman (the British side: “The Prime Minister spoke to …”)', `${QUOTE} the prime minister’s spokesman said.`, ['a']],
    ['the PM’s office (an abbreviation of the title)', `${QUOTE} the PM’s office said.`, ['a']],
    ['a spokeswoman for the chancellor', `${QUOTE} a spokeswoman for the chancellor said.`, ['b']],
    ['a spokeswoman for Chancellor Anna Weber', `${QUOTE} a spokeswoman for Chancellor Anna Weber said.`, ['b']],
  ])('a quotation: %s', (_form, text, sides) => {
    const r = analyse(text);
    expect(r.commentary).toEqual([]);
    expect(r.claims.map((c) => [c.readouts, c.quotes.map((q) => q.text)])).toEqual([[sides, ['The trucks will roll again in spring']]]);
  });

  it.each<[string, string, string[]]>([
    ['the chancellor’s office said', 'The chancellor’s office said the leaders agreed to deepen cooperation on energy security.', ['b']],
    ['the prime minister’s spokesman said', 'The prime minister’s spokesman said the two leaders also talked about fishing quotas.', ['a']],
    ['the office of the prime minister said', 'The office of the prime minister said the two leaders also talked about fishing quotas.', ['a']],
    ['the PM’s office said', 'The PM’s office said the leaders agreed to hold a summit in the autumn.', ['a']],
    ['the British prime minister’s spokesman said', 'The British prime minister’s spokesman said the two leaders also talked about fishing quotas.', ['a']],
  ])('a claim: %s', (_form, text, sides) => {
    expect(claims(text)).toEqual([sides]);
  });

  it('someone speaking for a person who is no party stays a commentator (attribution-forms row 24)', () => {
    expect(who(`${QUOTE} Mara Lind’s spokesperson said.`)).toEqual([['Mara Lind’s spokesperson', false, 'Mara Lind’s spokesperson']]);
  });

  it('a named spokesperson speaks for themselves', () => {
    expect(who(`${QUOTE} the chancellor’s spokesman, Max Roth, told reporters.`)).toEqual([['Max Roth', true, 'the chancellor’s spokesman']]);
  });

  describe('two presidents: the title tells them apart only with the country', () => {
    const call = inventedCall(
      readout('paris.txt', 'President Luc Marot spoke with President Dana Hill of the United States on Monday. They discussed grain exports.', 'Élysée', { publisher: 'Élysée Palace' }),
      readout('washington.txt', 'President Dana Hill spoke with President Luc Marot of France today. The two leaders discussed grain exports and shipping.', 'White House'),
    );
    it('“the French president’s office” is the French side; a bare “the president’s office” is neither', () => {
      expect(call.analyse('The French president’s office said the two leaders also talked about fishing quotas.').claims.map((c) => c.readouts)).toEqual([['a']]);
      expect(call.analyse('The president’s office said the two leaders also talked about fishing quotas.').claims.map((c) => c.readouts)).not.toEqual([['a']]);
      expect(call.analyse('The president’s office said the two leaders also talked about fishing quotas.').claims.map((c) => c.readouts)).not.toEqual([['b']]);
    });
  });
});

describe('“he” or “she” after two people are named: salience, then gender where the article gives it', () => {
  it('the subject of the sentence before, not the last person named (“X met Y. … he said”)', () => {
    expect(who(`Mara Lind met Jan Brouwer in Riga on Tuesday.\n${QUOTE} he said.`)).toEqual([['Mara Lind', true, null]]);
  });

  it('a possessor and a fronted adverbial are no subject (“Before X’s talk with Y, Z held …”)', () => {
    expect(who(`Before Tom Hale’s talk with Ola Berg, customs chief Kim Lind held a briefing.\n${QUOTE} he said.`).map((x) => x[0])).toEqual(['Kim Lind']);
  });

  it('the speaker of the quotation before comes first', () => {
    expect(who(`${QUOTE} Mara Lind said. Jan Brouwer, standing beside her, nodded.\n“The ferries will follow,” she said.`))
      .toEqual([['Mara Lind', true, null], ['Mara Lind', true, null]]);
  });

  it('a courtesy title gives the gender: “Ms Mara Lind met Jan Brouwer … he said” is Brouwer', () => {
    expect(who(`Ms Mara Lind met Jan Brouwer in Riga on Tuesday.\n${QUOTE} he said.`)).toEqual([['Jan Brouwer', true, null]]);
  });

  it('a gendered position in apposition gives the gender (“the chairman”)', () => {
    expect(who(`Jan Brouwer, the chairman of the port board, spoke in Riga. Mara Lind was not there.\n${QUOTE} he said.`))
      .toEqual([['Jan Brouwer', true, 'the chairman of the port board']]);
  });

  it('a gendered noun before the name (“spokeswoman Mara Lind”)', () => {
    expect(who(`Board spokeswoman Mara Lind spoke in Riga. Jan Brouwer was not there.\n${QUOTE} she said.`).map((x) => x[0])).toEqual(['Mara Lind']);
  });

  it('without any gender given, the subject of the last sentence naming someone', () => {
    expect(who(`Mara Lind spoke in Riga. Jan Brouwer was not there.\n${QUOTE} she said.`).map((x) => x[0])).toEqual(['Jan Brouwer']);
  });
});

describe('a relative clause that gives the position is the role', () => {
  it.each<[string, string, string]>([
    ['who heads …, before the cue', `Jan Brouwer, who heads the Baltic Freight Institute, said: “The border stays open all winter.”`, 'who heads the Baltic Freight Institute'],
    ['who heads …, after the cue', `${QUOTE} said Jan Brouwer, who heads the Baltic Freight Institute.`, 'who heads the Baltic Freight Institute'],
    ['who served as …', `${QUOTE} said Jan Brouwer, who served as ambassador to Tarvo until May.`, 'who served as ambassador to Tarvo until May'],
    ['who is a … (the noun phrase)', `${QUOTE} said Jan Brouwer, who is a senior fellow at the Tarvo Institute.`, 'a senior fellow at the Tarvo Institute'],
    ['an appositive with a relative clause', `Jan Brouwer, a former ambassador who now advises shipping firms, said: “The border stays open all winter.”`, 'a former ambassador who now advises shipping firms'],
  ])('%s', (_form, text, role) => {
    expect(who(text)).toEqual([['Jan Brouwer', true, role]]);
  });

  it('any other relative clause is no role (“who met … on Monday”)', () => {
    expect(who(`${QUOTE} said Jan Brouwer, who met Mara Lind on Monday.`)).toEqual([['Jan Brouwer', true, null]]);
  });
});

describe('the closed-class words of cue-forms.ts are data with a source', () => {
  it('sentence connectives, coordinators and name postmodifiers carry their grammar', () => {
    for (const key of ['sentenceConnectives', 'coordinators', 'namePostmodifiers'] as const) {
      expect(reporting[key].length).toBeGreaterThan(0);
      expect(reporting[`${key}About`]).toMatch(/Quirk|Cambridge Grammar/u);
    }
  });

  it('a connective before the name still lets the colon cue read the person (“Later Mara Lind was blunt:”)', () => {
    expect(who('Later Mara Lind was blunt: “The border stays open all winter.”')).toEqual([['Mara Lind', true, null]]);
  });

  it('a postmodifier after the name is no predicate (“Mara Lind of the customs union:”)', () => {
    expect(who('Mara Lind of the customs union: “The border stays open all winter.”')).toEqual([]);
  });
});

describe('the issue’s other forms, each checked on invented wording (docs/attribution-forms.md, rows 44–46; rows 14, 30 again)', () => {
  it.each<[string, string]>([
    ['criticised the “so-called” …', 'Mara Lind, the harbour master, criticised the “so-called” accord on Tuesday.'],
    ['denounced the “reckless” …', 'Mara Lind denounced the “reckless” accord.'],
    ['praised the “historic” …', 'Mara Lind praised the “historic” accord.'],
  ])('44 a verb of judging gives its subject the one- or two-word quotation in its object: %s', (_form, text) => {
    expect(who(text).map((x) => x[0])).toEqual(['Mara Lind']);
  });

  it('45 a name spoken of after the cue is no speaker (“… Mara Lind said of Jan Brouwer, who …”)', () => {
    expect(who('“He was a friend to every sailor,” Mara Lind said of Jan Brouwer, who died in the storm.').map((x) => x[0])).toEqual(['Mara Lind']);
  });

  it('45 a victim named in the sentence before is no speaker', () => {
    expect(who('The storm killed Jan Brouwer and two crew. Harbour master Mara Lind said: “We lost a friend to every sailor.”').map((x) => x[0])).toEqual(['Mara Lind']);
  });

  it('46 a dateline opening the sentence keeps it one claim sentence', () => {
    const text = 'RIGA, June 12 (Tarvo News) - The leaders agreed to deepen cooperation on energy security, the Chancellery said.';
    expect(analyse(text).claims.map((c) => [c.text, c.readouts])).toEqual([[text, ['b']]]);
  });

  it('46 a past-time phrase inside the reported content does not drop the claim', () => {
    const text = 'The leaders, who last met in March, agreed to hold a summit in the autumn, Downing Street said.';
    expect(analyse(text).claims.map((c) => [c.text, c.readouts])).toEqual([[text, ['a']]]);
  });

  it('46 a free translation of a readout’s words is “different-wording”, not misquoted', () => {
    const r = analyse('The Chancellery said the leaders “agreed to reinforce collaboration regarding energy safety”.');
    expect(r.claims.flatMap((c) => c.quotes.map((q) => q.severity))).toEqual(['different-wording']);
  });

  it('30 anonymous speakers keep their description as speaker and role, not named', () => {
    expect(who('A palace aide who asked not to be named said: “The summit is a formality.”')).toEqual([['a palace aide', false, 'palace aide']]);
    expect(who('“The summit is a formality,” officials in Riga said.')).toEqual([['officials in Riga', false, 'officials in Riga']]);
  });

  it('14 a speaker introduced a paragraph earlier, quoted with “she added”', () => {
    expect(who('Finance Minister Ana Ortiz briefed reporters on Tuesday about the gas talks.\n“We will not wait forever,” she added.'))
      .toEqual([['Ana Ortiz', true, 'Finance Minister']]);
  });
});
