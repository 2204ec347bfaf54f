/**
 * Attribution forms from the cold review of branch art5 (review1 A9–A12), on invented sentences about
 * the invented call of invented-call.ts: "He/She added that …" stands for a person only when the person
 * is clear, and a party the readouts name only by title is a party; "It said" is the closest organisation
 * named before it; "the minister of X Y" needs every portfolio word; a title abbreviation's full stop
 * without its space ends no sentence.
 */
import { describe, expect, it } from 'vitest';
import { runOnParts } from '../../../shared/article/sentences';
import { analyse } from './invented-call';

const claims = (text: string) => analyse(text).claims.map((c) => [c.text, c.readouts]);
const who = (text: string) => analyse(text).commentary.map((q) => [q.speaker, q.quote]);
const parts = (s: string) => runOnParts(s).map(([from, to]) => s.slice(from, to));

describe('“He/She added that …”: whose words (A9)', () => {
  const added = 'She added that, with luck, a summit will take place in the autumn.';
  it('two people named just before: unsure who “she” is, so the sentence may still report a readout', () => {
    const text = `Chancellor Anna Weber met the economist Ola Berg on Wednesday. ${added}`;
    expect(claims(text).map(([t]) => t)).toEqual([added]);
  });
  it('a party the readouts name only by title (“The Prime Minister”) is a party: “He added” may report a readout', () => {
    const he = 'He added that, with luck, a summit will take place in the autumn.';
    const text = `Prime Minister Tom Hale spoke on Wednesday. ${he}`;
    expect(claims(text).map(([t]) => t)).toEqual([he]);
  });
});

describe('“It said”: the closest organisation named before (A10)', () => {
  it('an organisation named after the readout is what “it” stands for: no readout', () => {
    const first = 'The Chancellery said on Monday that the leaders agreed to strengthen cooperation on energy security.';
    const text = `${first} The Green League opposed the grid plan. It said the valley needs no new lines.`;
    expect(claims(text).map(([t]) => t)).toEqual([first]);
  });
  it('an organisation inside a quotation is no antecedent', () => {
    const text = 'The Chancellery said Weber warned of “groups like the Green League”. It said the valley needs no new lines.';
    expect(claims(text)).toContainEqual(['It said the valley needs no new lines.', ['b']]);
  });
  it('with nothing named between, “it” is still the readout', () => {
    const text = 'The Chancellery issued a statement on Monday. It said the leaders agreed to strengthen cooperation on energy security.';
    expect(claims(text)).toEqual([['It said the leaders agreed to strengthen cooperation on energy security.', ['b']]]);
  });
});

describe('“the minister of X Y”: a title holding that portfolio, naming no other (A11)', () => {
  it('a minister whose title shares one portfolio word is not “the minister of Foreign Affairs”', () => {
    const text = 'Foreign Trade Minister Jon Lind visited Riga on Monday. The minister of Foreign Affairs said: “The grid needs new lines before winter comes.”';
    expect(who(text).map(([speaker]) => speaker)).not.toContain('Jon Lind');
  });
  it('a minister whose title has every portfolio word is', () => {
    const text = 'Foreign Affairs Minister Jon Lind visited Riga on Monday. The minister of Foreign Affairs said: “The grid needs new lines before winter comes.”';
    expect(who(text)).toEqual([['Jon Lind', 'The grid needs new lines before winter comes.']]);
  });
});

describe('a full stop without its space (A12)', () => {
  it('after an abbreviated title ends no sentence', () => {
    expect(parts('Gen.Lind said the talks went well.')).toEqual(['Gen.Lind said the talks went well.']);
    expect(parts('Gov.Reyes met Sen.Okafor on Monday.')).toEqual(['Gov.Reyes met Sen.Okafor on Monday.']);
  });
  it('before a quotation mark or a contraction still ends one', () => {
    expect(parts('He flew home."The envoys agreed," she said.')).toEqual(['He flew home.', '"The envoys agreed," she said.']);
    expect(parts('He flew home.It’s over now.')).toEqual(['He flew home.', 'It’s over now.']);
  });
});
