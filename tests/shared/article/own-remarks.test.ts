/**
 * Sentences that are no claim about a readout though they share its content (tester 9, V2):
 * a person's own remarks in the present tense, a person's own account of their call, and an
 * earlier statement in the past perfect. Invented sentences about the call of invented-call.ts.
 */
import { describe, expect, it } from 'vitest';
import { ownRemarks } from '../../../shared/article/content-claims';
import { nonPersonTest } from '../../../shared/article/entities';
import { analyse } from './invented-call';

const nonPerson = nonPersonTest();
const claimTexts = (text: string): string[] => analyse(text).claims.map((c) => c.text);

describe('a person’s own remarks are no claim about a readout', () => {
  it('takes a person speaking in the present tense as their own remarks ("X says …")', () => {
    expect(ownRemarks('Prime Minister Tom Hale says the leaders agreed to deepen cooperation on energy security.', nonPerson)).toBe(true);
    expect(ownRemarks('She says the summit will take place in the autumn.', nonPerson)).toBe(true);
    expect(claimTexts('BRISTOL — Prime Minister Tom Hale says the leaders agreed to deepen cooperation on energy security and to hold a summit in the autumn.')).toEqual([]);
  });

  it('takes a person saying that they spoke to someone as their own account of the call', () => {
    expect(ownRemarks('Hale noted that he spoke to Chancellor Anna Weber earlier about the pipeline.', nonPerson)).toBe(true);
    expect(claimTexts('Hale noted that he spoke to Chancellor Anna Weber earlier about the pipeline.')).toEqual([]);
  });

  it('keeps a past-tense report of what was said in the call, and a readout that speaks in the present', () => {
    expect(ownRemarks('Hale said the leaders agreed to deepen cooperation on energy security.', nonPerson)).toBe(false);
    // A readout named as the subject makes the sentence a claim before its content is judged.
    const text = 'Downing Street says the leaders agreed to deepen cooperation on energy security.';
    expect(claimTexts(text)).toEqual([text]);
  });
});

describe('an earlier statement in the past perfect is no claim about the readout', () => {
  it('leaves out "had said", "had consistently said", whoever said it', () => {
    expect(claimTexts('The regatta organisers had consistently said the summit would take place in the autumn.')).toEqual([]);
    expect(claimTexts('Berlin’s energy agency had said the leaders would deepen cooperation on energy security.')).toEqual([]);
  });

  it('keeps the same statement in the simple past', () => {
    const text = 'Downing Street said the leaders agreed to deepen cooperation on energy security.';
    expect(claimTexts(text)).toEqual([text]);
  });
});
