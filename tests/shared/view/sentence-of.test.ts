import { describe, expect, it } from 'vitest';
import type { SentenceId } from '../../../shared/model/types';
import { sentenceOf } from '../../../shared/view/sentence-of';
import { makeComparison } from './make';

const id = (s: string) => s as SentenceId;

describe('sentenceOf', () => {
  it('finds a sentence by the index its id names', () => {
    const c = makeComparison(['One.', 'Two.', 'Three.'], [], []);
    expect(sentenceOf(c.a, id('a2'))!.text).toBe('Two.');
  });

  it('searches the side when the ids do not follow their text order', () => {
    const c = makeComparison(['One.', 'Two.'], [], []);
    c.a.sentences.reverse();
    expect(sentenceOf(c.a, id('a2'))!.text).toBe('Two.');
  });

  it('finds nothing for an id the side does not have', () => {
    const c = makeComparison(['One.'], ['Uno.'], []);
    expect(sentenceOf(c.a, id('a5'))).toBeUndefined();
    expect(sentenceOf(c.a, id('b1'))).toBeUndefined();
    expect(sentenceOf(c.a, id(''))).toBeUndefined();
  });
});
