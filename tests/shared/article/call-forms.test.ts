/**
 * Attribution forms of news writing around the call itself (branch articles3), one
 * invented sentence each: a time adverb between the speaker and the verb, a second
 * verb coordinated with a first whose object is another person, a bare title whose
 * holder only a readout's title names, and a party's words reported as said in the
 * call. Invented names and wording about the invented call of invented-call.ts (its
 * Chancellery readout given a title that names the British prime minister).
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle, saidInTheCall } from '../../../shared/article/analyze';
import { claimedSides, reportsTheCall } from '../../../shared/article/content-claims';
import { compare } from '../../../shared/compare/compare';
import type { SourceDoc } from '../../../shared/model/types';
import { A, analyse, B, meta, resources } from './invented-call';

const who = (text: string) => analyse(text).commentary.map((q) => [q.speaker, q.named]);

/** The same call, with the Chancellery's readout titled as such readouts are ("… with British Prime Minister Tom Hale"). */
const titledB: SourceDoc = { ...B, meta: { ...B.meta, title: 'Telephone conversation with British Prime Minister Tom Hale' } };
const titled = { a: A, b: titledB, comparison: compare(A, titledB, resources) };
const analyseTitled = (text: string) => analyzeArticle({ file: 'article.txt', text, meta: meta('Article') }, titled, resources);
/** What each quotation became: a quotation of a readout (its side) or a speaker's words. */
function readOf(text: string): Array<[string, string]> {
  const r = analyseTitled(text);
  return [
    ...r.claims.flatMap((c) => c.quotes.map((q): [string, string] => [q.text, `readout ${q.readout}`])),
    ...r.commentary.map((q): [string, string] => [q.quote, q.speaker]),
  ];
}

describe('a time adverb between the speaker and the speech verb is no part of the name', () => {
  it.each([
    ['Mara Lind today told reporters that “the border stays open all winter.”'],
    ['Mara Lind yesterday said: “The border stays open all winter.”'],
    ['“The border stays open all winter,” Mara Lind earlier said.'],
    ['Mara Lind now says: “The border stays open all winter.”'],
  ])('%s', (text) => {
    expect(who(text)).toEqual([['Mara Lind', true]]);
  });
});

describe('two coordinated verbs: the speaker is the subject of the first, not the name after it', () => {
  it('“X thanked Y for … and said “…”” is X’s', () => {
    const text = 'Speaking at a dinner with Jan Brouwer on Monday, Mara Lind thanked Brouwer for his help and said the accord was “a trap for the smaller states”.';
    expect(who(text)).toEqual([['Mara Lind', true]]);
  });

  it('without a name, the noun phrase before the first verb (“the customs union published a note and warned …”)', () => {
    const text = 'The customs union’s spokesman published a note on Monday and warned that “the border stays open all winter.”';
    expect(who(text)).toEqual([['the customs union’s spokesman', false]]);
  });

  it.each([
    ['The president congratulated Jan Brouwer on his victory and said the accord was “a trap for the smaller states”.', 'The president'],
    ['The agent thanked Jan Brouwer for his help and said the accord was “a trap for the smaller states”.', 'The agent'],
  ])('a head noun that ends like a verb (“president”, “agent”) is part of the subject, never a speaker called “The”: %s', (text, subject) => {
    expect(who(text).map((x) => x[0])).not.toContain('The');
    expect(who(text).map((x) => String(x[0]).toLowerCase())).toEqual([subject.toLowerCase()]);
  });

  it('coordinated subjects are still both speakers (“X and Y said”)', () => {
    expect(who('Mara Lind and Jan Brouwer said: “The border stays open all winter.”').map((x) => x[0])).toEqual(['Mara Lind and Jan Brouwer']);
  });
});

describe('a bare title whose holder only a readout’s title names', () => {
  it('“the Prime Minister said … “<the readout’s words>”” is the readout’s quotation, its holder being a party', () => {
    expect(readOf('The Prime Minister said the two sides would “deepen cooperation on energy security” this year.'))
      .toEqual([['deepen cooperation on energy security', 'readout a']]);
  });

  it('without that title, words a readout has verbatim in its own narrative are still the readout’s (tester 9, V10); others stay “the Prime Minister”’s', () => {
    expect(analyse('The Prime Minister said the two sides would “deepen cooperation on energy security” this year.').commentary).toEqual([]);
    expect(analyse('The Prime Minister said the two sides would “work on a new chapter of the energy partnership” this year.').commentary.map((q) => q.speaker))
      .toEqual(['the Prime Minister']);
  });
});

