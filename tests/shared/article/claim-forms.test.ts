/**
 * Claims an article makes about a readout without the word "readout" (branch art15): reported speech of the
 * leaders ("The two leaders agreed to …", "X told Y that …", "X and Y discussed …"), datelines, past-time
 * phrases, and a leader's office as the readout's source. Invented wording about the invented call of
 * invented-call.ts (the British readout is side a, the German one side b).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from './invented-call';

const claims = (text: string) => analyse(text).claims.map((c) => [c.text, c.readouts]);

describe('reported speech of the leaders is a claim about the readout that carries it', () => {
  it.each<[string, string, string[]]>([
    ['“the two leaders agreed to …”', 'The two leaders agreed to deepen cooperation on energy security.', ['a']],
    ['“both sides agreed …”: the content both readouts have', 'Both sides agreed to strengthen cooperation on energy security.', ['a', 'b']],
    ['“X told Y that …” with both parties named', 'The Prime Minister told Chancellor Anna Weber that he wanted to hold a summit in the autumn.', ['a']],
    ['“X and Y discussed …” with both parties named', 'The Prime Minister and Chancellor Anna Weber discussed support for Moldova.', ['a']],
    ['“X raised with Y …”', 'The British leader raised with Weber the case of the detained journalist.', ['a']],
    ['a dateline opening the sentence (agency, colon)', 'LONDON, June 12 (Tarvo News): The Prime Minister raised the case of the detained journalist with the German chancellor.', ['a']],
    ['a dateline opening the sentence (agency, dash)', 'BERLIN (Tarvo News) — Chancellor Anna Weber and the British prime minister agreed on Wednesday to strengthen cooperation on energy security.', ['b']],
    ['a past-time phrase does not drop the sentence', 'Last month the Prime Minister raised the case of the detained journalist in a call with the chancellor.', ['a']],
  ])('%s', (_form, text, readouts) => {
    expect(claims(text)).toEqual([[text, readouts]]);
  });
});

describe('a leader’s office is their side’s readout', () => {
  it.each<[string, string, string[]]>([
    // The leader the other readout's headline names ("PM call with Chancellor Anna Weber") is the German side.
    ['“Weber’s office said”', 'The two agreed to hold a summit in the autumn, Weber’s office said in a statement.', ['b']],
    ['“Downing Street said” stays the British side', 'The two agreed to hold a summit in the autumn, Downing Street said.', ['a']],
  ])('%s', (_form, text, readouts) => {
    expect(claims(text)).toEqual([[text, readouts]]);
  });
});

describe('what is no claim about a readout', () => {
  it('a sentence whose content no readout carries, though it names both parties', () => {
    expect(claims('The Prime Minister and Chancellor Anna Weber last met at a trade fair in Tarvo.')).toEqual([]);
  });
  it('a sentence that only says the call took place', () => {
    expect(claims('The Prime Minister spoke to Chancellor Anna Weber on Wednesday.')).toEqual([]);
  });
});
