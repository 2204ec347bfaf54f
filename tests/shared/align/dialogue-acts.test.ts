import { describe, expect, it } from 'vitest';
import data from '../../../shared/align/data/dialogue-acts.json';
import { actNames, dialogueActs } from '../../../shared/align/dialogue-acts';
import { sentenceCues, type TextCues } from '../../../shared/align/link-features';
import { sentenceId, type Sentence } from '../../../shared/model/types';

// Invented sentences, one behaviour each (issue 14, cause 3).
describe('dialogue acts of a readout sentence', () => {
  it('tags the report of the call as an opening', () => {
    expect(actNames(dialogueActs('The Chancellor spoke by telephone with the President of Chile this morning.', 'en'))).toContain('opening');
  });

  it('tags a topics overview, thanks and an agreement to stay in touch', () => {
    expect(actNames(dialogueActs('The two sides exchanged views on regional matters.', 'en'))).toEqual(['topics']);
    expect(actNames(dialogueActs('The premier thanked her guest for the hospitality.', 'en'))).toEqual(['thanks']);
    expect(actNames(dialogueActs('They agreed to stay in close contact.', 'en'))).toEqual(['contact']);
  });

  it('tags instructions to officials and an invitation', () => {
    expect(actNames(dialogueActs('The leaders instructed their ministers to prepare a road map.', 'en'))).toEqual(['instruction']);
    expect(actNames(dialogueActs('She extended an invitation to visit Lisbon.', 'en'))).toEqual(['invitation']);
  });

  it('tags nothing in a point of substance, and nothing in a language without cue lists', () => {
    expect(dialogueActs('Fisheries quotas in the northern waters will rise by a tenth.', 'en')).toBe(0);
    expect(dialogueActs('Стороны обсудили ситуацию.', 'ru')).toBe(0);
  });

  it('matches cues in any case, as case-insensitive expressions do (the look-up before them misses none)', () => {
    expect(actNames(dialogueActs('THE PREMIER THANKED HER GUEST.', 'en'))).toEqual(['thanks']);
    expect(actNames(dialogueActs('They Stayed In Close Contact With The Envoy.', 'en'))).toEqual([]);
    expect(actNames(dialogueActs('They agreed to STAY IN CLOSE CONTACT.', 'en'))).toEqual(['contact']);
    // A long s ("ſ") matches "s" case-insensitively, though lower case keeps it as it is.
    expect(actNames(dialogueActs('The minister expreſſed ſympathy for the flood victims.', 'en'))).toEqual(['condolences']);
  });

  it('finds every cue of every act, wherever it stands (the index of needles before the expressions misses none)', () => {
    for (const [act, { cues }] of Object.entries(data.acts)) {
      for (const cue of cues) {
        for (const text of [`${cue}.`, `Then, ${cue} again.`, `(${cue.toUpperCase()})`]) expect(actNames(dialogueActs(text, 'en')), text).toContain(act);
      }
    }
  });

  it('matches a cue at the start of a word only', () => {
    expect(actNames(dialogueActs('The thankless task of reform continues.', 'en'))).toEqual(['thanks']);
    expect(dialogueActs('Pathankot was mentioned.', 'en')).toBe(0);
  });
});

describe('the cues of two readouts (sentenceCues)', () => {
  const s = (text: string, k: number): Sentence => ({ id: sentenceId('a', k), start: k * 100, end: k * 100 + text.length, text, paragraph: 0 });
  const a = ['The leaders spoke by phone.', 'This initiative was welcomed.', 'They thanked each other.'].map(s);
  const b = ['This initiative was welcomed.', 'The leaders spoke by phone.'].map(s);

  it('reads a text both readouts have once, and gives each readout what it would get alone', () => {
    const known: TextCues = new Map();
    const both = { a: sentenceCues(a, 'en', known), b: sentenceCues(b, 'en', known) };
    expect(known.size).toBe(3);
    expect(both).toEqual({ a: sentenceCues(a, 'en'), b: sentenceCues(b, 'en') });
    // A reference back needs a sentence before it: the same text refers back in A, not as B's first.
    expect(both.a.back).toEqual([false, true, false]);
    expect(both.b.back).toEqual([false, false]);
  });
});
