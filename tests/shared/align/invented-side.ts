import { sentenceId, type Sentence } from '../../../shared/model/types';

/** One readout of invented English sentences, as the aligner takes it (ids a0…/b0…, offsets as if joined by spaces). */
export const side = (which: 'a' | 'b', texts: string[]): { sentences: Sentence[]; language: string } => {
  let at = 0;
  return {
    language: 'en',
    sentences: texts.map((text, i) => {
      const s = { id: sentenceId(which, i), start: at, end: at + text.length, text, paragraph: 0 };
      at += text.length + 1;
      return s;
    }),
  };
};