describe('a party’s words reported as said in the call are the readout’s, however freely translated', () => {
  it.each([
    ['In the call, Tom Hale said he would “raise the case of the journalist held in detention”.'],
    ['Tom Hale spoke with Chancellor Anna Weber on Wednesday and promised to “raise the case of the journalist held in detention”.'],
    ['Tom Hale told Chancellor Weber that he would “raise the case of the journalist held in detention”.'],
  ])('%s', (text) => {
    expect(readOf(text)).toEqual([['raise the case of the journalist held in detention', 'readout a']]);
  });

  it.each([
    ['Tom Hale told reporters that he would “raise the case of the journalist held in detention”.'],
    ['Before the call, Tom Hale wrote that he would “raise the case of the journalist held in detention”.'],
    ['Tom Hale said he would “raise the case of the journalist held in detention”.'],
  ])('on another occasion, before the call or with no word of it, they stay the party’s: %s', (text) => {
    expect(readOf(text)).toEqual([['raise the case of the journalist held in detention', 'Tom Hale']]);
  });

  it('saidInTheCall reads the frame: the call named, or the other party spoken to; not reporters, not before the call', () => {
    const parties = new Set(['hale', 'weber']);
    expect(saidInTheCall('During their phone call, Tom Hale stressed that ', 'Tom Hale', parties, null)).toBe(true);
    expect(saidInTheCall('Tom Hale urged Chancellor Weber to ', 'Tom Hale', parties, null)).toBe(true);
    expect(saidInTheCall('Tom Hale told reporters after the call that ', 'Tom Hale', parties, null)).toBe(false);
    expect(saidInTheCall('Tom Hale told the Chancellor on Monday that ', 'Tom Hale', parties, '2024-06-12')).toBe(false);
    expect(saidInTheCall('Anna Weber, asked about Tom Hale, said that ', 'Anna Weber', parties, null)).toBe(false);
    // Another gathering is no call; someone of the other party's is not the party.
    expect(saidInTheCall('At a meeting with farmers, Tom Hale said that ', 'Tom Hale', parties, null)).toBe(false);
    expect(saidInTheCall('At the summit, Tom Hale said that ', 'Tom Hale', parties, null)).toBe(false);
    expect(saidInTheCall('Tom Hale spoke to Weber’s critics and said that ', 'Tom Hale', parties, null)).toBe(false);
    expect(saidInTheCall('In a telephone conversation, Tom Hale said that ', 'Tom Hale', parties, null)).toBe(true);
  });

  it('words both readouts carry alike are neither readout’s quotation: which one the party echoed is not known', () => {
    const both = 'energy security';
    expect(A.text.toLowerCase().includes(both) && titledB.text.toLowerCase().includes(both)).toBe(true);
    expect(readOf('During the call, Tom Hale stressed “energy security”.').filter(([, who]) => who.startsWith('readout'))).toEqual([]);
  });
});

describe('a quotation standing alone takes its speaker only from a sentence that has them speak', () => {
  it('a sentence of speaking introduces the speaker of the quotation after it', () => {
    expect(who('Jan Brouwer spoke to farmers in Valka on Thursday.\n“This call changed nothing for our farmers.”')).toEqual([['Jan Brouwer', true]]);
  });

  it('a sentence that only names a person introduces no speaker (the nearby name is not the speaker)', () => {
    expect(who('Jan Brouwer was then the leader of the opposition.\n“This call changed nothing for our farmers.”')).toEqual([]);
  });
});

describe('a readout’s first sentence is its opening only when it says that the call took place', () => {
  const judged = { coverage: { a: 0.9 }, links: ['a1'] };

  it('a claim that links only to an opening that reports the call is no claim (every article says the call took place)', () => {
    expect(reportsTheCall('The Prime Minister spoke to Chancellor Anna Weber this afternoon.')).toBe(true);
    expect(reportsTheCall('On 12 June the two leaders held a telephone talk.')).toBe(true);
    expect(claimedSides(judged, { a: 'The Prime Minister spoke to Chancellor Anna Weber this afternoon.' })).toEqual([]);
  });

  it('a copy that opens with its content (the lead left out): its first sentence is content like any other', () => {
    expect(reportsTheCall('The Chancellor briefed the Prime Minister on the gas storage levels.')).toBe(false);
    expect(claimedSides(judged, { a: 'The Chancellor briefed the Prime Minister on the gas storage levels.' })).toEqual(['a']);
  });
});
