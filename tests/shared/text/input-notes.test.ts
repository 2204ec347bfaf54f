import { describe, expect, it } from 'vitest';
import { articleLanguageNote, repeatedPassages, repeatNote } from '../../../shared/text/input-notes';
import { segmentSentences } from '../../../shared/text/segment';

// Invented readout wording.
const PARAGRAPH_1 = 'The Chancellor of Nordland spoke with the President of Ostria. They discussed grain exports through the Pale Sea.';
const PARAGRAPH_2 = 'The leaders agreed to meet in Varn next spring. They will stay in close contact.';
const sentences = (text: string) => segmentSentences(text, 'a', { language: 'en' });

describe('repeated passages within a readout', () => {
  it('finds a readout pasted twice, and says so in one line naming the file and the sentences', () => {
    const text = `${PARAGRAPH_1}\n\n${PARAGRAPH_2}\n\n${PARAGRAPH_1}\n\n${PARAGRAPH_2}\n`;
    expect(repeatedPassages(sentences(text))).toEqual([{ first: 0, again: 4, length: 4 }]);
    expect(repeatNote('/some/folder/nordland-twice.txt', sentences(text))).toBe('nordland-twice.txt repeats 4 sentences (a5–a8 repeat a1–a4): was it pasted twice?');
  });

  it('finds a run of two sentences inside paragraphs, and a one-sentence paragraph repeated as a paragraph', () => {
    const run = `${PARAGRAPH_1} The talks were frank.\n\nThe ministers will follow up. ${PARAGRAPH_1}\n`;
    expect(repeatedPassages(sentences(run))).toEqual([{ first: 0, again: 4, length: 2 }]);
    const paragraph = 'They will stay in close contact.\n\nThe leaders discussed energy prices.\n\nThey will stay in close contact.\n';
    expect(repeatNote('p.txt', sentences(paragraph))).toBe('p.txt repeats 1 sentence (a3 repeats a1): was it pasted twice?');
  });

  it('leaves alone a formula a readout says twice inside its paragraphs', () => {
    const text = 'The sides talked about trade. They agreed to stay in contact.\n\nThe sides talked about ports and rail. They agreed to stay in contact.\n';
    expect(repeatNote('f.txt', sentences(text))).toBeNull();
    expect(repeatNote('one.txt', sentences(PARAGRAPH_1))).toBeNull();
  });
});

describe('an article in another language than the readouts', () => {
  it('names the file and both languages; nothing when the languages agree (en-GB is English)', () => {
    expect(articleLanguageNote({ file: 'texts/статья.txt', language: 'ru' }, 'en')).toBe('статья.txt is in Russian and the readouts in English: its claims and quotations cannot be checked against them.');
    expect(articleLanguageNote({ file: 'a.txt', language: 'en-GB' }, 'en')).toBeNull();
  });
});
