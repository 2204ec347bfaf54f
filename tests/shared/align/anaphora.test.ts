import { describe, expect, it } from 'vitest';
import { refersBack } from '../../../shared/align/anaphora';
import { sentenceId, type Sentence } from '../../../shared/model/types';

const s = (text: string): Sentence => ({ id: sentenceId('b', 0), start: 0, end: text.length, text, paragraph: 0 });

describe('sentences that refer back', () => {
  it('recognises a demonstrative before a shell noun', () => {
    expect(refersBack(s('Vladimir Putin responded positively to this initiative.'), 'en')).toBe(true);
    expect(refersBack(s('These negotiations will begin immediately.'), 'en')).toBe(true);
  });

  it('recognises a sentence-opening pronoun that stands alone', () => {
    expect(refersBack(s('This must be conducted through specialised channels.'), 'en')).toBe(true);
  });

  it('does not count a demonstrative that names the topic of the call', () => {
    expect(refersBack(s('This conflict should never have started.'), 'en')).toBe(false);
    expect(refersBack(s('All those affected by this tragedy deserve answers.'), 'en')).toBe(false);
  });

  it('does not count framing phrases, calendar words or "such as"', () => {
    expect(refersBack(s('In this context, the parties stressed the importance of an algorithm.'), 'en')).toBe(false);
    expect(refersBack(s('Research funding in this area will double next year.'), 'en')).toBe(false);
    expect(refersBack(s('Progress in this field was welcomed by both ministers.'), 'en')).toBe(false);
    expect(refersBack(s('The announcement from the United States this week.'), 'en')).toBe(false);
    expect(refersBack(s('Trading blocs such as the CPTPP matter.'), 'en')).toBe(false);
  });

  it('does not read an expletive "It was decided / agreed / noted that…" as a reference back (issue 14, cause 5)', () => {
    expect(refersBack(s('It was decided that the two foreign ministers would meet in the spring.'), 'en')).toBe(false);
    expect(refersBack(s('It was agreed to hold the next round of talks in the autumn.'), 'en')).toBe(false);
    expect(refersBack(s('It is important to keep the shipping lanes open.'), 'en')).toBe(false);
    expect(refersBack(s('It has been noted that exports rose sharply.'), 'en')).toBe(false);
  });

  it('still reads a pronoun "It" that stands for the previous statement as a reference back', () => {
    expect(refersBack(s('It will be reviewed by the ministers next month.'), 'en')).toBe(true);
  });

  it('answers false for languages it has no word lists for', () => {
    expect(refersBack(s('Эта инициатива была поддержана.'), 'ru')).toBe(false);
  });
});
