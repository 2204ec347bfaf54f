/**
 * News-attribution forms pinned on invented sentences (branch art5, from the errors of development
 * articles): a readout's office written with the other apostrophe is still that readout; "he" and "she"
 * stand for people, never a capital named since; "It said …" opening a sentence is the readout named just
 * before; a full stop that lost its space still ends a sentence; "He added that …" of a person the readouts
 * never name is that person's, not a claim about a readout; "Secretary of State X" is X. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../shared/article/analyze';
import { compare } from '../../../shared/compare/compare';
import type { SourceDoc } from '../../../shared/model/types';
import { analyse, meta, resources } from './invented-call';

const claims = (text: string) => analyse(text).claims.map((c) => [c.text, c.readouts]);
const who = (text: string) => analyse(text).commentary.map((q) => [q.speaker, q.quote]);

describe('a readout named with the other apostrophe', () => {
  it('“the Prime Minister\'s Office” (straight) is the readout whose publisher is “Prime Minister’s Office”', () => {
    const text = "Per the Prime Minister's Office, the leaders agreed to deepen cooperation on energy security.";
    expect(claims(text)).toEqual([[text, ['a']]]);
  });
});

describe('“he” and “she” are people', () => {
  it('a capital named between the speaker and “he told reporters” is no speaker', () => {
    const text = 'Earlier on Monday, Ola Berg, the envoy of the islands, urged Buenos Aires to act, saying he was “asking and begging” for help.\n“Britain should take up its role whenever a neighbour is attacked,” he told reporters.';
    expect(who(text)).toEqual([['Ola Berg', 'asking and begging'], ['Ola Berg', 'Britain should take up its role whenever a neighbour is attacked']]);
  });
});

describe('“It said …” is the readout named just before', () => {
  it('a sentence opening with “It said” after one naming the Chancellery is a claim about its readout', () => {
    const text = 'The Chancellery said on Monday that the leaders agreed to strengthen cooperation on energy security. It said the pair further agreed that the grid in the valley needs new lines.';
    expect(claims(text).map(([, r]) => r)).toEqual([['b'], ['b']]);
  });

  it('with no readout named before, “it said” names none', () => {
    const text = 'Ola Berg met the press in Riga on Monday. It said the grid in the valley needs new lines.';
    expect(claims(text)).toEqual([]);
  });
});

describe('a full stop that lost its space', () => {
  it('“… for the talks.The leaders agreed …, the Chancellery said” has the claim as its own sentence', () => {
    const text = 'The idea was to win time for the talks.The leaders agreed to deepen cooperation on energy security, the Chancellery said.';
    expect(claims(text)).toEqual([['The leaders agreed to deepen cooperation on energy security, the Chancellery said.', ['b']]]);
  });

  it('initials such as “U.S.” do not end a sentence', () => {
    const text = 'The Chancellery said the leaders discussed U.S.Navy plans and agreed to deepen cooperation on energy security.';
    expect(claims(text)).toEqual([[text, ['b']]]);
  });
});

describe('“He added that …” of someone the readouts never name', () => {
  it('is that person\'s statement, not a claim about a readout, even when a readout says the same', () => {
    const text = 'During a visit to Riga, Foreign Secretary Ola Berg welcomed the truce on Wednesday. He added that, with luck, a summit will take place in the autumn.';
    expect(claims(text)).toEqual([]);
  });

  it('of a party to the call, it may still report a readout', () => {
    const text = 'Chancellor Anna Weber spoke to the British prime minister on Wednesday. She said that a summit will take place in the autumn.';
    expect(claims(text).map(([t]) => t)).toEqual(['She said that a summit will take place in the autumn.']);
  });
});

describe('a title with “of” before a name', () => {
  it('“Secretary of State Ola Berg” is Ola Berg, who may be “he”', () => {
    const text = 'Secretary of State Ola Berg flew to Riga on Monday.\n“The valley needs new lines before the winter,” he told reporters.';
    expect(who(text)).toEqual([['Ola Berg', 'The valley needs new lines before the winter']]);
  });
});

const roles = (text: string) => analyse(text).commentary.map((q) => [q.speaker, q.named, q.role]);

describe('a title “of” a country, then a name', () => {
  it('“The president of France Ana Ruiz said” is Ana Ruiz, “president of France”', () => {
    const text = 'The president of France Ana Ruiz said the talks were “a good start for the valley”.';
    expect(roles(text)).toEqual([['Ana Ruiz', true, 'president of France']]);
  });

  // (A spokesman for a party to the call, "A spokesman for Chancellor Anna Weber", speaks for her side since branch art16.)
  it('“A spokesman for Governor Lars Holm said” stays the unnamed spokesman', () => {
    const text = 'A spokesman for Governor Lars Holm said the talks were “a good start for the valley”.';
    expect(roles(text).map(([s]) => s)).toEqual(['a spokesman']);
  });
});

describe('“the minister of Foreign Affairs” unnamed', () => {
  it('is not the finance minister named before', () => {
    const text = 'Finance Minister Tom Hale met the envoys on Monday. The minister of Foreign Affairs told reporters the plan was “a good start for the valley”.';
    expect(roles(text)).toEqual([['the minister', false, 'minister of Foreign Affairs']]);
  });

  it('is the foreign minister named before', () => {
    const text = 'Foreign Minister Tom Hale met the envoys on Monday. The minister of Foreign Affairs told reporters the plan was “a good start for the valley”.';
    expect(roles(text).map(([s]) => s)).toEqual(['Tom Hale']);
  });
});

describe('a country speaking with a weekday before its verb', () => {
  it('“Germany on Friday said …” is a claim about the German readout', () => {
    const text = 'Germany on Friday said the leaders agreed to strengthen cooperation on energy security.';
    expect(claims(text)).toEqual([[text, ['b']]]);
  });

  it('“Germany late on Wednesday night said …” too', () => {
    const text = 'Germany late on Wednesday night said the leaders agreed to strengthen cooperation on energy security.';
    expect(claims(text).map(([, r]) => r)).toEqual([['b']]);
  });
});

describe('an unnamed source described by its access', () => {
  it('“A source familiar with the call said” is an unnamed speaker whose role is that description', () => {
    const text = 'A source familiar with the call said the chancellor had been “visibly irritated by the delay”.';
    expect(roles(text)).toEqual([['a source familiar with the call', false, 'source familiar with the call']]);
  });
});

describe('a relative clause after the name is no role', () => {
  it('“Ola Berg, whose brother was arrested in the raid” has no role from it', () => {
    const text = '“We were not consulted at all,” said Ola Berg, whose brother Jan Berg was arrested in the raid.';
    expect(roles(text)).toEqual([['Ola Berg', true, null]]);
  });

  it('“Ola Berg, who met Tom Hale on Monday, said” neither', () => {
    const text = 'Ola Berg, who met Tom Hale on Monday, said the plan was “a good start for the valley”.';
    expect(roles(text)).toEqual([['Ola Berg', true, null]]);
  });
});

describe('two sides\' capitals speaking together', () => {
  it('“…, officials in London and Berlin say” is a claim about both readouts', () => {
    const text = 'Anna Weber and the British prime minister discussed the grid in the valley by telephone, officials in London and Berlin say.';
    expect(claims(text).map(([, r]) => r)).toEqual([['a', 'b']]);
  });

  it('“Britain and Germany said …” too', () => {
    const text = 'Britain and Germany said the leaders agreed to deepen cooperation on energy security.';
    expect(claims(text).map(([, r]) => r)).toEqual([['a', 'b']]);
  });
});

describe('a remark in brackets in the publisher gives the readout no second country', () => {
  const docs = (() => {
    const A: SourceDoc = {
      file: 'a.txt', text: 'The Prime Minister spoke to Chancellor Anna Weber. The leaders discussed the grid.',
      meta: meta('Downing Street', { publisher: 'Prime Minister’s Office' }),
    };
    const B: SourceDoc = {
      file: 'b.txt', text: 'Chancellor Anna Weber spoke to the British Prime Minister. They discussed the grid.',
      meta: meta('Chancellery', { publisher: 'Federal Chancellery (as reposted by the German Embassy in Britain)' }),
    };
    return { a: A, b: B, comparison: compare(A, B, resources) };
  })();
  const run = (text: string) => analyzeArticle({ file: 'article.txt', text, meta: meta('Article') }, docs, resources).claims.map((c) => c.readouts);

  it('“London said …” is still the British readout', () => {
    expect(run('London said the leaders agreed to open the border crossings in the spring.')).toEqual([['a']]);
  });
});
