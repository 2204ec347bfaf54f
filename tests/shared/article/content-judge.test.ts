/**
 * The content judge (content-claims.ts) and the reporting verbs of claims.ts on forms
 * seen in development articles (docs/article.md, "Branch art6"), restated in invented
 * wording about invented calls: a capitalised word of a name ("State Visit") is no
 * reporting verb, and a sentence one readout has nearly word for word is a claim about
 * that readout, whatever place it names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../shared/article/analyze';
import { claimedSides, nearVerbatimSide } from '../../../shared/article/content-claims';
import { compare } from '../../../shared/compare/compare';
import type { SourceDoc } from '../../../shared/model/types';
import { analyse, meta, resources } from './invented-call';

describe('a capitalised reporting word inside a sentence is part of a name, not a verb', () => {
  it('"when the Chancellor toured London for the State Banquet" names no readout as speaking', () => {
    const r = analyse('Aides framed the call as a sequel to the May meeting, when the Chancellor toured London for the State Banquet at the new harbour museum.');
    expect(r.claims.filter((c) => c.readouts.includes('a') && c.verdicts.a !== 'supported')).toEqual([]);
  });

  it('a reporting verb that opens the sentence or is written in lower case still counts', () => {
    const r = analyse('London said the leaders agreed to deepen cooperation on energy security.');
    expect(r.claims.map((c) => c.readouts)).toEqual([['a']]);
  });
});

describe('a sentence one readout has nearly word for word is a claim about that readout', () => {
  const a: SourceDoc = {
    file: 'ottawa.txt',
    text: 'The Prime Minister spoke with President Lena Varga of Norland today. Recalling his first official tour, when he visited Esterholm last spring, the Prime Minister said the leaders agreed to continue the dialogue and the talks begun there. The leaders discussed grain exports.',
    meta: meta('Ottawa', { publisher: 'Office of the Prime Minister' }),
  };
  const b: SourceDoc = {
    file: 'norland.txt',
    text: 'President Lena Varga held a telephone conversation with the Prime Minister. The two leaders agreed that the talks continued the dialogue begun when the Prime Minister visited Esterholm last spring on his first official tour. They discussed grain exports.',
    meta: meta('Norland presidency', { publisher: 'Office of the President of Norland' }),
  };
  const docs = { a, b, comparison: compare(a, b, resources) };
  const run = (text: string) => analyzeArticle({ file: 'article.txt', text, meta: meta('Article') }, docs, resources).claims.map((c) => c.readouts);

  it('the readout with the sentence in order wins over the one that shares its place and visit', () => {
    expect(run('The two leaders agreed that the talks continued the dialogue begun when the Prime Minister visited Esterholm last spring on his first official tour.')).toEqual([['b']]);
  });

  it('the rule: one side near-verbatim, the other not, gives that side alone; both or neither leave coverage to decide', () => {
    expect(nearVerbatimSide({ a: 0.45, b: 0.92 })).toBe('b');
    expect(nearVerbatimSide({ a: 0.85, b: 0.9 })).toBeNull();
    expect(claimedSides({ coverage: { a: 0.7, b: 0.65 }, inOrder: { a: 0.4, b: 0.95 }, links: ['a2', 'b2'] })).toEqual(['b']);
    expect(claimedSides({ coverage: { a: 0.7, b: 0.65 }, inOrder: { a: 0.4, b: 0.5 }, links: ['a2', 'b2'] })).toEqual(['a', 'b']);
  });
});
