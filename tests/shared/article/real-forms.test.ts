/**
 * Forms learned from real news articles about real calls (issue 18; the articles
 * are listed in docs/article.md), restated in invented wording about the invented
 * call of invented-call.ts: no sentence of a real article appears here.
 */
import { describe, expect, it } from 'vitest';
import { derivedNames, initialsOf } from '../../../shared/article/source-names';
import { analyse } from './invented-call';

const claims = (text: string) => analyse(text).claims.map((c) => [c.text.slice(0, 40), c.readouts]);

describe('claims without the word “readout”', () => {
  it('a sentence that closely reports a readout sentence is a claim about that readout', () => {
    const r = analyse('The Prime Minister raised the case of the detained journalist during the call.');
    expect(r.claims.map((c) => [c.readouts, c.verdicts])).toEqual([[['a'], { a: 'supported' }]]);
  });

  it('a sentence that only says the call took place is not a claim (every readout opens so)', () => {
    expect(analyse('Chancellor Anna Weber and the British Prime Minister talked by telephone on Wednesday evening.').claims).toEqual([]);
  });

  it('a sentence set before the call, or about an earlier act, is not a claim by its content', () => {
    expect(analyse('Ahead of the call, the chancellor had urged closer cooperation on energy security for months.').claims).toEqual([]);
    expect(analyse('Berlin has already agreed to strengthen cooperation on energy security in a separate accord.').claims).toEqual([]);
  });

  it('a sentence led by a dateline is a sentence like any other', () => {
    const r = analyse('BERLIN, June 12 (Wire) - The leaders agreed to strengthen cooperation on energy security, the Chancellery said.');
    expect(r.claims.map((c) => [c.text.startsWith('BERLIN, June 12'), c.readouts, c.verdicts])).toEqual([[true, ['b'], { b: 'supported' }]]);
  });
});

describe('countries and offices as sources, never commentators', () => {
  it('a country speaking is its readout', () => {
    const r = analyse('Germany said on Wednesday that the two leaders had agreed to strengthen cooperation on energy security.');
    expect(r.claims.map((c) => c.readouts)).toEqual([['b']]);
    expect(r.commentary).toEqual([]);
  });

  it('a country’s adjective before a title is a person, and a possessive before a reporting word is a noun', () => {
    expect(analyse('The German Chancellor announced a new fund for schools in Bavaria on Friday afternoon.').claims).toEqual([]);
    expect(analyse('Critics in London doubted Berlin’s claims about the new fund for schools in Bavaria.').claims).toEqual([]);
  });

  it('an office named by its initials or without its country is its readout', () => {
    expect(initialsOf('Prime Minister’s Office')).toBe('PMO');
    expect(derivedNames('PMO Freedonia', 'Prime Minister’s Office, Freedonia (released through the Press Bureau)', ['freedonia'])).toEqual(['Prime Minister’s Office', 'PMO']);
    expect(derivedNames('FD Presidency', 'The Presidency, Republic of Freedonia', ['freedonia'])).toEqual(['Presidency']);
    // A title alone is a person ("the President of Freedonia said"), not an office.
    expect(derivedNames('Freedonian President', 'President of Freedonia', ['freedonia', 'freedonian'])).toEqual([]);
  });
});

describe('a past-time phrase counts only beside the reporting verb', () => {
  it('“said last week” is an earlier statement; “last month” inside what was said is not', () => {
    expect(analyse('The Chancellery said last week that a summit would take place in the autumn of next year.').claims).toEqual([]);
    expect(claims('The Chancellery said the leaders agreed to strengthen cooperation on energy security after the outage last month.')).toHaveLength(1);
  });
});

describe('dates, places and organisations are never commentators (compromise reads what they are)', () => {
  it('entityKind', async () => {
    const { entityKind } = await import('../../../shared/article/entities');
    expect(entityKind('Monday')).toBe('date');
    expect(entityKind('Canberra')).toBe('place');
    expect(entityKind('the Foreign Ministry')).toBe('organization');
    expect(entityKind('Finance Minister Ana Ortiz')).toBe('other');
  });

  it('“X on Monday praised …, saying “…”” is X’s quotation, not Monday’s', () => {
    const r = analyse('Chancellor Anna Weber on Monday praised the energy accord, saying “this is the start of a long partnership between us.”');
    expect(r.commentary.map((q) => q.speaker)).toEqual(['Anna Weber']);
  });
});

describe('anonymous and collective speakers', () => {
  it('a speaker the article does not name is its description, with named false, and the role it is given', () => {
    const r = analyse('“We expect the summit to go ahead in the autumn as planned,” a senior government official said.');
    expect(r.commentary.map((q) => [q.speaker, q.named])).toEqual([['a senior government official', false]]);
    const n = analyse('“We expect the summit to go ahead in the autumn as planned,” said Lea Park, a trade adviser.');
    expect(n.commentary.map((q) => [q.speaker, q.named, q.role])).toEqual([['Lea Park', true, 'a trade adviser']]);
  });
});
