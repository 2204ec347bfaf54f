/**
 * Polarity (shared/article/polarity.ts): a claim that says with opposite polarity what the
 * readout says shares most of its words with it, and must never read "supported" (tester 9, V2).
 * Invented sentences: the call of invented-call.ts, and invented readout sentences.
 */
import { describe, expect, it } from 'vitest';
import { clausesOf, polarityContrast } from '../../../shared/article/polarity';
import { readoutVerdict, verdictText, VERDICT_WORDS } from '../../../shared/article/verdict';
import type { Sentence, SentenceId } from '../../../shared/model/types';
import { analyse } from './invented-call';

const sentences = (...texts: string[]): Sentence[] => texts.map((text, i) => ({ id: `a${i + 1}` as SentenceId, start: 0, end: text.length, text, paragraph: i }));

const READOUT = sentences(
  'President Maro Lind spoke with Premier Ivo Sarr on Tuesday.',
  'President Lind said the rowers of Valdoria are looking forward to competing at the Harbour Regatta in Tessel.',
  'Premier Sarr thanked President Lind for the grain shipments.',
  'The two sides will not reopen the border crossing before the spring.',
);

describe('polarity of a claim against its readout passage', () => {
  it('finds a negation in the claim only: the same rowers and regatta, "will not go" against "looking forward to competing"', () => {
    const c = polarityContrast('Valdoria’s rowers will not go to the Harbour Regatta in Tessel if it starts on its scheduled date.', [READOUT[1]!], READOUT, 'en');
    expect(c).toEqual(expect.objectContaining({ sentence: 'a2', negated: 'article' }));
  });

  it('finds a negation in the readout only: "agreed to reopen the border crossing" against "will not reopen"', () => {
    expect(polarityContrast('The statement said the two sides agreed to reopen the border crossing before the spring.', [READOUT[3]!], READOUT, 'en'))
      .toEqual(expect.objectContaining({ sentence: 'a4', negated: 'readout' }));
  });

  it('finds none when both sides negate, when neither does, or when the clauses share too little', () => {
    expect(polarityContrast('The sides will not reopen the border crossing before the spring, the readout said.', [READOUT[3]!], READOUT, 'en')).toBeNull();
    expect(polarityContrast('The rowers of Valdoria look forward to competing at the regatta.', [READOUT[1]!], READOUT, 'en')).toBeNull();
    // One shared word ("spring") is no match of content.
    expect(polarityContrast('The talks did not end before the spring.', [READOUT[3]!], READOUT, 'en')).toBeNull();
  });

  it('takes "not only" as an addition and "did not mention" as a report of the readout, not a negation', () => {
    expect(clausesOf('they not only praised the rowers', 'en')[0]!.negated).toBe(false);
    expect(clausesOf('the readout did not mention the grain shipments', 'en')[0]!.negated).toBe(false);
    expect(clausesOf('the readout didn’t mention the grain shipments', 'en')[0]!.negated).toBe(false);
    expect(clausesOf('Sarr won’t thank Lind for the grain shipments', 'en')[0]!.negated).toBe(true);
  });

  it('takes a negation inside a phrase or in a clause of its own as no negation of the point (cold review)', () => {
    const pipeline = sentences('The two sides agreed to proceed with the pipeline project.');
    for (const claim of [
      'The two sides agreed to proceed without delay on the pipeline project.',
      'There is no doubt that the two sides agreed to proceed with the pipeline project.',
      'Nobody was surprised that the two sides agreed to proceed with the pipeline project.',
    ]) expect(polarityContrast(claim, pipeline, pipeline, 'en'), claim).toBeNull();
    expect(polarityContrast('The two sides did not agree to proceed with the pipeline project.', pipeline, pipeline, 'en')).toEqual(expect.objectContaining({ negated: 'article' }));
  });

  it('keeps each clause’s own polarity: a clause after "but" is judged alone', () => {
    const [first, second] = clausesOf('The rowers will compete at the regatta, but the sailors will not', 'en');
    expect([first!.negated, second!.negated]).toEqual([false, true]);
  });

  it('ignores words most readout sentences share (the parties’ names)', () => {
    // "Lind" and "Sarr" stand in three of four sentences, so they are no evidence; nothing else is shared.
    expect(polarityContrast('Lind and Sarr did not meet in Tessel.', [READOUT[2]!], READOUT, 'en')).toBeNull();
  });
});

describe('the verdict of a claim with opposite polarity (invented call)', () => {
  it('reads "contradicts? check", never "supported", where the claim negates what the readout says', () => {
    const an = analyse('Downing Street said the leaders would not hold a summit in the autumn.');
    const claim = an.claims[0]!;
    expect(claim.verdicts.a).toBe('supported');
    const v = readoutVerdict(claim, 'a')!;
    expect(v.kind).toBe('contradicts');
    expect(verdictText(v, 'Downing Street', true)).toBe(`Downing Street: ${VERDICT_WORDS.contradicts.words} (negated in the article, not in a2)`);
  });

  it('keeps "supported" for the same claim without the negation', () => {
    const an = analyse('Downing Street said the leaders would hold a summit in the autumn.');
    expect(readoutVerdict(an.claims[0]!, 'a')!.kind).toBe('supported');
    expect(an.claims[0]!.contrasts).toBeUndefined();
  });
});
